// The first step of reading any answer Dépêche asked a model for as JSON: an empty answer, a
// refusal in prose, and text that is not JSON (cut off mid-stream, say) are each a ModelAnswerError
// with its reason; a ```json fence around the JSON is tolerated.
import * as l10n from '@vscode/l10n';
import { ModelAnswerError } from './errors';

/** Answers that decline the task instead of doing it (checked only when the answer is not JSON). */
export const REFUSAL = /\b(I can(?:no|')t|I am unable|I'm unable|I won't|I will not|Sorry|cannot help|can't assist)\b/i;

/** The answer's JSON value. `declined` is the whole sentence for a refusal, given the answer's start. */
export function readJsonAnswer(answer: string, declined: (start: string) => string): unknown {
  const body = stripFence(answer.trim());
  if (body === '') throw new ModelAnswerError(l10n.t('The model gave an empty answer.'), 'empty');
  try {
    return JSON.parse(body);
  } catch {
    if (REFUSAL.test(body)) throw new ModelAnswerError(declined(clip(body)), 'refusal');
    throw new ModelAnswerError(l10n.t('The model\'s answer is not the JSON asked for: “{0}”', clip(body)), 'malformed');
  }
}

export function stripFence(text: string): string {
  const m = /^```[a-zA-Z]*\n([\s\S]*?)\n?```$/.exec(text);
  return m ? (m[1] ?? '').trim() : text;
}

/** One line of plain text. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function clip(text: string): string {
  const line = oneLine(text);
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
