// `## Text`: the French paragraphs, read as written, with `{{form|gloss}}` inline glosses removed
// from the displayed text and kept as overrides.
import type { Token, Tokens } from 'marked';
import type { InlineGloss, Paragraph } from '../model';
import { contentBlocks, trimSpaces, type Block, type ParseContext } from './context';

export function readText(ctx: ParseContext, blocks: Block[], sectionLine: number): Paragraph[] {
  const paragraphs = contentBlocks(blocks).map(({ token, line }) => {
    // An HTML block in the text is text too: it is shown escaped, never run.
    if (token.type === 'paragraph' || token.type === 'html') return readParagraph(ctx, token.raw, line);
    if (token.type === 'code') {
      ctx.fail(line, 'This text is indented by four spaces or more, which Markdown reads as code; remove the indentation.');
    }
    ctx.fail(line, `The Text section holds only paragraphs of French text; found a ${describe(token)}.`);
  });
  if (paragraphs.length === 0) ctx.fail(sectionLine, 'The Text section has no paragraph.');
  return paragraphs;
}

function readParagraph(ctx: ParseContext, raw: string, line: number): Paragraph {
  let text = '';
  const overrides: InlineGloss[] = [];
  raw.split('\n').forEach((rawLine, i) => {
    const source = trimSpaces(rawLine);
    if (source === '') return;
    if (text !== '') text += ' ';
    let pos = 0;
    for (;;) {
      const open = source.indexOf('{{', pos);
      if (open < 0) {
        text += source.slice(pos);
        return;
      }
      const close = source.indexOf('}}', open + 2);
      if (close < 0) ctx.fail(line + i, "An inline gloss '{{' is not closed by '}}' on the same line.");
      text += source.slice(pos, open);
      const inner = source.slice(open + 2, close);
      const bar = inner.indexOf('|');
      if (bar < 0) ctx.fail(line + i, `The inline gloss '{{${inner}}}' must be written '{{form|gloss}}'.`);
      const form = inner.slice(0, bar);
      const gloss = inner.slice(bar + 1).trim();
      if (form.trim() === '' || gloss === '') {
        ctx.fail(line + i, `The inline gloss '{{${inner}}}' has an empty form or gloss.`);
      }
      overrides.push({ start: text.length, end: text.length + form.length, gloss });
      text += form;
      pos = close + 2;
    }
  });
  return { text, line, overrides };
}

/** What a block is, in words an author recognises. */
export function describe(token: Token): string {
  if (token.type === 'list') return (token as Tokens.List).ordered ? 'numbered list' : 'bulleted list';
  const names: Record<string, string> = {
    heading: 'heading',
    list: 'list',
    blockquote: 'blockquote',
    table: 'table',
    hr: 'horizontal rule',
    code: 'code block',
    paragraph: 'paragraph',
    html: 'block of HTML',
  };
  return names[token.type] ?? `'${token.type}' block`;
}
