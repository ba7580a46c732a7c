// What Dépêche asks a language model for a sentence-by-sentence translation, and how it reads the
// answer. The model gets numbered French sentences and must answer with a JSON array of exactly as
// many English strings; anything else is rejected whole, so a lesson never gets a partial or
// shifted translation.
import * as l10n from '@vscode/l10n';
import { ModelAnswerError } from './errors';

/** The instructions, sent before the sentences. Kept short: every token counts against the limit. */
export const TRANSLATION_INSTRUCTIONS = [
  'You translate French news sentences into natural English for a learner of French.',
  'Translate each numbered sentence on its own, keeping names, numbers and quotations.',
  'Answer with a JSON array of strings only: one English sentence per French sentence, in order,',
  'no numbering, no comments, no Markdown fence.',
].join(' ');

/** The user message for one chunk of sentences (numbered from 1 within the chunk). */
export function translationRequest(sentences: readonly string[]): string {
  const lines = sentences.map((s, i) => `${i + 1}. ${oneLine(s)}`);
  return `${TRANSLATION_INSTRUCTIONS}\n\nThere are ${sentences.length} sentences.\n\n${lines.join('\n')}`;
}

/** Answers that decline the task instead of doing it (checked only when the answer is not JSON). */
const REFUSAL = /\b(I can(?:no|')t|I am unable|I'm unable|I won't|I will not|Sorry|cannot help|can't assist)\b/i;

/**
 * Reads the model's answer for a chunk of `expected` sentences: a JSON array of non-empty strings,
 * possibly inside a ```json fence. Throws ModelAnswerError naming what is wrong.
 */
export function parseTranslationAnswer(answer: string, expected: number): string[] {
  const body = stripFence(answer.trim());
  if (body === '') throw new ModelAnswerError(l10n.t('The model gave an empty answer.'), 'empty');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    if (REFUSAL.test(body)) throw new ModelAnswerError(l10n.t('The model declined to translate: “{0}”', clip(body)), 'refusal');
    throw new ModelAnswerError(l10n.t('The model\'s answer is not the JSON list of sentences asked for: “{0}”', clip(body)), 'malformed');
  }
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new ModelAnswerError(l10n.t('The model\'s answer is JSON but not a list of sentences.'), 'malformed');
  }
  const sentences = value.map((s) => oneLine(s));
  if (sentences.length !== expected) {
    throw new ModelAnswerError(l10n.t('The model returned {0} sentences for {1}.', sentences.length, expected), 'count');
  }
  const empty = sentences.findIndex((s) => s === '');
  if (empty >= 0) throw new ModelAnswerError(l10n.t('The model left sentence {0} untranslated.', empty + 1), 'malformed');
  return sentences;
}

function stripFence(text: string): string {
  const m = /^```[a-zA-Z]*\n([\s\S]*?)\n?```$/.exec(text);
  return m ? (m[1] ?? '').trim() : text;
}

/** One line of plain text: a list item of the Translation section cannot span paragraphs. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string): string {
  const line = oneLine(text);
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
