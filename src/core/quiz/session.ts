// The quiz session as pure functions over a JSON state, shared by the webview and the tests:
// one prompt at a time, feedback after each answer, wrong items back once at the end, a summary.
import { checkAnswer, expectedAnswer } from './check';
import { QUIZ_SCHEMA_VERSION, type AnswerResult, type Quiz, type QuizItem, type QuizResponse, type Span } from './types';

export interface AnswerRecord {
  item: string;
  response: QuizResponse;
  correct: boolean;
  /** Answered on the second pass, after a wrong first answer. */
  retry: boolean;
}

export interface QuizSessionState {
  schemaVersion: typeof QUIZ_SCHEMA_VERSION;
  quiz: Quiz;
  /** Indices into quiz.items still to ask, the current one first. */
  queue: number[];
  /** Items already sent back once. */
  retried: number[];
  answers: AnswerRecord[];
  phase: 'question' | 'feedback' | 'finished';
  /** The result of the last answer, shown during the feedback phase. */
  feedback?: AnswerResult;
}

/** A quiz item answered wrong the first time, to review. */
export interface ReviewEntry {
  item: string;
  prompt: string;
  expected: string;
  keys: string[];
  evidence: Span;
}

export interface QuizSummary {
  total: number;
  /** Right at the first answer. */
  firstTry: number;
  /** Wrong first, right when it came back. */
  afterRetry: number;
  /** Percentage of items right at the first answer, rounded. */
  score: number;
  review: ReviewEntry[];
  /** The learner stopped before the end. */
  abandoned: boolean;
}

/** What the progress store keeps of one attempt. */
export interface QuizAttempt {
  schemaVersion: typeof QUIZ_SCHEMA_VERSION;
  lessonId: string;
  seed: number;
  finishedAt: string;
  answers: AnswerRecord[];
  summary: QuizSummary;
}

export class QuizSessionError extends Error {
  override name = 'QuizSessionError';
}

export function startSession(quiz: Quiz): QuizSessionState {
  return {
    schemaVersion: QUIZ_SCHEMA_VERSION,
    quiz,
    queue: quiz.items.map((_, i) => i),
    retried: [],
    answers: [],
    phase: quiz.items.length ? 'question' : 'finished',
  };
}

export function currentItem(state: QuizSessionState): QuizItem | undefined {
  if (state.phase === 'finished') return undefined;
  const index = state.queue[0];
  return index === undefined ? undefined : state.quiz.items[index];
}

/** Position for display: « 3 / 10 », counting items sent back as extra steps. */
export function progress(state: QuizSessionState): { answered: number; total: number } {
  return { answered: state.answers.length, total: state.quiz.items.length + state.retried.length };
}

/** Records an answer to the current item and shows its feedback; a first wrong answer sends the item back once. */
export function answer(state: QuizSessionState, response: QuizResponse): QuizSessionState {
  const index = state.queue[0];
  const item = currentItem(state);
  if (state.phase !== 'question' || item === undefined || index === undefined) {
    throw new QuizSessionError('There is no question waiting for an answer.');
  }
  const result = checkAnswer(item, response);
  const retry = state.retried.includes(index);
  const sendBack = !result.correct && !retry;
  return {
    ...state,
    queue: sendBack ? [...state.queue, index] : state.queue,
    retried: sendBack ? [...state.retried, index] : state.retried,
    answers: [...state.answers, { item: item.id, response, correct: result.correct, retry }],
    phase: 'feedback',
    feedback: result,
  };
}

/** Leaves the feedback for the next question, or the summary when none is left. */
export function next(state: QuizSessionState): QuizSessionState {
  if (state.phase !== 'feedback') throw new QuizSessionError('There is no feedback to move on from.');
  const queue = state.queue.slice(1);
  return { ...withoutFeedback(state), queue, phase: queue.length ? 'question' : 'finished' };
}

/** Stops the quiz now (Esc); the summary counts what was answered. */
export function abandon(state: QuizSessionState): QuizSessionState {
  // During feedback the current item is already answered: only what follows it is left undone.
  const queue = state.phase === 'feedback' ? state.queue.slice(1) : state.queue;
  return { ...withoutFeedback(state), queue, phase: 'finished' };
}

/** The state without its feedback key (absent rather than undefined, so the state stays plain JSON). */
function withoutFeedback(state: QuizSessionState): Omit<QuizSessionState, 'feedback'> {
  const { feedback: _shown, ...rest } = state;
  return rest;
}

export function summarize(state: QuizSessionState): QuizSummary {
  const items = state.quiz.items;
  const first = new Map<string, AnswerRecord>();
  const second = new Map<string, AnswerRecord>();
  for (const a of state.answers) (a.retry ? second : first).set(a.item, a);
  const firstTry = [...first.values()].filter((a) => a.correct).length;
  const afterRetry = [...second.values()].filter((a) => a.correct).length;
  const review = items
    .filter((it) => first.get(it.id)?.correct === false)
    .map((it) => ({ item: it.id, prompt: it.prompt, expected: expectedAnswer(it), keys: it.keys, evidence: it.evidence }));
  return {
    total: items.length,
    firstTry,
    afterRetry,
    score: items.length ? Math.round((100 * firstTry) / items.length) : 0,
    review,
    abandoned: state.phase === 'finished' && state.queue.length > 0,
  };
}

/** The attempt as stored with its seed; `now` is passed in, never read from the clock. */
export function toAttempt(state: QuizSessionState, now: Date): QuizAttempt {
  return {
    schemaVersion: QUIZ_SCHEMA_VERSION,
    lessonId: state.quiz.lessonId,
    seed: state.quiz.seed,
    finishedAt: now.toISOString(),
    answers: state.answers,
    summary: summarize(state),
  };
}
