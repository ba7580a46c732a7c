// Turns what the learner brings (plain text, Markdown, HTML) into plain paragraphs of text.
import * as l10n from '@vscode/l10n';
import { formatCount } from '../uiLanguage';

/** The longest dispatch imported, in characters: twice the 5 MB the import bench measures (the CLI caps bytes the same). */
export const MAX_DISPATCH_CHARS = 10 * 1024 * 1024;

/** One sentence for a dispatch over the limit, or undefined. `fileName` names it ("news.txt"), when it has one. */
export function dispatchTooLong(content: string, fileName?: string): string | undefined {
  if (content.length <= MAX_DISPATCH_CHARS) return undefined;
  const limit = formatCount(MAX_DISPATCH_CHARS);
  return fileName
    ? l10n.t('{0} is longer than {1} characters (10 MB), the most Dépêche imports.', fileName, limit)
    : l10n.t('The dispatch is longer than {0} characters (10 MB), the most Dépêche imports.', limit);
}

/** The kinds of file the importer reads, by extension. */
export type SourceFormat = 'text' | 'markdown' | 'html';

export function formatOfFile(fileName: string): SourceFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  return 'text';
}

// A Map: « &constructor; » or « &__proto__; » finds nothing and stays as written.
const NAMED_ENTITIES = new Map<string, string>(
  Object.entries({
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»',
    rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…', ndash: '–', mdash: '—',
    eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', agrave: 'à', acirc: 'â', iuml: 'ï', icirc: 'î',
    ocirc: 'ô', ucirc: 'û', ugrave: 'ù', uuml: 'ü', ccedil: 'ç', oelig: 'œ', aelig: 'æ',
    Eacute: 'É', Egrave: 'È', Ecirc: 'Ê', Agrave: 'À', Ccedil: 'Ç', OElig: 'Œ', thinsp: '\u2009',
    euro: '€', deg: '°',
  }),
);

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES.get(name) ?? whole;
  });
}

const BLOCK_TAGS = /<\/?(p|div|br|h[1-6]|li|ul|ol|section|article|header|footer|blockquote|tr|table|pre|hr)\b[^>]*>/gi;

/** Strips tags (dropping script, style and head content), keeping block boundaries as paragraph breaks. */
export function htmlToText(html: string): string {
  const withoutHidden = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '');
  const blocks = withoutHidden.replace(BLOCK_TAGS, '\n\n').replace(/<[^>]*>/g, '');
  return decodeEntities(blocks);
}

/** Keeps the prose of a Markdown file: drops front matter, heading marks, emphasis and link targets. */
export function markdownToText(md: string): string {
  return md
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2');
}

/**
 * Splits text into trimmed, non-empty paragraphs, one per line; every Unicode line break counts
 * (CR, LF, CRLF, vertical tab, form feed, NEL, line and paragraph separators). Unicode
 * normalisation is left to the caller, per paragraph.
 */
export function toParagraphs(text: string): string[] {
  return text
    .split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/)
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

export function sourceToParagraphs(content: string, format: SourceFormat): string[] {
  const text = format === 'html' ? htmlToText(content) : format === 'markdown' ? markdownToText(content) : content;
  return toParagraphs(text);
}
