// Counts the machine instructions of one steady analysis pass, where the clock is too noisy to
// show a few percent (a shared machine): valgrind's cachegrind runs the engine twice in fresh
// processes, 6 warm-up passes then N passes, and 6 then 2N; the difference over N is one pass,
// with the start, the loading and most of the compiling taken out. Node runs with --predictable and
// --single-threaded, so that V8 compiles on the main thread at the same points in both runs.
//
//   node --import tsx test/bench/analysisInstructions.ts [--ref REF] [--passes N] [--warmup N] [--cache]
//
// --cache simulates this machine's caches too (48 KB first level, 1 MB second: `getconf -a`) and
// prints the misses per pass, by function: the reads that go past the core's own 1 MB cache are what
// the engine waits on, and what a neighbour on the shared cache makes slower. Slower (about five
// minutes). More warm-up passes (--warmup 16) leave less of V8's compiling in the difference.
//
// The engine is the working tree's src/ (or that of git REF), bundled with esbuild as the shipped
// code is, on dist/data and every sentence of the GSD dev treebank (as analysis.bench.ts). Besides
// the total it prints the instructions per pass of the functions outside compiled JavaScript that
// take the most: V8's builtins (Builtins_StringEqual: a === between two different string objects
// or a Map key found equal; Builtins_FindOrderedHashMapEntry: Map.get), the runtime, the garbage
// collector; compiled JavaScript is one line, `???:???`. Needs valgrind and cg_annotate (apt-get
// install valgrind); each run takes a minute or two. Figures are printed, never asserted.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = join(__dirname, '..', '..');
const DATA = join(ROOT, 'dist', 'data');
const SHARED = [join(ROOT, '..', 'shared'), '/work/shared'].find((d) => existsSync(d)) ?? join(ROOT, '..', 'shared');
const TREEBANK = join(SHARED, 'eval', 'fr_gsd-ud-dev.conllu');
const CACHES = ['--cache-sim=yes', '--I1=32768,8,64', '--D1=49152,12,64', '--LL=1048576,8,64'];
/** cachegrind's events as this bench names them. */
const EVENT_NAMES: Record<string, string> = { Ir: 'instructions', D1mr: 'first-level read misses', DLmr: 'reads past the 1 MB cache', DLmw: 'writes past the 1 MB cache' };

/** The event the functions are listed by: the reads past the 1 MB cache when simulated (what a pass waits on), else instructions. */
function sortEvent(events: readonly string[]): string {
  return events.includes('DLmr') ? 'DLmr' : 'Ir';
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1]! : fallback;
}

/** The counts of `events` by function (cg_annotate's `file:function` lines) of one cachegrind run of `passes` passes after the warm-up. */
function countRun(tmp: string, warmup: number, passes: number, events: string[]): Map<string, number[]> {
  const out = join(tmp, `cachegrind-${passes}.out`);
  execFileSync('valgrind', ['--tool=cachegrind', ...(events.length > 1 ? CACHES : ['--cache-sim=no']), '--smc-check=all-non-file', `--cachegrind-out-file=${out}`,
    process.execPath, '--single-threaded', '--predictable', join(tmp, 'driver.cjs'), String(warmup + passes)], { stdio: ['ignore', 'ignore', 'ignore'] });
  const report = execFileSync('cg_annotate', [`--show=${events.join(',')}`, `--sort=${sortEvent(events)}`, '--threshold=0.001', out], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const byFunction = new Map<string, number[]>();
  // Each count, then (on the lines with a share) its percentage; '.' for none.
  const count = String.raw`([\d,]+|\.)(?: \(\s*[\d.]+%\))?\s+`;
  const line = new RegExp(`^\\s*${count.repeat(events.length)}(\\S.*)$`);
  for (const text of report.split('\n')) {
    const m = line.exec(text);
    if (!m) continue;
    const name = m[events.length + 1]!;
    const counts = events.map((_, k) => (m[k + 1] === '.' ? 0 : Number(m[k + 1]!.replace(/,/g, ''))));
    byFunction.set(name, (byFunction.get(name) ?? events.map(() => 0)).map((n, k) => n + counts[k]!));
  }
  return byFunction;
}

function main(): void {
  const ref = option('--ref', '');
  const passes = Number(option('--passes', '4'));
  const warmup = Number(option('--warmup', '6'));
  const events = process.argv.includes('--cache') ? ['Ir', 'D1mr', 'DLmr', 'DLmw'] : ['Ir'];
  const tmp = join(tmpdir(), `depeche-instructions-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  try {
    let src = join(ROOT, 'src');
    if (ref) {
      execFileSync('sh', ['-c', `git archive ${JSON.stringify(ref)} src | tar -x -C ${JSON.stringify(tmp)}`], { cwd: ROOT });
      src = join(tmp, 'src');
    }
    buildSync({
      stdin: { contents: `export { createAnalyzer } from ${JSON.stringify(join(src, 'core', 'text', 'analyzer'))};`, resolveDir: src, loader: 'ts' },
      outfile: join(tmp, 'engine.cjs'), bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', loader: { '.tsv': 'text' },
    });
    writeFileSync(join(tmp, 'driver.cjs'), [
      `const { readFileSync } = require('node:fs');`,
      `const analyzer = require(${JSON.stringify(join(tmp, 'engine.cjs'))}).createAnalyzer({ dataDir: ${JSON.stringify(DATA)} });`,
      `const text = readFileSync(${JSON.stringify(TREEBANK)}, 'utf8').split('\\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9)).join('\\n');`,
      `for (let i = 0; i < Number(process.argv[2]); i++) analyzer.analyze(text);`,
    ].join('\n'));
    const once = countRun(tmp, warmup, passes, events);
    const twice = countRun(tmp, warmup, 2 * passes, events);
    const by = events.indexOf(sortEvent(events));
    const perPass = [...twice]
      .map(([name, counts]) => [name, counts.map((n, k) => (n - (once.get(name)?.[k] ?? 0)) / passes)] as const)
      .sort((a, b) => b[1][by]! - a[1][by]!);
    const m = (n: number): string => `${(n / 1e6).toFixed(events.length > 1 ? 3 : 1).padStart(8)} M`;
    console.log(`per steady analysis pass of the GSD dev text, engine ${ref || 'working tree'} (${warmup} warm-up passes, then ${passes} and ${2 * passes}): ${events.map((e) => EVENT_NAMES[e]).join(', ')}`);
    for (const [name, counts] of perPass.slice(0, 16)) console.log(`${counts.map(m).join(' ')}  ${name.replace('PROGRAM TOTALS', 'total').replace('???:???', 'compiled JavaScript').slice(0, 100)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
