// `## Translation`: one English paragraph per French paragraph, or a numbered list with one item
// per French sentence.
import * as l10n from '@vscode/l10n';
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
  const name = modelName.replace(/--+|>/g, ' ').replace(/\s+/g, ' ').trim() || 'a language model'; // lesson content: the file stays English
  return `<!-- machine translation: ${name} -->`;
}

export function readTranslation(ctx: ParseContext, blocks: Block[], sectionLine: number, french: TextShape): Translation {
  const translation = readTranslationBody(ctx, blocks, sectionLine, french);
  const [first] = contentBlocks(blocks);
  const marker = first?.token.type === 'html' ? MACHINE_MARKER.exec(first.token.raw.trim()) : null;
  // The marker without a name: the reader says who translated in the interface language.
  return marker ? { ...translation, machine: marker[1] || l10n.t('a language model') } : translation;
}

function readTranslationBody(ctx: ParseContext, blocks: Block[], sectionLine: number, french: TextShape): Translation {
  const all = contentBlocks(blocks);
  const marked = all[0]?.token.type === 'html' && MACHINE_MARKER.test(all[0].token.raw.trim());
  const content = marked ? all.slice(1) : all;
  const [first] = content;
  if (!first) ctx.fail(sectionLine, l10n.t('The Translation section is empty; remove it or translate the text.'));

  if (first.token.type === 'list') {
    const list = first.token as Tokens.List;
    if (!list.ordered) ctx.fail(first.line, l10n.t('A sentence-by-sentence translation is a numbered list (1. 2. 3.), not a bulleted one.'));
    const after = content[1];
    if (after) {
      ctx.fail(after.line, l10n.t('The Translation section holds either paragraphs or one numbered list of sentences; found {0} after the list.', describe(after.token)));
    }
    const sentences = list.items.map((item) => joinLines(item.text));
    if (sentences.some((s) => s === '')) ctx.fail(first.line, l10n.t('A sentence of the translation is empty.'));
    if (sentences.length !== french.sentences) {
      ctx.fail(first.line, sentences.length === 1
        ? l10n.t('The translation has 1 sentence but the French text has {0}.', french.sentences)
        : l10n.t('The translation has {0} sentences but the French text has {1}.', sentences.length, french.sentences));
    }
    return { mode: 'sentence', sentences };
  }

  const paragraphs = content.map(({ token, line }) => {
    if (token.type !== 'paragraph') {
      ctx.fail(line, l10n.t('The Translation section holds either paragraphs or one numbered list of sentences; found {0}.', describe(token)));
    }
    return joinLines(token.raw);
  });
  if (paragraphs.length !== french.paragraphs) {
    ctx.fail(first.line, paragraphs.length === 1
      ? l10n.t('The translation has 1 paragraph but the French text has {0}.', french.paragraphs)
      : l10n.t('The translation has {0} paragraphs but the French text has {1}.', paragraphs.length, french.paragraphs));
  }
  return { mode: 'paragraph', paragraphs };
}

