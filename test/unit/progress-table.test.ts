// The record table (recordTable.ts) over a file of many records: key lookups by the file's key
// order, changes across blocks of lines with the checksum kept up to date block by block, copies
// that do not share changes, and the CRC-32 arithmetic under it (crc32.ts).
import assert from 'node:assert/strict';
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import {
  absorbSaved, crc32, crc32Combine, emptyDocument, encodeFile, gradeItem, mergeDocuments, noteSighting, plainDocument,
  readVersion4, setStatus, type ProgressDocument,
} from '../../src/core/progress';
import { signalSetup } from './progress-helpers';

const bytesOf = (doc: ProgressDocument, generation = 1) => Buffer.concat(encodeFile(doc, generation));
/** Written and read back the fast way; fails if the checksum or the index does not hold. */
function reload(doc: ProgressDocument, generation = 1): ProgressDocument {
  const read = readVersion4(bytesOf(doc, generation));
  assert.ok(read, 'the file reads back the fast way: sizes, checksum and index hold');
  return read.doc;
}

/** 1,000 items met in lessons, every seventh graded: eight blocks of lines. */
function bigDocument(): ReturnType<typeof signalSetup> {
  const setup = signalSetup(11);
  for (let i = 0; i < 1000; i++) {
    const key = `mot${String(i).padStart(4, '0')}|NOUN`;
    noteSighting(setup.doc, { key, lesson: `l/${i % 9}`, sentence: `Phrase numéro ${i % 50}.`, form: `mot${i}` }, setup.clock.now());
    if (i % 7 === 0) gradeItem(setup.doc, key, 'good', 'review', setup.ctx());
  }
  return setup;
}

describe('progress record table', () => {
  it('combines CRCs exactly as zlib computes the CRC of the whole', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 3000 }), (a, b) => {
      const whole = zlib.crc32(Buffer.concat([a, b])) >>> 0;
      assert.equal(crc32Combine(crc32(a), crc32(b), b.length), whole);
      assert.equal(crc32(b, crc32(a)), whole);
    }), { numRuns: 300 });
  });

  it('keeps the checksum right through saves that change records in many blocks and add new ones', () => {
    const { ctx, clock } = bigDocument();
    let doc = reload(bigDocument().doc);
    for (let round = 0; round < 4; round++) {
      for (let i = round; i < 1000; i += 97) gradeItem(doc, `mot${String(i).padStart(4, '0')}|NOUN`, 'hard', 'review', ctx());
      noteSighting(doc, { key: `nouveau${round}|ADJ`, lesson: `l/new-${round}`, sentence: 'Une phrase neuve.' }, clock.now());
      const expected = plainDocument(doc);
      doc = reload(doc, round + 2);
      assert.deepEqual(plainDocument(doc), expected);
    }
    assert.equal(doc.records.size, 1004);
    assert.equal(doc.records.get('nouveau3|ADJ')!.met![0]!.lesson, 'l/new-3');
  });

  it('finds keys by the file\'s key order, and keys added since', () => {
    const doc = reload(bigDocument().doc);
    assert.equal(doc.records.has('mot0500|NOUN'), true);
    assert.equal(doc.records.has('mot0500|VERB'), false);
    assert.equal(doc.records.get('mot0007|NOUN')!.card!.reps, 1);
    setStatus(doc, 'aaa|NOUN', 'known', new Date());
    setStatus(doc, 'zzz|NOUN', 'ignored', new Date());
    assert.equal(doc.records.get('aaa|NOUN')!.status, 'known');
    assert.equal(doc.records.statusIndex('zzz|NOUN'), 6);
    assert.equal(doc.records.statusIndex('mot0007|NOUN'), 1, 'learning-1, from the index without decoding');
    const back = reload(doc);
    assert.deepEqual([...back.records.keys()].slice(-2), ['aaa|NOUN', 'zzz|NOUN'], 'new keys come last in the file');
    assert.equal(back.records.get('aaa|NOUN')!.status, 'known', 'and are found by the new key order');
    // Past a few thousand lookups (a merge walks every key) a Map takes over: same answers.
    for (let i = 0; i < 5000; i++) assert.equal(back.records.has(`mot${String(i % 1000).padStart(4, '0')}|NOUN`), true);
    assert.equal(back.records.has('nope|NOUN'), false);
  });

  it('gives copies (merges) their own changes', () => {
    const a = reload(bigDocument().doc);
    const { ctx } = signalSetup(2);
    const copy = mergeDocuments(a, emptyDocument());
    gradeItem(copy, 'mot0001|NOUN', 'easy', 'review', ctx());
    assert.equal(a.records.get('mot0001|NOUN')!.card, undefined, 'the original is untouched');
    assert.equal(copy.records.get('mot0001|NOUN')!.card!.reps, 1);
    gradeItem(a, 'mot0002|NOUN', 'easy', 'review', ctx());
    assert.equal(copy.records.get('mot0002|NOUN')!.card, undefined);
    assert.deepEqual(plainDocument(reload(copy)), plainDocument(copy));
  });

  it('reads back an empty document', () => {
    assert.deepEqual(plainDocument(reload(emptyDocument())), plainDocument(emptyDocument()));
  });

  it('holds the same records through any mix of changes, saves and reloads as a document never saved', () => {
    const key = fc.constantFrom('a|NOUN', 'b|VERB', 'é|ADJ', 'd « x »|EXPR', 'e|NOUN');
    const step = fc.oneof(
      fc.record({ kind: fc.constant('grade' as const), key, grade: fc.constantFrom('again', 'hard', 'good', 'easy') as fc.Arbitrary<never> }),
      fc.record({ kind: fc.constant('meet' as const), key, lesson: fc.constantFrom('l/1', 'l/2', 'leçon/3'), sentence: fc.constantFrom('Une.', 'Deux.', undefined) }),
      fc.record({ kind: fc.constant('status' as const), key, status: fc.constantFrom('known', 'learning-3', 'ignored', 'new') as fc.Arbitrary<never> }),
      fc.record({ kind: fc.constant('save' as const) }),
    );
    fc.assert(fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
      const saved = signalSetup(7);
      const reference = signalSetup(7);
      let doc = saved.doc;
      let generation = 1;
      for (const s of steps) {
        if (s.kind === 'save') {
          doc = reload(doc, generation++);
          continue;
        }
        for (const [target, setup] of [[doc, saved], [reference.doc, reference]] as const) {
          if (s.kind === 'grade') gradeItem(target, s.key, s.grade, 'review', setup.ctx());
          else if (s.kind === 'meet') noteSighting(target, { key: s.key, lesson: s.lesson, ...(s.sentence ? { sentence: s.sentence } : {}) }, setup.clock.now());
          else setStatus(target, s.key, s.status, setup.clock.now());
        }
      }
      assert.deepEqual(plainDocument(doc), plainDocument(reference.doc));
      assert.deepEqual(plainDocument(reload(doc, generation)), plainDocument(reference.doc));
    }), { numRuns: 200 });
  });

  it('merges a saved file whose lessons were numbered differently (a file started afresh) without mixing them up', () => {
    const ours = reload(bigDocument().doc);
    const { doc: other, clock, ctx } = signalSetup(4);
    noteSighting(other, { key: 'mot0003|NOUN', lesson: 'autre/leçon', sentence: 'Ailleurs.' }, clock.now());
    gradeItem(other, 'mot0003|NOUN', 'again', 'quiz', ctx());
    const theirs = reload(other);
    absorbSaved(ours, theirs);
    const merged = reload(ours);
    const record = merged.records.get('mot0003|NOUN')!;
    assert.deepEqual(record.met!.map((m) => m.lesson).sort(), ['autre/leçon', 'l/3']);
    assert.equal(merged.records.size, 1000);
    assert.equal(merged.records.get('mot0004|NOUN')!.met![0]!.lesson, 'l/4');
  });
});
