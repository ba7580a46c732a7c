// The review queue across all lessons: due cards first, most overdue first, then new items up to
// the day's cap. One pass over the table's queue facts (recordTable.ts): no record is decoded.
import { renamedKey, type ProgressDocument } from './model';
import { NONE } from './recordLine';
import { FACT, FACT_STRIDE } from './recordTable';

export interface QueueOptions {
  now: Date;
  /** Start of the learner's day (local midnight), for counting new items introduced today. */
  dayStart: Date;
  /** How many new items may be introduced per day. */
  newPerDay: number;
}

export interface QueueItem {
  key: string;
  kind: 'due' | 'new';
}

export interface ReviewQueue {
  items: QueueItem[];
  dueCount: number;
  newCount: number;
  /** New items waiting beyond today's cap. */
  newWaiting: number;
  newIntroducedToday: number;
}

const DAY_MS = 86_400_000;
const NEW = 0, KNOWN = 5, IGNORED = 6;

export function buildQueue(doc: ProgressDocument, options: QueueOptions): ReviewQueue {
  const nowMs = options.now.getTime();
  const dayStartMs = options.dayStart.getTime();
  const { count, keys, facts: f } = doc.records.factColumns();
  // Locals, not imported bindings: a module's exports may be getters (CommonJS interop), too slow in this loop.
  const STATUS = FACT.status, PHASE = FACT.phase, DUE = FACT.due, LAST_REVIEW = FACT.lastReview;
  const FIRST_GRADE = FACT.firstGrade, LAST_EVENT = FACT.lastEvent, STRIDE = FACT_STRIDE, NO_EVENT = NONE;
  const due: { slot: number; overdue: number }[] = [];
  const fresh: { slot: number; priority: number; last: number }[] = [];
  let introducedToday = 0;
  for (let slot = 0, at = 0; slot < count; slot++, at += STRIDE) {
    const status = f[at + STATUS]!;
    if (status === KNOWN || status === IGNORED) continue;
    // A record kept under a renamed key is reviewed under its new key (model.ts, renamedKey).
    if (renamedKey(keys[slot]!) !== undefined) continue;
    const last = f[at + LAST_EVENT]!;
    if (f[at + PHASE]! > 0 /* a card past 'new' */) {
      const dueMs = f[at + DUE]!;
      if (dueMs <= nowMs) due.push({ slot, overdue: overdueness(dueMs, f[at + LAST_REVIEW]!, nowMs) });
      if (f[at + FIRST_GRADE]! >= dayStartMs) introducedToday++;
    } else if (status !== NEW || last !== NO_EVENT) {
      // Wanted for learning: set to learning by the learner, or looked up. Those set come first.
      fresh.push({ slot, priority: status === NEW ? 0 : 1, last });
    }
  }
  const byKey = (a: number, b: number) => (keys[a]! < keys[b]! ? -1 : 1);
  due.sort((a, b) => b.overdue - a.overdue || byKey(a.slot, b.slot));
  fresh.sort((a, b) => b.priority - a.priority || b.last - a.last || byKey(a.slot, b.slot));
  const allowed = Math.max(0, Math.min(fresh.length, options.newPerDay - introducedToday));
  const items: QueueItem[] = due.map((d) => ({ key: keys[d.slot]!, kind: 'due' as const }));
  for (let i = 0; i < allowed; i++) items.push({ key: keys[fresh[i]!.slot]!, kind: 'new' });
  return {
    items,
    dueCount: due.length,
    newCount: allowed,
    newWaiting: fresh.length - allowed,
    newIntroducedToday: introducedToday,
  };
}

/** How late a card is, relative to its interval: 2 means overdue by twice the interval. */
function overdueness(dueMs: number, lastReviewMs: number, nowMs: number): number {
  const interval = lastReviewMs >= 0 ? Math.max(dueMs - lastReviewMs, 60_000) : DAY_MS;
  return (nowMs - dueMs) / interval;
}

/** Local midnight before `now`, for a UTC offset in minutes (e.g. 60 for Paris in winter). */
export function dayStartAt(now: Date, utcOffsetMinutes: number): Date {
  const local = now.getTime() + utcOffsetMinutes * 60_000;
  return new Date(Math.floor(local / DAY_MS) * DAY_MS - utcOffsetMinutes * 60_000);
}
