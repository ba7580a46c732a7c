// Counts the machine instructions of one steady analysis pass, where the clock is too noisy to
// show a few percent (a shared machine): valgrind's cachegrind runs the engine twice in fresh
// processes, 6 warm-up passes then N passes, and 6 then 2N; the difference over N is one pass,
// with the start, the loading and most of the compiling taken out. Node runs with --predictable and
// --single-threaded, so that V8 compiles on the main thread at the same points in both runs.
//
//   node --import tsx test/bench/analysisInstructions.ts [--ref REF] [--passes N]
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
const WARMUP_PASSES = 6;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1]! : fallback;
}

/** Instructions by function (cg_annotate's `file:function` lines) of one cachegrind run of `passes` passes after the warm-up. */
function countRun(tmp: string, passes: number): Map<string, number> {
  const out = join(tmp, `cachegrind-${passes}.out`);
  execFileSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--smc-check=all-non-file', `--cachegrind-out-file=${out}`,
    process.execPath, '--single-threaded', '--predictable', join(tmp, 'driver.cjs'), String(WARMUP_PASSES + passes)], { stdio: ['ignore', 'ignore', 'ignore'] });
  const report = execFileSync('cg_annotate', ['--show=Ir', '--threshold=0.001', out], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const byFunction = new Map<string, number>();
  for (const line of report.split('\n')) {
    const m = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
    if (m) byFunction.set(m[2]!, (byFunction.get(m[2]!) ?? 0) + Number(m[1]!.replace(/,/g, '')));
  }
  return byFunction;
}

function main(): void {
  const ref = option('--ref', '');
  const passes = Number(option('--passes', '4'));
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
    const once = countRun(tmp, passes);
    const twice = countRun(tmp, 2 * passes);
    const perPass = [...twice].map(([name, n]) => [name, (n - (once.get(name) ?? 0)) / passes] as const).sort((a, b) => b[1] - a[1]);
    const m = (n: number): string => `${(n / 1e6).toFixed(1).padStart(7)} M`;
    console.log(`instructions per steady analysis pass of the GSD dev text, engine ${ref || 'working tree'} (${WARMUP_PASSES} warm-up passes, then ${passes} and ${2 * passes})`);
    for (const [name, n] of perPass.slice(0, 16)) console.log(`${m(n)}  ${name.replace('PROGRAM TOTALS', 'total').replace('???:???', 'compiled JavaScript').slice(0, 110)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
