// `npm run bench` (sizes part): the inputs at the limits set against hostile sizes. A word repeated
// 20,000 times (the reader document must stay linear: under 1 s and 100 MB), and the reader
// document of the largest lesson file allowed, which is built on the extension host (in slices,
// a paragraph each: the longest slice is how long the host is blocked), and `analyze` on 10 MB.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLesson } from '../../src/core/lesson/parser';
import { MAX_LESSON_CHARS, MAX_PARAGRAPH_CHARS } from '../../src/core/lesson/limits';
import type { Lesson } from '../../src/core/lesson/model';
import { buildReaderDocument, buildReaderDocumentInSlices } from '../../src/core/lesson/readerDocument';
import { generateQuiz } from '../../src/core/quiz/generate';
import { lessonText } from '../../src/core/quiz/lessonText';
import { QUIZ_WORD_BUDGET, quizPortion } from '../../src/core/quiz/portion';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { Analyzer } from '../../src/core/text/types';
import { analysisDataDir } from '../unit/helpers/analysisData';
import { largeFrenchLesson, paragraphLesson } from './sizesLessons';

const HERE = __dirname;
const ROOT = join(HERE, '..', '..');

async function main(): Promise<void> {
  console.log(`sizes bench: ${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}`);
  const child = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(HERE, script), ...args], { encoding: 'utf8' });
  process.stdout.write(child('sizesMemory.ts', '20000'));

  const analyzer = createAnalyzer({ dataDir: analysisDataDir() });
  analyzer.analyze('Le mot est là.');
  const source = largeFrenchLesson(MAX_LESSON_CHARS);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const lesson = parseLesson(source, 'bench/largest.md');
  const t1 = performance.now();
  const c1 = process.cpuUsage(c0);
  const doc = buildReaderDocument(lesson, analyzer);
  const t2 = performance.now();
  const c2 = process.cpuUsage(c0);
  const cpu = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  console.log(
    `  largest lesson allowed (${(source.length / 1e6).toFixed(2)} MB, ${lesson.paragraphs.length} paragraphs, ${doc.units.length} units): ` +
      `parse ${(t1 - t0).toFixed(0)} ms (cpu ${cpu(c1).toFixed(0)}), reader document ${(t2 - t1).toFixed(0)} ms (cpu ${(cpu(c2) - cpu(c1)).toFixed(0)})`,
  );

  // As the extension host builds it: in slices, a paragraph each; the longest slice is what blocks.
  const onePara = parseLesson(paragraphLesson(MAX_PARAGRAPH_CHARS), 'bench/paragraph.md');
  let slices: number[] = [];
  await sliced(lesson, analyzer, slices);
  const all = [...slices].sort((a, b) => a - b);
  slices = [];
  await sliced(onePara, analyzer, slices);
  console.log(
    `  in slices: ${all.length} slices, median ${all[all.length >> 1]?.toFixed(1)} ms, longest ${all[all.length - 1]?.toFixed(1)} ms; ` +
      `one paragraph of ${MAX_PARAGRAPH_CHARS.toLocaleString('en-US')} characters (the largest slice allowed): ${slices[0]?.toFixed(0)} ms`,
  );

  // A quiz on it, as the extension makes one: on the part within the quiz's word budget.
  const t3 = performance.now();
  const portion = quizPortion(lesson);
  const quiz = generateQuiz(portion, buildReaderDocument(portion, analyzer), analyzer.analyze(lessonText(portion)), { seed: 1 });
  console.log(
    `  a quiz on it: ${(performance.now() - t3).toFixed(0)} ms on its first ${portion.paragraphs.length} paragraphs ` +
      `(${QUIZ_WORD_BUDGET.toLocaleString('en-US')} words at most; ${quiz.items.length} items)`,
  );

  // analyze on 10 MB (its input limit), streamed: peak RSS of the whole process.
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'depeche-sizes-'));
  try {
    const seed = readFileSync(join(ROOT, 'test', 'fixtures', 'lessons', 'example.md'), 'utf8').split('## Glossary')[0] ?? '';
    const file = join(dir, 'ten-mb.txt');
    const copies = Math.floor((10 * 1024 * 1024 - 1) / Buffer.byteLength(seed));
    writeFileSync(file, seed.repeat(copies));
    const report = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss "+process.resourceUsage().maxRSS+"\\n"))';
    for (const args of [['analyze', file], ['analyze', '--json', file]]) {
      const t = performance.now();
      const r = spawnSync(process.execPath, ['--import', report, cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      const rss = Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
      console.log(`  depeche ${args.slice(0, -1).join(' ')} on 10 MB: exit ${r.status}, ${((performance.now() - t) / 1000).toFixed(1)} s, peak RSS ${rss.toFixed(0)} MB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds as readerDocuments.ts does, recording the time between pauses. */
async function sliced(lesson: Lesson, analyzer: Analyzer, slices: number[]): Promise<void> {
  let start = performance.now();
  await buildReaderDocumentInSlices(lesson, analyzer, async () => {
    slices.push(performance.now() - start);
    await new Promise((resolve) => setImmediate(resolve));
    start = performance.now();
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
