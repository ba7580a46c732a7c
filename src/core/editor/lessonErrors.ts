// Every error of a lesson file, not just the first: the parser stops at the first problem, so the
// part it names is set aside (a front matter field given a stand-in value, a glossary row, a
// question, a note, or a whole optional section removed) and the rest is parsed again. What
// parses in the end is the lesson as far as it can be shown, for the preview and the warnings.
import { LessonParseError } from '../lesson/errors';
import type { Lesson } from '../lesson/model';
import { parseLesson } from '../lesson/parser';
import { REQUIRED_SECTIONS, type SectionName } from '../lesson/format';
import { lessonLayout, lineRange, sectionAt, trimmedLineRange, type SectionLayout, type TextRange } from './lessonLayout';

export interface LessonError {
  /** 1-based line, as the parser and the Lessons tree give it. */
  line: number;
  /** The parser's sentence, the same the Lessons tree shows. */
  message: string;
  range: TextRange;
}

export interface CheckedLesson {
  /** In the order found: the first is the one the Lessons tree shows. */
  errors: LessonError[];
  /** The lesson with the erroneous parts left out; undefined when what is left cannot be read. */
  lesson?: Lesson;
  /** The text that parsed into `lesson` (its line numbers are in it), and the file's line of each of its lines. */
  parsed?: ParsedDraft;
}

export interface ParsedDraft {
  text: string;
  /** 1-based line of the file for each 1-based line of `text` (index = line - 1). */
  origin: number[];
}

/** Enough for any lesson a person writes; past it the remaining errors are not worth the time. */
const MAX_ERRORS = 50;

/** Stand-ins for required front matter values, so the rest of the lesson can still be read. */
// l10n-exempt: values written into the draft that is parsed again, not a message
const STAND_INS: Record<string, string> = { title: 'Untitled', level: 'B1', series: 'Untitled', order: '1' };

interface Draft {
  lines: string[];
  /** 1-based line of the file that each draft line came from. */
  origin: number[];
}

export function checkLessonSource(source: string, file: string): CheckedLesson {
  const original = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const draft: Draft = { lines: [...original], origin: original.map((_, i) => i + 1) };
  const errors: LessonError[] = [];
  for (;;) {
    try {
      const text = draft.lines.join('\n');
      return { errors, lesson: parseLesson(text, file), parsed: { text, origin: draft.origin } };
    } catch (err) {
      if (!(err instanceof LessonParseError)) throw err;
      const line = draft.origin[err.line - 1] ?? 1;
      if (errors.some((e) => e.line === line && e.message === err.reason)) return { errors };
      errors.push({ line, message: err.reason, range: errorRange(original, line, err.reason) });
      if (errors.length >= MAX_ERRORS || !setAside(draft, err)) return { errors };
    }
  }
}

/**
 * The words the error is about on its line: the first quoted part of the message that the line
 * holds ('NUON' in "Unknown part of speech 'NUON'…"), else the line itself.
 */
export function errorRange(lines: string[], line: number, message: string): TextRange {
  const index = line - 1;
  const text = lines[index] ?? '';
  for (const m of message.matchAll(/'([^']+)'/g)) {
    const quoted = m[1] ?? '';
    const at = text.toLowerCase().indexOf(quoted.toLowerCase());
    if (quoted.trim() !== '' && at >= 0) return lineRange(index, at, at + quoted.length);
  }
  return trimmedLineRange(lines, index);
}

/** Changes the draft so the error goes away; false when nothing sensible can be set aside. */
function setAside(draft: Draft, err: LessonParseError): boolean {
  const layout = lessonLayout(draft.lines.join('\n'));
  const at = err.line - 1;
  const remove = (from: number, to: number) => {
    draft.lines.splice(from, to - from);
    draft.origin.splice(from, to - from);
    return to > from;
  };
  const before = draft.lines.length;
  if (/never closed|starts with front matter/.test(err.reason)) return false;

  if (layout.frontMatterEnd !== undefined && at <= layout.frontMatterEnd) {
    if (at === 0) {
      // A required field missing: give it a stand-in after the opening line.
      const missing = /has no '(\w+)' field/.exec(err.reason)?.[1];
      const value = missing && STAND_INS[missing];
      if (!value) return false;
      draft.lines.splice(1, 0, `${missing}: ${value}`);
      draft.origin.splice(1, 0, 1);
      return true;
    }
    // `series Fixtures`: a known field without its colon gets one.
    const colonless = /^([A-Za-z]+)[ \t]+(\S.*)$/.exec(draft.lines[at] ?? '');
    if (/not of the form/.test(err.reason) && colonless && STAND_INS[(colonless[1] ?? '').toLowerCase()]) {
      draft.lines[at] = `${colonless[1]}: ${colonless[2]}`;
      return true;
    }
    const key = /^([A-Za-z]+)[ \t]*:/.exec(draft.lines[at] ?? '')?.[1]?.toLowerCase();
    const value = key && STAND_INS[key];
    if (value && !/given twice/.test(err.reason)) {
      if (draft.lines[at] === `${key}: ${value}`) return false;
      draft.lines[at] = `${key}: ${value}`;
      return true;
    }
    return remove(at, at + 1);
  }

  const section = sectionAt(layout, at);
  if (!section) {
    // Content before the first section, or a required section missing.
    if (/has no '## /.test(err.reason) || at === 0) return false;
    const next = layout.sections[0]?.heading ?? draft.lines.length;
    return remove(at, Math.max(at + 1, Math.min(next, blockEnd(draft.lines, at))));
  }
  if (at === section.heading) {
    // A required section stays (its absence would be one more error); a misplaced heading goes.
    const headingError = /level-1 heading|Unknown section|already appears/.test(err.reason);
    if (!headingError && REQUIRED_SECTIONS.includes(section.name as SectionName)) return false;
    return remove(section.heading, section.end);
  }

  switch (section.name) {
    case 'Text':
      return setAsideInText(draft, at, section.end);
    case 'Glossary': {
      const rows = layout.glossary?.rows ?? [];
      if (rows.includes(at) && rows.length > 1) return remove(at, at + 1);
      if (/Only the glossary table belongs/.test(err.reason)) return remove(at, section.end);
      return false;
    }
    case 'Questions': {
      const item = itemBounds(draft.lines, at, section, /^\d+[.)][ \t]/);
      return item ? remove(item.from, item.to) : remove(section.heading, section.end);
    }
    case 'Notes': {
      const note = itemBounds(draft.lines, at, section, /^ {0,3}###[ \t]/);
      return note ? remove(note.from, note.to) : remove(section.heading, section.end);
    }
    default:
      return remove(section.heading, section.end) && draft.lines.length < before;
  }
}

/** In the text, a line is made plain rather than removed, so the sentences still count the same. */
function setAsideInText(draft: Draft, at: number, end: number): boolean {
  const line = draft.lines[at] ?? '';
  const plain = line.replace(/^[ \t]+/, '').replace(/\{\{([^|}]*)\|?[^}]*\}\}|\{\{|\}\}/g, '$1').replace(/^([#>*+-]|\d+[.)])/, '\\$1');
  if (plain !== line) {
    draft.lines[at] = plain;
    return true;
  }
  const to = Math.min(end, blockEnd(draft.lines, at));
  draft.lines.splice(at, to - at);
  draft.origin.splice(at, to - at);
  return to > at;
}

/** The 0-based line after the block (run of non-blank lines) starting at `at`. */
function blockEnd(lines: string[], at: number): number {
  let i = at;
  while (i < lines.length && (lines[i] ?? '').trim() !== '') i++;
  return Math.max(i, at + 1);
}

/**
 * The item (a numbered question, a `###` note) holding line `at`, from its first line to the next
 * item; undefined when it is the section's only item (the section then goes, or it would be empty).
 */
function itemBounds(lines: string[], at: number, section: SectionLayout, start: RegExp): { from: number; to: number } | undefined {
  let from = at;
  while (from > section.heading + 1 && !start.test(lines[from] ?? '')) from--;
  let to = at + 1;
  while (to < section.end && !start.test(lines[to] ?? '')) to++;
  for (let i = section.heading + 1; i < section.end; i++) {
    if ((i < from || i >= to) && start.test(lines[i] ?? '')) return { from, to };
  }
  return undefined;
}
