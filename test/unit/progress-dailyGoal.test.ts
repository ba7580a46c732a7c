// The daily goal and its streak: counted from the review history in the learner's days, with one
// freeze a week.
import assert from 'node:assert/strict';
import { Scheduler } from '../../src/core/srs';
import { emptyDocument, gradeItem, type ProgressDocument } from '../../src/core/progress';
import { goalProgress, goalText, parseGoal, streakText } from '../../src/core/progress/dailyGoal';
import { seededRng } from './progress-helpers';

const scheduler = new Scheduler({ enableFuzz: false });
const rng = seededRng(7);

/** Grades `count` reviews (spread over `words` items) at 10:00 UTC on `day`. */
function reviewOn(doc: ProgressDocument, day: string, count: number, words = ['dialogue|NOUN']): void {
  for (let i = 0; i < count; i++) {
    const now = new Date(`${day}T10:${String(i % 60).padStart(2, '0')}:00.000Z`);
    gradeItem(doc, words[i % words.length]!, 'good', 'review', { now, rng, scheduler });
  }
}

describe('daily goal and streak', () => {
  // 2026-12-05 is a Saturday; its week runs from Monday 2026-11-30.
  const now = new Date('2026-12-05T18:00:00.000Z');

  it('counts today’s reviews and new words against the goal', () => {
    const doc = emptyDocument();
    reviewOn(doc, '2026-12-04', 2, ['a|NOUN']);
    reviewOn(doc, '2026-12-05', 6, ['a|NOUN', 'b|NOUN', 'c|NOUN']);
    const reviews = goalProgress(doc, { kind: 'reviews', target: 5 }, now, 0);
    assert.deepEqual(reviews.today, { done: 6, target: 5, met: true });
    assert.equal(goalText(reviews), '6 / 5 reviews');
    const fresh = goalProgress(doc, { kind: 'newWords', target: 3 }, now, 0);
    assert.equal(fresh.today.done, 2, 'b and c are new today; a was first graded yesterday');
    assert.equal(fresh.today.met, false);
  });

  it('uses the learner’s day: a review at 23:30 UTC is the next day in Paris… and the same day in New York', () => {
    const doc = emptyDocument();
    gradeItem(doc, 'a|NOUN', 'good', 'review', { now: new Date('2026-12-04T23:30:00.000Z'), rng, scheduler });
    assert.equal(goalProgress(doc, { kind: 'reviews', target: 1 }, now, 60).recent.at(-2)!.done, 0);
    assert.equal(goalProgress(doc, { kind: 'reviews', target: 1 }, now, 60).today.done, 1);
    assert.equal(goalProgress(doc, { kind: 'reviews', target: 1 }, now, -300).today.done, 0);
  });

  it('counts a streak of met days; an unfinished today breaks nothing', () => {
    const doc = emptyDocument();
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']) reviewOn(doc, day, 3);
    const p = goalProgress(doc, { kind: 'reviews', target: 3 }, now, 0);
    assert.equal(p.streak, 4);
    assert.equal(p.today.met, false);
    reviewOn(doc, '2026-12-05', 3);
    assert.equal(goalProgress(doc, { kind: 'reviews', target: 3 }, now, 0).streak, 5);
  });

  it('forgives one missed day a week, not two', () => {
    const doc = emptyDocument();
    // Week of 23 Nov: met every day but Wednesday 25; week of 30 Nov: missed Tuesday 1 Dec.
    for (const day of ['2026-11-23', '2026-11-24', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-02', '2026-12-03', '2026-12-04']) {
      reviewOn(doc, day, 2);
    }
    const p = goalProgress(doc, { kind: 'reviews', target: 2 }, now, 0);
    assert.equal(p.streak, 10, 'both misses fall in different weeks: each is frozen');
    assert.equal(p.freezeUsedThisWeek, true);
    assert.deepEqual(p.recent.filter((d) => d.frozen).map((d) => d.day), ['2026-11-25', '2026-12-01']);
    assert.equal(streakText(p), '10-day streak (this week’s freeze used)');

    // Two misses in the week of 30 Nov (Tuesday 1 and Thursday 3 Dec): the later one is frozen, the
    // earlier one breaks the streak.
    const two = emptyDocument();
    for (const day of ['2026-11-30', '2026-12-02', '2026-12-04']) reviewOn(two, day, 2);
    const q = goalProgress(two, { kind: 'reviews', target: 2 }, now, 0);
    assert.equal(q.streak, 2, 'Friday and Wednesday; Monday is cut off by Tuesday, the week’s second miss');
    assert.deepEqual(q.recent.filter((d) => d.frozen).map((d) => d.day), ['2026-12-03']);
  });

  it('does not spend a freeze on a day before anything was met', () => {
    const doc = emptyDocument();
    reviewOn(doc, '2026-12-02', 1);
    reviewOn(doc, '2026-12-05', 2);
    const p = goalProgress(doc, { kind: 'reviews', target: 2 }, now, 0);
    assert.equal(p.streak, 1);
    assert.equal(p.freezeUsedThisWeek, false);
  });

  it('reads minutes from the reading log for a minutes goal', () => {
    const p = goalProgress(emptyDocument(), { kind: 'minutes', target: 15 }, now, 0, { '2026-12-04': 20, '2026-12-05': 16.7 });
    assert.deepEqual(p.today, { done: 16, target: 15, met: true });
    assert.equal(p.streak, 2);
    assert.equal(goalText(p), '16 / 15 min read');
  });

  it('falls back to the default goal, part by part, on a malformed setting', () => {
    assert.deepEqual(parseGoal(undefined), { kind: 'reviews', target: 20 });
    assert.deepEqual(parseGoal({ kind: 'minutes', target: -3 }), { kind: 'minutes', target: 20 });
    assert.deepEqual(parseGoal({ kind: 'pages', target: 12.8 }), { kind: 'reviews', target: 12 });
  });
});
