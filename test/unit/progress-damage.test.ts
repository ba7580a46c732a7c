// Damage to the progress file (issue 10): a flipped bit or a replaced byte anywhere in the file is
// either detected (reported, backed up, nothing wrong loaded) or harmless (what loads equals what
// was saved), never loaded wrong; and what is intact is kept. Also: prototype keys in an import, a
// file from a newer Dépêche that is not JSON, and a full disk.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  ProgressFileCorruptError, ProgressFileTooNewError, ProgressFormatError, ProgressSaveError, ProgressService, ProgressStore,
  emptyDocument, gradeItem, importJson, noteSighting, plainDocument, recordQuizAttempt, setStatus, type ProgressDocument,
} from '../../src/core/progress';
import { signalSetup, tempDir } from './progress-helpers';

const NOW = '2026-03-02T09:00:00.000Z';
const clock = () => new Date(NOW);

/** A small file with every part: cards, histories, encounters, sentences, quizzes. */
function smallDocument(): ProgressDocument {
  const { doc, clock: c, ctx } = signalSetup(7);
  const sentence = 'Le ministre a reçu son homologue chinois à Moscou.';
  noteSighting(doc, { key: 'homologue|NOUN', lesson: 'actualite/wang-yi', sentence, form: 'homologue', gloss: 'counterpart' }, c.now());
  noteSighting(doc, { key: 'recevoir|VERB', lesson: 'actualite/wang-yi', sentence, form: 'a reçu', gloss: 'to receive' }, c.now());
  noteSighting(doc, { key: 'ministre|NOUN', lesson: 'actualite/lavrov' }, c.now());
  gradeItem(doc, 'homologue|NOUN', 'good', 'review', ctx());
  c.advanceDays(1);
  gradeItem(doc, 'recevoir|VERB', 'again', 'quiz', ctx());
  setStatus(doc, 'le|DET', 'known', c.now());
  doc.records.set('à l\'issue de|EXPR', { status: 'learning-2', statusAt: c.now().toISOString(), gloss: 'at the end of', glossAt: c.now().toISOString() });
  recordQuizAttempt(doc, 'actualite/wang-yi', 3, [{ question: 0, given: 'b', correct: true }], ctx());
  return doc;
}

interface Setup {
  dir: string;
  file: string;
  bytes: Buffer;
  expected: ReturnType<typeof plainDocument>;
  cleanup: () => void;
}

async function savedSmallFile(): Promise<Setup> {
  const { dir, cleanup } = tempDir();
  const file = join(dir, 'progress.json');
  const doc = smallDocument();
  await new ProgressStore(file, clock).save(doc);
  const bytes = readFileSync(file);
  return { dir, file, bytes, expected: plainDocument(await new ProgressStore(file, clock).load()), cleanup };
}

/** The byte ranges of each part of a version 4 file, by where its lines start. */
type OffsetClass = 'header' | 'lessons' | 'quizzes' | 'sentences' | 'index keys' | 'index columns' | 'record lines' | 'tail';
function offsetClasses(bytes: Buffer): Record<OffsetClass, [number, number]> {
  const text = bytes.toString('latin1');
  const at = (marker: string) => text.indexOf(marker);
  const keys = at('"index":{"keys":') + '"index":{"keys":'.length;
  const columns = at(',"columns":"');
  const records = at('"records":[\n') + '"records":[\n'.length;
  const tail = text.lastIndexOf('\n', text.length - 2) + 1;
  return {
    header: [0, at('"lessons":')],
    lessons: [at('"lessons":'), at('"quizzes":')],
    quizzes: [at('"quizzes":'), at('"sentences":')],
    sentences: [at('"sentences":'), at('"index":')],
    'index keys': [keys, columns],
    'index columns': [columns, records],
    'record lines': [records, tail],
    tail: [tail, bytes.length],
  };
}

type Outcome = 'harmless' | 'detected' | 'too new';

/**
 * Loads the damaged file and checks the promise: harmless (everything loads as saved), detected
 * (reported in a sentence naming the file, backed up byte for byte, and every record recovered
 * equal to the saved one), or reported as from a newer Dépêche and left alone.
 */
async function loadDamaged(s: Setup, damaged: Buffer): Promise<{ outcome: Outcome; error?: ProgressFileCorruptError }> {
  for (const name of readdirSync(s.dir)) if (name !== 'progress.json') rmSync(join(s.dir, name));
  writeFileSync(s.file, damaged);
  const store = new ProgressStore(s.file, clock);
  const result = await store.load().then((doc) => ({ doc }), (error: unknown) => ({ error }));
  assert.deepEqual(readFileSync(s.file), damaged, 'loading never writes the file');
  if ('doc' in result) {
    assert.deepEqual(plainDocument(result.doc), s.expected, 'a file that loads without a report loads as saved');
    return { outcome: 'harmless' };
  }
  const { error } = result;
  if (error instanceof ProgressFileTooNewError) return { outcome: 'too new' };
  assert.ok(error instanceof ProgressFileCorruptError, `unexpected ${String(error)}`);
  assert.match(error.sentence, /^Your vocabulary progress file progress\.json was damaged, so a copy was kept as progress\.corrupt-[-\dTZ.]+\.json( and a fresh file will be started|, and .* recovered)\.$/);
  assert.deepEqual(readFileSync(error.backupPath), damaged, 'the backup holds the damaged bytes');
  const recovered = error.recovery ? plainDocument(error.recovery.doc) : null;
  for (const [key, record] of Object.entries(recovered?.records ?? {})) {
    assert.deepEqual(record, s.expected.records[key], `recovered ${key} is as saved`);
  }
  for (const [lesson, attempts] of Object.entries(recovered?.quizzes ?? {})) assert.deepEqual(attempts, s.expected.quizzes[lesson]);
  for (const [id, text] of Object.entries(recovered?.sentences ?? {})) assert.equal(text, s.expected.sentences[id]);
  return { outcome: 'detected', error };
}

function flipped(bytes: Buffer, offset: number, bit: number): Buffer {
  const out = Buffer.from(bytes);
  out[offset] = out[offset]! ^ (1 << bit);
  return out;
}

function replaced(bytes: Buffer, offset: number, value: number): Buffer {
  const out = Buffer.from(bytes);
  out[offset] = value === bytes[offset] ? (value + 1) % 256 : value;
  return out;
}

describe('progress file damage', function () {
  this.timeout(120_000);
  let s: Setup;
  beforeEach(async () => (s = await savedSmallFile()));
  afterEach(() => s.cleanup());

  it('never loads wrong data: a flipped bit or a replaced byte at any offset is detected or harmless', async () => {
    const classes = Object.values(offsetClasses(s.bytes));
    const offset = fc.oneof(...classes.map(([from, to]) => fc.integer({ min: from, max: to - 1 })));
    const damage = fc.oneof(
      fc.tuple(fc.constant('flip' as const), offset, fc.integer({ min: 0, max: 7 })),
      fc.tuple(fc.constant('replace' as const), offset, fc.integer({ min: 0, max: 255 })),
    );
    await fc.assert(fc.asyncProperty(damage, async ([kind, at, value]) => {
      const bytes = kind === 'flip' ? flipped(s.bytes, at, value) : replaced(s.bytes, at, value);
      await loadDamaged(s, bytes);
    }), { numRuns: 400, seed: 10 });
  });

  it('says which parts of each offset class it could keep', async () => {
    const classes = offsetClasses(s.bytes);
    const text = s.bytes.toString('latin1');
    const outcomes: Record<string, string> = {};
    const recoveredKeys = (e?: ProgressFileCorruptError) => Object.keys(e?.recovery ? plainDocument(e.recovery.doc).records : {}).sort();
    const all = Object.keys(s.expected.records).sort();
    // Header: the generation's digit is outside the checksum, the checksum's digit breaks it: both harmless.
    const generation = text.indexOf('"generation":') + '"generation":'.length;
    assert.equal((await loadDamaged(s, replaced(s.bytes, generation, 0x37))).outcome, 'harmless');
    assert.equal((await loadDamaged(s, replaced(s.bytes, text.indexOf('"checksum":') + 11, 0x30))).outcome, 'harmless');
    // Lessons: the records met in them are left out, the others kept.
    const lessons = await loadDamaged(s, flipped(s.bytes, text.indexOf('wang-yi'), 0));
    assert.equal(lessons.outcome, 'detected');
    assert.deepEqual(recoveredKeys(lessons.error), ['le|DET', 'à l\'issue de|EXPR']);
    // Quizzes and sentences: every record kept.
    for (const [name, at] of [['quizzes', classes.quizzes[0] + 20], ['sentences', text.indexOf('homologue chinois')]] as const) {
      const r = await loadDamaged(s, flipped(s.bytes, at, 1));
      assert.equal(r.outcome, 'detected', name);
      assert.deepEqual(recoveredKeys(r.error), all, name);
      assert.match(r.error!.sentence, /, and all 5 items in it were recovered\.$/);
      outcomes[name] = r.error!.reason;
    }
    // An index key: the record with that key is left out (not moved to `homologue|NOUF`).
    const key = await loadDamaged(s, flipped(s.bytes, text.indexOf('homologue|NOUN"') + 'homologue|NOU'.length, 3));
    assert.equal(key.outcome, 'detected');
    assert.deepEqual(recoveredKeys(key.error), all.filter((k) => k !== 'homologue|NOUN'));
    assert.match(key.error!.sentence, /, and 4 of its 5 items were recovered\.$/);
    // The checks at the start of the columns vouch for everything else: without them nothing in the
    // file can be trusted. The rest of the columns is derived data, rebuilt at the next save.
    const columns = await loadDamaged(s, flipped(s.bytes, classes['index columns'][0] + 40, 2));
    assert.equal(columns.outcome, 'detected');
    assert.deepEqual(recoveredKeys(columns.error), []);
    assert.equal((await loadDamaged(s, flipped(s.bytes, classes['index columns'][1] - 30, 2))).outcome, 'harmless');
    // A record line: a digit of a date (still a valid record) leaves that record out.
    const recordsAt = classes['record lines'][0];
    const line = text.slice(recordsAt, text.indexOf('\n', recordsAt));
    const digit = recordsAt + line.indexOf(',') + 5;
    const record = await loadDamaged(s, flipped(s.bytes, digit, 0));
    assert.equal(record.outcome, 'detected');
    assert.deepEqual(recoveredKeys(record.error), all.filter((k) => k !== 'homologue|NOUN'));
    // The tail (the count that ends the records): harmless.
    assert.equal((await loadDamaged(s, replaced(s.bytes, classes.tail[0], 0x39))).outcome, 'harmless');
    assert.match(outcomes.quizzes!, /the quizzes are damaged/);
    assert.match(outcomes.sentences!, /the example sentences are damaged/);
  });

  it('starts from what was intact and never writes a damaged record back', async () => {
    const text = s.bytes.toString('latin1');
    const recordsAt = text.indexOf('"records":[\n') + '"records":[\n'.length;
    const damaged = flipped(s.bytes, recordsAt + text.slice(recordsAt).indexOf(',') + 5, 0);
    writeFileSync(s.file, damaged);
    const service = new ProgressService(new ProgressStore(s.file, clock), clock, () => 0.5);
    const { problem } = await service.load();
    assert.ok(problem instanceof ProgressFileCorruptError);
    assert.equal(service.record('homologue|NOUN'), undefined, 'the damaged record is left out');
    assert.deepEqual(plainDocument(service.document).records['recevoir|VERB'], s.expected.records['recevoir|VERB']);
    assert.ok(service.hasUnsavedChanges, 'the intact records are saved over the damaged file');
    await service.save();
    const back = plainDocument(await new ProgressStore(s.file, clock).load());
    assert.deepEqual(Object.keys(back.records).sort(), Object.keys(s.expected.records).filter((k) => k !== 'homologue|NOUN').sort());
    for (const key of Object.keys(back.records)) assert.deepEqual(back.records[key], s.expected.records[key]);
    assert.deepEqual(readFileSync(problem.backupPath), damaged, 'the damaged file is kept aside');
  });

  it('finding the file damaged at save time, keeps what is intact and newer in it, and none of the damage', async () => {
    const mine = new ProgressStore(s.file, clock);
    const doc = await mine.load();
    // Another window adds a record and saves; then a byte of another record's line goes bad on disk.
    const other = new ProgressStore(s.file, clock);
    const theirs = await other.load();
    theirs.records.set('nouveau|ADJ', { status: 'known', statusAt: NOW });
    await other.save(theirs);
    const text = readFileSync(s.file, 'latin1');
    const recordsAt = text.indexOf('"records":[\n') + '"records":[\n'.length;
    writeFileSync(s.file, flipped(readFileSync(s.file), recordsAt + text.slice(recordsAt).indexOf(',') + 5, 0));
    setStatus(doc, 'ministre|NOUN', 'known', new Date('2026-03-03T09:00:00.000Z'));
    const result = await mine.save(doc);
    assert.ok(result.backupPath && existsSync(result.backupPath));
    const back = plainDocument(await new ProgressStore(s.file, clock).load());
    assert.equal(back.records['nouveau|ADJ']?.status, 'known', 'the other window\'s intact record is kept');
    assert.equal(back.records['ministre|NOUN']?.status, 'known', 'this window\'s change is saved');
    assert.deepEqual(back.records['homologue|NOUN'], s.expected.records['homologue|NOUN'], 'the damaged record comes from memory, not the file');
  });

  it('reads a file whose columns predate the checks as a hand edit, every record checked', async () => {
    const legacy = Buffer.alloc(16);
    legacy.writeUInt32LE(0x44504334, 0);
    const text = s.bytes.toString('latin1').replace(/,"columns":"[^"]*"/, `,"columns":"${legacy.toString('base64')}"`);
    const { outcome } = await loadDamaged(s, Buffer.from(text, 'latin1'));
    assert.equal(outcome, 'harmless');
    const broken = text.replace('"counterpart"', '0.5');
    const { outcome: bad, error } = await loadDamaged(s, Buffer.from(broken, 'latin1'));
    assert.equal(bad, 'detected');
    assert.match(error!.reason, /record homologue\|NOUN has a malformed gloss/);
  });

  it('reads a file cut short line by line, keeping the records before the cut', async () => {
    const text = s.bytes.toString('latin1');
    const cut = text.lastIndexOf('\n', text.length - 2) - 10; // inside the last record
    const { outcome, error } = await loadDamaged(s, s.bytes.subarray(0, cut));
    assert.equal(outcome, 'detected');
    assert.equal(error!.recovery!.recovered, 4);
    assert.match(error!.sentence, /, and 4 of its 5 items were recovered\.$/);
  });
});

describe('progress file from a newer Dépêche, prototype keys, a full disk', () => {
  let dir: string;
  let cleanup: () => void;
  let file: string;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    file = join(dir, 'progress.json');
  });
  afterEach(() => cleanup());

  it('leaves a newer version\'s file that is not JSON alone, and says it is from a newer Dépêche', async () => {
    const future = Buffer.concat([
      Buffer.from('{"schema":"depeche-progress","version":5,"generation":3,"checksum":1,\n'),
      Buffer.from([0x00, 0xff, 0x10, 0x42, 0x0a, 0x7b]),
    ]);
    writeFileSync(file, future);
    const store = new ProgressStore(file, clock);
    const error = await store.load().then(() => null, (e: unknown) => e);
    assert.ok(error instanceof ProgressFileTooNewError, String(error));
    assert.equal(error.sentence, 'Your vocabulary progress file progress.json was saved by a newer version of Dépêche, so it is left untouched until you update the extension.');
    await assert.rejects(store.save(emptyDocument()), ProgressFileTooNewError);
    await assert.rejects(new ProgressStore(file, clock).save(emptyDocument()), ProgressFileTooNewError);
    assert.deepEqual(readFileSync(file), future);
    assert.deepEqual(readdirSync(dir), ['progress.json'], 'no backup, no fresh file');
    const imported = (() => {
      try {
        importJson(emptyDocument(), future.toString('latin1'), 'depeche-progress.json');
        return null;
      } catch (e) {
        return e;
      }
    })();
    assert.ok(imported instanceof ProgressFileTooNewError);
    assert.equal(imported.sentence, 'depeche-progress.json was saved by a newer version of Dépêche, so it cannot be imported until you update the extension.');
  });

  it('imports quizzes and sentences keyed __proto__, constructor or toString as plain data, and rejects such record keys', () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const attempt = { id: 'q1', at: NOW, seed: 1, answers: [], score: 1, total: 2 };
      const text = `{"schema":"depeche-progress","version":2,"records":{"paix|NOUN":{"status":"known"}},` +
        `"quizzes":{"${name}":[${JSON.stringify(attempt)}]},"sentences":{"${name}":"Une phrase."}}`;
      const doc = importJson(emptyDocument(), text, 'export.json');
      assert.deepEqual(doc.quizzes[name], [attempt], name);
      assert.equal(Object.keys(doc.quizzes).length, 1, name);
      assert.equal(doc.sentences.get(name), 'Une phrase.', name);
      // Merging it again (into a document that already has it) keeps one attempt.
      assert.deepEqual(importJson(doc, text, 'export.json').quizzes[name], [attempt], name);
      const badKey = `{"schema":"depeche-progress","version":2,"records":{"${name}":{"status":"known"}},"quizzes":{},"sentences":{}}`;
      assert.throws(() => importJson(emptyDocument(), badKey, 'export.json'), (e: unknown) =>
        e instanceof ProgressFormatError &&
        e.sentence === `export.json is not a Dépêche progress file: record "${name}" has no valid key ("${name}" is not lemma|POS).`);
    }
  });

  it('says a full disk is full: a short write is continued, and the error of the rest is reported', async () => {
    const doc = smallDocument();
    await new ProgressStore(file, clock).save(doc);
    const before = readFileSync(file);
    // A disk with room for 100 more bytes, as libuv reports one: a short count, then ENOSPC.
    let room = 100;
    const fullDisk = async (handle: FileHandle, buffers: Buffer[]) => {
      if (room === 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
      const all = Buffer.concat(buffers);
      const { bytesWritten } = await handle.write(all, 0, Math.min(room, all.length));
      room -= bytesWritten;
      return { bytesWritten };
    };
    const store = new ProgressStore(file, clock, { writev: fullDisk });
    const loaded = await store.load();
    loaded.records.edit('homologue|NOUN')!.gloss = 'opposite number';
    const error = await store.save(loaded).then(() => null, (e: unknown) => e);
    assert.ok(error instanceof ProgressSaveError, String(error));
    assert.equal(error.code, 'ENOSPC');
    assert.equal(error.sentence, 'Your vocabulary progress could not be saved to progress.json because there is no space left on the device; it is kept in memory and saving will be retried.');
    assert.deepEqual(readFileSync(file), before, 'the old file is whole');
    assert.deepEqual(readdirSync(dir), ['progress.json'], 'the partial temporary file is removed');
    // With room again, the same store saves.
    room = Infinity;
    await store.save(loaded);
    assert.equal((await new ProgressStore(file, clock).load()).records.get('homologue|NOUN')!.gloss, 'opposite number');
  });

  it('says what a quota, a read-only file system and a denied permission mean', () => {
    const sentence = (code: string) => new ProgressSaveError('/x/progress.json', code).sentence;
    assert.match(sentence('EDQUOT'), /saved to progress\.json because the disk quota is used up;/);
    assert.match(sentence('EROFS'), /because the file system is read-only;/);
    assert.match(sentence('EACCES'), /because permission was denied;/);
    assert.match(sentence('EWHATEVER'), /because of a system error \(EWHATEVER\);/);
    assert.ok(!existsSync(join(dir, 'progress.json')));
  });
});
