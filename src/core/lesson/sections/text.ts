// `## Text`: the French paragraphs, read as written but for Markdown's backslash escapes, with
// `{{form|gloss}}` inline glosses removed from the displayed text and kept as overrides.
import * as l10n from '@vscode/l10n';
import type { Token, Tokens } from 'marked';
import type { InlineGloss, Paragraph } from '../model';
import { contentBlocks, trimSpaces, type Block, type ParseContext } from './context';

export function readText(ctx: ParseContext, blocks: Block[], sectionLine: number): Paragraph[] {
  const paragraphs = contentBlocks(blocks).map(({ token, line }) => {
    // An HTML block in the text is text too: it is shown escaped, never run.
    if (token.type === 'paragraph' || token.type === 'html') return readParagraph(ctx, token.raw, line);
    if (token.type === 'code') {
      ctx.fail(line, l10n.t('This text is indented by four spaces or more, which Markdown reads as code; remove the indentation.'));
    }
    ctx.fail(line, l10n.t('The Text section holds only paragraphs of French text; found {0}.', describe(token)));
  });
  if (paragraphs.length === 0) ctx.fail(sectionLine, l10n.t('The Text section has no paragraph.'));
  return paragraphs;
}

/** Markdown's backslash escapes: a backslash before ASCII punctuation stands for that character. */
const ESCAPABLE = /[!-/:-@[-`{-~]/;

function readParagraph(ctx: ParseContext, raw: string, line: number, at?: SourcePoint[]): Paragraph {
  let text = '';
  const overrides: InlineGloss[] = [];
  raw.split('\n').forEach((rawLine, i) => {
    const source = trimSpaces(rawLine);
    if (source === '') return;
    const indent = rawLine.length - rawLine.replace(/^[ \t]+/, '').length;
    if (text !== '') {
      text += ' ';
      at?.push(at[at.length - 1] ?? { line: line + i, column: indent });
    }
    text = readLine(ctx, source, line + i, text, overrides, at && ((offset) => at.push({ line: line + i, column: indent + offset })));
  });
  return { text, line, overrides };
}

/** Where a character of a paragraph's text stands in the file: 1-based line, 0-based column. */
export interface SourcePoint {
  line: number;
  column: number;
}

/**
 * A paragraph of the Text section read as the parser reads it (`raw`: its lines as written, from
 * 1-based `line`), with the place in the file of each character of its text: the editor puts
 * diagnostics on words of the text. Throws LessonParseError as the parser does.
 */
export function paragraphSource(ctx: ParseContext, raw: string, line: number): { paragraph: Paragraph; at: SourcePoint[] } {
  const at: SourcePoint[] = [];
  return { paragraph: readParagraph(ctx, raw, line, at), at };
}

/**
 * One line of a paragraph, appended to `text`: escapes are read (`\#` is `#`, `\{{` opens no
 * inline gloss) and each `{{form|gloss}}` leaves its form in the text and its gloss in `overrides`.
 */
function readLine(
  ctx: ParseContext,
  source: string,
  line: number,
  text: string,
  overrides: InlineGloss[],
  placed?: (offset: number) => void,
): string {
  /** The inline gloss being read: where it starts in `source`, its form, then its gloss after the first `|`. */
  let open: { at: number; form: string; gloss?: string } | undefined;
  for (let at = 0; at < source.length; at++) {
    let c = source[at]!;
    if (c === '\\' && ESCAPABLE.test(source[at + 1] ?? '')) {
      c = source[++at]!;
    } else if (!open && c === '{' && source[at + 1] === '{') {
      open = { at, form: '' };
      at++;
      continue;
    } else if (open && c === '}' && source[at + 1] === '}') {
      const inner = source.slice(open.at + 2, at);
      const { form, gloss, at: open0 } = open;
      open = undefined;
      at++;
      // The gloss goes in as an argument: `{{{0}}}` would not be read as a placeholder.
      if (gloss === undefined) ctx.fail(line, l10n.t("The inline gloss '{0}' must be written '{{form|gloss}}'.", `{{${inner}}}`));
      if (form.trim() === '' || gloss.trim() === '') ctx.fail(line, l10n.t("The inline gloss '{0}' has an empty form or gloss.", `{{${inner}}}`));
      overrides.push({ start: text.length, end: text.length + form.length, gloss: gloss.trim() });
      text += form;
      if (placed) for (let k = 0; k < form.length; k++) placed(open0 + 2 + k);
      continue;
    } else if (open && c === '|' && open.gloss === undefined) {
      open.gloss = '';
      continue;
    }
    if (!open) {
      text += c;
      placed?.(at);
    } else if (open.gloss === undefined) open.form += c;
    else open.gloss += c;
  }
  if (open) ctx.fail(line, l10n.t("An inline gloss '{{' is not closed by '}}' on the same line."));
  return text;
}

/** What a block is, in words an author recognises, with its article ("a table"): French needs its gender. */
export function describe(token: Token): string {
  if (token.type === 'list') return (token as Tokens.List).ordered ? l10n.t('a numbered list') : l10n.t('a bulleted list');
  const names: Record<string, () => string> = {
    heading: () => l10n.t('a heading'),
    list: () => l10n.t('a list'),
    blockquote: () => l10n.t('a blockquote'),
    table: () => l10n.t('a table'),
    hr: () => l10n.t('a horizontal rule'),
    code: () => l10n.t('a code block'),
    paragraph: () => l10n.t('a paragraph'),
    html: () => l10n.t('a block of HTML'),
  };
  return names[token.type]?.() ?? l10n.t("a '{0}' block", token.type);
}
