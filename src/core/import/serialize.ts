// Writes a lesson in the lesson format (lessons/README.md), for the importer's output files.
import type { GlossEntry, LessonMeta, NoteKind } from '../lesson/model';

export interface LessonDraft {
  meta: LessonMeta;
  paragraphs: string[];
  glossary: Omit<GlossEntry, 'line'>[];
  notes: { kind: NoteKind; title: string; body: string }[];
}

/** Line breaks of every kind (a paragraph or a value is one line of the file). */
const LINE_BREAKS = /[ \t\r\n\v\f\u0085\u2028\u2029]+/g;

/** Front-matter values are one line of plain text. */
function oneLine(value: string): string {
  return value.replace(LINE_BREAKS, ' ').trim();
}

/**
 * A front-matter value, quoted when the parser would otherwise take its own quotes away
 * (`"Oui", dit-il, "non"` would lose its first and last quote).
 */
function frontMatterValue(value: string): string {
  const line = oneLine(value);
  return /^(["']).*\1$/.test(line) ? `"${line}"` : line;
}

/** ASCII punctuation: what a Markdown backslash escape applies to. */
const ESCAPABLE = '!-/:-@[-`{-~';

/**
 * A text paragraph in Markdown that the lesson parser reads back as exactly this text. The Text
 * section is read as written but for backslash escapes, so only three things are escaped: a
 * backslash that would escape the next character, a `{{` that would open an inline gloss, and a
 * first character that would make the line another Markdown block (a heading `#`, a list `-` `+`
 * `*` `1.`, a quote `>`, a rule `---` `***` `___`, a fence, HTML `<`, a link definition `[x]:`).
 */
export function escapeParagraph(text: string): string {
  const escaped = oneLine(text)
    .replace(new RegExp(`\\\\(?=[${ESCAPABLE}])`, 'g'), '\\\\')
    .replace(/\{(?=\{)/g, '\\{');
  return escaped
    .replace(/^[#>*+\-_`~<[]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function tableCell(value: string | undefined): string {
  return oneLine(value ?? '').replace(/\|/g, '\\|');
}

export function serializeLesson(draft: LessonDraft): string {
  const { meta } = draft;
  const front = [
    '---',
    `title: ${frontMatterValue(meta.title)}`,
    ...(meta.source ? [`source: ${frontMatterValue(meta.source)}`] : []),
    ...(meta.date ? [`date: ${meta.date}`] : []),
    `level: ${meta.level}`,
    `series: ${frontMatterValue(meta.series)}`,
    `order: ${meta.order}`,
    ...(meta.tags.length ? [`tags: ${meta.tags.map(oneLine).join(', ')}`] : []),
    '---',
  ];
  const text = ['## Text', ...draft.paragraphs.map(escapeParagraph)];
  const glossary = [
    '## Glossary',
    ['| French | POS | Gender | English | Note |', '|---|---|---|---|---|',
      ...draft.glossary.map((g) =>
        `| ${tableCell(g.headword)} | ${g.pos} | ${g.gender ?? ''} | ${tableCell(g.gloss)} | ${tableCell(g.note)} |`),
    ].join('\n'),
  ];
  const notes = draft.notes.length
    ? ['## Notes', ...draft.notes.map((n) => `### [${n.kind}] ${oneLine(n.title)}\n\n${n.body.trim()}`)]
    : [];
  return [front.join('\n'), ...text, ...glossary, ...notes].join('\n\n') + '\n';
}
