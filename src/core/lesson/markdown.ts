// Notes and explanations are Markdown written by lesson authors: rendered to HTML that is safe
// to put in a webview (see markedInstance.ts for what the renderer refuses), or to plain text.
import type { Token } from 'marked';
import { lessonMarked } from './markedInstance';

export function renderSafeMarkdown(md: string): string {
  return lessonMarked.parse(md, { async: false });
}

/** The words of a Markdown snippet without its markup, for places that show plain text. */
export function markdownToPlainText(md: string): string {
  return plainText(lessonMarked.lexer(md)).replace(/\s+/g, ' ').trim();
}

function plainText(tokens: Token[]): string {
  return tokens
    .map((t): string => {
      if (t.type === 'list') return (t.items as Array<{ tokens: Token[] }>).map((i) => plainText(i.tokens)).join(' ');
      if (t.type === 'checkbox') return '';
      if (t.type === 'space' || t.type === 'br') return ' ';
      if ('tokens' in t && Array.isArray(t.tokens)) return plainText(t.tokens) + (t.type === 'paragraph' ? ' ' : '');
      return 'text' in t && typeof t.text === 'string' ? t.text : '';
    })
    .join('');
}
