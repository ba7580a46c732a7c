// `npm run bench` (sizes part): the inputs at the limits set against hostile sizes. A word repeated
// 20,000 times (the reader document must stay linear: under 1 s and 100 MB), and the reader
// document of the largest lesson file allowed, which is built on the extension host.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { MAX_LESSON_CHARS } from '../../src/core/lesson/limits';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { analysisDataDir } from '../unit/helpers/analysisData';
import { largeFrenchLesson } from './sizesLessons';

const HERE = __dirname;

function main(): void {
  console.log(`sizes bench: ${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}`);
  const child = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(HERE, script), ...args], { encoding: 'utf8' });
  process.stdout.write(child('sizesMemory.ts', '20000'));

  const analyzer = createAnalyzer({ dataDir: analysisDataDir() });
  analyzer.analyze('Le mot est là.');
  const source = largeFrenchLesson(MAX_LESSON_CHARS);
  const t0 = performance.now();
  const lesson = parseLesson(source, 'bench/largest.md');
  const t1 = performance.now();
  const doc = buildReaderDocument(lesson, analyzer);
  const t2 = performance.now();
  console.log(
    `  largest lesson allowed (${(source.length / 1e6).toFixed(2)} MB, ${lesson.paragraphs.length} paragraphs, ${doc.units.length} units): ` +
      `parse ${(t1 - t0).toFixed(0)} ms, reader document ${(t2 - t1).toFixed(0)} ms`,
  );
}

main();
