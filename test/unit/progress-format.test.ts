// The version 3 file (fileFormat.ts): round trips, lazily decoded histories, corrupt records
// detected at load, migration from real version 2 and version 1 files, and the generation check.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ProgressFileCorruptError, ProgressStore, buildQueue, dayStartAt, decodeHistory, encodeDocument,
  encodeHistory, gradeItem, mergeDocuments, noteSighting, readProgressFile, recordLookup, serializeDocument,
  setStatus, storedHistory, undoGrade, upgradeDocument, type ProgressDocument,
} from '../../src/core/progress';
import { FixedClock, signalSetup, tempDir } from './progress-helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'progress');
/** Runs `test` with a fresh temporary directory and the progress file path in it, then removes it. */
async function inTempDir(test: (dir: string, file: string) => Promise<void>): Promise<void> {
  const { dir, cleanup } = tempDir();
  try {
    await test(dir, join(dir, 'progress.json'));
  } finally {
    cleanup();
  }
}

const reload = (doc: ProgressDocument): ProgressDocument => upgradeDocument(JSON.parse(encodeDocument(doc, 1)));

/** A document with every kind of field: cards, undone grades, lookups, sentences, odd ids. */
function sampleDocument(): ProgressDocument {
  const { doc, clock, ctx } = signalSetup(3);
  const s1 = 'Le ministre a souligné « l’importance » du dialogue.';
  noteSighting(doc, { key: 'souligner|VERB', lesson: 'l/1', sentence: s1, form: 'a souligné', gloss: 'to stress' }, clock.now());
  noteSighting(doc, { key: 'souligner|VERB', lesson: 'l/2' }, clock.now());
  gradeItem(doc, 'souligner|VERB', 'good', 'review', ctx());
  clock.advanceDays(2);
  const undo = gradeItem(doc, 'souligner|VERB', 'again', 'quiz', ctx());
  clock.advance(1);
  undoGrade(doc, undo, clock.now());
  recordLookup(doc, { key: 'tâche|NOUN', lesson: 'l/1', sentence: 'La tâche est rude.', form: 'tâche' }, ctx());
  // Ids not made by eventId (imported, version 1) and one with a space keep their exact text.
  doc.records.set('paix|NOUN', {
    status: 'learning-2', statusAt: '2026-01-01T00:00:00.000Z',
    history: [{ id: 'v1-abc-0', at: '2026-01-01T00:00:00.000Z', grade: 'easy', source: 'review' }],
    met: [{ lesson: 'l/3', sentence: 'missing-from-pool' }],
  });
  doc.records.set('odd|ADJ', { status: 'new', history: [{ id: 'an id with spaces', at: '2026-01-02T00:00:00.000Z', grade: 'seen', source: 'lookup' }] });
  return doc;
}

describe('progress file version 3', () => {
  it('reads back exactly the document it wrote, odd ids and dangling sentences included', () => {
    const doc = sampleDocument();
    const back = reload(doc);
    assert.deepEqual(back, doc);
    assert.deepEqual(reload(back), doc, 'a document written without decoding its histories is the same');
    const text = encodeDocument(doc, 7);
    assert.match(text, /^[\x00-\x7f]*$/, 'ASCII only: accents and « » are escaped');
    assert.ok(text.includes('t\\u00e2che|NOUN'));
    const raw = JSON.parse(text);
    assert.equal(raw.generation, 7);
    assert.deepEqual(raw.lessons, ['l/1', 'l/2', 'l/3']);
    assert.equal(raw.records.length % 9, 0);
  });

  it('encodes a history as text and back, and keeps the array form for ids it cannot encode', () => {
    const history = sampleDocument().records.get('souligner|VERB')!.history!;
    const text = encodeHistory(history);
    assert.equal(typeof text, 'string');
    assert.deepEqual(decodeHistory(text as string), history);
    const odd = [{ id: 'a b', at: '2026-01-02T00:00:00.000Z', grade: 'seen' as const, source: 'lookup' as const }];
    assert.equal(encodeHistory(odd), odd);
  });

  it('decodes a history only when it is read; the queue and saves do not need it', () => {
    const loaded = reload(sampleDocument());
    const record = loaded.records.get('souligner|VERB')!;
    assert.equal(typeof storedHistory(record), 'string');
    const now = new Date('2026-03-05T09:00:00.000Z');
    buildQueue(loaded, { now, dayStart: dayStartAt(now, 60), newPerDay: 20 });
    encodeDocument(loaded, 2);
    assert.equal(typeof storedHistory(record), 'string', 'still as stored');
    assert.equal(record.history!.length, 2);
    assert.equal(record.history![1]!.undone, true);
    assert.equal(storedHistory(record), undefined, 'a plain array from now on');
    record.history!.push({ id: 'x-1', at: '2026-03-05T09:00:00.000Z', grade: 'good', source: 'review' });
    assert.equal(reload(loaded).records.get('souligner|VERB')!.history!.length, 3, 'a change after decoding is saved');
  });

  it('merges records whose histories are still stored text with changed ones', () => {
    const a = reload(sampleDocument());
    const b = reload(sampleDocument());
    const { ctx } = signalSetup(9);
    gradeItem(b, 'tâche|NOUN', 'good', 'review', ctx());
    const merged = mergeDocuments(a, b);
    assert.equal(merged.records.get('tâche|NOUN')!.history!.filter((e) => e.grade === 'good').length, 1);
    assert.equal(merged.records.get('souligner|VERB'), a.records.get('souligner|VERB'), 'an unchanged record is kept as is');
    assert.equal(typeof storedHistory(merged.records.get('souligner|VERB')!), 'string', 'and not decoded');
  });

  it('detects a corrupt record at load: bad status, bad history text, bad card, cut-short list', () => {
    const good = JSON.parse(encodeDocument(sampleDocument(), 1));
    const broken = (edit: (raw: { records: unknown[] }) => void) => {
      const raw = structuredClone(good);
      edit(raw);
      return () => readProgressFile(raw);
    };
    assert.throws(broken((r) => (r.records[1] = 42)), /has no valid status/);
    assert.throws(broken((r) => (r.records[8] = (r.records[8] as string).replace('Z', 'X'))), /malformed history/);
    assert.throws(broken((r) => (r.records[6] = [9, 'soon'])), /malformed card/);
    assert.throws(broken((r) => r.records.pop()), /cut short/);
    assert.throws(broken((r) => (r.records[9] = r.records[0])), /appears twice/);
  });

  it('backs up a version 3 file with a corrupt record instead of dropping the record', async () => {
    await inTempDir(async (dir, file) => {
      const raw = JSON.parse(encodeDocument(sampleDocument(), 1));
      raw.records[4] = '4 March';
      writeFileSync(file, JSON.stringify(raw));
      const error = await new ProgressStore(file, new FixedClock('2026-03-02T09:00:00.000Z').now).load().then(() => null, (e: unknown) => e);
      assert.ok(error instanceof ProgressFileCorruptError);
      assert.match(error.reason, /record souligner\|VERB has a malformed date/);
      assert.deepEqual(readFileSync(error.backupPath), readFileSync(file));
    });
  });

  it('migrates a version 2 file written by Dépêche 4d729df, keeping it aside before the first version 3 save', async () => {
    await inTempDir(async (dir, file) => {
      const fixture = join(FIXTURES, 'progress-v2.json');
      copyFileSync(fixture, file);
      const clock = new FixedClock('2026-03-02T09:00:00.000Z');
      const store = new ProgressStore(file, clock.now);
      const doc = await store.load();
      const v2 = upgradeDocument(JSON.parse(readFileSync(fixture, 'utf8')));
      assert.deepEqual(doc, v2);
      const s = doc.records.get('souligner|VERB')!;
      assert.deepEqual(s.history!.map((e) => [e.grade, e.source, !!e.undone]), [['good', 'review', false], ['hard', 'quiz', false], ['again', 'review', true]]);
      assert.equal(doc.sentences[s.met![0]!.sentence!]!.includes('a souligné'), true);
      assert.equal(doc.quizzes['actualite/wang-yi-lavrov']![0]!.score, 2);
      await store.save(doc);
      assert.deepEqual(readFileSync(join(dir, 'progress.v2.json')), readFileSync(fixture), 'the version 2 file kept byte for byte');
      const saved = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(saved.version, 3);
      assert.deepEqual(await new ProgressStore(file, clock.now).load(), v2, 'nothing lost in version 3');
      // Exports stay in the readable version 2 shape, which imports back.
      assert.deepEqual(upgradeDocument(JSON.parse(serializeDocument(doc))), v2);
    });
  });

  it('migrates a version 1 file straight to version 3', () => {
    const v1 = JSON.parse(readFileSync(join(FIXTURES, 'progress-v1.json'), 'utf8'));
    const read = readProgressFile(v1);
    assert.equal(read.fromVersion, 1);
    assert.deepEqual(reload(read.doc), read.doc);
  });

  it('re-reads a same-size write that kept the inode and time, because its generation differs', async () => {
    await inTempDir(async (dir, file) => {
      const clock = new FixedClock('2026-03-02T09:00:00.000Z');
      const mine = new ProgressStore(file, clock.now);
      await mine.save(sampleDocument());
      assert.equal(await mine.readIfChanged(), null, 'our own file: nothing to merge');
      // A whole-second time, which utimes can set back exactly.
      utimesSync(file, 1_800_000_000, 1_800_000_000);
      await mine.readIfChanged();
      const before = statSync(file);
      const text = readFileSync(file, 'latin1');
      const edited = text.replace('"generation":1,', '"generation":2,').replace('"to stress"', '"to STRESS"');
      assert.equal(edited.length, text.length);
      writeFileSync(file, edited, 'latin1');
      utimesSync(file, 1_800_000_000, 1_800_000_000);
      assert.equal(statSync(file).mtimeMs, before.mtimeMs);
      assert.equal(statSync(file).ino, before.ino);
      const changed = await mine.readIfChanged();
      assert.equal(changed?.records.get('souligner|VERB')!.gloss, 'to STRESS');
    });
  });

  it('merges another window\'s save building only the records that differ, and still finds a damaged one', async () => {
    await inTempDir(async (dir, file) => {
      const clock = new FixedClock('2026-03-02T09:00:00.000Z');
      const a = new ProgressStore(file, clock.now);
      const b = new ProgressStore(file, clock.now);
      await a.save(sampleDocument());
      const [docA, docB] = [await a.load(), await b.load()];
      const ctx = signalSetup(5).ctx;
      gradeItem(docB, 'tâche|NOUN', 'easy', 'review', ctx());
      await b.save(docB);
      setStatus(docA, 'paix|NOUN', 'known', clock.now());
      const result = await a.save(docA);
      assert.equal(result.doc.records.get('paix|NOUN')!.status, 'known');
      assert.ok(result.doc.records.get('tâche|NOUN')!.history!.some((e) => e.grade === 'easy'));
      assert.equal(result.doc.records.get('souligner|VERB'), docA.records.get('souligner|VERB'), 'the same record, not rebuilt');
      const back = await new ProgressStore(file, clock.now).load();
      assert.equal(back.records.get('paix|NOUN')!.status, 'known');
      assert.ok(back.records.get('tâche|NOUN')!.history!.some((e) => e.grade === 'easy'));
      // B writes a file whose copy of an unchanged record has a damaged card: A backs it up.
      const raw = JSON.parse(readFileSync(file, 'latin1'));
      raw.records[6] = [9];
      raw.generation++;
      writeFileSync(file, JSON.stringify(raw));
      const saved = await a.save(result.doc);
      assert.ok(saved.backupPath, 'backed up before being replaced');
      assert.deepEqual(JSON.parse(readFileSync(saved.backupPath, 'utf8')).records[6], [9]);
    });
  });
});
