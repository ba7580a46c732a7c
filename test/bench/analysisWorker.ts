// One measurement in a fresh process, for test/bench/analysis.bench.ts (bundled by it with esbuild
// so the numbers are those of the shipped code, not of on-the-fly TypeScript).
// Usage: node worker.js MODE DATA_DIR TEXT_FILE [PASSES]; prints one JSON line.
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../src/core/text/analyzer';

const started = performance.now();
/** Set by the bundle's banner (analysis.bench.ts): when the bundle's code started to run, node's own start done. */
const loadStart = (globalThis as { benchLoadStart?: { wallMs: number; cpuMs: number } }).benchLoadStart;
/**
 * Passes run before the steady passes are timed, while V8's optimising compiler still works. Ten
 * were thought enough; traced (`--trace-opt`), the compiler spent 64–184 ms of CPU on passes 11–30
 * (functions run once a pass, choose, analyze, match, reach it late, and rarely called ones later
 * still: 5–14% of those passes' CPU), 17–40 ms on passes 31–50 and 8–12 ms on passes 41–60.
 */
const WARMUP_PASSES = 40;
/** The passes timed after 10 warm-up passes, the figure of record until session 16, still printed. */
const EARLY_WARMUP_PASSES = 10;
/** The steady passes are timed in this many batches (see the 'long' mode). */
const STEADY_BATCHES = 5;
const [mode = 'cold', dataDir = '', file = '', passesArg = '1'] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');

function report(extra: Record<string, number | string>): void {
  const u = process.resourceUsage();
  // CPU time of the whole process so far (node start included): robust on a busy machine.
  const cpuMs = (u.userCPUTime + u.systemCPUTime) / 1000;
  process.stdout.write(JSON.stringify({ mode, maxRssMb: u.maxRSS / 1024, cpuMs, ...extra }) + '\n');
}

/** CPU milliseconds used by this process since start. */
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Times `passes` analyses of the text in batches: the mean of all passes is the figure of record;
 * the fastest batch (as Python's timeit advises) is the rate least slowed by the other processes of
 * a shared machine, printed beside it, never instead of it.
 */
function timedPasses(analyzer: ReturnType<typeof createAnalyzer>, passes: number): { meanMs: number; fastestBatchMeanMs: number; batches: number } {
  const batches = Math.max(1, Math.min(STEADY_BATCHES, passes));
  let totalMs = 0;
  let fastestBatchMeanMs = Infinity;
  for (let b = 0, done = 0; b < batches; b++) {
    const size = Math.round(((b + 1) * passes) / batches) - done;
    const c1 = cpuNow();
    for (let i = 0; i < size; i++) analyzer.analyze(text);
    const ms = cpuNow() - c1;
    totalMs += ms;
    done += size;
    fastestBatchMeanMs = Math.min(fastestBatchMeanMs, ms / size);
  }
  return { meanMs: totalMs / passes, fastestBatchMeanMs, batches };
}

if (mode === 'cold') {
  // Phases of a cold analysis, wall and CPU: the engine's code loaded (the bundle compiled and its
  // modules' top-level code run), its data opened (createAnalyzer), the seed analysed. `started` and
  // the CPU read here come after the engine's modules ran, so loading is measured from the banner.
  const cpu0 = cpuNow();
  const analyzer = createAnalyzer({ dataDir });
  const cpu1 = cpuNow();
  const created = performance.now();
  const analysis = analyzer.analyze(text);
  const cpu2 = cpuNow();
  const done = performance.now();
  const load = loadStart ?? { wallMs: NaN, cpuMs: NaN };
  report({
    tokens: analysis.tokens.length,
    nodeStartWallMs: load.wallMs, nodeStartCpuMs: load.cpuMs,
    loadWallMs: started - load.wallMs, loadCpuMs: cpu0 - load.cpuMs,
    createWallMs: created - started, createCpuMs: cpu1 - cpu0,
    analyzeWallMs: done - created, analyzeCpuMs: cpu2 - cpu1,
    engineWallMs: done - load.wallMs, engineCpuMs: cpu2 - load.cpuMs,
  });
} else if (mode === 'long') {
  const analyzer = createAnalyzer({ dataDir });
  const c0 = cpuNow();
  const tokens = analyzer.analyze(text).tokens.length;
  const firstPassMs = cpuNow() - c0;
  // What analysing a long text costs (an import, `depeche analyze`): the peak so far, before the
  // speed passes below pile up garbage that V8 collects when it sees fit.
  const oncePeakMb = process.resourceUsage().maxRSS / 1024;
  // The optimising compiler settles over the first passes (deoptimisations, recompiles): they are
  // run but not counted, so the figure is the engine's steady rate on long text. The passes timed
  // after 10 of them, while it still compiles, are printed too (the figure of record until session 16).
  const passes = Number(passesArg);
  for (let i = 0; i < EARLY_WARMUP_PASSES; i++) analyzer.analyze(text);
  const early = timedPasses(analyzer, passes);
  for (let i = EARLY_WARMUP_PASSES + passes; i < WARMUP_PASSES; i++) analyzer.analyze(text);
  const settled = timedPasses(analyzer, passes);
  report({
    tokens, oncePeakMb, batches: settled.batches, passesRun: 1 + Math.max(WARMUP_PASSES, EARLY_WARMUP_PASSES + passes) + passes,
    firstPassTokensPerSec: (tokens / firstPassMs) * 1000,
    earlySteadyTokensPerSec: (tokens / early.meanMs) * 1000,
    steadyTokensPerSec: (tokens / settled.meanMs) * 1000,
    fastestBatchTokensPerSec: (tokens / settled.fastestBatchMeanMs) * 1000,
  });
} else if (mode === 'peer') {
  // nlp-js-tools-french: dictionary lemmatizer (MIT). Its own tokenizer, lower-cased forms.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const NlpjsTFr = require('nlp-js-tools-french') as new (text: string, config: object) => { tokenized: string[]; lemmatizer(): unknown[] };
  const loadedMs = performance.now() - started;
  const c0 = cpuNow();
  const peer = new NlpjsTFr(text, {});
  peer.lemmatizer();
  const ms = cpuNow() - c0;
  report({ inProcessMs: performance.now() - started, loadMs: loadedMs, tokens: peer.tokenized.length, tokensPerSec: (peer.tokenized.length / ms) * 1000 });
} else if (mode === 'ours-same') {
  const analyzer = createAnalyzer({ dataDir });
  const c0 = cpuNow();
  const tokens = analyzer.analyze(text).tokens.length;
  report({ inProcessMs: performance.now() - started, tokens, tokensPerSec: (tokens / (cpuNow() - c0)) * 1000 });
}
