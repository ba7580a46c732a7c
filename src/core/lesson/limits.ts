// Sizes no lesson written by hand comes near, but a hostile or broken file does: past them the
// Markdown lexer recurses until the stack overflows or turns quadratic, and the reader document
// and its rendering grow without bound. Checked in one linear pass over the source, before any
// of that work, so a file over a limit costs milliseconds and is reported like any other mistake.
import * as l10n from '@vscode/l10n';
import { formatCount as count } from '../uiLanguage';
import { LessonParseError } from './errors';

/** The lesson file on disk, read no further: room for MAX_LESSON_CHARS of accented text. */
export const MAX_LESSON_FILE_BYTES = 2 * 1024 * 1024;
/** The whole lesson file, in characters (about 1 MB of French text; the shipped lessons are ~5 KB). */
export const MAX_LESSON_CHARS = 1_000_000;
/** One paragraph (a run of non-blank lines): characters and words. A newspaper paragraph is ~100 words. */
export const MAX_PARAGRAPH_CHARS = 20_000;
export const MAX_PARAGRAPH_WORDS = 5_000;
/** Blockquotes and lists inside each other (a question's choices are at depth 2). */
export const MAX_NESTING = 8;
/** Emphasis and strike-through markers (`*`, `_`, `~`, unescaped) in one paragraph or one table row. */
export const MAX_EMPHASIS_MARKERS = 200;
/** Combining marks on one letter (French needs none once composed; Vietnamese stacks two). */
export const MAX_COMBINING_MARKS = 4;

const COMBINING_RUN = new RegExp(`\\p{M}{${MAX_COMBINING_MARKS + 1},}`, 'u');
/** The container prefix of a line: indentation, then `>` and list markers. */
const CONTAINERS = /^[ \t]*((?:>[ \t]*|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))+)/;
const CONTAINER_MARK = />|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/g;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * Throws LessonParseError (file, line, the limit in one sentence) for the first limit the source
 * passes. `text` has one line-ending convention (`\n`) and is not yet NFC-normalised.
 */
export function checkLessonLimits(text: string, file: string): void {
  const fail = (line: number, reason: string): never => {
    throw new LessonParseError(file, line, reason);
  };
  if (text.length > MAX_LESSON_CHARS) {
    fail(1, l10n.t('The lesson is {0} characters long, over the limit of {1} for a lesson file.', count(text.length), count(MAX_LESSON_CHARS)));
  }
  const lines = text.split('\n');
  let blockStart = -1;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line !== undefined) checkLine(line, i + 1, fail);
    const blank = line === undefined || line.trim() === '';
    if (!blank && blockStart < 0) blockStart = i;
    if (blank && blockStart >= 0) {
      checkBlock(lines, blockStart, i, fail);
      blockStart = -1;
    }
  }
}

type Fail = (line: number, reason: string) => never;

function checkLine(line: string, n: number, fail: Fail): void {
  if (COMBINING_RUN.test(line)) {
    fail(n, l10n.t('A letter on this line carries more than {0} combining marks, which no written language needs.', MAX_COMBINING_MARKS));
  }
  const prefix = CONTAINERS.exec(line);
  if (prefix) {
    const marks = (prefix[1] ?? '').match(CONTAINER_MARK)?.length ?? 0;
    // A nested list item is indented at least two columns per level above it.
    const indent = (line.length - line.trimStart().length) >> 1;
    if (marks + indent > MAX_NESTING) {
      fail(n, l10n.t('Blockquotes and lists are nested more than {0} deep on this line.', MAX_NESTING));
    }
  }
}

/** Lines [from, to) of a run of non-blank lines: a paragraph, or a table checked row by row. */
function checkBlock(lines: string[], from: number, to: number, fail: Fail): void {
  const isTable = to - from >= 2 && TABLE_DELIMITER.test(lines[from + 1] ?? '') && (lines[from] ?? '').includes('|');
  if (isTable) {
    for (let i = from; i < to; i++) {
      const row = lines[i] ?? '';
      if (row.length > MAX_PARAGRAPH_CHARS) {
        fail(i + 1, l10n.t('This table row is {0} characters long, over the limit of {1}.', count(row.length), count(MAX_PARAGRAPH_CHARS)));
      }
      checkEmphasis(row, i + 1, 'table row', fail);
    }
    return;
  }
  let chars = 0;
  let words = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    chars += line.length + 1;
    words += line.split(/\s+/).filter((w) => w !== '').length;
  }
  if (chars - 1 > MAX_PARAGRAPH_CHARS) {
    fail(from + 1, paragraphTooLong(chars - 1));
  }
  if (words > MAX_PARAGRAPH_WORDS) fail(from + 1, paragraphTooWordy(words));
  checkEmphasis(lines.slice(from, to).join('\n'), from + 1, 'paragraph', fail);
}

function checkEmphasis(text: string, line: number, what: 'table row' | 'paragraph', fail: Fail): void {
  const markers = emphasisMarkers(text);
  if (markers > MAX_EMPHASIS_MARKERS) {
    fail(line, what === 'table row'
      ? l10n.t('The table row starting on this line has {0} emphasis markers (* _ ~), over the limit of {1}.', count(markers), MAX_EMPHASIS_MARKERS)
      : l10n.t('The paragraph starting on this line has {0} emphasis markers (* _ ~), over the limit of {1}.', count(markers), MAX_EMPHASIS_MARKERS));
  }
}

function paragraphTooLong(chars: number): string {
  return l10n.t('The paragraph starting on this line is {0} characters long, over the limit of {1}; split it.', count(chars), count(MAX_PARAGRAPH_CHARS));
}

function paragraphTooWordy(words: number): string {
  return l10n.t('The paragraph starting on this line has {0} words, over the limit of {1}; split it.', count(words), count(MAX_PARAGRAPH_WORDS));
}

/**
 * `*`, `_` and `~` that Markdown may read as delimiters: an escaped one (`\*`, as the importer
 * writes a dispatch's asterisks) is text and costs the lexer nothing; `\\*` escapes the backslash.
 */
function emphasisMarkers(text: string): number {
  let markers = 0;
  let backslashes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') backslashes++;
    else {
      if ((c === '*' || c === '_' || c === '~') && backslashes % 2 === 0) markers++;
      backslashes = 0;
    }
  }
  return markers;
}

/** A paragraph of the lesson model against the paragraph limits (for lessons not read by the parser). */
export function checkParagraphSize(text: string, line: number, file: string): void {
  if (text.length > MAX_PARAGRAPH_CHARS) {
    throw new LessonParseError(file, line, paragraphTooLong(text.length));
  }
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) words++;
  if (words > MAX_PARAGRAPH_WORDS) {
    throw new LessonParseError(file, line, paragraphTooWordy(words));
  }
}
