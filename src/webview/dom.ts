// A small element builder: everything shown is set through textContent and attributes,
// never parsed as HTML, so lesson text is always displayed literally.
import * as l10n from '@vscode/l10n';

export type Child = Node | string | null | undefined | false;

export interface ElementProps {
  class?: string;
  /** Attribute values are strings; `false`/`undefined` leave the attribute out. */
  attrs?: Record<string, string | false | undefined>;
  text?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value !== false && value !== undefined) node.setAttribute(name, value);
  }
  if (props.text !== undefined) node.textContent = props.text;
  append(node, children);
  return node;
}

/**
 * A translated sentence with one element in it: `l10n.t('In the text: {0}')` and the element
 * -> the text before `{0}`, the element, the text after. The translation decides where it goes.
 */
export function withElement(message: string, element: Node): Child[] {
  const at = message.indexOf('{0}');
  if (at < 0) return [message, element];
  return [message.slice(0, at), element, message.slice(at + 3)];
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}
