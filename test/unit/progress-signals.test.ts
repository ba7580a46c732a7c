import assert from 'node:assert/strict';
import {
  gradeItem, markRestKnown, mergeDocuments, noteSighting, quizSummary, recordLookup, recordQuizAnswer,
  recordQuizAttempt, sentenceId, setStatus, undoGrade, undoStatuses, type ProgressDocument, type SignalContext,
} from '../../src/core/progress';
import { FixedClock, signalSetup } from './progress-helpers';

const LESSON = 'actualite/wang-yi-lavrov';
const SENTENCE = 'Le ministre a souligné « la nécessité du dialogue ».';

describe('progress signals', () => {
  let doc: ProgressDocument;
  let clock: FixedClock;
  let ctx: () => SignalContext;
  beforeEach(() => ({ doc, clock, ctx } = signalSetup(7)));

  it('records where an item was met, pooling the sentence, without scheduling it', () => {
    noteSighting(doc, { key: 'souligner|VERB', lesson: LESSON, sentence: SENTENCE, form: 'a souligné', gloss: 'to stress' }, clock.now());
    noteSighting(doc, { key: 'souligner|VERB', lesson: LESSON, sentence: SENTENCE, form: 'a souligné' }, clock.now());
    const r = doc.records.get('souligner|VERB')!;
    assert.equal(r.status, 'new');
    assert.equal(r.card, undefined);
    assert.equal(r.gloss, 'to stress');
    assert.deepEqual(r.met, [{ lesson: LESSON, sentence: sentenceId(SENTENCE), form: 'a souligné' }]);
    assert.equal(doc.sentences.get(sentenceId(SENTENCE)), SENTENCE);
  });

  it('counts a lookup of a new item as seen, once an hour', () => {
    const sighting = { key: 'dialogue|NOUN', lesson: LESSON, sentence: SENTENCE };
    assert.equal(recordLookup(doc, sighting, ctx()), null);
    clock.advance(10);
    recordLookup(doc, sighting, ctx());
    const r = doc.records.get('dialogue|NOUN')!;
    assert.deepEqual(r.history!.map((e) => [e.grade, e.source]), [['seen', 'lookup']]);
    assert.equal(r.card, undefined);
    clock.advance(61);
    recordLookup(doc, sighting, ctx());
    assert.equal(r.history!.length, 2);
  });

  it('counts a lookup of an item in review as a lapse, at most once a day', () => {
    gradeItem(doc, 'dialogue|NOUN', 'easy', 'review', ctx());
    const r = doc.records.get('dialogue|NOUN')!;
    assert.equal(r.card!.phase, 'review');
    clock.advanceDays(3);
    const undo = recordLookup(doc, { key: 'dialogue|NOUN', lesson: LESSON }, ctx());
    assert.ok(undo);
    assert.equal(r.card!.phase, 'relearning');
    assert.equal(r.card!.lapses, 1);
    const last = r.history!.at(-1)!;
    assert.deepEqual([last.grade, last.source, last.from], ['again', 'lookup', 'review']);
    // The card is relearning now; a second lookup the same day is only "seen".
    clock.advance(120);
    assert.equal(recordLookup(doc, { key: 'dialogue|NOUN', lesson: LESSON }, ctx()), null);
    assert.equal(r.card!.lapses, 1);
  });

  it('ignores lookups of known and ignored items', () => {
    setStatus(doc, 'le|DET', 'ignored', clock.now());
    assert.equal(recordLookup(doc, { key: 'le|DET', lesson: LESSON }, ctx()), null);
    assert.equal(doc.records.get('le|DET')!.history, undefined);
  });

  it('grades quiz answers: right is Good, wrong is Again, and the item starts learning', () => {
    recordQuizAnswer(doc, 'entretien|NOUN', true, ctx());
    recordQuizAnswer(doc, 'prôner|VERB', false, ctx());
    assert.equal(doc.records.get('entretien|NOUN')!.history![0]!.grade, 'good');
    assert.equal(doc.records.get('prôner|VERB')!.history![0]!.grade, 'again');
    assert.equal(doc.records.get('entretien|NOUN')!.status, 'learning-1');
    assert.equal(doc.records.get('entretien|NOUN')!.history![0]!.source, 'quiz');
  });

  it('undoes a grade: card and status come back, the event is kept as undone', () => {
    const undo = gradeItem(doc, 'entretien|NOUN', 'good', 'review', ctx());
    clock.advance(1);
    undoGrade(doc, undo, clock.now());
    const r = doc.records.get('entretien|NOUN')!;
    assert.equal(r.card, undefined);
    assert.equal(r.status, 'new');
    assert.equal(r.history![0]!.undone, true);
    assert.equal(r.cardAt, '2026-03-02T09:01:00.000Z');
  });

  it('marks the rest of a lesson known, leaving items the learner already set', () => {
    setStatus(doc, 'prôner|VERB', 'learning-2', clock.now());
    noteSighting(doc, { key: 'dialogue|NOUN', lesson: LESSON }, clock.now());
    const changed = markRestKnown(doc, ['prôner|VERB', 'dialogue|NOUN', 'le|DET', 'le|DET'], clock.now());
    assert.deepEqual(changed.previous.map((p) => p.key), ['dialogue|NOUN', 'le|DET']);
    assert.equal(doc.records.get('prôner|VERB')!.status, 'learning-2');
    assert.equal(doc.records.get('le|DET')!.status, 'known');
  });

  it('undoes "mark the rest known" so that a merge with the copy saved before keeps the undo, even on a clock that has not moved', () => {
    // The copy saved after the mark, before the undo (another window, or this window's own file).
    const saved = signalSetup(7).doc;
    markRestKnown(saved, ['dialogue|NOUN', 'le|DET'], clock.now());
    const undo = markRestKnown(doc, ['dialogue|NOUN', 'le|DET'], clock.now());
    // The clock stalled (or stepped back, as a virtual machine's can): the undo still comes after the mark.
    assert.deepEqual(undoStatuses(doc, undo, clock.now()), ['dialogue|NOUN', 'le|DET']);
    assert.ok(doc.records.get('le|DET')!.statusAt! > undo.at);
    for (const merged of [mergeDocuments(saved, doc), mergeDocuments(doc, saved)]) {
      assert.equal(merged.records.get('dialogue|NOUN')!.status, 'new');
      assert.equal(merged.records.get('le|DET')!.status, 'new');
    }
  });

  it('undoes a grade so that a merge with the graded copy keeps the undo, even on a clock that has not moved', () => {
    const saved = signalSetup(7).doc;
    gradeItem(saved, 'entretien|NOUN', 'good', 'review', ctx());
    const undo = gradeItem(doc, 'entretien|NOUN', 'good', 'review', ctx());
    undoGrade(doc, undo, clock.now());
    const merged = mergeDocuments(saved, doc);
    assert.equal(merged.records.get('entretien|NOUN')!.card, undefined);
    assert.equal(merged.records.get('entretien|NOUN')!.status, 'new');
  });

  it('keeps quiz attempts per lesson and summarises the best one', () => {
    recordQuizAttempt(doc, LESSON, 42, [
      { question: 0, given: '1', correct: true },
      { question: 1, given: '0', correct: false },
    ], ctx());
    clock.advance(5);
    recordQuizAttempt(doc, LESSON, 43, [
      { question: 0, given: '1', correct: true },
      { question: 1, given: '2', correct: true },
    ], ctx());
    const s = quizSummary(doc, LESSON);
    assert.equal(s.attempts, 2);
    assert.deepEqual([s.best!.score, s.best!.total, s.best!.seed], [2, 2, 43]);
    assert.equal(quizSummary(doc, 'other/lesson').attempts, 0);
  });
});

describe('progress encounters', () => {
  it('keeps six example sentences and every lesson an item was met in', () => {
    const { doc, clock } = signalSetup(1);
    for (let i = 0; i < 9; i++) {
      noteSighting(doc, { key: 'dire|VERB', lesson: `l/${i}`, sentence: `Il a dit ${i}.`, form: 'dit' }, clock.now());
    }
    noteSighting(doc, { key: 'dire|VERB', lesson: 'l/9' }, clock.now());
    noteSighting(doc, { key: 'dire|VERB', lesson: 'l/0', sentence: 'Il a dit 0.', form: 'dit' }, clock.now());
    const met = doc.records.get('dire|VERB')!.met!;
    assert.equal(met.filter((m) => m.sentence).length, 6);
    assert.deepEqual(met.map((m) => m.lesson), ['l/0', 'l/1', 'l/2', 'l/3', 'l/4', 'l/5', 'l/6', 'l/7', 'l/8', 'l/9']);
    assert.deepEqual(met[6], { lesson: 'l/6' });
  });

  it('upgrades a lesson-only encounter when a sentence comes', () => {
    const { doc, clock } = signalSetup(1);
    noteSighting(doc, { key: 'dire|VERB', lesson: 'l/1' }, clock.now());
    noteSighting(doc, { key: 'dire|VERB', lesson: 'l/1', sentence: 'Il dit.', form: 'dit' }, clock.now());
    assert.deepEqual(doc.records.get('dire|VERB')!.met, [{ lesson: 'l/1', sentence: sentenceId('Il dit.'), form: 'dit' }]);
  });
});
