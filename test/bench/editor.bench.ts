// `npm run bench` (editor part): the lesson diagnostics as the author types (targets: under 50 ms
// for a 400-line lesson) and the hover in French text (target: p95 under 10 ms once analysed).
// Figures are printed, not asserted; CPU time beside wall time because the machine may be shared.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { memoAnalyzer } from '../../src/core/editor/analysisMemo';
import { diagnoseLesson } from '../../src/core/editor/lessonDiagnostics';
import { hoverMarkdown, TextAnalysis } from '../../src/core/editor/textHover';
import { parseLesson } from '../../src/core/lesson/parser';
import { createAnalyzer } from '../../src/core/text/analyzer';
import { Lexicon } from '../../src/core/text/lexicon';
import { analysisDataDir } from '../unit/helpers/analysisData';

const ROOT = join(__dirname, '..', '..');
const RUNS = 21;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? NaN;
}

/** Wall and CPU times of `runs` calls of fn(i), after one warm-up call. */
function times(fn: (i: number) => unknown, runs = RUNS): { wall: number[]; cpu: number[] } {
  fn(-1);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(i);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

const fmt = (t: { wall: number[]; cpu: number[] }) =>
  `median ${percentile(t.wall, 0.5).toFixed(2)} ms (cpu ${percentile(t.cpu, 0.5).toFixed(2)}), p95 ${percentile(t.wall, 0.95).toFixed(2)} ms`;

function main(): void {
  console.log(`editor bench: ${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}`);
  const dataDir = analysisDataDir();
  const lexicon = new Lexicon(dataDir);
  const analyzer = createAnalyzer({ dataDir, lexicon });
  const engine = { analyzer: memoAnalyzer(analyzer), ranks: lexicon };

  // The longest shipped lesson (its glossary already glosses every content word), lengthened to
  // 400 lines with usage notes at the end.
  const file = join(ROOT, 'lessons', 'wang-yi-lavrov', '04-texte-integral.md');
  const original = readFileSync(file, 'utf8').trimEnd();
  const notes = Array.from({ length: Math.ceil((400 - original.split('\n').length) / 3) }, (_, i) => `\n### [usage] Remarque ${i + 1}\n\nLe *ministre* a indiqué que la réunion était **importante**.`);
  const source = `${original}\n${notes.join('\n')}\n`;
  const paragraphs = parseLesson(source, file).paragraphs.length;
  console.log(`diagnostics, ${source.split('\n').length}-line lesson (${paragraphs} paragraphs):`);
  // Typing: each run changes one word of a paragraph, so that paragraph is analysed afresh.
  const typing = times((i) => diagnoseLesson(source.replace('Le ministre', `Le ministre${i + 2}`), file, engine));
  console.log(`  after a keystroke in the text: ${fmt(typing)}`);
  const glossaryEdit = times((i) => diagnoseLesson(source.replace('| rencontrer |', `| rencontrer${i + 2} |`), file, engine));
  console.log(`  after a keystroke in the glossary: ${fmt(glossaryEdit)}`);
  const cold = times(() => diagnoseLesson(source, file, { analyzer: memoAnalyzer(analyzer), ranks: lexicon }), 7);
  console.log(`  first time (nothing analysed yet): ${fmt(cold)}`);
  const broken = source.replace('| NOUN |', '| NUON |').replace('level: ', 'level: Z');
  console.log(`  with errors: ${fmt(times(() => diagnoseLesson(broken, file, engine)))}`);

  // Hover: a French document of the four shipped lessons' texts.
  const text = ['01-rencontre', '02-declaration', '03-convergences', '04-texte-integral']
    .map((n) => parseLesson(readFileSync(join(ROOT, 'lessons', 'wang-yi-lavrov', `${n}.md`), 'utf8'), n).paragraphs.map((p) => p.text).join('\n\n'))
    .join('\n\n');
  const t0 = performance.now();
  const analysis = new TextAnalysis(text, analyzer);
  console.log(`hover: ${text.split(/\s+/).length}-word document analysed in ${(performance.now() - t0).toFixed(0)} ms`);
  // A fixed sequence of offsets (a linear congruential generator, seed 14).
  let seed = 14;
  const rng = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
  const hover = times(() => {
    const hit = analysis.wordAt(Math.floor(rng() * text.length));
    if (hit) hoverMarkdown(hit, 'learning-2', ['[Add to review](command:x)', '[Open as lesson…](command:y)']);
  }, 5000);
  console.log(`  one hover (word lookup and content), 5000 random offsets: ${fmt(hover)}; max ${Math.max(...hover.wall).toFixed(2)} ms`);
}

main();
