// Where things are in a lesson file, found line by line (no Markdown parse): the front matter and
// its fields, the `##` sections, the glossary table and its cells. The editor features place their
// ranges with it; it never judges the lesson (the parser does).
import { FRONT_MATTER_FIELDS, REQUIRED_FIELDS } from '../lesson/format';

/** 0-based line and character, as editors count. */
export interface TextPosition {
  line: number;
  character: number;
}

export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

export interface SectionLayout {
  /** The heading's text (`Glossary`), as written. */
  name: string;
  /** 0-based line of the `##` heading. */
  heading: number;
  /** 0-based line after the section's last line. */
  end: number;
}

export interface TableCell {
  text: string;
  /** Characters of the cell's content (trimmed) on its line; an empty cell is an empty range inside it. */
  start: number;
  end: number;
}

export interface GlossaryLayout {
  /** 0-based line of the header row. */
  header: number;
  /** Column names in lower case, as the header has them. */
  columns: string[];
  /** 0-based lines of the entry rows (after the `|---|` row), in order. */
  rows: number[];
}

export interface LessonLayout {
  lines: string[];
  /** 0-based line of the closing `---`, when the front matter is closed. */
  frontMatterEnd?: number;
  /** Front matter field (lower case) -> 0-based line. */
  fields: Map<string, number>;
  sections: SectionLayout[];
  glossary?: GlossaryLayout;
}

export function lessonLayout(text: string): LessonLayout {
  const lines = text.split(/\r?\n/);
  const fields = new Map<string, number>();
  let frontMatterEnd: number | undefined;
  if (lines[0]?.trimEnd() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
    if (close > 0) frontMatterEnd = close;
    for (let i = 1; i < (close > 0 ? close : lines.length); i++) {
      const m = /^([A-Za-z]+)[ \t]*:/.exec(lines[i] ?? '');
      const key = m?.[1]?.toLowerCase();
      if (key && !fields.has(key)) fields.set(key, i);
    }
  }
  const sections: SectionLayout[] = [];
  let fence = false;
  for (let i = frontMatterEnd === undefined ? 0 : frontMatterEnd + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^ {0,3}(```|~~~)/.test(line)) fence = !fence;
    const m = fence ? null : /^ {0,3}#{1,2}[ \t]+(.*?)[ \t#]*$/.exec(line);
    if (m) {
      const previous = sections[sections.length - 1];
      if (previous) previous.end = i;
      sections.push({ name: m[1] ?? '', heading: i, end: lines.length });
    }
  }
  return { lines, ...(frontMatterEnd !== undefined && { frontMatterEnd }), fields, sections, glossary: glossaryLayout(lines, sections) };
}

function glossaryLayout(lines: string[], sections: SectionLayout[]): GlossaryLayout | undefined {
  const section = sections.find((s) => s.name === 'Glossary');
  if (!section) return undefined;
  for (let i = section.heading + 1; i < section.end; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (!line.trim().startsWith('|')) return undefined;
    const columns = tableCells(line).map((c) => c.text.toLowerCase());
    const rows: number[] = [];
    for (let r = i + 2; r < section.end && (lines[r] ?? '').trim().startsWith('|'); r++) rows.push(r);
    return { header: i, columns, rows };
  }
  return undefined;
}

/** The cells of a table row, split the GFM way: outer pipes optional, `\|` is not a separator. */
export function tableCells(line: string): TableCell[] {
  const cells: TableCell[] = [];
  const pipes: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] === '|' && line[i - 1] !== '\\') pipes.push(i);
  const leading = line.search(/\S/);
  const bounds = [...pipes];
  if (bounds[0] !== leading) bounds.unshift(leading - 1);
  const trailing = line.trimEnd().length - 1;
  if (bounds[bounds.length - 1] !== trailing) bounds.push(line.trimEnd().length);
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = (bounds[k] as number) + 1;
    const to = bounds[k + 1] as number;
    const raw = line.slice(from, to);
    const start = from + (raw.length - raw.trimStart().length);
    const end = Math.max(start, to - (raw.length - raw.trimEnd().length));
    cells.push({ text: line.slice(start, end), start, end });
  }
  return cells;
}

/** The section a 0-based line belongs to (its heading line included). */
export function sectionAt(layout: LessonLayout, line: number): SectionLayout | undefined {
  return layout.sections.find((s) => line >= s.heading && line < s.end);
}

/**
 * Whether a Markdown file is a Dépêche lesson by its content: front matter with the required
 * fields (`title`, `level`, `series`, `order`) and nothing that is not a lesson field.
 */
export function hasLessonFrontMatter(text: string): boolean {
  const layout = lessonLayout(text.slice(0, 4000));
  if (layout.frontMatterEnd === undefined) return false;
  const known = new Set<string>(FRONT_MATTER_FIELDS);
  return REQUIRED_FIELDS.every((f) => layout.fields.has(f)) && [...layout.fields.keys()].every((f) => known.has(f));
}

export function lineRange(line: number, start: number, end: number): TextRange {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The whole of a line but its leading and trailing blanks (or its start, when blank). */
export function trimmedLineRange(lines: string[], line: number): TextRange {
  const text = lines[line] ?? '';
  const start = text.search(/\S/);
  if (start < 0) return lineRange(line, 0, 0);
  return lineRange(line, start, text.trimEnd().length);
}
