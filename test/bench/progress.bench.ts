// `npm run bench`: progress store and queue with 50,000 records. Prints the median of several runs.
// Targets (issue 5): load and save each under 50 ms, the due queue under 10 ms.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GRADES, Scheduler } from '../../src/core/srs';
import {
  ProgressStore, buildQueue, crc32, dayStartAt, decodeVersion4, emptyDocument, gradeItem, readVersion4, retention, reviewsPerDay, sentenceId,
  type ProgressDocument, type ReviewEvent, type Status, type VocabRecord,
} from '../../src/core/progress';

const RECORDS = 50_000;
const NOW = new Date('2026-03-02T09:00:00.000Z');

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A long-time learner: 35% of the items only met in lessons, 35% marked known or ignored,
 * 30% in reviews with 1-10 grades each (about 80,000 reviews in all).
 */
export function buildDocument(): ProgressDocument {
  const random = rng(42);
  const doc = emptyDocument();
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const iso = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString();
  const sentences: string[] = [];
  for (let i = 0; i < 8000; i++) {
    const s = `Le ministre russe des Affaires étrangères a reçu son homologue, a indiqué le ministère dans un communiqué n° ${i}.`;
    sentences.push(sentenceId(s));
    doc.sentences.add(sentenceId(s), s);
  }
  for (let i = 0; i < RECORDS; i++) {
    const key = i % 12 === 0 ? `expression numéro ${i}|EXPR` : `mot${i}|${pick(['NOUN', 'VERB', 'ADJ', 'ADV'])}`;
    const record: VocabRecord = {
      status: 'new',
      gloss: `gloss of item ${i}`,
      glossAt: iso(200 * random()),
      met: [{ lesson: `actualite/lesson-${i % 400}`, sentence: pick(sentences), form: `mot${i}` }],
    };
    const kind = random();
    if (kind < 0.35) {
      record.status = pick<Status>(['known', 'ignored']);
      record.statusAt = iso(200 * random());
    } else if (kind >= 0.7) {
      record.status = pick<Status>(['learning-1', 'learning-2', 'learning-3', 'learning-4']);
      record.statusAt = iso(200 * random());
      const reviews = 1 + Math.floor(random() * 10);
      const history: ReviewEvent[] = [];
      let day = 180 * random() + 20;
      for (let r = 0; r < reviews; r++) {
        day -= random() * (day / (reviews - r));
        history.push({ id: `${i.toString(36)}-${r}`, at: iso(day), grade: pick(GRADES), source: pick(['review', 'review', 'quiz', 'lookup'] as const), from: r ? 'review' : 'new' });
      }
      record.history = history;
      const last = history[history.length - 1]!.at;
      const interval = 1 + Math.floor(random() * 60);
      record.card = {
        phase: 'review', due: new Date(Date.parse(last) + interval * 86_400_000).toISOString(),
        stability: interval * 1.1, difficulty: 1 + random() * 9, scheduledDays: interval, learningSteps: 0,
        reps: reviews, lapses: Math.floor(random() * 3), lastReview: last,
      };
      record.cardAt = last;
    }
    doc.records.set(key, record);
  }
  return doc;
}

/** Median wall time and median CPU time of this process (less sensitive to other processes on a busy machine). */
async function median(runs: number, f: () => unknown, before?: () => unknown): Promise<{ wall: number; cpu: number }> {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const cpu = process.cpuUsage();
    const t = performance.now();
    await f();
    walls.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: mid(walls), cpu: mid(cpus) };
}

function report(name: string, ms: { wall: number; cpu: number }, target?: number): void {
  const verdict = target === undefined ? '' : ms.wall <= target ? `  (target ${target} ms: met)` : `  (target ${target} ms: MISSED)`;
  console.log(`  ${name.padEnd(44)} ${ms.wall.toFixed(1).padStart(7)} ms  cpu ${ms.cpu.toFixed(1).padStart(7)} ms${verdict}`);
}

const random = rng(7);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'depeche-bench-'));
  try {
    const file = join(dir, 'progress.json');
    // Written by another store, so this process does not hold the built document while measuring.
    await new ProgressStore(file, () => NOW).save(buildDocument());
    const size = statSync(file).size;
    const q = buildQueue(await new ProgressStore(file, () => NOW).load(), { now: NOW, dayStart: dayStartAt(NOW, 60), newPerDay: 20 });
    console.log(`machine load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (1, 5, 15 min) on ${cpus().length} cores: wall times scale with it, cpu times less`);
    console.log(`progress: ${RECORDS} records, file ${(size / 1e6).toFixed(1)} MB, ${q.dueCount} due, median of runs`);
    report('load (read, check, index; records left as bytes)', await median(9, () => new ProgressStore(file, () => NOW).load()), 50);
    const bytes = readFileSync(file);
    report('  of which reading the file', await median(9, () => readFileSync(file)));
    report('  of which the checksum', await median(9, () => crc32(bytes)));
    report('  of which checksum, sections and index', await median(9, () => readVersion4(bytes)));
    const session = new ProgressStore(file, () => NOW);
    const loaded = await session.load();
    const queueOptions = { now: NOW, dayStart: dayStartAt(NOW, 60), newPerDay: 20 };
    report('due queue', await median(21, () => buildQueue(loaded, queueOptions)), 10);
    // The extension saves a moment after each change (a review, a lookup): one changed record.
    const keys = [...loaded.records.keys()];
    const scheduler = new Scheduler();
    let turn = 0;
    const review = (count: number) => () => {
      for (let i = 0; i < count; i++) {
        const key = keys[(turn += 7919) % keys.length]!;
        gradeItem(loaded, key, 'good', 'review', { now: new Date(NOW.getTime() + turn), rng: random, scheduler });
      }
    };
    report('save after a review (write, fsync, rename)', await median(15, () => session.save(loaded), review(1)), 50);
    // A save held back (another window had the lock): 200 reviews, spread over the file, saved at once.
    const grade = review(200);
    report('save after 200 reviews', await median(9, () => session.save(loaded), grade), 50);
    report('due queue after 200 reviews', await median(21, () => buildQueue(loaded, queueOptions), grade), 10);
    // The dashboard reads every record: each one is decoded (once).
    report('reviews per day (182 days, first: decodes all)', await median(1, () => reviewsPerDay(loaded, NOW, 182, 60)));
    report('reviews per day (182 days)', await median(7, () => reviewsPerDay(loaded, NOW, 182, 60)));
    report('retention', await median(7, () => retention(loaded)));
    report('save after a review, every record read', await median(15, () => session.save(loaded), review(1)), 50);
    report('due queue after every record was read', await median(21, () => buildQueue(loaded, queueOptions)), 10);
    // Another window (its own store and copy of the document) changed an item and saved since:
    // this window's save re-reads the file and merges the records that differ.
    const otherStore = new ProgressStore(file, () => NOW);
    const otherDoc = await otherStore.load();
    report('save after another writer (read + merge)', await median(5, () => session.save(loaded), async () => {
      grade();
      const record = otherDoc.records.edit(keys[(turn += 7919) % keys.length]!)!;
      record.status = 'learning-2';
      record.statusAt = new Date(NOW.getTime() + turn).toISOString();
      await otherStore.save(otherDoc);
    }));
    process.stdout.write(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(__dirname, 'progressMemory.ts'), file], { encoding: 'utf8' }));
    // A file whose checksum fails is parsed whole and every record checked against its CRC in the
    // columns (damage), or on its own when the columns were deleted (a hand edit).
    const parsed = JSON.parse(bytes.toString('latin1'));
    report('a file whose checksum fails: every record checked', await median(3, () => decodeVersion4(parsed)));
    const { columns: _, ...handIndex } = parsed.index;
    const handEdited = { ...parsed, index: handIndex };
    report('a hand-edited file (no columns): every record checked', await median(3, () => decodeVersion4(handEdited)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) main().catch((e) => {
  console.error(e);
  process.exit(1);
});
