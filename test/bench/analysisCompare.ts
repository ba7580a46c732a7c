// Compares the steady analysis speed of two versions of the engine in ONE process, interleaved, so
// that a loaded, shared machine slows both alike: the figure to read is the ratio, not the tok/s.
//
//   node --import tsx test/bench/analysisCompare.ts [--base REF] [--new REF] [--passes N] [--order ab|ba] [--text FILE]
//                                                   [--processes N]
//
// A is the engine of git REF (default HEAD: the last commit), B the working tree's src/ (or that of
// --new REF; `--base HEAD --new HEAD` shows the noise of two identical engines). Both are
// bundled with esbuild (as the shipped code is) and read the same data, dist/data. Each is warmed up
// (10 passes), then the passes alternate A B, B A, … (N pairs, default 12); each pass is timed in CPU
// time of this process, and the result is the median of the pairs' B/A speed ratios; the ratio of
// each engine's fastest pass is printed too (the pass least disturbed by other processes). It also prints
// whether both give the same analysis of the text (the whole Analysis as JSON): a speed-up must not
// change the output. The text is every sentence of the GSD dev treebank, as analysis.bench.ts uses.
// Garbage one version leaves may be collected during the other's pass; alternating the order of the
// pairs spreads that evenly.
//
// With --processes N, each engine runs instead in fresh processes, A and B alternately, N of each:
// 40 warm-up passes, then 40 timed in the CPU time of the whole process (its collector's threads
// too), and the result is the median of the N pairs' B/A speed ratios. Use it when a change moves
// the garbage each pass leaves: in one process, one engine's garbage is collected in the other's
// passes. (The tokenizer's canonical spellings of session 18 halved the young collector's time,
// ~7% of the CPU, which one process showed as nothing.) Each pair takes about 10 seconds.
// Figures are printed, never asserted (not part of `npm run bench`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { Analyzer } from '../../src/core/text/types';

const ROOT = join(__dirname, '..', '..');
const DATA = join(ROOT, 'dist', 'data');
const SHARED = [join(ROOT, '..', 'shared'), '/work/shared'].find((d) => existsSync(d)) ?? join(ROOT, '..', 'shared');
const TREEBANK = join(SHARED, 'eval', 'fr_gsd-ud-dev.conllu');
const WARMUP_PASSES = 10;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1]! : fallback;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Bundles createAnalyzer from a src/ folder into one CommonJS file; returns the file. */
function bundleEngine(srcDir: string, outfile: string): string {
  buildSync({
    stdin: { contents: `export { createAnalyzer } from ${JSON.stringify(join(srcDir, 'core', 'text', 'analyzer'))};`, resolveDir: srcDir, loader: 'ts' },
    outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', loader: { '.tsv': 'text' },
  });
  return outfile;
}

/** Bundles createAnalyzer from a src/ folder and loads it into this process. */
function loadEngine(srcDir: string, outfile: string): (options: { dataDir: string }) => Analyzer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(bundleEngine(srcDir, outfile)) as { createAnalyzer: (options: { dataDir: string }) => Analyzer }).createAnalyzer;
}

/** A child's program: argv bundle, data folder, text file; prints the mean CPU ms of a steady pass. */
const STEADY_PASS = `
const [bundle, dataDir, textFile] = process.argv.slice(1);
const analyzer = require(bundle).createAnalyzer({ dataDir });
const text = require('node:fs').readFileSync(textFile, 'utf8');
for (let i = 0; i < 40; i++) analyzer.analyze(text);
const u0 = process.cpuUsage();
for (let i = 0; i < 40; i++) analyzer.analyze(text);
const u = process.cpuUsage(u0);
console.log((u.user + u.system) / 1000 / 40);
`;

/** `--processes`: A and B in fresh processes, alternately; the median of the pairs' B/A speed ratios. */
function compareInProcesses(bundleA: string, bundleB: string, text: string, tmp: string, runs: number): string {
  const textFile = join(tmp, 'text.txt');
  writeFileSync(textFile, text);
  const pass = (bundle: string): number => Number(execFileSync(process.execPath, ['-e', STEADY_PASS, bundle, DATA, textFile], { encoding: 'utf8' }));
  const msA: number[] = [];
  const msB: number[] = [];
  for (let r = 0; r < runs; r++) {
    if (r % 2 === 0) {
      msA.push(pass(bundleA));
      msB.push(pass(bundleB));
    } else {
      msB.push(pass(bundleB));
      msA.push(pass(bundleA));
    }
  }
  const ratios = msA.map((a, i) => a / msB[i]!);
  const f = (n: number, d: number): string => n.toFixed(d);
  return [
    `  in ${runs} pairs of fresh processes (40 warm-up passes, 40 timed, the CPU of the whole process):`,
    `    A: median pass ${f(median(msA), 1)} ms CPU, fastest ${f(Math.min(...msA), 1)}; B: median ${f(median(msB), 1)}, fastest ${f(Math.min(...msB), 1)}`,
    `    B/A speed: median ${f(median(ratios), 3)}x, B faster in ${ratios.filter((x) => x > 1).length} of ${runs} pairs`,
  ].join('\n');
}

/** CPU milliseconds this process has used. */
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function timePass(analyzer: Analyzer, text: string): number {
  const c0 = cpuNow();
  analyzer.analyze(text);
  return cpuNow() - c0;
}

function main(): void {
  const base = option('--base', 'HEAD');
  const head = option('--new', '');
  const pairs = Number(option('--passes', '12'));
  const textFile = option('--text', TREEBANK);
  const text = textFile === TREEBANK
    ? readFileSync(TREEBANK, 'utf8').split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9)).join('\n')
    : readFileSync(textFile, 'utf8');
  const tmp = join(tmpdir(), `depeche-compare-${process.pid}`);
  const checkout = (ref: string, dir: string): string => {
    mkdirSync(join(tmp, dir), { recursive: true });
    execFileSync('sh', ['-c', `git archive ${JSON.stringify(ref)} src | tar -x -C ${JSON.stringify(join(tmp, dir))}`], { cwd: ROOT });
    return join(tmp, dir, 'src');
  };
  try {
    // The engine loaded second was some 3% slower in an A/A run: the order alternates between runs
    // (by the process id's parity) unless --order ab or --order ba fixes it.
    const order = option('--order', process.pid % 2 === 0 ? 'ab' : 'ba');
    const loadA = (): Analyzer => loadEngine(checkout(base, 'base'), join(tmp, 'a.cjs'))({ dataDir: DATA });
    const loadB = (): Analyzer => loadEngine(head ? checkout(head, 'new') : join(ROOT, 'src'), join(tmp, 'b.cjs'))({ dataDir: DATA });
    let a: Analyzer;
    let b: Analyzer;
    if (order === 'ba') {
      b = loadB();
      a = loadA();
    } else {
      a = loadA();
      b = loadB();
    }
    const first = a.analyze(text);
    const same = JSON.stringify(first) === JSON.stringify(b.analyze(text));
    const tokens = first.tokens.length;
    const processes = Number(option('--processes', '0'));
    if (processes > 0) {
      console.log([
        `analysis speed, A = ${base}, B = ${head || 'working tree'}; ${tokens.toLocaleString('en-US')} tokens`,
        `machine load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (absolute figures are noisy; the ratio is the result)`,
        `  same analysis: ${same ? 'yes' : 'NO, the outputs differ'}`,
        compareInProcesses(join(tmp, 'a.cjs'), join(tmp, 'b.cjs'), text, tmp, processes),
      ].join('\n'));
      return;
    }
    for (let i = 0; i < WARMUP_PASSES; i++) {
      a.analyze(text);
      b.analyze(text);
    }
    const msA: number[] = [];
    const msB: number[] = [];
    const ratios: number[] = [];
    for (let p = 0; p < pairs; p++) {
      let ta: number;
      let tb: number;
      if (p % 2 === 0) {
        ta = timePass(a, text);
        tb = timePass(b, text);
      } else {
        tb = timePass(b, text);
        ta = timePass(a, text);
      }
      msA.push(ta);
      msB.push(tb);
      ratios.push(ta / tb);
    }
    const f = (n: number, d = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
    const sorted = [...ratios].sort((x, y) => x - y);
    console.log([
      `analysis speed, A = ${base}, B = ${head || 'working tree'} (loaded ${order === 'ba' ? 'B first' : 'A first'}); ${f(tokens)} tokens, ${pairs} interleaved pairs after ${WARMUP_PASSES} warm-up passes each`,
      `machine load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (absolute figures are noisy; the ratio is the result)`,
      `  same analysis: ${same ? 'yes' : 'NO, the outputs differ'}`,
      `  A: ${f((tokens / median(msA)) * 1000)} tokens/s (median pass ${f(median(msA), 1)} ms CPU)`,
      `  B: ${f((tokens / median(msB)) * 1000)} tokens/s (median pass ${f(median(msB), 1)} ms CPU)`,
      `  B/A speed: median ${f(median(ratios), 3)}x, pairs from ${f(sorted[0]!, 3)} to ${f(sorted[sorted.length - 1]!, 3)}; fastest passes ${f(Math.min(...msA) / Math.min(...msB), 3)}x`,
    ].join('\n'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
