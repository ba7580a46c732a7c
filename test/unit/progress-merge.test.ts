import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Scheduler } from '../../src/core/srs';
import {
  PROGRESS_VERSION, ProgressFormatError, UnknownVersionError, emptyDocument, gradeItem, mergeDocuments,
  noteSighting, recordQuizAttempt, serializeDocument, setStatus, undoGrade, upgradeDocument, type ProgressDocument, type SignalContext,
  plainDocument,
} from '../../src/core/progress';
import { FixedClock, seededRng } from './progress-helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'progress');

describe('progress merge', () => {
  let clock: FixedClock;
  let ctx: (seed: number) => SignalContext;
  const clone = (d: ProgressDocument): ProgressDocument => upgradeDocument(JSON.parse(serializeDocument(d)));
  beforeEach(() => {
    clock = new FixedClock('2026-03-02T09:00:00.000Z');
    const scheduler = new Scheduler({ enableFuzz: false });
    const rngs = new Map<number, () => number>();
    ctx = (seed) => {
      if (!rngs.has(seed)) rngs.set(seed, seededRng(seed));
      return { now: clock.now(), rng: rngs.get(seed)!, scheduler };
    };
  });

  it('keeps the reviews of both windows and the later card and status', () => {
    const base = emptyDocument();
    gradeItem(base, 'dialogue|NOUN', 'good', 'review', ctx(1));
    const a = clone(base);
    const b = clone(base);
    clock.advance(10);
    gradeItem(a, 'dialogue|NOUN', 'good', 'review', ctx(1));
    setStatus(a, 'dialogue|NOUN', 'learning-3', clock.now());
    clock.advance(1);
    gradeItem(b, 'dialogue|NOUN', 'again', 'review', ctx(2));
    gradeItem(b, 'prôner|VERB', 'easy', 'quiz', ctx(2));
    const m = mergeDocuments(a, b);
    const r = m.records.get('dialogue|NOUN')!;
    assert.equal(r.history!.length, 3);
    assert.deepEqual(r.history!.map((e) => e.grade), ['good', 'good', 'again']);
    assert.deepEqual(r.card, b.records.get('dialogue|NOUN')!.card, 'the later card wins');
    assert.equal(r.status, 'learning-3', 'the later status wins');
    assert.ok(m.records.get('prôner|VERB'));
  });

  it('keeps an undo through a merge with a copy that still has the grade', () => {
    const a = emptyDocument();
    const undo = gradeItem(a, 'dialogue|NOUN', 'good', 'review', ctx(1));
    const before = clone(a);
    clock.advance(1);
    undoGrade(a, undo, clock.now());
    for (const m of [mergeDocuments(a, before), mergeDocuments(before, a)]) {
      const r = m.records.get('dialogue|NOUN')!;
      assert.equal(r.history![0]!.undone, true);
      assert.equal(r.card, undefined);
    }
  });

  it('keeps every lesson but at most six example sentences when merging encounters', () => {
    const a = emptyDocument();
    const b = emptyDocument();
    for (let i = 0; i < 5; i++) {
      noteSighting(a, { key: 'dire|VERB', lesson: `a/${i}`, sentence: `A ${i}.` }, clock.now());
      noteSighting(b, { key: 'dire|VERB', lesson: `b/${i}`, sentence: `B ${i}.` }, clock.now());
    }
    const met = mergeDocuments(a, b).records.get('dire|VERB')!.met!;
    assert.equal(met.length, 10);
    assert.equal(met.filter((m) => m.sentence).length, 6);
  });

  it('is commutative and idempotent on records', () => {
    const a = emptyDocument();
    const b = emptyDocument();
    gradeItem(a, 'x|NOUN', 'good', 'review', ctx(1));
    clock.advance(2);
    gradeItem(b, 'x|NOUN', 'hard', 'review', ctx(2));
    noteSighting(b, { key: 'x|NOUN', lesson: 'l/1', sentence: 'Une phrase.', gloss: 'x' }, clock.now());
    recordQuizAttempt(a, 'l/1', 1, [], ctx(1));
    recordQuizAttempt(b, 'l/1', 2, [], ctx(2));
    const ab = mergeDocuments(a, b);
    const ba = mergeDocuments(b, a);
    assert.deepEqual(plainDocument(ab).records, plainDocument(ba).records);
    assert.deepEqual(ab.quizzes, ba.quizzes);
    assert.equal(ab.quizzes['l/1']!.length, 2);
    assert.deepEqual(plainDocument(mergeDocuments(ab, clone(ab))), plainDocument(ab));
  });
});

describe('progress schema migrations', () => {
  it('migrates a version 1 file: statuses, cards, reviews, lessons, quiz scores', () => {
    const v1 = JSON.parse(readFileSync(join(FIXTURES, 'progress-v1.json'), 'utf8'));
    const doc = upgradeDocument(v1);
    assert.equal(doc.version, PROGRESS_VERSION);
    const s = doc.records.get('souligner|VERB')!;
    assert.equal(s.status, 'learning-2');
    assert.equal(s.statusAt, '2026-02-10T18:30:00.000Z');
    assert.deepEqual(s.card, {
      phase: 'review', due: '2026-02-14T18:00:00.000Z', stability: 4.93, difficulty: 5.28, scheduledDays: 4,
      learningSteps: 0, reps: 3, lapses: 0, lastReview: '2026-02-10T18:00:00.000Z',
    });
    assert.deepEqual(s.history!.map((e) => [e.grade, e.at]), [
      ['good', '2026-02-07T09:00:00.000Z'], ['again', '2026-02-08T09:00:00.000Z'], ['good', '2026-02-10T18:00:00.000Z'],
    ]);
    assert.deepEqual(s.met, [{ lesson: 'actualite/wang-yi-lavrov' }]);
    assert.equal(s.gloss, 'to stress, to emphasise');
    assert.equal(doc.records.get('Affaires étrangères|EXPR')!.status, 'known');
    assert.equal(doc.records.get('le|DET')!.statusAt, undefined);
    assert.deepEqual(doc.quizzes['actualite/wang-yi-lavrov']!.map((q) => [q.score, q.total]), [[3, 5]]);
    // Migrating is deterministic, so two windows migrating the same file agree.
    assert.deepEqual(upgradeDocument(JSON.parse(JSON.stringify(v1))), doc);
  });

  it('refuses documents with no version, a malformed record, or a version from the future', () => {
    assert.throws(() => upgradeDocument({ records: {} }), ProgressFormatError);
    const bad = { ...emptyDocument(), version: 2, records: { 'x|NOUN': { status: 'learning-9' } } };
    assert.throws(() => upgradeDocument(bad), /record x\|NOUN has no valid status/);
    const badDate = { ...emptyDocument(), version: 2, records: { 'x|NOUN': { status: 'new', statusAt: '2 March' } } };
    assert.throws(() => upgradeDocument(badDate), /malformed date/);
    assert.throws(() => upgradeDocument({ version: 1, items: 'x' }), ProgressFormatError);
    assert.throws(() => upgradeDocument({ ...emptyDocument(), version: PROGRESS_VERSION + 1 }), UnknownVersionError);
  });
});
