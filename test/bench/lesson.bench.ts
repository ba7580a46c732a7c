// `npm run bench` (lesson part): how long the lesson core takes on the shipped lessons and the
// format example: parsing a file, building its reader document with a warm analyzer, and loading
// the lessons folder. Figures are printed, not asserted; CPU time is given beside wall time
// because the machine may be shared.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadLessonFolders } from '../../src/core/lesson/library';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { analysisDataDir } from '../unit/helpers/analysisData';

const ROOT = join(__dirname, '..', '..');
const RUNS = 21;

interface Cost {
  wallMs: number;
  cpuMs: number;
}

/** Median wall and CPU time of `runs` calls, after one warm-up call. */
function measure(fn: () => unknown, runs = RUNS): Cost {
  fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { wallMs: median(walls), cpuMs: median(cpus) };
}

async function measureAsync(fn: () => Promise<unknown>, runs = 5): Promise<Cost> {
  await fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { wallMs: median(walls), cpuMs: median(cpus) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

const ms = (c: Cost) => `${c.wallMs.toFixed(2)} ms (cpu ${c.cpuMs.toFixed(2)})`;

async function main(): Promise<void> {
  console.log(`lesson bench: ${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}, median of ${RUNS}`);
  const analyzer = createAnalyzer({ dataDir: analysisDataDir() });
  const lessonsDir = join(ROOT, 'lessons');
  const library = await loadLessonFolders([lessonsDir]);
  const example = join(ROOT, 'test', 'fixtures', 'lessons', 'example.md');
  const files = [...library.lessons.map((l) => l.file), example];

  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const lesson = parseLesson(source, file);
    const words = lesson.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
    const parse = measure(() => parseLesson(source, file));
    const build = measure(() => buildReaderDocument(lesson, analyzer));
    const doc = buildReaderDocument(lesson, analyzer);
    console.log(
      `${lesson.id}: ${words} words, ${lesson.glossary.length} entries, ${doc.units.length} units; ` +
        `parse ${ms(parse)}, reader document ${ms(build)}`,
    );
  }
  const load = await measureAsync(() => loadLessonFolders([lessonsDir]));
  console.log(`load lessons/ (${library.lessons.length} lessons, ${library.problems.length} problems): ${ms(load)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
