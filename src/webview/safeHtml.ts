// Notes arrive as HTML the core has already sanitised. The webview still trusts nothing: the HTML
// is parsed in an inert <template> (no script runs, no image loads there), then only an allow-list
// of text-level elements survives, stripped of every attribute but safe ones and http(s) links.

const KEPT = new Set([
  'p', 'em', 'strong', 'b', 'i', 'a', 'ul', 'ol', 'li', 'code', 'blockquote', 'br', 'span', 'q',
  'cite', 'abbr', 'sub', 'sup', 'del', 's', 'small', 'dfn', 'kbd', 'hr', 'h4', 'h5', 'h6',
]);
/** Removed with their content: executable, embedded or form content, and foreign markup. */
const DROPPED = new Set([
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'noscript',
  'svg', 'math', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'img',
  'picture', 'source', 'audio', 'video', 'canvas', 'title',
]);
const KEPT_ATTRIBUTES = new Set(['title', 'lang']);

/** True for absolute http(s) URLs, the only links a note may carry. */
export function isWebLink(href: string): boolean {
  const trimmed = href.trim();
  if (!/^https?:\/\//i.test(trimmed)) return false;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Parses `html` inertly and returns a fragment holding only safe elements and text. */
export function safeFragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  cleanChildren(template.content);
  return document.importNode(template.content, true);
}

function cleanChildren(parent: Node): void {
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) continue;
    if (!(child instanceof Element)) {
      child.remove(); // comments, processing instructions
      continue;
    }
    const name = child.localName.toLowerCase();
    if (DROPPED.has(name) || child.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
      child.remove();
      continue;
    }
    cleanChildren(child);
    if (!KEPT.has(name)) {
      child.replaceWith(...Array.from(child.childNodes));
      continue;
    }
    cleanAttributes(child, name);
  }
}

function cleanAttributes(element: Element, name: string): void {
  const href = element.getAttribute('href');
  for (const attribute of Array.from(element.attributes)) {
    if (!KEPT_ATTRIBUTES.has(attribute.name.toLowerCase())) element.removeAttribute(attribute.name);
  }
  if (name === 'a' && href !== null && isWebLink(href)) {
    element.setAttribute('href', href.trim());
    element.setAttribute('rel', 'noopener noreferrer');
  }
}
