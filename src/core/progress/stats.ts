// Figures for the dashboard: known items over time, reviews per day, retention, the vocabulary
// table and quiz summaries. Days are the learner's local days, given as a UTC offset.
import { isoMs } from './isoTime';
import { isExpressionKey, splitKey, type ProgressDocument, type QuizAttempt, type Status } from './model';

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of an instant in the learner's time zone. */
export function dayKey(at: string | Date, utcOffsetMinutes: number): string {
  const ms = typeof at === 'string' ? isoMs(at) : at.getTime();
  return dayLabel(dayIndex(ms, utcOffsetMinutes));
}

/** Days since 1970-01-01 in the learner's time zone: cheap to compute and compare. */
function dayIndex(ms: number, utcOffsetMinutes: number): number {
  return Math.floor((ms + utcOffsetMinutes * 60_000) / DAY_MS);
}

function dayLabel(index: number): string {
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}

export interface KnownPoint {
  day: string;
  lemmas: number;
  expressions: number;
}

/** Cumulative known lemmas and expressions, one point per day on which the count changed. */
export function knownOverTime(doc: ProgressDocument, utcOffsetMinutes: number): KnownPoint[] {
  const perDay = new Map<number, { lemmas: number; expressions: number }>();
  doc.records.forEachCurrent((record, key) => {
    if (record.status !== 'known' || !record.statusAt) return;
    const day = dayIndex(isoMs(record.statusAt), utcOffsetMinutes);
    let entry = perDay.get(day);
    if (!entry) perDay.set(day, (entry = { lemmas: 0, expressions: 0 }));
    if (isExpressionKey(key)) entry.expressions++;
    else entry.lemmas++;
  });
  let lemmas = 0;
  let expressions = 0;
  return [...perDay.keys()].sort((a, b) => a - b).map((day) => {
    const added = perDay.get(day)!;
    lemmas += added.lemmas;
    expressions += added.expressions;
    return { day: dayLabel(day), lemmas, expressions };
  });
}

export interface DayCount {
  day: string;
  count: number;
}

/** Grades given per day over the last `days` days (today included), zeros included, oldest first. */
export function reviewsPerDay(doc: ProgressDocument, now: Date, days: number, utcOffsetMinutes: number): DayCount[] {
  const firstDay = dayIndex(now.getTime(), utcOffsetMinutes) - days + 1;
  // Events before the window are skipped by string comparison, without parsing their dates.
  const cutoff = new Date(firstDay * DAY_MS - utcOffsetMinutes * 60_000).toISOString();
  const counts = new Array<number>(days).fill(0);
  doc.records.forEachCurrent((record) => {
    const history = record.history;
    if (!history) return;
    for (const e of history) {
      if (e.grade === 'seen' || e.undone || e.at < cutoff) continue;
      const i = dayIndex(isoMs(e.at), utcOffsetMinutes) - firstDay;
      if (i < days) counts[i]!++;
    }
  });
  return counts.map((count, i) => ({ day: dayLabel(firstDay + i), count }));
}

export interface Retention {
  passed: number;
  /** Grades given to cards in review: words past their learning steps. */
  total: number;
  /** Every grade given in the same time (reviews, quiz answers, lookups), learning steps included. */
  graded: number;
  /** passed / total, or null before any review of a learnt word. */
  rate: number | null;
}

/**
 * Share of Good/Easy among the grades given to cards in review (not learning), since `since`.
 * Grades of words still in their learning steps (a new word's first reviews, most quiz answers)
 * say little about memory over time and are left out: `graded` counts them too, so that a view can
 * say how many of the grades the rate stands on.
 */
export function retention(doc: ProgressDocument, since?: Date): Retention {
  const sinceIso = since?.toISOString() ?? '';
  let passed = 0;
  let total = 0;
  let graded = 0;
  doc.records.forEachCurrent((record) => {
    for (const e of record.history ?? []) {
      if (e.grade === 'seen' || e.undone || e.at < sinceIso) continue;
      graded++;
      if (e.from !== 'review') continue;
      total++;
      if (e.grade === 'good' || e.grade === 'easy') passed++;
    }
  });
  return { passed, total, graded, rate: total ? passed / total : null };
}

export interface VocabularyRow {
  key: string;
  lemma: string;
  pos: string;
  status: Status;
  gloss: string;
  /** The learner's own gloss and note (absent: none). */
  userGloss?: string;
  userNote?: string;
  lessons: string[];
  /** Next review, when the item has a card. */
  due?: string;
  reviews: number;
}

export interface VocabularyFilter {
  statuses?: readonly Status[];
  lesson?: string;
  /** Matched against lemma and gloss, ignoring case and accents. */
  query?: string;
}

export function vocabularyRows(doc: ProgressDocument, filter: VocabularyFilter = {}): VocabularyRow[] {
  const statuses = filter.statuses ? new Set(filter.statuses) : null;
  const query = filter.query ? fold(filter.query.trim()) : '';
  const rows: VocabularyRow[] = [];
  doc.records.forEachCurrent((record, key) => {
    if (statuses && !statuses.has(record.status)) return;
    const lessons = [...new Set((record.met ?? []).map((m) => m.lesson))];
    if (filter.lesson && !lessons.includes(filter.lesson)) return;
    const { lemma, pos } = splitKey(key);
    const gloss = record.gloss ?? '';
    if (query && !fold(lemma).includes(query) && !fold(gloss).includes(query) && !fold(record.userGloss ?? '').includes(query)) return;
    const row: VocabularyRow = {
      key, lemma, pos, status: record.status, gloss, lessons,
      reviews: (record.history ?? []).filter((e) => e.grade !== 'seen' && !e.undone).length,
    };
    if (record.card) row.due = record.card.due;
    if (record.userGloss) row.userGloss = record.userGloss;
    if (record.userNote) row.userNote = record.userNote;
    rows.push(row);
  });
  return rows.sort((a, b) => FRENCH_ORDER.compare(a.lemma, b.lemma) || (a.key < b.key ? -1 : 1));
}

/** One collator for the whole sort: localeCompare looks one up on every call (most of the time of a 50,000-row sort). */
const FRENCH_ORDER = new Intl.Collator('fr');

export interface QuizSummary {
  attempts: number;
  best?: QuizAttempt;
  latest?: QuizAttempt;
}

/** For the Lessons tree: "3/5 questions" from the best attempt. */
export function quizSummary(doc: ProgressDocument, lessonId: string): QuizSummary {
  const attempts = doc.quizzes[lessonId] ?? [];
  const summary: QuizSummary = { attempts: attempts.length };
  for (const a of attempts) {
    if (!summary.best || a.score / (a.total || 1) > summary.best.score / (summary.best.total || 1)) summary.best = a;
    if (!summary.latest || a.at >= summary.latest.at) summary.latest = a;
  }
  return summary;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
