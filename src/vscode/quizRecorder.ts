// Where the reader's quiz answers and finished attempts go. One interface, so the progress store
// can take them when it is wired; until then they are kept in memory for the session.
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

/** Keeps what it is given; read by the tests, and the fallback until a progress store exists. */
export class MemoryQuizRecorder implements QuizRecorder {
  readonly answers: QuizAnswerEvent[] = [];
  readonly attempts: QuizAttempt[] = [];

  recordAnswer(answer: QuizAnswerEvent): void {
    this.answers.push(answer);
  }

  recordAttempt(attempt: QuizAttempt): void {
    this.attempts.push(attempt);
  }
}
