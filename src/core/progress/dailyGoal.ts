// The daily goal (new words, reviews or minutes read) and the streak of days it was met, with one
// "freeze" a week as Duolingo and LingQ learners expect: one missed day in a calendar week (Monday to
// Sunday) does not break the streak. Everything is derived from the review history (and, for minutes,
// the reading log the host keeps), so nothing extra is stored and two machines agree once synced.
import * as l10n from '@vscode/l10n';
import { isoMs } from './isoTime';
import { takesSingular } from '../uiLanguage';
import type { ProgressDocument } from './model';

export type GoalKind = 'reviews' | 'newWords' | 'minutes';

export interface DailyGoal {
  kind: GoalKind;
  /** How many reviews, new words or minutes a day; at least 1. */
  target: number;
}

export const DEFAULT_GOAL: DailyGoal = { kind: 'reviews', target: 20 };
const GOAL_KINDS: readonly GoalKind[] = ['reviews', 'newWords', 'minutes'];

/** The goal from a setting's raw value; anything malformed falls back to the default, part by part. */
export function parseGoal(raw: unknown): DailyGoal {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const kind = GOAL_KINDS.includes(value.kind as GoalKind) ? (value.kind as GoalKind) : DEFAULT_GOAL.kind;
  const target = typeof value.target === 'number' && Number.isFinite(value.target) && value.target >= 1 ? Math.floor(value.target) : DEFAULT_GOAL.target;
  return { kind, target };
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 in the learner's time zone. */
function dayIndex(ms: number, utcOffsetMinutes: number): number {
  return Math.floor((ms + utcOffsetMinutes * 60_000) / DAY_MS);
}

function dayLabel(index: number): string {
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}

/** Per day (index): grades given, and items graded for the first time (new words). */
interface DayActivity {
  reviews: number;
  newWords: number;
}

function activityByDay(doc: ProgressDocument, utcOffsetMinutes: number): Map<number, DayActivity> {
  const days = new Map<number, DayActivity>();
  const at = (day: number) => {
    let a = days.get(day);
    if (!a) days.set(day, (a = { reviews: 0, newWords: 0 }));
    return a;
  };
  doc.records.forEachCurrent((record) => {
    let first = true;
    for (const e of record.history ?? []) {
      if (e.grade === 'seen' || e.undone) continue;
      const day = at(dayIndex(isoMs(e.at), utcOffsetMinutes));
      day.reviews++;
      if (first) day.newWords++;
      first = false;
    }
  });
  return days;
}

export interface GoalDay {
  day: string;
  done: number;
  met: boolean;
  /** A missed day forgiven by the week's freeze. */
  frozen: boolean;
}

export interface GoalProgress {
  goal: DailyGoal;
  today: { done: number; target: number; met: boolean };
  /** Days in a row the goal was met, today included once met (a frozen day keeps, but does not add). */
  streak: number;
  /** Whether this week's freeze is used already. */
  freezeUsedThisWeek: boolean;
  /** The last 14 days, oldest first, for the dashboard. */
  recent: GoalDay[];
}

/**
 * The day's progress toward the goal and the streak. `minutesByDay` maps `YYYY-MM-DD` to minutes
 * read (the host's reading log); it is only used for a minutes goal.
 */
export function goalProgress(
  doc: ProgressDocument, goal: DailyGoal, now: Date, utcOffsetMinutes: number, minutesByDay: Record<string, number> = {},
): GoalProgress {
  const activity = goal.kind === 'minutes' ? null : activityByDay(doc, utcOffsetMinutes);
  const done = (day: number): number => {
    if (!activity) return Math.floor(minutesByDay[dayLabel(day)] ?? 0);
    const a = activity.get(day);
    return a ? a[goal.kind as 'reviews' | 'newWords'] : 0;
  };
  const today = dayIndex(now.getTime(), utcOffsetMinutes);
  const firstActive = activity
    ? Math.min(...activity.keys(), today)
    : Math.min(today, ...Object.keys(minutesByDay).map((d) => Math.floor(Date.parse(`${d}T00:00:00Z`) / DAY_MS)).filter(Number.isFinite));

  // Walk back from yesterday (today only counts once met, so an unfinished today breaks nothing).
  const frozenDays = new Set<number>();
  const freezesByWeek = new Map<number, number>();
  let streak = done(today) >= goal.target ? 1 : 0;
  for (let day = today - 1; day >= firstActive; day--) {
    if (done(day) >= goal.target) {
      streak++;
      continue;
    }
    const week = weekOf(day);
    if ((freezesByWeek.get(week) ?? 0) === 0 && day > firstActive) {
      freezesByWeek.set(week, 1);
      frozenDays.add(day);
      continue;
    }
    break;
  }
  // A freeze at the very end of the walk saved nothing: the streak had already begun after it.
  for (const day of [...frozenDays].sort((a, b) => a - b)) {
    if (!hasMetBefore(day)) frozenDays.delete(day);
    else break;
  }
  function hasMetBefore(day: number): boolean {
    for (let d = day - 1; d >= firstActive; d--) {
      if (done(d) >= goal.target) return true;
      if (!frozenDays.has(d)) return false;
    }
    return false;
  }
  const recent: GoalDay[] = [];
  for (let day = today - 13; day <= today; day++) {
    const count = done(day);
    recent.push({ day: dayLabel(day), done: count, met: count >= goal.target, frozen: frozenDays.has(day) });
  }
  const todayDone = done(today);
  return {
    goal,
    today: { done: todayDone, target: goal.target, met: todayDone >= goal.target },
    streak,
    freezeUsedThisWeek: [...frozenDays].some((d) => weekOf(d) === weekOf(today)),
    recent,
  };
}

/** Monday-based week number: 1970-01-01 was a Thursday, so day 4 starts week 1. */
function weekOf(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** "12 / 20 reviews", "3 / 10 new words", "15 / 20 min read". */
export function goalText(p: GoalProgress): string {
  const { done, target } = p.today;
  // The noun agrees with the target: « 0 / 1 review », « 3 / 10 reviews ».
  const one = takesSingular(target);
  if (p.goal.kind === 'reviews') return one ? l10n.t('{0} / {1} review', done, target) : l10n.t('{0} / {1} reviews', done, target);
  if (p.goal.kind === 'newWords') return one ? l10n.t('{0} / {1} new word', done, target) : l10n.t('{0} / {1} new words', done, target);
  return l10n.t('{0} / {1} min read', done, target);
}

/** "5-day streak" (with the freeze when used this week). */
export function streakText(p: GoalProgress): string {
  if (p.streak === 0) return l10n.t('no streak yet');
  if (p.streak === 1) return p.freezeUsedThisWeek ? l10n.t('1-day streak (this week’s freeze used)') : l10n.t('1-day streak');
  return p.freezeUsedThisWeek ? l10n.t('{0}-day streak (this week’s freeze used)', p.streak) : l10n.t('{0}-day streak', p.streak);
}
