// Explanations and notes come from lesson files as Markdown with *emphasis*: shown as text,
// with emphasis as <em>, never parsed as HTML.
import { el } from '../dom';

export function richText(markdown: string): Node[] {
  const nodes: Node[] = [];
  const re = /\*\*?([^*]+)\*\*?|_([^_\s][^_]*)_/gu;
  let at = 0;
  for (const m of markdown.matchAll(re)) {
    if (m.index > at) nodes.push(document.createTextNode(markdown.slice(at, m.index)));
    nodes.push(el('em', { text: m[1] ?? m[2] ?? '' }));
    at = m.index + m[0].length;
  }
  if (at < markdown.length) nodes.push(document.createTextNode(markdown.slice(at)));
  return nodes;
}
