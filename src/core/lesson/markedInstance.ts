// The one Marked instance of the lesson core: its lexer reads lesson files, its renderer turns
// notes and explanations into HTML. The renderer never trusts content: raw HTML is escaped,
// links survive only for http(s) and mailto, images are reduced to their alt text.
import { Marked } from 'marked';
import { escapeHtml } from '../html';

/** Allow-list, not deny-list: anything but these schemes (javascript:, data:, relative) is dropped. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href.trim());
}

export const lessonMarked = new Marked({ gfm: true, breaks: false, async: false });

lessonMarked.use({
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    link({ href, title, tokens }) {
      const inner = this.parser.parseInline(tokens);
      if (!isSafeHref(href)) return inner;
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(href.trim())}"${titleAttr}>${inner}</a>`;
    },
    image({ text }) {
      return escapeHtml(text);
    },
  },
});
