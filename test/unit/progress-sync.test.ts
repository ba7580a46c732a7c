// A progress file kept in a folder that a sync tool (Dropbox, Syncthing, OneDrive…) or git shares
// between machines: conflict copies and merge-conflict markers are merged, never ignored, and two
// machines synced at random moments end with every review.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  ProgressService, ProgressStore, conflictSides, conflictTool, hasConflictMarkers, type ProgressDocument,
} from '../../src/core/progress';
import { FixedClock, seededRng, tempDir } from './progress-helpers';

const FILE = 'progress.json';

function service(dir: string, clock: FixedClock, seed: number): ProgressService {
  const store = new ProgressStore(join(dir, FILE), clock.now, { lockPath: join(dir, `${FILE}.lock`) });
  return new ProgressService(store, clock.now, seededRng(seed), { scheduler: { enableFuzz: false } });
}

/** Every review event id in a document. */
function eventIds(doc: ProgressDocument): Set<string> {
  const ids = new Set<string>();
  for (const key of doc.records.keys()) for (const e of doc.records.get(key)!.history ?? []) ids.add(e.id);
  return ids;
}

describe('progress in a synced folder', () => {
  let dirs: { dir: string; cleanup: () => void }[] = [];
  const folder = () => {
    const d = tempDir();
    dirs.push(d);
    return d.dir;
  };
  afterEach(() => {
    for (const d of dirs) d.cleanup();
    dirs = [];
  });

  /** A machine with its own folder whose progress file holds a review of each key, saved. */
  async function machineWithReview(keys = ['dialogue|NOUN']): Promise<{ dir: string; clock: FixedClock; a: ProgressService }> {
    const dir = folder();
    const clock = new FixedClock('2026-12-05T09:00:00.000Z');
    const a = service(dir, clock, 1);
    await a.load();
    for (const key of keys) a.grade(key, 'good');
    await a.save();
    return { dir, clock, a };
  }

  it('recognises the conflict copies of each sync tool, and nothing else', () => {
    const cases: [string, string | null][] = [
      ['progress (conflicted copy).json', 'Dropbox'],
      ["progress (Ana's conflicted copy 2026-12-05).json", 'Dropbox'],
      ['progress (conflicted copy 2026-12-05 101112).json', 'Nextcloud'],
      ['progress_conflict-20261205-101112.json', 'Nextcloud'],
      ['progress.sync-conflict-20261205-101112-ABCDEFG.json', 'Syncthing'],
      ['progress (1).json', 'Google Drive'],
      ['progress 2.json', 'iCloud'],
      ['progress-LAPTOP-42.json', 'OneDrive'],
      ['progress.json', null],
      ['progress.corrupt-2026-12-05T10-00-00.000Z.json', null],
      ['progress.v3.json', null],
      ['progress.json.lock', null],
      ['progress.json.tmp-123-1', null],
      ['notes.json', null],
      ['progress (conflicted copy).txt', null],
    ];
    for (const [name, tool] of cases) assert.equal(conflictTool(FILE, name), tool, name);
  });

  it('rebuilds both sides of a file with git merge-conflict markers, diff3 style included', () => {
    const text = 'a\n<<<<<<< HEAD\nb1\n||||||| base\nb0\n=======\nb2\n>>>>>>> theirs\nc\n';
    assert.ok(hasConflictMarkers(text));
    assert.deepEqual(conflictSides(text), ['a\nb1\nc\n', 'a\nb2\nc\n']);
    assert.equal(conflictSides('a\n<<<<<<< HEAD\nb\n'), null, 'unterminated');
    assert.equal(hasConflictMarkers('{"a":"<<<<<<< not at a line start"}'), false);
  });

  it('merges a Dropbox conflict copy, saves, and moves the copy out of the way', async () => {
    const { dir, clock, a } = await machineWithReview();
    // The other machine's version, as the sync tool left it beside ours.
    const otherDir = folder();
    copyFileSync(join(dir, FILE), join(otherDir, FILE));
    const b = service(otherDir, clock, 2);
    await b.load();
    clock.advance(5);
    b.grade('prôner|VERB', 'easy');
    await b.save();
    copyFileSync(join(otherDir, FILE), join(dir, "progress (Ana's conflicted copy 2026-12-05).json"));
    clock.advance(5);
    a.grade('dialogue|NOUN', 'again');

    const report = await a.absorbConflictCopies();
    assert.deepEqual(report.merged.map((c) => c.tool), ['Dropbox']);
    assert.deepEqual(report.problems, []);
    const after = service(dir, clock, 3);
    await after.load();
    assert.equal(after.record('prôner|VERB')?.history?.length, 1, "the copy's review is in the file");
    assert.equal(after.record('dialogue|NOUN')?.history?.length, 2);
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.json')), [FILE], 'the copy left the folder');
    const kept = readdirSync(join(dir, '.depeche-merged'));
    assert.equal(kept.length, 1);
    assert.match(kept[0]!, /conflicted copy/);
  });

  it('merges what is intact in a damaged conflict copy and says so; leaves a too-new one alone', async () => {
    const { dir, clock, a } = await machineWithReview(['dialogue|NOUN', 'prôner|VERB']);
    const bytes = readFileSync(join(dir, FILE));
    // Cut short: the last records are lost, the first ones check.
    writeFileSync(join(dir, 'progress.sync-conflict-20261205-101112-ABCDEFG.json'), bytes.subarray(0, bytes.length - 40));
    writeFileSync(join(dir, 'progress (1).json'), '{"schema":"depeche-progress","version":99}');
    const report = await a.absorbConflictCopies();
    assert.deepEqual(report.merged.map((c) => c.tool), ['Syncthing']);
    assert.equal(report.problems.length, 2);
    assert.match(report.problems.find((p) => p.copy.tool === 'Syncthing')!.reason, /damaged/);
    assert.match(report.problems.find((p) => p.copy.tool === 'Google Drive')!.reason, /newer Dépêche/);
    assert.ok(existsSync(join(dir, 'progress (1).json')), 'a copy from a newer version is not moved');
  });

  it('resolves a real git merge conflict in the file from git\'s own versions, and writes it clean', async function () {
    this.timeout(30_000);
    const dir = folder();
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    const clock = new FixedClock('2026-12-05T09:00:00.000Z');
    const base = service(dir, clock, 1);
    await base.load();
    base.grade('dialogue|NOUN', 'good');
    await base.save();
    git('add', FILE);
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'laptop');
    const laptop = service(dir, clock, 2);
    await laptop.load();
    clock.advance(10);
    laptop.grade('prôner|VERB', 'easy');
    await laptop.save();
    git('commit', '-qam', 'laptop');
    git('checkout', '-q', 'main');
    const desktop = service(dir, clock, 3);
    await desktop.load();
    clock.advance(10);
    desktop.grade('dialogue|NOUN', 'again');
    desktop.grade('souveraineté|NOUN', 'good');
    await desktop.save();
    git('commit', '-qam', 'desktop');
    assert.throws(() => git('merge', '-q', 'laptop'), 'the merge conflicts');
    assert.ok(hasConflictMarkers(readFileSync(join(dir, FILE), 'latin1')));

    const merged = service(dir, clock, 4);
    const report = await merged.load();
    assert.equal(report.problem, undefined);
    assert.equal(merged.hasUnsavedChanges, true, 'the clean file is to be written');
    assert.deepEqual(merged.record('dialogue|NOUN')?.history?.map((e) => e.grade), ['good', 'again']);
    assert.equal(merged.record('prôner|VERB')?.history?.length, 1);
    assert.equal(merged.record('souveraineté|NOUN')?.history?.length, 1);
    await merged.save();
    assert.equal(hasConflictMarkers(readFileSync(join(dir, FILE), 'latin1')), false);
    const reread = service(dir, clock, 5);
    assert.deepEqual((await reread.load()).problem, undefined);
    assert.equal(eventIds(reread.document).size, 4);
  });

  it('rebuilds the sides from the markers when git cannot tell them (no repository)', async () => {
    const { dir, clock, a } = await machineWithReview();
    const ours = readFileSync(join(dir, FILE), 'latin1');
    clock.advance(3);
    a.grade('prôner|VERB', 'good');
    await a.save();
    const theirs = readFileSync(join(dir, FILE), 'latin1');
    // The whole file as one conflicted hunk: each side is then exactly one machine's file.
    writeFileSync(join(dir, FILE), `<<<<<<< HEAD\n${ours.replace(/\n$/, '')}\n=======\n${theirs.replace(/\n$/, '')}\n>>>>>>> laptop\n`, 'latin1');
    const merged = service(dir, clock, 2);
    assert.equal((await merged.load()).problem, undefined);
    assert.equal(merged.record('prôner|VERB')?.history?.length, 1);
    assert.equal(merged.hasUnsavedChanges, true);
  });

  it('writes the file again when a sync tool puts an older copy back, and only then', async () => {
    const { dir, clock, a } = await machineWithReview();
    const older = readFileSync(join(dir, FILE));
    clock.advance(2);
    a.grade('prôner|VERB', 'good');
    await a.save();
    // Another window reads the file: nothing of its own is missing there, so it has nothing to write.
    const b = service(dir, clock, 2);
    await b.load();
    clock.advance(2);
    a.grade('dialogue|NOUN', 'again');
    await a.save();
    assert.equal(await b.refresh(), true);
    assert.equal(b.hasUnsavedChanges, false, 'a refresh that only learnt something writes nothing');
    // The sync tool restores the older file: A's newer reviews are missing from it.
    writeFileSync(join(dir, FILE), older);
    assert.equal(await a.refresh(), true);
    assert.equal(a.hasUnsavedChanges, true);
    await a.save();
    const reread = service(dir, clock, 3);
    await reread.load();
    assert.equal(eventIds(reread.document).size, 3);
  });

  it('two machines synced at random moments, with conflict copies, end with every review (property)', async function () {
    this.timeout(120_000);
    type Step =
      | { kind: 'review'; machine: 0 | 1; word: number; grade: 'again' | 'hard' | 'good' | 'easy' }
      | { kind: 'sync'; from: 0 | 1 }
      | { kind: 'reload'; machine: 0 | 1 };
    const step: fc.Arbitrary<Step> = fc.oneof(
      { weight: 5, arbitrary: fc.record({ kind: fc.constant('review' as const), machine: fc.constantFrom(0 as const, 1 as const), word: fc.integer({ min: 0, max: 5 }), grade: fc.constantFrom('again' as const, 'hard' as const, 'good' as const, 'easy' as const) }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: fc.constantFrom(0 as const, 1 as const) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('reload' as const), machine: fc.constantFrom(0 as const, 1 as const) }) },
    );
    const words = ['dialogue|NOUN', 'prôner|VERB', 'souveraineté|NOUN', 'ingérence|NOUN', 'au sein de|ADP', 'bloc|NOUN'];
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 30 }), fc.integer({ min: 0, max: 1_000_000 }), async (steps, seed) => {
        const folders = [folder(), folder()] as const;
        const clock = new FixedClock('2026-12-05T09:00:00.000Z');
        const machines = [service(folders[0], clock, seed), service(folders[1], clock, seed + 1)];
        for (const m of machines) await m.load();
        // What the sync tool last copied, per side: a side changed since then, and the other too, is a conflict.
        const lastSynced: (string | null)[] = [null, null];
        const fileOf = (i: 0 | 1) => join(folders[i], FILE);
        const read = (i: 0 | 1) => (existsSync(fileOf(i)) ? readFileSync(fileOf(i), 'latin1') : null);
        let copies = 0;
        const sync = (from: 0 | 1) => {
          const to = (1 - from) as 0 | 1;
          const src = read(from);
          // A sync tool sends changes: a side unchanged since the last sync sends nothing.
          if (src === null || src === lastSynced[from]) return;
          const dst = read(to);
          if (dst !== null && dst !== lastSynced[to] && src !== lastSynced[from]) {
            // Both changed since the last sync: the tool keeps the receiver's file and adds a conflict copy.
            writeFileSync(join(folders[to], `progress.sync-conflict-20261205-0000${String(copies++).padStart(2, '0')}-ABCDEFG.json`), src, 'latin1');
          } else {
            writeFileSync(fileOf(to), src, 'latin1');
          }
          lastSynced[from] = src;
          lastSynced[to] = read(to);
        };
        const reviewed = new Set<string>();
        for (const s of steps) {
          clock.advance(1);
          if (s.kind === 'review') {
            const m = machines[s.machine]!;
            m.grade(words[s.word]!, s.grade);
            await m.save();
          } else if (s.kind === 'sync') sync(s.from);
          else {
            const m = machines[s.machine]!;
            await m.refresh();
            await m.absorbConflictCopies();
          }
        }
        for (const m of machines) for (const id of eventIds(m.document)) reviewed.add(id);
        // The final sync: each side picks up the other's file and its conflict copies, twice over.
        for (let round = 0; round < 2; round++) {
          for (const i of [0, 1] as const) {
            sync(i);
            await machines[1 - i]!.refresh();
            await machines[1 - i]!.absorbConflictCopies();
            await machines[1 - i]!.save();
          }
        }
        for (const i of [0, 1] as const) {
          const fresh = service(folders[i], clock, 99);
          const { problem } = await fresh.load();
          assert.equal(problem, undefined, `side ${i}: the file is not corrupt`);
          assert.deepEqual([...eventIds(fresh.document)].sort(), [...reviewed].sort(), `side ${i} holds every review`);
          assert.deepEqual(readdirSync(folders[i]).filter((n) => n.endsWith('.json')), [FILE], `side ${i}: no conflict copy left`);
        }
      }),
      { numRuns: 40, seed: 20261205 },
    );
  });
});
