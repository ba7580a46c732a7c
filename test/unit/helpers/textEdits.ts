// Applies editor-style text edits (0-based line/character ranges) to a string, last edit first.
import type { TextEdit } from '../../../src/core/editor/lessonFixes';

export function applyEdits(source: string, edits: TextEdit[]): string {
  const lines = source.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let text = source;
  for (const e of sorted) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  return text;
}
