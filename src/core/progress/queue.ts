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
  const dueMs = isoMs(due);
  const interval = lastReview ? Math.max(dueMs - isoMs(lastReview), 60_000) : DAY_MS;
  return (nowMs - dueMs) / interval;
}

/**
 * Date.parse for `toISOString()` output, without the general parser (it was most of the queue's
 * time: two parses per due card). Anything else, or a day past the 28th, goes to Date.parse.
 */
export function isoMs(iso: string): number {
  if (iso.length !== 24 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45 || iso.charCodeAt(10) !== 84 ||
    iso.charCodeAt(13) !== 58 || iso.charCodeAt(16) !== 58 || iso.charCodeAt(19) !== 46 || iso.charCodeAt(23) !== 90) return Date.parse(iso);
  const year = digits(iso, 0, 4), month = digits(iso, 5, 2), day = digits(iso, 8, 2);
  const hour = digits(iso, 11, 2), minute = digits(iso, 14, 2), second = digits(iso, 17, 2), ms = digits(iso, 20, 3);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 28 && hour <= 23 && minute <= 59 && second <= 59 && ms >= 0)) return Date.parse(iso);
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

/** The number in `count` decimal digits at `from`, or -1 if one is not a digit. */
function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
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
