// Quiz results into the learner's progress: each first answer grades the vocabulary it
// exercised (right = good, wrong = again), and a finished attempt is kept with its seed and one
// answer per question, so the Lessons tree can show "3/5 questions".
import type { QuizAnswer } from '../core/progress/model';
import type { QuizAttempt } from '../core/quiz/session';
import type { ProgressHub } from './progressHub';
import type { QuizAnswerEvent, QuizRecorder } from './quizRecorder';

export class ProgressQuizRecorder implements QuizRecorder {
  constructor(private readonly hub: ProgressHub) {}

  recordAnswer(answer: QuizAnswerEvent): void {
    // A second try right after the explanation says little about memory: only first answers grade.
    if (answer.retry || answer.keys.length === 0) return;
    void this.hub.ready()
      .then((progress) => {
        for (const key of answer.keys) progress.quizAnswer(key, answer.correct);
      })
      .catch(report);
  }

  recordAttempt(attempt: QuizAttempt): void {
    void this.hub.ready()
      .then((progress) => progress.quizAttempt(attempt.lessonId, attempt.seed, attemptAnswers(attempt)))
      .catch(report);
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
