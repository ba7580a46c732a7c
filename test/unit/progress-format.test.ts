// The version 4 file (fileFormat.ts, recordLine.ts, recordTable.ts): round trips, records left as
// bytes until read, the checksum and the careful path for a hand-edited file, corrupt records,
// migration from real version 3, 2 and 1 files, the generation check, and merging another save.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  ProgressFileCorruptError, ProgressFormatError, ProgressStore, buildQueue, crc32, dayStartAt, decodeHistory,
  emptyDocument, encodeFile, encodeHistory, gradeItem, isoFromMs, noteSighting, plainDocument, readProgressFile,
  readVersion4, recordLookup, serializeDocument, setStatus, undoGrade, upgradeDocument, type ProgressDocument,
} from '../../src/core/progress';
import { GRADES } from '../../src/core/srs';
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

const fileBytes = (doc: ProgressDocument, generation = 1) => Buffer.concat(encodeFile(doc, generation));
/** Written and read back the fast way (checksum holds, records left as bytes). */
const reload = (doc: ProgressDocument): ProgressDocument => readVersion4(fileBytes(doc))!.doc;
/** Written and read back the careful way (every record parsed and checked). */
const reparse = (doc: ProgressDocument): ProgressDocument => upgradeDocument(JSON.parse(fileBytes(doc).toString('latin1')));
const plain = plainDocument;

/** The file with its JSON edited, and its sizes and checksum made to fit again (a writer's bug, not a hand edit). */
function refit(bytes: Buffer, edit: (raw: Record<string, any>) => void): Buffer {
  const raw = JSON.parse(bytes.toString('latin1'));
  edit(raw);
  const doc = readProgressFile(raw).doc;
  return fileBytes(doc, raw.generation);
}

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

describe('progress file version 4', () => {
  it('reads back exactly the document it wrote, the fast way and the careful way', () => {
    const doc = sampleDocument();
    const expected = plain(doc);
    assert.deepEqual(plain(reload(doc)), expected);
    assert.deepEqual(plain(reparse(doc)), expected);
    assert.deepEqual(plain(reload(reload(doc))), expected, 'a document saved without decoding its records is the same');
    const bytes = fileBytes(doc, 7);
    assert.match(bytes.toString('latin1'), /^[\x00-\x7f]*$/, 'ASCII only: accents and « » are escaped');
    const raw = JSON.parse(bytes.toString('latin1'));
    assert.equal(raw.version, 4);
    assert.equal(raw.generation, 7);
    assert.deepEqual(raw.lessons, ['l/1', 'l/2', 'l/3']);
    assert.deepEqual(raw.index.keys, ['souligner|VERB', 'tâche|NOUN', 'paix|NOUN', 'odd|ADJ']);
    assert.equal(raw.records.length, 5, 'one line per record, then their number');
    assert.equal(raw.records[4], 4);
    assert.equal(raw.checksum, crc32(bytes.subarray(bytes.indexOf(10) + 1)));
    const lines = bytes.toString('latin1').split('\n');
    assert.equal(lines.length, 1 + 4 + 1 + 4 + 1 + 1, 'header, four sections, records opened, four lines, closed, end of file');
  });

  it('keeps dates it cannot store as milliseconds as text, and histories it cannot encode as a list', () => {
    const doc = emptyDocument();
    doc.records.set('x|NOUN', {
      status: 'learning-1', statusAt: '1969-12-31T00:00:00.000Z',
      history: [{ id: 'a b', at: '2026-01-02T00:00:00.000Z', grade: 'seen', source: 'lookup' }],
    });
    doc.records.set('y|NOUN', { status: 'new', history: [{ id: 'v1-x', at: '1969-07-21T02:56:00.000Z', grade: 'good', source: 'review' }] });
    assert.deepEqual(plain(reload(doc)), plain(doc));
    assert.deepEqual(plain(reparse(doc)), plain(doc));
    // A day that does not exist is not a date: such a record does not check.
    doc.records.set('z|NOUN', { status: 'learning-1', statusAt: '2026-02-30T00:00:00.000Z' });
    assert.throws(() => reparse(doc), /record z\|NOUN has a malformed date/);
  });

  it('encodes a history as text and back, and keeps the array form for ids it cannot encode', () => {
    const history = sampleDocument().records.get('souligner|VERB')!.history!;
    const text = encodeHistory(history);
    assert.equal(typeof text, 'string');
    assert.deepEqual(decodeHistory(text as string), history);
    const odd = [{ id: 'a b', at: '2026-01-02T00:00:00.000Z', grade: 'seen' as const, source: 'lookup' as const }];
    assert.equal(encodeHistory(odd), odd);
  });

  it('formats milliseconds exactly as toISOString does', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 8.64e15 }), (ms) => isoFromMs(ms) === new Date(ms).toISOString()), { numRuns: 5000 });
  });

  it('leaves records as bytes until one is read: the queue and a save do not decode them', () => {
    // A line that is valid JSON but not a valid record, under a checksum that holds: only reading it fails.
    const bytes = refit(fileBytes(sampleDocument()), () => undefined);
    const text = bytes.toString('latin1');
    const lines = text.split('\n');
    const line = lines[lines.indexOf('"records":[') + 4]!; // odd|ADJ, a new item
    const broken = line.replace('[0,', '[9,');
    const tampered = Buffer.from(text.replace(line, broken), 'latin1');
    const headerEnd = tampered.indexOf(10);
    const fixed = Buffer.from(tampered.toString('latin1').replace(/"checksum":\d+/, `"checksum":${crc32(tampered.subarray(headerEnd + 1))}`), 'latin1');
    const loaded = readVersion4(fixed)!.doc;
    const now = new Date('2026-03-05T09:00:00.000Z');
    buildQueue(loaded, { now, dayStart: dayStartAt(now, 60), newPerDay: 20 });
    const saved = Buffer.concat(encodeFile(loaded, 2)).toString('latin1');
    assert.ok(saved.includes(broken), 'the unread line is written back byte for byte');
    assert.throws(() => loaded.records.get('odd|ADJ'), (e: unknown) => e instanceof ProgressFormatError && /odd\|ADJ has no valid status/.test(e.message));
  });

  it('gives out read records frozen; a change goes through edit and is saved', () => {
    const loaded = reload(sampleDocument());
    const record = loaded.records.get('souligner|VERB')!;
    assert.throws(() => { (record as { gloss?: string }).gloss = 'changed'; }, TypeError);
    assert.throws(() => record.history!.push(record.history![0]!), TypeError);
    loaded.records.edit('souligner|VERB')!.gloss = 'changed';
    assert.equal(loaded.records.get('souligner|VERB')!.gloss, 'changed');
    assert.equal(reload(loaded).records.get('souligner|VERB')!.gloss, 'changed');
  });

  it('gives the same queue from the file\'s index as from the records themselves', () => {
    const key = fc.constantFrom('a|NOUN', 'b|VERB', 'c|ADJ', 'd|EXPR', 'e|NOUN', 'f|ADV');
    const action = fc.oneof(
      fc.tuple(fc.constant('grade' as const), key, fc.constantFrom(...GRADES)),
      fc.tuple(fc.constant('lookup' as const), key, fc.constant(null)),
      fc.tuple(fc.constant('status' as const), key, fc.constantFrom('new', 'learning-2', 'known', 'ignored') as fc.Arbitrary<never>),
      fc.tuple(fc.constant('undo' as const), key, fc.constant(null)),
      fc.tuple(fc.constant('wait' as const), fc.integer({ min: 1, max: 4000 }), fc.constant(null)),
    );
    fc.assert(fc.property(fc.array(action, { maxLength: 40 }), fc.integer({ min: 0, max: 30 }), (actions, newPerDay) => {
      const { doc, clock, ctx } = signalSetup(1);
      const undos: ReturnType<typeof gradeItem>[] = [];
      for (const [kind, k, arg] of actions) {
        if (kind === 'grade') undos.push(gradeItem(doc, k as string, arg as never, 'review', ctx()));
        else if (kind === 'lookup') recordLookup(doc, { key: k as string, lesson: 'l/1' }, ctx());
        else if (kind === 'status') setStatus(doc, k as string, arg as never, clock.now());
        else if (kind === 'undo' && undos.length) undoGrade(doc, undos.pop()!, clock.now());
        else if (kind === 'wait') clock.advance(k as number);
      }
      const options = { now: clock.now(), dayStart: dayStartAt(clock.now(), 60), newPerDay };
      assert.deepEqual(buildQueue(reload(doc), options), buildQueue(doc, options));
    }), { numRuns: 300 });
  });

  it('reads a hand-edited file (columns deleted, checksum fails) by parsing it whole, and rewrites it consistently', async () => {
    await inTempDir(async (dir, file) => {
      const clock = new FixedClock('2026-03-02T09:00:00.000Z');
      await new ProgressStore(file, clock.now).save(sampleDocument());
      writeFileSync(file, readFileSync(file, 'latin1').replace('"to stress"', '"to underline"').replace(/,"columns":"[^"]*"/, ''), 'latin1');
      const store = new ProgressStore(file, clock.now);
      const doc = await store.load();
      assert.equal(doc.records.get('souligner|VERB')!.gloss, 'to underline');
      await store.save(doc);
      assert.ok(readVersion4(readFileSync(file)), 'the next save writes a file whose checksum holds');
      assert.equal((await new ProgressStore(file, clock.now).load()).records.get('souligner|VERB')!.gloss, 'to underline');
    });
  });

  it('detects a corrupt record in a hand-edited file: bad status, history, card, cut-short list, a key twice', () => {
    const good = JSON.parse(fileBytes(sampleDocument()).toString('latin1'));
    delete good.index.columns;
    const broken = (edit: (raw: { records: unknown[][]; index: { keys: string[] } }) => void) => {
      const raw = structuredClone(good);
      edit(raw);
      return () => upgradeDocument(raw);
    };
    assert.throws(broken((r) => (r.records[0]![0] = 42)), /has no valid status/);
    assert.throws(broken((r) => (r.records[0]![7] = (r.records[0]![7] as string).replace('g', 'G'))), /malformed history/);
    assert.throws(broken((r) => (r.records[0]![5] = [9, 'soon'])), /malformed card/);
    assert.throws(broken((r) => r.records.splice(1, 1)), /cut short/);
    assert.throws(broken((r) => (r.index.keys[1] = r.index.keys[0]!)), /appears twice/);
  });

  it('backs up a file with a corrupt record instead of dropping the record', async () => {
    await inTempDir(async (dir, file) => {
      const raw = JSON.parse(fileBytes(sampleDocument()).toString('latin1'));
      delete raw.index.columns; // a hand edit
      raw.records[0][1] = '4 March';
      writeFileSync(file, JSON.stringify(raw));
      const error = await new ProgressStore(file, new FixedClock('2026-03-02T09:00:00.000Z').now).load().then(() => null, (e: unknown) => e);
      assert.ok(error instanceof ProgressFileCorruptError);
      assert.match(error.reason, /record souligner\|VERB has a malformed date/);
      assert.deepEqual(readFileSync(error.backupPath), readFileSync(file));
      assert.deepEqual([...error.recovery!.doc.records.keys()], ['tâche|NOUN', 'paix|NOUN', 'odd|ADJ'], 'the records that check are kept');
    });
  });

  it('migrates a version 3 file, keeping it aside before the first version 4 save', async () => {
    await inTempDir(async (dir, file) => {
      const fixture = join(FIXTURES, 'progress-v3.json');
      copyFileSync(fixture, file);
      const clock = new FixedClock('2026-03-02T09:00:00.000Z');
      const store = new ProgressStore(file, clock.now);
      const doc = await store.load();
      // The version 3 fixture was written from the version 2 one, plus a record with an odd id.
      const v2 = upgradeDocument(JSON.parse(readFileSync(join(FIXTURES, 'progress-v2.json'), 'utf8')));
      v2.records.set('odd|ADJ', { status: 'new', history: [{ id: 'an id with spaces', at: '2026-01-02T00:00:00.000Z', grade: 'seen', source: 'lookup' }] });
      assert.deepEqual(plain(doc), plain(v2));
      await store.save(doc);
      assert.deepEqual(readFileSync(join(dir, 'progress.v3.json')), readFileSync(fixture), 'the version 3 file kept byte for byte');
      assert.equal(JSON.parse(readFileSync(file, 'latin1')).version, 4);
      assert.deepEqual(plain(await new ProgressStore(file, clock.now).load()), plain(v2), 'nothing lost in version 4');
    });
  });

  it('migrates a version 2 file written by Dépêche 4d729df, keeping it aside before the first version 4 save', async () => {
    await inTempDir(async (dir, file) => {
      const fixture = join(FIXTURES, 'progress-v2.json');
      copyFileSync(fixture, file);
      const clock = new FixedClock('2026-03-02T09:00:00.000Z');
      const store = new ProgressStore(file, clock.now);
      const doc = await store.load();
      const v2 = plain(upgradeDocument(JSON.parse(readFileSync(fixture, 'utf8'))));
      assert.deepEqual(plain(doc), v2);
      const s = doc.records.get('souligner|VERB')!;
      assert.deepEqual(s.history!.map((e) => [e.grade, e.source, !!e.undone]), [['good', 'review', false], ['hard', 'quiz', false], ['again', 'review', true]]);
      assert.equal(doc.sentences.get(s.met![0]!.sentence!)!.includes('a souligné'), true);
      assert.equal(doc.quizzes['actualite/wang-yi-lavrov']![0]!.score, 2);
      await store.save(doc);
      assert.deepEqual(readFileSync(join(dir, 'progress.v2.json')), readFileSync(fixture), 'the version 2 file kept byte for byte');
      assert.equal(JSON.parse(readFileSync(file, 'utf8')).version, 4);
      assert.deepEqual(plain(await new ProgressStore(file, clock.now).load()), v2, 'nothing lost in version 4');
      // Exports stay in the readable version 2 shape, which imports back.
      assert.deepEqual(plain(upgradeDocument(JSON.parse(serializeDocument(doc)))), v2);
    });
  });

  it('migrates a version 1 file straight to version 4', () => {
    const v1 = JSON.parse(readFileSync(join(FIXTURES, 'progress-v1.json'), 'utf8'));
    const read = readProgressFile(v1);
    assert.equal(read.fromVersion, 1);
    assert.deepEqual(plain(reload(read.doc)), plain(read.doc));
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
      // Another writer's save of the same size: one gloss changed, the next generation (a gloss
      // whose file also has a checksum of as many digits).
      let edited = '';
      for (const gloss of ['to STRESS', 'to Stress', 'To stress', 'TO STRESS', 'to stresS', 'to sTress']) {
        const theirs = await new ProgressStore(file, clock.now).load();
        theirs.records.edit('souligner|VERB')!.gloss = gloss;
        edited = Buffer.concat(encodeFile(theirs, 2)).toString('latin1');
        if (edited.length === text.length) break;
      }
      assert.equal(edited.length, text.length);
      writeFileSync(file, edited, 'latin1');
      utimesSync(file, 1_800_000_000, 1_800_000_000);
      assert.equal(statSync(file).mtimeMs, before.mtimeMs);
      assert.equal(statSync(file).ino, before.ino);
      const changed = await mine.readIfChanged();
      assert.match(changed?.records.get('souligner|VERB')!.gloss ?? '', /^to stress$/i);
      assert.notEqual(changed?.records.get('souligner|VERB')!.gloss, 'to stress');
    });
  });

  it('merges another window\'s save, decoding only the records that differ, and still finds a damaged one', async () => {
    await inTempDir(async (dir, file) => {
      const clock = new FixedClock('2026-03-02T09:00:00.000Z');
      const a = new ProgressStore(file, clock.now);
      const b = new ProgressStore(file, clock.now);
      await a.save(sampleDocument());
      const [docA, docB] = [await a.load(), await b.load()];
      const ctx = signalSetup(5).ctx;
      gradeItem(docB, 'tâche|NOUN', 'easy', 'review', ctx());
      noteSighting(docB, { key: 'neuf|ADJ', lesson: 'l/9' }, clock.now());
      await b.save(docB);
      setStatus(docA, 'paix|NOUN', 'known', clock.now());
      noteSighting(docA, { key: 'autre|ADJ', lesson: 'l/8' }, clock.now());
      const result = await a.save(docA);
      assert.equal(result.doc, docA, 'merged in place');
      assert.equal(docA.records.get('paix|NOUN')!.status, 'known');
      assert.ok(docA.records.get('tâche|NOUN')!.history!.some((e) => e.grade === 'easy'));
      assert.equal(docA.records.isDirty('souligner|VERB'), false, 'an unchanged record stays as the file has it');
      const back = await new ProgressStore(file, clock.now).load();
      assert.equal(back.records.get('paix|NOUN')!.status, 'known');
      assert.ok(back.records.get('tâche|NOUN')!.history!.some((e) => e.grade === 'easy'));
      assert.deepEqual(back.records.get('neuf|ADJ')!.met, [{ lesson: 'l/9' }]);
      assert.deepEqual(back.records.get('autre|ADJ')!.met, [{ lesson: 'l/8' }], 'each window\'s new lesson is itself after the merge');
      // B writes a file whose copy of an unchanged record has a damaged card: A backs it up.
      const raw = JSON.parse(readFileSync(file, 'latin1'));
      const slot = raw.index.keys.indexOf('souligner|VERB');
      raw.records[slot][5] = [9];
      raw.generation++;
      writeFileSync(file, JSON.stringify(raw));
      const saved = await a.save(docA);
      assert.ok(saved.backupPath, 'backed up before being replaced');
      assert.deepEqual(JSON.parse(readFileSync(saved.backupPath, 'utf8')).records[slot][5], [9]);
    });
  });
});
