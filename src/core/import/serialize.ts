// Writes a lesson in the lesson format (lessons/README.md), for the importer's output files.
import type { GlossEntry, LessonMeta, NoteKind } from '../lesson/model';

export interface LessonDraft {
  meta: LessonMeta;
  paragraphs: string[];
  glossary: Omit<GlossEntry, 'line'>[];
  notes: { kind: NoteKind; title: string; body: string }[];
}

/** Front-matter values are one line of plain text. */
function oneLine(value: string): string {
  return value.replace(/[ \t\r\n]+/g, ' ').trim();
}

/**
 * Keeps a text paragraph from being read as a Markdown block. The Text section is read as written
 * (no backslash escapes), so block markers are defused instead: a leading dash becomes an en dash
 * (French dialogue and bullets), and a zero-width space after `1.` or `#`, or before `>`, keeps
 * Markdown from taking them for a list, a heading or a quote.
 */
export function escapeParagraph(text: string): string {
  return oneLine(text)
    .replace(/^[-*+](?=\s)/, '–')
    .replace(/^(\d+[.)]|#{1,6})(?=\s)/, '$1\u200b')
    .replace(/^>/, '\u200b>')
    .replace(/\{\{/g, '{\u200b{');
}

function tableCell(value: string | undefined): string {
  return oneLine(value ?? '').replace(/\|/g, '\\|');
}

export function serializeLesson(draft: LessonDraft): string {
  const { meta } = draft;
  const front = [
    '---',
    `title: ${oneLine(meta.title)}`,
    ...(meta.source ? [`source: ${oneLine(meta.source)}`] : []),
    ...(meta.date ? [`date: ${meta.date}`] : []),
    `level: ${meta.level}`,
    `series: ${oneLine(meta.series)}`,
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
