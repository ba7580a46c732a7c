import assert from 'node:assert/strict';
import { Scheduler, type CardState } from '../../src/core/srs';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const minutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

describe('srs scheduler', () => {
  const scheduler = new Scheduler({ enableFuzz: false });

  it('creates a new card due now, as plain JSON with ISO dates', () => {
    const card = scheduler.newCard(T0);
    assert.equal(card.phase, 'new');
    assert.equal(card.due, '2026-03-02T09:00:00.000Z');
    assert.equal(card.reps, 0);
    assert.deepEqual(JSON.parse(JSON.stringify(card)), card);
  });

  it('moves a card from learning to review with growing intervals on Good', () => {
    let card = scheduler.newCard(T0);
    let now = T0;
    const phases: string[] = [];
    const intervals: number[] = [];
    let gradedAt = now;
    for (let i = 0; i < 4; i++) {
      gradedAt = now;
      card = scheduler.grade(card, 'good', now).card;
      phases.push(card.phase);
      intervals.push(card.scheduledDays);
      now = new Date(card.due);
    }
    assert.deepEqual(phases, ['learning', 'review', 'review', 'review']);
    assert.ok(intervals[1]! >= 1 && intervals[2]! > intervals[1]! && intervals[3]! > intervals[2]!, String(intervals));
    assert.equal(card.reps, 4);
    assert.equal(card.lastReview, gradedAt.toISOString());
  });

  it('sends a review card to relearning on Again and counts the lapse', () => {
    let card = scheduler.newCard(T0);
    card = scheduler.grade(card, 'easy', T0).card;
    assert.equal(card.phase, 'review');
    const lapsed = scheduler.grade(card, 'again', new Date(card.due)).card;
    assert.equal(lapsed.phase, 'relearning');
    assert.equal(lapsed.lapses, 1);
    assert.ok(lapsed.stability < card.stability);
  });

  it('orders the four grades by interval: Again < Hard < Good < Easy', () => {
    let card = scheduler.newCard(T0);
    card = scheduler.grade(card, 'good', T0).card;
    card = scheduler.grade(card, 'good', new Date(card.due)).card;
    const p = scheduler.preview(card, new Date(card.due));
    const due = (c: CardState) => Date.parse(c.due);
    assert.ok(due(p.again) < due(p.hard) && due(p.hard) < due(p.good) && due(p.good) < due(p.easy));
  });

  it('undoes a grade exactly', () => {
    const card = scheduler.grade(scheduler.newCard(T0), 'good', T0).card;
    const outcome = scheduler.grade(card, 'hard', minutes(T0, 15));
    assert.notDeepEqual(outcome.card, card);
    assert.deepEqual(scheduler.undo(outcome), card);
  });

  it('gives retrievability that decays with time and is 0 for a new card', () => {
    let card = scheduler.newCard(T0);
    assert.equal(scheduler.retrievability(card, T0), 0);
    card = scheduler.grade(card, 'easy', T0).card;
    const soon = scheduler.retrievability(card, minutes(T0, 60 * 24));
    const later = scheduler.retrievability(card, minutes(T0, 60 * 24 * 30));
    assert.ok(soon > later && later > 0 && soon <= 1, `${soon} ${later}`);
  });

  it('is deterministic for a fixed clock, fuzz included', () => {
    const fuzzy = new Scheduler({ enableFuzz: true });
    const run = () => {
      let card = fuzzy.newCard(T0);
      let now = T0;
      for (let i = 0; i < 6; i++) {
        card = fuzzy.grade(card, 'good', now).card;
        now = new Date(card.due);
      }
      return card;
    };
    assert.deepEqual(run(), run());
  });
});
