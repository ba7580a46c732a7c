// Notes and explanations are Markdown written by lesson authors: rendered to HTML that is safe
// to put in a webview (see markedInstance.ts for what the renderer refuses).
import { lessonMarked } from './markedInstance';

export function renderSafeMarkdown(md: string): string {
  return lessonMarked.parse(md, { async: false });
}
