import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Scheduler } from '../../src/core/srs';
import {
  PROGRESS_VERSION, ProgressFileCorruptError, ProgressFileTooNewError, ProgressFileUnreadableError,
  ProgressSaveError, ProgressService, ProgressStore, emptyDocument, gradeItem, plainDocument as plain, upgradeDocument,
  type ProgressDocument,
} from '../../src/core/progress';
import { FixedClock, seededRng, tempDir } from './progress-helpers';

const ROOT = join(__dirname, '..', '..');
const WRITER = join(__dirname, 'progress-writer.ts');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'progress');

function runWriter(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', WRITER, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
}

/** Makes a directory unwritable; root ignores permissions, so it also gets the immutable flag. */
function makeReadOnly(dir: string, readOnly: boolean): void {
  if (readOnly) chmodSync(dir, 0o555);
  if (process.getuid?.() === 0) {
    const r = spawnSync('chattr', [readOnly ? '+i' : '-i', dir]);
    assert.equal(r.status, 0, `chattr failed: ${r.stderr}`);
  }
  if (!readOnly) chmodSync(dir, 0o755);
}

describe('progress store', function () {
  this.timeout(60_000);
  let dir: string;
  let cleanup: () => void;
  let file: string;
  let clock: FixedClock;
  const ctx = (seed = 1) => ({ now: clock.now(), rng: seededRng(seed), scheduler: new Scheduler({ enableFuzz: false }) });
  const store = () => new ProgressStore(file, clock.now);
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    file = join(dir, 'progress.json');
    clock = new FixedClock('2026-03-02T09:00:00.000Z');
  });
  afterEach(() => cleanup());

  it('starts empty without a file, saves atomically and loads back the same document', async () => {
    const s = store();
    assert.deepEqual(plain(await s.load()), plain(emptyDocument()));
    const doc = emptyDocument();
    gradeItem(doc, 'souligner|VERB', 'good', 'review', ctx());
    await s.save(doc);
    assert.deepEqual(readdirSync(dir), ['progress.json'], 'no temporary or lock file is left');
    assert.deepEqual(plain(await store().load()), plain(doc));
    // The file is plain JSON, version 4: one line per record, read back to the same document.
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.version, 4);
    assert.equal(saved.generation, 1);
    assert.deepEqual(saved.index.keys, ['souligner|VERB']);
    const at = Date.parse('2026-03-02T09:00:00.000Z');
    const line = saved.records[0];
    assert.deepEqual(saved.records, [[1, at, 0, 0, at, [1, at + 600_000, line[5][2], line[5][3], 0, 1, 1, 0, at], 0,
      `${at.toString(36).padStart(9, '0')}grn-~${line[7].slice(14)}`], 1]);
    assert.deepEqual(plain(upgradeDocument(saved)), plain(doc));
  });

  it('backs up a truncated file, says so in one sentence, and only then lets a save replace it', async () => {
    const doc = emptyDocument();
    gradeItem(doc, 'souligner|VERB', 'good', 'review', ctx());
    await store().save(doc);
    const full = readFileSync(file);
    writeFileSync(file, full.subarray(0, full.length - 40));
    const torn = readFileSync(file);
    const s = store();
    const error = await s.load().then(() => null, (e: unknown) => e);
    assert.ok(error instanceof ProgressFileCorruptError);
    const backup = join(dir, 'progress.corrupt-2026-03-02T09-00-00.000Z.json');
    assert.equal(error.backupPath, backup);
    assert.match(error.sentence, /^Your vocabulary progress file progress\.json was damaged, so a copy was kept as progress\.corrupt-2026-03-02T09-00-00\.000Z\.json and a fresh file will be started\.$/);
    assert.deepEqual(readFileSync(backup), torn, 'the backup holds the damaged bytes exactly');
    assert.deepEqual(readFileSync(file), torn, 'the damaged file is not touched by loading');
    // A second load the same millisecond keeps a second copy rather than overwriting the first.
    const again = await store().load().then(() => null, (e: unknown) => e);
    assert.ok(again instanceof ProgressFileCorruptError);
    assert.notEqual(again.backupPath, backup);
    const fresh = emptyDocument();
    gradeItem(fresh, 'prôner|VERB', 'easy', 'review', ctx());
    const result = await s.save(fresh);
    assert.equal(result.backupPath, undefined, 'already backed up and reported');
    assert.deepEqual(plain(await store().load()), plain(fresh));
    assert.deepEqual(readFileSync(backup), torn);
  });

  it('backs up a file found corrupt at save time before replacing it', async () => {
    const s = store();
    await s.load();
    writeFileSync(file, '{"schema": "depeche-progress", "version": 2, "records": {"x|NOUN": {"status": "lost"}}');
    const result = await s.save(emptyDocument());
    assert.ok(result.backupPath && existsSync(result.backupPath));
    assert.match(readFileSync(result.backupPath, 'utf8'), /"lost"/);
  });

  it('loads a version 1 file, migrates it, and keeps the version 1 file aside before replacing it', async () => {
    copyFileSync(join(FIXTURES, 'progress-v1.json'), file);
    const s = store();
    const doc = await s.load();
    assert.equal(doc.records.get('souligner|VERB')!.status, 'learning-2');
    assert.equal(existsSync(join(dir, 'progress.v1.json')), false, 'loading alone writes nothing');
    gradeItem(doc, 'souligner|VERB', 'good', 'review', ctx());
    await s.save(doc);
    assert.deepEqual(readFileSync(join(dir, 'progress.v1.json')), readFileSync(join(FIXTURES, 'progress-v1.json')));
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.version, PROGRESS_VERSION);
    assert.equal(upgradeDocument(saved).records.get('souligner|VERB')!.history!.length, 4);
  });

  it('never writes over a file from a newer version', async () => {
    const future = JSON.stringify({ ...emptyDocument(), version: PROGRESS_VERSION + 1, extra: true });
    writeFileSync(file, future);
    const s = store();
    const error = await s.load().then(() => null, (e: unknown) => e);
    assert.ok(error instanceof ProgressFileTooNewError);
    assert.match(error.sentence, /newer version of Dépêche/);
    await assert.rejects(s.save(emptyDocument()), ProgressFileTooNewError);
    // Even a store that never loaded finds out at save time.
    await assert.rejects(store().save(emptyDocument()), ProgressFileTooNewError);
    assert.equal(readFileSync(file, 'utf8'), future);
  });

  it('never writes over a file it cannot read', async () => {
    mkdirSync(file); // reading a directory fails with EISDIR, even for root
    const s = store();
    const error = await s.load().then(() => null, (e: unknown) => e);
    assert.ok(error instanceof ProgressFileUnreadableError);
    assert.match(error.sentence, /^Your vocabulary progress file progress\.json cannot be read because it is a folder, so/);
    await assert.rejects(s.save(emptyDocument()), ProgressFileUnreadableError);
    await assert.rejects(store().save(emptyDocument()), ProgressFileUnreadableError);
  });

  it('fails to save in a read-only directory without losing anything, then saves once it is writable', async () => {
    const service = new ProgressService(store(), clock.now, seededRng(2), { scheduler: { enableFuzz: false } });
    await service.load();
    service.grade('souligner|VERB', 'good');
    await service.save();
    const before = readFileSync(file);
    service.grade('prôner|VERB', 'good');
    makeReadOnly(dir, true);
    try {
      const error = await service.save().then(() => null, (e: unknown) => e);
      assert.ok(error instanceof ProgressSaveError, String(error));
      assert.match(error.sentence, /^Your vocabulary progress could not be saved to progress\.json because (permission was denied|the system did not permit it|the file system is read-only); it is kept in memory/);
      assert.deepEqual(readFileSync(file), before);
      assert.ok(service.hasUnsavedChanges);
    } finally {
      makeReadOnly(dir, false);
    }
    await service.save();
    const reloaded = new ProgressService(store(), clock.now, seededRng(3));
    await reloaded.load();
    assert.deepEqual([...reloaded.document.records.keys()].sort(), ['prôner|VERB', 'souligner|VERB']);
  });

  it('takes over a lock left by a dead process, and waits for a live one', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(`${file}.lock`, `${dead.stdout.toString()} 1`);
    await store().save(emptyDocument());
    assert.deepEqual(readdirSync(dir), ['progress.json']);
    writeFileSync(`${file}.lock`, `${process.pid} 999999`); // alive: this very process
    const patient = new ProgressStore(file, clock.now, { lockTimeoutMs: 150 });
    const error = await patient.save(emptyDocument()).then(() => null, (e: unknown) => e);
    assert.ok(error instanceof ProgressSaveError);
    assert.equal(error.code, 'ELOCKED');
    assert.equal(readFileSync(`${file}.lock`, 'utf8'), `${process.pid} 999999`, 'a live lock is never removed');
  });

  it('never reads its own save as another writer\'s, even when a file watcher asks mid-save', async () => {
    // A watcher event can arrive while a save is between writing the file and noting what it wrote;
    // read then, our own bytes looked foreign and were merged back over changes made since (an undo).
    const s = store();
    await s.load();
    const doc = emptyDocument();
    gradeItem(doc, 'souligner|VERB', 'good', 'review', ctx());
    await s.save(doc);
    for (let round = 0; round < 20; round++) {
      gradeItem(doc, `mot${round}|NOUN`, 'good', 'review', ctx(round + 2));
      let saved = false;
      const saving = s.save(doc).then(() => (saved = true));
      const seen: string[] = [];
      while (!saved) {
        const theirs = await s.readIfChanged();
        if (theirs) seen.push(`round ${round}: read back ${theirs.records.size} records`);
      }
      await saving;
      assert.deepEqual(seen, [], 'only our own saves happened: nothing to read back');
    }
  });

  it('merges two store instances writing one file: every review kept', async () => {
    const a = new ProgressService(store(), clock.now, seededRng(10));
    const b = new ProgressService(store(), clock.now, seededRng(20));
    await a.load();
    await b.load();
    a.grade('dialogue|NOUN', 'good');
    await a.save();
    clock.advance(1);
    b.grade('dialogue|NOUN', 'again');
    b.grade('prôner|VERB', 'good');
    await b.save(); // B never saw A's save: it must merge it in
    clock.advance(1);
    a.setStatus('prôner|VERB', 'known');
    await a.save();
    const doc = await store().load();
    assert.deepEqual(doc.records.get('dialogue|NOUN')!.history!.map((e) => e.grade), ['good', 'again']);
    assert.equal(doc.records.get('dialogue|NOUN')!.card!.lapses, 0);
    assert.equal(doc.records.get('prôner|VERB')!.status, 'known');
    assert.equal(doc.records.get('prôner|VERB')!.history!.length, 1);
    // And B sees A's work after its own save.
    assert.ok(b.document.records.get('dialogue|NOUN')!.history!.length === 2);
  });

  it('loses nothing when two processes save the same file at once', async () => {
    const count = 15;
    const results = await Promise.all([
      exited(runWriter(['concurrent', file, '1', String(count)])),
      exited(runWriter(['concurrent', file, '2', String(count)])),
    ]);
    for (const r of results) assert.equal(r.code, 0, r.stderr);
    const doc = await store().load();
    for (const id of ['1', '2']) {
      for (let i = 0; i < count; i++) assert.ok(doc.records.get(`w${id}-${i}|NOUN`), `w${id}-${i} was lost`);
    }
    assert.equal(doc.records.get('partagé|ADJ')!.history!.length, 2 * count, 'every review of the shared item is kept');
    assert.deepEqual(readdirSync(dir), ['progress.json']);
  });

  it('leaves the old or the new file, never a torn one, when a writer is killed mid-write', async () => {
    let lastGeneration = 0;
    for (const round of [0, 1, 2]) {
      const child = runWriter(['churn', file, '20000']);
      const done = exited(child);
      let saved = 0;
      child.stdout!.on('data', (d: Buffer) => {
        const m = /saved (\d+)\n$/.exec(d.toString());
        if (m) saved = Number(m[1]);
      });
      // Wait for one complete save, then for the next write to be under way (its temp file exists).
      while (saved < 1 + round) await new Promise((r) => setTimeout(r, 5));
      while (!readdirSync(dir).some((n) => n.includes('.tmp-'))) await new Promise((r) => setImmediate(r));
      child.kill('SIGKILL');
      const { signal } = await done;
      assert.equal(signal, 'SIGKILL');
      assert.ok(readdirSync(dir).some((n) => n.includes('.tmp-')), 'the kill interrupted a write');
      const doc: ProgressDocument = upgradeDocument(JSON.parse(readFileSync(file, 'utf8')));
      const generations = new Set([...doc.records.values()].map((r) => r.gloss!.split(' ')[0]));
      assert.equal(generations.size, 1, 'every record from the same save');
      const generation = Number([...generations][0]!.slice(4));
      assert.ok(generation >= saved && generation <= saved + 1, `generation ${generation} after ${saved} reported saves`);
      assert.ok(generation >= lastGeneration);
      lastGeneration = generation;
      assert.equal([...doc.records.keys()].length, 20000);
    }
    // The dead writer's lock and temporary file do not block the next one.
    const s = store();
    await s.load();
    await s.save(emptyDocument());
    assert.deepEqual(readdirSync(dir), ['progress.json']);
  });
});
