import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  emptyDocument, gradeItem, knownOverTime, lessonCoverage, lessonVocabulary, noteSighting, retention,
  reviewsPerDay, setStatus, shortestListToReach, undoGrade, vocabularyRows,
  type ProgressDocument, type SignalContext,
} from '../../src/core/progress';
import type { ReaderDocument, ReaderUnit } from '../../src/core/lesson/model';
import { FixedClock, signalSetup } from './progress-helpers';

function unit(id: number, text: string, key: string, pos: ReaderUnit['pos'] = 'NOUN'): ReaderUnit {
  return { id, text, lemma: key.split('|')[0]!, pos, gloss: '', origin: 'core', multiword: key.endsWith('|EXPR'), key, occurrenceList: 0 };
}

describe('progress coverage', () => {
  const reader: ReaderDocument = {
    lessonId: 'actualite/l1',
    meta: { title: 't', level: 'B2', series: 'actualite', order: 1, tags: [] },
    paragraphs: [],
    notes: [],
    occurrences: [],
    units: [
      unit(0, 'Le', 'le|DET', 'DET'), unit(1, 'ministre', 'ministre|NOUN'),
      unit(2, 'des Affaires étrangères', 'ministre des Affaires étrangères|EXPR'),
      unit(3, 'a souligné', 'souligner|VERB', 'VERB'), unit(4, 'le', 'le|DET', 'DET'),
      unit(5, '2026', '2026|NUM', 'NUM'), unit(6, '.', '.|PUNCT', 'PUNCT'),
    ],
  };

  it('counts running words per key: expressions count all their words, numbers and punctuation none', () => {
    assert.deepEqual(lessonVocabulary(reader).counts, {
      'le|DET': 2, 'ministre|NOUN': 1, 'ministre des Affaires étrangères|EXPR': 3, 'souligner|VERB': 2,
    });
  });

  it('gives the known share and the shortest lists to 95% and 98%', () => {
    const doc = emptyDocument();
    const now = new Date('2026-03-02T09:00:00.000Z');
    setStatus(doc, 'le|DET', 'known', now);
    setStatus(doc, 'ministre|NOUN', 'ignored', now);
    setStatus(doc, 'souligner|VERB', 'learning-3', now);
    const c = lessonCoverage(lessonVocabulary(reader), doc);
    assert.equal(c.runningWords, 8);
    assert.equal(c.knownWords, 3);
    assert.deepEqual(c.targets.map((t) => t.keys), [
      ['ministre des Affaires étrangères|EXPR', 'souligner|VERB'],
      ['ministre des Affaires étrangères|EXPR', 'souligner|VERB'],
    ]);
    assert.equal(c.targets[0]!.share, 1);
  });

  it('stops as soon as the target is reached, and needs nothing when it already is', () => {
    const unknown: [string, number][] = [['a', 5], ['b', 3], ['c', 1]];
    assert.deepEqual(shortestListToReach(unknown, 91, 100, 0.9).keys, []);
    assert.deepEqual(shortestListToReach(unknown, 91, 100, 0.95).keys, ['a']);
    assert.deepEqual(shortestListToReach(unknown, 91, 100, 0.98).keys, ['a', 'b']);
    assert.deepEqual(shortestListToReach(unknown, 91, 100, 1).keys, ['a', 'b', 'c']);
  });

  it('is the shortest list: no smaller subset reaches the target (exhaustive on small lessons)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom(0.95, 0.98),
        (counts, known, target) => {
          const unknown = counts.map((n, i) => [`k${i}`, n] as [string, number]);
          const total = known + counts.reduce((s, n) => s + n, 0);
          const needed = Math.ceil(target * total - 1e-9);
          const greedy = shortestListToReach(unknown, known, total, target);
          const covered = known + greedy.keys.reduce((s, k) => s + counts[Number(k.slice(1))]!, 0);
          assert.ok(covered >= needed, 'the greedy list reaches the target');
          // Brute force: the smallest subset size that reaches the target.
          let best = Infinity;
          for (let mask = 0; mask < 1 << counts.length; mask++) {
            let sum = known;
            let size = 0;
            counts.forEach((n, i) => {
              if (mask & (1 << i)) {
                sum += n;
                size++;
              }
            });
            if (sum >= needed) best = Math.min(best, size);
          }
          assert.equal(greedy.keys.length, best);
        },
      ),
      { seed: 20260302, numRuns: 300 },
    );
  });
});

describe('progress stats', () => {
  let doc: ProgressDocument;
  let clock: FixedClock;
  let ctx: () => SignalContext;
  beforeEach(() => ({ doc, clock, ctx } = signalSetup(11)));

  it('counts known lemmas and expressions over time, cumulatively, by local day', () => {
    setStatus(doc, 'a|NOUN', 'known', clock.now());
    setStatus(doc, 'b c|EXPR', 'known', clock.now());
    clock.advance(14 * 60 + 30); // 23:30 UTC = 00:30 in UTC+1: the next local day
    setStatus(doc, 'd|VERB', 'known', clock.now());
    setStatus(doc, 'e|VERB', 'learning-2', clock.now());
    assert.deepEqual(knownOverTime(doc, 60), [
      { day: '2026-03-02', lemmas: 1, expressions: 1 },
      { day: '2026-03-03', lemmas: 2, expressions: 1 },
    ]);
    assert.equal(knownOverTime(doc, 0).length, 1);
  });

  it('counts reviews per day for a heatmap, with empty days and without undone grades', () => {
    gradeItem(doc, 'a|NOUN', 'good', 'review', ctx());
    gradeItem(doc, 'b|NOUN', 'good', 'quiz', ctx());
    clock.advanceDays(2);
    const undo = gradeItem(doc, 'a|NOUN', 'good', 'review', ctx());
    gradeItem(doc, 'b|NOUN', 'again', 'review', ctx());
    undoGrade(doc, undo, clock.now());
    assert.deepEqual(reviewsPerDay(doc, clock.now(), 4, 0), [
      { day: '2026-03-01', count: 0 },
      { day: '2026-03-02', count: 2 },
      { day: '2026-03-03', count: 0 },
      { day: '2026-03-04', count: 1 },
    ]);
  });

  it('measures retention as Good/Easy among grades given to cards in review', () => {
    for (const k of ['a', 'b', 'c', 'd']) gradeItem(doc, `${k}|NOUN`, 'easy', 'review', ctx()); // learning grades
    clock.advanceDays(30);
    gradeItem(doc, 'a|NOUN', 'good', 'review', ctx());
    gradeItem(doc, 'b|NOUN', 'easy', 'quiz', ctx());
    gradeItem(doc, 'c|NOUN', 'hard', 'review', ctx());
    gradeItem(doc, 'd|NOUN', 'again', 'review', ctx());
    assert.deepEqual(retention(doc), { passed: 2, total: 4, graded: 8, rate: 0.5 });
    assert.deepEqual(retention(doc, clock.now()), { passed: 2, total: 4, graded: 4, rate: 0.5 });
    assert.equal(retention(emptyDocument()).rate, null);
  });

  it('lists the vocabulary with filters by status, lesson and an accent-blind search', () => {
    noteSighting(doc, { key: 'étranger|ADJ', lesson: 'l/1', gloss: 'foreign' }, clock.now());
    noteSighting(doc, { key: 'souligner|VERB', lesson: 'l/2', gloss: 'to stress' }, clock.now());
    setStatus(doc, 'souligner|VERB', 'learning-1', clock.now());
    assert.deepEqual(vocabularyRows(doc).map((r) => r.lemma), ['étranger', 'souligner']);
    assert.deepEqual(vocabularyRows(doc, { query: 'ETRANG' }).map((r) => r.key), ['étranger|ADJ']);
    assert.deepEqual(vocabularyRows(doc, { query: 'stress' }).map((r) => r.key), ['souligner|VERB']);
    assert.deepEqual(vocabularyRows(doc, { lesson: 'l/1' }).map((r) => r.key), ['étranger|ADJ']);
    assert.deepEqual(vocabularyRows(doc, { statuses: ['learning-1'] }).map((r) => r.key), ['souligner|VERB']);
  });
});
