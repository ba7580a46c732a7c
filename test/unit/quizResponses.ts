// Answers the tests give on the learner's behalf, shared by the webview and integration suites.
import type { QuizItem, QuizResponse } from '../../src/core/quiz/types';

/** A wrong response to an item, of the kind it takes: a wrong word, another choice, the pairs shifted by one. */
export function wrongResponse(item: QuizItem): QuizResponse {
  switch (item.kind) {
    case 'cloze':
      return 'xyz';
    case 'match':
    case 'title-person':
      return item.answer.map((_, i) => item.answer[(i + 1) % item.answer.length] as number);
    default:
      return (item.answer + 1) % item.choices.length;
  }
}
