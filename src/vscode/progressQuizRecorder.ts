// Quiz results into the learner's progress: each first answer grades the vocabulary it
// exercised (right = good, wrong = again), recorded as met in the lesson's text (its sentence and
// gloss), and a finished attempt is kept with its seed and one answer per question, so the Lessons
// tree can show "3/5 questions".
import type { ReaderDocument } from '../core/lesson/model';
import type { QuizAnswer } from '../core/progress/model';
import { keySightings } from '../core/progress/readerSightings';
import type { QuizAttempt } from '../core/quiz/session';
import type { ProgressHub } from './progressHub';
import type { QuizAnswerEvent, QuizRecorder } from './quizRecorder';

/** The reader document of a lesson by id (undefined if the library no longer has it). */
export type LessonDocumentSource = (lessonId: string) => Promise<ReaderDocument | undefined>;

export class ProgressQuizRecorder implements QuizRecorder {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly hub: ProgressHub,
    private readonly documentOf: LessonDocumentSource,
    /** Called once an attempt is kept (the getting-started walkthrough's "take the quiz" step). */
    private readonly onAttemptKept: () => void = () => undefined,
  ) {}

  recordAnswer(answer: QuizAnswerEvent): void {
    // A second try right after the explanation says little about memory: only first answers grade.
    if (answer.retry || answer.keys.length === 0) return;
    this.inOrder(async () => {
      const [progress, doc] = await Promise.all([this.hub.ready(), this.documentOf(answer.lessonId)]);
      // Each key as it stands in the lesson's text; a lesson gone from the library still names the lesson.
      const items = doc ? keySightings(doc, answer.keys) : answer.keys.map((key) => ({ key, lesson: answer.lessonId }));
      for (const item of items) progress.quizAnswer(item, answer.correct);
    });
  }

  recordAttempt(attempt: QuizAttempt): void {
    this.inOrder(async () => {
      const progress = await this.hub.ready();
      progress.quizAttempt(attempt.lessonId, attempt.seed, attemptAnswers(attempt));
      this.onAttemptKept();
    });
  }

  /**
   * Records one event after those before it: an answer waits for its lesson's document (built in
   * slices), and the attempt that ends the quiz must not be kept before its last answers.
   */
  private inOrder(record: () => Promise<void>): void {
    this.queue = this.queue.then(record).catch(report);
  }
}

/** One answer per question of the quiz: the first one given, questions left unanswered as wrong. */
export function attemptAnswers(attempt: QuizAttempt): QuizAnswer[] {
  const first = attempt.answers.filter((a) => !a.retry);
  const answers: QuizAnswer[] = first.map((a) => ({ question: a.item, given: JSON.stringify(a.response), correct: a.correct }));
  for (let i = answers.length; i < attempt.summary.total; i++) answers.push({ question: `unanswered-${i + 1}`, given: '', correct: false });
  return answers;
}

function report(e: unknown): void {
  console.error('[depeche] could not record the quiz in the progress', e);
}
