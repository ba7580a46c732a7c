// The reader panel's quiz, host side: generates the quiz of the lesson on display with a fresh
// seed per attempt (the same lesson and seed give the same quiz, so an unfinished attempt is
// sent again as it was), and passes the webview's answers and finished attempts to the recorder.
import { randomInt } from 'node:crypto';
import type { Lesson } from '../core/lesson/model';
import type { Quiz } from '../core/quiz/types';
import type { HostToReader, ReaderToHost } from '../protocol';
import type { QuizRecorder } from './quizRecorder';

export interface ReaderQuizDeps {
  quizFor(lesson: Lesson, seed: number): Promise<Quiz>;
  recorder: QuizRecorder;
}

/** Seeds are 32-bit, as the CLI's `--seed`. */
const SEED_LIMIT = 2 ** 32;

type QuizMessage = Extract<ReaderToHost, { type: 'quizRequest' | 'quizAnswer' | 'quizFinished' | 'quizNewAttempt' | 'showEvidence' | 'quizClosed' }>;

const QUIZ_MESSAGES = new Set<string>(['quizRequest', 'quizAnswer', 'quizFinished', 'quizNewAttempt', 'showEvidence', 'quizClosed']);

export function isQuizMessage(message: ReaderToHost): message is QuizMessage {
  return QUIZ_MESSAGES.has(message.type);
}

export class ReaderQuizHost {
  /** The attempt in progress: its lesson and seed. */
  private attempt: { lessonId: string; seed: number } | undefined;
  private last: Quiz | undefined;
  /** The quiz drawer is open on the page (sent, not closed since). */
  private shown = false;

  constructor(
    private readonly deps: ReaderQuizDeps,
    private readonly lesson: () => Lesson | undefined,
    private readonly post: (message: HostToReader) => void,
  ) {}

  /** The quiz last sent to the reader (for the tests and the command's caller). */
  get current(): Quiz | undefined {
    return this.last;
  }

  /** Opens the quiz of the lesson on display: the unfinished attempt again, or a new one. */
  async start(newAttempt = false): Promise<Quiz | undefined> {
    const lesson = this.lesson();
    if (!lesson) return undefined;
    const resume = !newAttempt && this.attempt?.lessonId === lesson.id;
    const seed = resume && this.attempt ? this.attempt.seed : randomInt(0, SEED_LIMIT);
    const quiz = await this.deps.quizFor(lesson, seed);
    // The learner may have moved on to another lesson while the quiz was made.
    if (this.lesson()?.id !== lesson.id) return undefined;
    this.attempt = { lessonId: lesson.id, seed };
    this.last = quiz;
    this.post({ type: 'quizStart', quiz, title: lesson.meta.title });
    this.shown = true;
    return quiz;
  }

  /** An unfinished attempt of the lesson on display is open on the page: a rebuilt page gets it back. */
  get openAttempt(): boolean {
    return this.shown && this.attempt !== undefined && this.attempt.lessonId === this.lesson()?.id;
  }

  receive(message: QuizMessage): void {
    switch (message.type) {
      case 'quizRequest':
        void this.start().catch(report);
        break;
      case 'quizNewAttempt':
        void this.start(true).catch(report);
        break;
      case 'quizAnswer':
        if (typeof message.itemId !== 'string' || !Array.isArray(message.keys)) return;
        // A restored panel resumes its own session: its seed is the attempt's, whatever the host had.
        this.attempt = { lessonId: message.lessonId, seed: message.seed };
        this.deps.recorder.recordAnswer({
          lessonId: message.lessonId, seed: message.seed, itemId: message.itemId,
          keys: message.keys.filter((k): k is string => typeof k === 'string'),
          correct: message.correct === true, retry: message.retry === true,
        });
        break;
      case 'quizFinished':
        if (!message.attempt || typeof message.attempt.lessonId !== 'string') return;
        this.deps.recorder.recordAttempt(message.attempt);
        if (this.attempt?.lessonId === message.attempt.lessonId) this.attempt = undefined;
        break;
      case 'quizClosed':
        this.shown = false;
        break;
      case 'showEvidence':
        // The page highlights the evidence itself; a closed quiz stays resumable.
        break;
    }
  }
}

function report(e: unknown): void {
  console.error('[depeche] could not make the quiz', e);
}
