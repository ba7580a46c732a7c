// A thin wrapper over ts-fsrs: cards as plain JSON with ISO dates, grades as words, undo by snapshot.
// Deterministic: every call takes `now`; ts-fsrs seeds its interval fuzz from the card and the time.
import { createEmptyCard, fsrs, Rating, State, type Card, type CardInput, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs';

export type Grade = 'again' | 'hard' | 'good' | 'easy';
export const GRADES: readonly Grade[] = ['again', 'hard', 'good', 'easy'];

export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

/** The FSRS memory state of one item, as stored. Dates are `toISOString()` strings. */
export interface CardState {
  phase: CardPhase;
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview?: string;
}

export interface SchedulerOptions {
  /** Probability of recall the intervals aim for (0.7–0.97). */
  requestRetention?: number;
  maximumIntervalDays?: number;
  enableFuzz?: boolean;
}

/** A grade applied: the new card and the card before it, which is all an undo needs. */
export interface GradeOutcome {
  card: CardState;
  previous: CardState;
}

const PHASE_TO_STATE: Record<CardPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};
const STATE_TO_PHASE: Record<State, CardPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const GRADE_TO_RATING: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

export function isGrade(value: unknown): value is Grade {
  return typeof value === 'string' && (GRADES as readonly string[]).includes(value);
}

export class Scheduler {
  private readonly engine: FSRS;

  constructor(options: SchedulerOptions = {}) {
    this.engine = fsrs({
      request_retention: options.requestRetention ?? 0.9,
      maximum_interval: options.maximumIntervalDays ?? 36500,
      enable_fuzz: options.enableFuzz ?? true,
    });
  }

  newCard(now: Date): CardState {
    return fromFsrs(createEmptyCard(now));
  }

  grade(card: CardState, grade: Grade, now: Date): GradeOutcome {
    const next = this.engine.next(toFsrs(card), now, GRADE_TO_RATING[grade]).card;
    return { card: fromFsrs(next), previous: { ...card } };
  }

  /** Undoing a grade restores the card it was applied to. */
  undo(outcome: GradeOutcome): CardState {
    return { ...outcome.previous };
  }

  /** The four cards each grade would give, e.g. to label the buttons with their intervals. */
  preview(card: CardState, now: Date): Record<Grade, CardState> {
    const input = toFsrs(card);
    const out = {} as Record<Grade, CardState>;
    for (const g of GRADES) out[g] = fromFsrs(this.engine.next(input, now, GRADE_TO_RATING[g]).card);
    return out;
  }

  /** Probability of recall at `now` (0 for a card never reviewed). */
  retrievability(card: CardState, now: Date): number {
    if (card.phase === 'new') return 0;
    return this.engine.get_retrievability(toFsrs(card), now, false);
  }
}

function toFsrs(card: CardState): CardInput {
  return {
    state: PHASE_TO_STATE[card.phase],
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    last_review: card.lastReview ?? null,
  };
}

function fromFsrs(card: Card): CardState {
  const out: CardState = {
    phase: STATE_TO_PHASE[card.state],
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
  };
  if (card.last_review) out.lastReview = card.last_review.toISOString();
  return out;
}
