// Where the reader's quiz answers and finished attempts go: one interface, wired once in
// extension.ts (to the progress store, see progressQuizRecorder.ts).
import type { QuizAttempt } from '../core/quiz/session';

/** One answer as the reader reports it: the item, the vocabulary keys it exercised, right or wrong. */
export interface QuizAnswerEvent {
  lessonId: string;
  seed: number;
  itemId: string;
  keys: string[];
  correct: boolean;
  /** Answered on the second pass, after a wrong first answer. */
  retry: boolean;
}

export interface QuizRecorder {
  recordAnswer(answer: QuizAnswerEvent): void;
  recordAttempt(attempt: QuizAttempt): void;
}
