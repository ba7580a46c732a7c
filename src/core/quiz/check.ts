// Checking a learner's answer: choice, typed (accents forgiven with a visible correction,
// agreement mistakes named) and matching.
import * as l10n from '@vscode/l10n';
import { accentConfusion, diagnoseAgreement, missedAccents } from './agreement';
import { fold, normalize, quote } from './french';
import type { AnswerResult, QuizItem, QuizResponse } from './types';

/** A response of the wrong shape for its item (a number for a typed item, say). */
export class QuizResponseError extends Error {
  override name = 'QuizResponseError';
}

export function expectedAnswer(item: QuizItem): string {
  switch (item.kind) {
    case 'cloze':
      return item.answer;
    case 'match':
    case 'title-person':
      return item.left.map((l, i) => `${l} → ${item.right[item.answer[i] as number]}`).join(' ; ');
    default:
      return item.choices[item.answer] as string;
  }
}

export function checkAnswer(item: QuizItem, response: QuizResponse): AnswerResult {
  const expected = expectedAnswer(item);
  switch (item.kind) {
    case 'cloze': {
      if (typeof response !== 'string') throw new QuizResponseError(`A ${item.kind} item takes typed text.`);
      return checkTyped(item.answer, response, item.explanation, item.pos);
    }
    case 'match':
    case 'title-person': {
      if (!Array.isArray(response)) throw new QuizResponseError(`A ${item.kind} item takes one index per pair.`);
      const wrong = item.left.filter((_, i) => response[i] !== item.answer[i]);
      const correct = wrong.length === 0;
      const detail = correct ? '' : `${l10n.t('To review: {0}.', wrong.map((l) => quote(l)).join(', '))} `;
      return { correct, expected, explanation: `${detail}${item.explanation}` };
    }
    default: {
      if (typeof response !== 'number') throw new QuizResponseError(`A ${item.kind} item takes a choice index.`);
      const correct = response === item.answer;
      const note = correct ? undefined : item.choiceNotes?.[response];
      return { correct, expected, explanation: note ? `${note} ${item.explanation}` : item.explanation };
    }
  }
}

/** A typed answer against the expected form. */
export function checkTyped(expected: string, response: string, explanation: string, pos?: string): AnswerResult {
  if (normalize(response) === normalize(expected)) return { correct: true, expected, explanation };
  if (fold(response) === fold(expected)) {
    const confusion = accentConfusion(expected, response);
    if (confusion) return { correct: false, expected, correction: expected, explanation: `${confusion} ${explanation}` };
    const letters = missedAccents(expected, response);
    const accepted = letters.length
      ? l10n.t('Accepted; mind the accent ({0}): {1}.', letters.map((c) => quote(c)).join(', '), quote(expected))
      : l10n.t('Accepted; mind the accent: {0}.', quote(expected));
    return { correct: true, expected, correction: expected, explanation: `${accepted} ${explanation}` };
  }
  const agreement = diagnoseAgreement(expected, response, pos);
  if (agreement) return { correct: false, expected, correction: expected, explanation: `${agreement} ${explanation}` };
  return { correct: false, expected, explanation: `${l10n.t('The text has {0}.', quote(expected))} ${explanation}` };
}
