// Notes and explanations are Markdown written by lesson authors: rendered to HTML that is safe
// to put in a webview (see markedInstance.ts for what the renderer refuses); one-line notes also
// as plain text.
import type { Token } from 'marked';
import { lessonMarked } from './markedInstance';

export function renderSafeMarkdown(md: string): string {
  return lessonMarked.parse(md, { async: false });
}

/**
 * A one-line note (a glossary cell): inline Markdown only, lexed once and given both as safe HTML
 * (no paragraph around it) and as plain text. Cheaper than a full render, which matters with a
 * hundred glossary notes per lesson.
 */
export function renderInlineNote(md: string): { text: string; html: string } {
  const tokens = lessonMarked.Lexer.lexInline(md, lessonMarked.defaults);
  return {
    text: plainText(tokens).replace(/\s+/g, ' ').trim(),
    html: lessonMarked.Parser.parseInline(tokens, lessonMarked.defaults),
  };
}

/** Inline tokens to their words: emphasis, links and images give their text, HTML its source. */
function plainText(tokens: Token[]): string {
  return tokens
    .map((t): string => {
      if (t.type === 'br') return ' ';
      if ('tokens' in t && Array.isArray(t.tokens)) return plainText(t.tokens);
      return 'text' in t && typeof t.text === 'string' ? t.text : '';
    })
    .join('');
}
