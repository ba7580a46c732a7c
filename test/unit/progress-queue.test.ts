import assert from 'node:assert/strict';
import {
  buildQueue, dayStartAt, gradeItem, recordLookup, setStatus,
  type ProgressDocument, type SignalContext,
} from '../../src/core/progress';
import { isoMs } from '../../src/core/progress/isoTime';
import { FixedClock, signalSetup } from './progress-helpers';

describe('progress review queue', () => {
  let doc: ProgressDocument;
  let clock: FixedClock;
  let ctx: () => SignalContext;
  beforeEach(() => ({ doc, clock, ctx } = signalSetup(3)));
  const queue = (newPerDay = 10) =>
    buildQueue(doc, { now: clock.now(), dayStart: dayStartAt(clock.now(), 60), newPerDay });

  it('puts the most overdue cards first, relative to their interval', () => {
    gradeItem(doc, 'a|NOUN', 'easy', 'review', ctx()); // review card, interval of days
    gradeItem(doc, 'b|NOUN', 'easy', 'review', ctx());
    const interval = doc.records.get('a|NOUN')!.card!.scheduledDays;
    clock.advanceDays(interval);
    gradeItem(doc, 'c|NOUN', 'good', 'review', ctx()); // learning card, a step of minutes
    gradeItem(doc, 'b|NOUN', 'easy', 'review', ctx()); // b now waits a longer interval
    clock.advanceDays(1);
    const q = queue(0);
    // c is a day late on a 10-minute step; a is one day late on an interval of days.
    assert.deepEqual(q.items.map((i) => [i.key, i.kind]), [['c|NOUN', 'due'], ['a|NOUN', 'due']]);
    assert.equal(q.dueCount, 2);
  });

  it('leaves out cards not yet due, and known or ignored items', () => {
    gradeItem(doc, 'a|NOUN', 'easy', 'review', ctx());
    gradeItem(doc, 'b|NOUN', 'easy', 'review', ctx());
    gradeItem(doc, 'c|NOUN', 'easy', 'review', ctx());
    assert.equal(queue().dueCount, 0);
    clock.advanceDays(400);
    setStatus(doc, 'b|NOUN', 'known', clock.now());
    setStatus(doc, 'c|NOUN', 'ignored', clock.now());
    assert.deepEqual(queue().items.map((i) => i.key), ['a|NOUN']);
  });

  it('caps new items per day, counting those already introduced today', () => {
    for (const k of ['n1', 'n2', 'n3', 'n4']) setStatus(doc, `${k}|NOUN`, 'learning-1', clock.now());
    recordLookup(doc, { key: 'looked|VERB', lesson: 'l/1' }, ctx());
    setStatus(doc, 'untouched|NOUN', 'new', clock.now());
    let q = queue(3);
    assert.deepEqual(q.items.map((i) => [i.key, i.kind]), [['n1|NOUN', 'new'], ['n2|NOUN', 'new'], ['n3|NOUN', 'new']]);
    assert.equal(q.newWaiting, 2); // n4 and the looked-up item; the untouched one never queues
    gradeItem(doc, 'n1|NOUN', 'good', 'review', ctx());
    gradeItem(doc, 'n2|NOUN', 'good', 'review', ctx());
    q = queue(3);
    assert.equal(q.newIntroducedToday, 2);
    assert.equal(q.newCount, 1);
    // The next local day (UTC+1), the cap is fresh again.
    clock.advanceDays(1);
    q = queue(3);
    assert.equal(q.newIntroducedToday, 0);
    assert.equal(q.dueCount, 2);
    assert.deepEqual(q.items.slice(2).map((i) => i.key), ['n3|NOUN', 'n4|NOUN', 'looked|VERB']);
  });

  it('computes the local day start for a UTC offset', () => {
    const at = new Date('2026-03-02T23:30:00.000Z');
    assert.equal(dayStartAt(at, 60).toISOString(), '2026-03-02T23:00:00.000Z');
    assert.equal(dayStartAt(at, 0).toISOString(), '2026-03-02T00:00:00.000Z');
    assert.equal(dayStartAt(at, -300).toISOString(), '2026-03-02T05:00:00.000Z');
  });

  it('reads ISO dates as Date.parse does, malformed ones included', () => {
    // Every 7.3 days and a few hours from year 1 to 9999, then the cases the fast path hands back.
    for (let t = -62_135_596_800_000; t < 253_402_300_799_999; t += 630_000_000 + 12_345_678) {
      const iso = new Date(t).toISOString();
      assert.equal(isoMs(iso), Date.parse(iso), iso);
    }
    for (const iso of ['2026-02-30T00:00:00.000Z', '2024-02-29T12:00:00.000Z', '2026-13-01T00:00:00.000Z',
      '2026-01-01T24:00:00.000Z', '2026-01-01T00:00:60.000Z', '2026-01-01T00:00:00.00aZ', '2026-01-01 00:00:00.000Z', 'x']) {
      assert.deepEqual(isoMs(iso), Date.parse(iso), iso);
    }
  });
});
