// `## Translation`: one English paragraph per French paragraph, or a numbered list with one item
// per French sentence.
import type { Tokens } from 'marked';
import type { Translation } from '../model';
import { contentBlocks, joinLines, type Block, type ParseContext } from './context';
import { describe } from './text';

export interface TextShape {
  paragraphs: number;
  sentences: number;
}

/** The comment that opens a machine translation: `<!-- machine translation: <model> -->`. */
const MACHINE_MARKER = /^<!--[ \t]*machine translation:[ \t]*([^\n]*?)[ \t]*-->\s*$/;

/** The first line of a section written by a language model, naming it (kept to one safe line). */
export function machineTranslationMarker(modelName: string): string {
  const name = modelName.replace(/--+|>/g, ' ').replace(/\s+/g, ' ').trim() || 'a language model';
  return `<!-- machine translation: ${name} -->`;
}

export function readTranslation(ctx: ParseContext, blocks: Block[], sectionLine: number, french: TextShape): Translation {
  const translation = readTranslationBody(ctx, blocks, sectionLine, french);
  const [first] = contentBlocks(blocks);
  const marker = first?.token.type === 'html' ? MACHINE_MARKER.exec(first.token.raw.trim()) : null;
  return marker ? { ...translation, machine: marker[1] || 'a language model' } : translation;
}

function readTranslationBody(ctx: ParseContext, blocks: Block[], sectionLine: number, french: TextShape): Translation {
  const all = contentBlocks(blocks);
  const marked = all[0]?.token.type === 'html' && MACHINE_MARKER.test(all[0].token.raw.trim());
  const content = marked ? all.slice(1) : all;
  const [first] = content;
  if (!first) ctx.fail(sectionLine, 'The Translation section is empty; remove it or translate the text.');

  if (first.token.type === 'list') {
    const list = first.token as Tokens.List;
    if (!list.ordered) ctx.fail(first.line, 'A sentence-by-sentence translation is a numbered list (1. 2. 3.), not a bulleted one.');
    const after = content[1];
    if (after) {
      ctx.fail(after.line, `The Translation section holds either paragraphs or one numbered list of sentences; found a ${describe(after.token)} after the list.`);
    }
    const sentences = list.items.map((item) => joinLines(item.text));
    if (sentences.some((s) => s === '')) ctx.fail(first.line, 'A sentence of the translation is empty.');
    if (sentences.length !== french.sentences) {
      ctx.fail(first.line, `The translation has ${count(sentences.length, 'sentence')} but the French text has ${french.sentences}.`);
    }
    return { mode: 'sentence', sentences };
  }

  const paragraphs = content.map(({ token, line }) => {
    if (token.type !== 'paragraph') {
      ctx.fail(line, `The Translation section holds either paragraphs or one numbered list of sentences; found a ${describe(token)}.`);
    }
    return joinLines(token.raw);
  });
  if (paragraphs.length !== french.paragraphs) {
    ctx.fail(first.line, `The translation has ${count(paragraphs.length, 'paragraph')} but the French text has ${french.paragraphs}.`);
  }
  return { mode: 'paragraph', paragraphs };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
