// Answering a quiz item by keyboard, as a learner would, for the reader's quiz drawer tests.
import type { QuizItem } from '../../src/core/quiz/types';
import type { WebviewPage } from './harness';

/** Without its accents: typed this way, a cloze answer is accepted with a correction. */
export function unaccented(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Answers the current item by keyboard: right, or wrong when asked; waits for the feedback. */
export async function answerByKeyboard(view: WebviewPage, item: QuizItem, right: boolean): Promise<void> {
  const keyboard = view.page.keyboard;
  switch (item.kind) {
    case 'cloze':
      await keyboard.type(right ? unaccented(item.answer) : 'xyz');
      await keyboard.press('Enter');
      break;
    case 'match':
    case 'title-person': {
      const order = right ? item.answer : item.answer.map((_, i) => item.answer[(i + 1) % item.answer.length] as number);
      for (const j of order) await keyboard.press(String(j + 1));
      await keyboard.press('Enter');
      break;
    }
    default: {
      const pick = right ? item.answer : (item.answer + 1) % item.choices.length;
      await keyboard.press(String(pick + 1));
    }
  }
  await view.page.locator('.quiz-feedback').waitFor();
}
