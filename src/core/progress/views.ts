// What the review and dashboard webviews show, computed on the host side as plain JSON
// (see the message types in src/protocol.ts).
import { GRADES, type Grade, type Scheduler } from '../srs/scheduler';
import { lessonCoverage, type LessonCoverage, type LessonVocabulary } from './coverage';
import type { GoalProgress } from './dailyGoal';
import { ownGlossOf, splitKey, type OwnGloss, type ProgressDocument } from './model';
import type { QueueItem, ReviewQueue } from './queue';
import {
  knownOverTime, quizSummary, retention, reviewsPerDay, vocabularyRows,
  type DayCount, type KnownPoint, type Retention, type VocabularyRow,
} from './stats';

export interface ReviewSentence {
  lesson: string;
  before: string;
  /** The item as it stands in the sentence; empty when it could not be located. */
  form: string;
  after: string;
}

export interface ReviewCardView {
  key: string;
  lemma: string;
  pos: string;
  gloss: string;
  /** The learner's own gloss and note, shown first (marked as theirs). */
  own?: OwnGloss;
  kind: QueueItem['kind'];
  sentence?: ReviewSentence;
  /** When each grade would bring the item back, e.g. `10 min`, `3 d`. */
  intervals: Record<Grade, string>;
}

export interface ReviewProgress {
  /** Grades given in this session. */
  done: number;
  due: number;
  fresh: number;
  canUndo: boolean;
}

export function reviewCardView(
  doc: ProgressDocument, item: QueueItem, scheduler: Scheduler, now: Date,
): ReviewCardView {
  const record = doc.records.get(item.key);
  const { lemma, pos } = splitKey(item.key);
  const card = record?.card ?? scheduler.newCard(now);
  const preview = scheduler.preview(card, now);
  const intervals = {} as Record<Grade, string>;
  for (const g of GRADES) intervals[g] = formatInterval(now.getTime(), Date.parse(preview[g].due));
  const view: ReviewCardView = { key: item.key, lemma, pos, gloss: record?.gloss ?? '', kind: item.kind, intervals };
  const own = ownGlossOf(record);
  if (own) view.own = own;
  // Each review shows the item in another of its sentences, in turn.
  const withSentence = (record?.met ?? []).filter((m) => m.sentence && doc.sentences.has(m.sentence));
  const chosen = withSentence.length ? withSentence[card.reps % withSentence.length]! : undefined;
  if (chosen) {
    const text = doc.sentences.get(chosen.sentence!)!;
    const form = chosen.form ?? '';
    const at = form ? text.indexOf(form) : -1;
    view.sentence = at < 0
      ? { lesson: chosen.lesson, before: text, form: '', after: '' }
      : { lesson: chosen.lesson, before: text.slice(0, at), form, after: text.slice(at + form.length) };
  }
  return view;
}

/** A short English duration between two instants: `1 min`, `10 min`, `5 h`, `3 d`, `2 mo`, `1.5 y`. */
export function formatInterval(fromMs: number, toMs: number): string {
  const minutes = Math.max(1, Math.round((toMs - fromMs) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} d`;
  if (days < 365) return `${Math.round(days / 30.4)} mo`;
  return `${Math.round((days / 365) * 10) / 10} y`;
}

export function reviewProgress(queue: ReviewQueue, done: number, canUndo: boolean): ReviewProgress {
  return { done, due: queue.dueCount, fresh: queue.newCount, canUndo };
}

/** A lesson as the dashboard needs it: its title and running-word counts. */
export interface DashboardLesson {
  vocabulary: LessonVocabulary;
  title: string;
}

export interface LessonSummary {
  lessonId: string;
  title: string;
  coverage: LessonCoverage;
  quiz?: { score: number; total: number };
}

export interface DashboardView {
  generatedAt: string;
  known: KnownPoint[];
  reviews: DayCount[];
  retention: Retention;
  /** Retention over the last 30 days. */
  recentRetention: Retention;
  lessons: LessonSummary[];
  vocabulary: VocabularyRow[];
  /** The daily goal and streak (set by the service, which knows the goal). */
  goal?: GoalProgress;
}

export function dashboardView(
  doc: ProgressDocument, lessons: readonly DashboardLesson[], now: Date, utcOffsetMinutes: number, days = 182,
): DashboardView {
  return {
    generatedAt: now.toISOString(),
    known: knownOverTime(doc, utcOffsetMinutes),
    reviews: reviewsPerDay(doc, now, days, utcOffsetMinutes),
    retention: retention(doc),
    recentRetention: retention(doc, new Date(now.getTime() - 30 * 86_400_000)),
    lessons: lessons.map((l) => {
      const summary: LessonSummary = {
        lessonId: l.vocabulary.lessonId,
        title: l.title,
        coverage: lessonCoverage(l.vocabulary, doc),
      };
      const best = quizSummary(doc, l.vocabulary.lessonId).best;
      if (best) summary.quiz = { score: best.score, total: best.total };
      return summary;
    }),
    vocabulary: vocabularyRows(doc),
  };
}
