// Run by sizes.bench.ts in its own process (node --expose-gc): the time and memory of a reader
// document for a word repeated 20,000 times, built and serialised as it is posted to the webview.
import { parseLesson } from '../../src/core/lesson/parser';
import { buildReaderDocument } from '../../src/core/lesson/readerDocument';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { analysisDataDir } from '../unit/helpers/analysisData';
import { repeatedWordLesson } from './sizesLessons';

function main(repeats: number): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  const settle = () => { gc(); gc(); return process.memoryUsage(); };
  const analyzer = createAnalyzer({ dataDir: analysisDataDir() });
  analyzer.analyze('Le mot est là.');
  const source = repeatedWordLesson(repeats);
  const before = settle();
  const rssBefore = process.resourceUsage().maxRSS * 1024;

  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const lesson = parseLesson(source, 'bench/repeated.md');
  const doc = buildReaderDocument(lesson, analyzer);
  const built = performance.now();
  const c1 = process.cpuUsage(c0);
  const posted = JSON.stringify(doc);
  const t1 = performance.now();

  const rssPeak = process.resourceUsage().maxRSS * 1024;
  const after = settle();
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(
    `  ${repeats} repeats of one word (${(source.length / 1000).toFixed(0)} KB, ${doc.units.length} units): ` +
      `parse + build ${(built - t0).toFixed(0)} ms (cpu ${((c1.user + c1.system) / 1000).toFixed(0)}), serialise ${(t1 - built).toFixed(0)} ms (${mb(posted.length)}); ` +
      `heap held by the document +${mb(after.heapUsed - before.heapUsed)}, peak RSS +${mb(rssPeak - rssBefore)}`,
  );
}

main(Number(process.argv[2] ?? 20000));
