// The review queue across all lessons: due cards first, most overdue first, then new items up to
// the day's cap. One pass over the records; dates compare as ISO strings, so only due cards are parsed.
import { lastEventAt } from './fileFormat';
import type { ProgressDocument, ReviewEvent } from './model';

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

export function buildQueue(doc: ProgressDocument, options: QueueOptions): ReviewQueue {
  const nowIso = options.now.toISOString();
  const nowMs = options.now.getTime();
  const dayStartIso = options.dayStart.toISOString();
  const due: { key: string; overdue: number }[] = [];
  const fresh: { key: string; priority: number; last: string }[] = [];
  let introducedToday = 0;
  // forEach: no [key, value] pair allocated per record, which matters at 50,000 records.
  doc.records.forEach((record, key) => {
    const status = record.status;
    if (status === 'known' || status === 'ignored') return;
    const card = record.card;
    // Only the end of the history is looked at (it is in time order), so a history still as
    // stored is decoded only when it ends today.
    const last = lastEventAt(record);
    if (card && card.phase !== 'new') {
      if (card.due <= nowIso) due.push({ key, overdue: overdueness(card.due, card.lastReview, nowMs) });
      if (last !== undefined && last >= dayStartIso && introducedSince(record.history!, dayStartIso)) introducedToday++;
    } else if (status !== 'new' || last !== undefined) {
      // Wanted for learning: set to learning by the learner, or looked up. Those set come first.
      fresh.push({ key, priority: status === 'new' ? 0 : 1, last: last ?? '' });
    }
  });
  due.sort((a, b) => b.overdue - a.overdue || (a.key < b.key ? -1 : 1));
  fresh.sort((a, b) => b.priority - a.priority || (a.last > b.last ? -1 : a.last < b.last ? 1 : a.key < b.key ? -1 : 1));
  const allowed = Math.max(0, Math.min(fresh.length, options.newPerDay - introducedToday));
  const items: QueueItem[] = due.map((d) => ({ key: d.key, kind: 'due' as const }));
  for (let i = 0; i < allowed; i++) items.push({ key: fresh[i]!.key, kind: 'new' });
  return {
    items,
    dueCount: due.length,
    newCount: allowed,
    newWaiting: fresh.length - allowed,
    newIntroducedToday: introducedToday,
  };
}

/** How late a card is, relative to its interval: 2 means overdue by twice the interval. */
function overdueness(due: string, lastReview: string | undefined, nowMs: number): number {
  const dueMs = Date.parse(due);
  const interval = lastReview ? Math.max(dueMs - Date.parse(lastReview), 60_000) : DAY_MS;
  return (nowMs - dueMs) / interval;
}

/** Whether the item's first (not undone) grade falls on or after `sinceIso`. */
function introducedSince(history: ReviewEvent[], sinceIso: string): boolean {
  const first = history.find((e) => e.grade !== 'seen' && !e.undone);
  return first !== undefined && first.at >= sinceIso;
}

/** Local midnight before `now`, for a UTC offset in minutes (e.g. 60 for Paris in winter). */
export function dayStartAt(now: Date, utcOffsetMinutes: number): Date {
  const local = now.getTime() + utcOffsetMinutes * 60_000;
  return new Date(Math.floor(local / DAY_MS) * DAY_MS - utcOffsetMinutes * 60_000);
}
