// The outline of a lesson file: its sections, with the notes and questions inside them.
import { lessonLayout, lineRange, type TextRange } from './lessonLayout';

export interface OutlineSymbol {
  name: string;
  kind: 'section' | 'question' | 'note' | 'entry';
  range: TextRange;
  /** The heading or first line: what the outline selects. */
  selection: TextRange;
  children: OutlineSymbol[];
}

export function lessonOutline(text: string): OutlineSymbol[] {
  const layout = lessonLayout(text);
  const { lines } = layout;
  return layout.sections.map((s) => {
    const lastLine = Math.max(s.heading, s.end - 1);
    const section: OutlineSymbol = {
      name: s.name,
      kind: 'section',
      range: { start: { line: s.heading, character: 0 }, end: { line: lastLine, character: (lines[lastLine] ?? '').length } },
      selection: lineRange(s.heading, 0, (lines[s.heading] ?? '').length),
      children: [],
    };
    const item = s.name === 'Questions' ? /^(\d+)[.)][ \t]+(.*)$/ : s.name === 'Notes' ? /^ {0,3}###[ \t]+(.*)$/ : undefined;
    if (!item) return section;
    const starts: number[] = [];
    for (let i = s.heading + 1; i < s.end; i++) if (item.test(lines[i] ?? '')) starts.push(i);
    section.children = starts.map((start, k) => {
      const end = Math.max(start, (starts[k + 1] ?? s.end) - 1);
      const m = item.exec(lines[start] ?? '')!;
      return {
        name: s.name === 'Questions' ? `${m[1]}. ${m[2]}` : (m[1] ?? '').trim(),
        kind: s.name === 'Questions' ? 'question' : 'note',
        range: { start: { line: start, character: 0 }, end: { line: end, character: (lines[end] ?? '').length } },
        selection: lineRange(start, 0, (lines[start] ?? '').length),
        children: [],
      };
    });
    return section;
  });
}
