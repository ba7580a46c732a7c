// `npm run bench` (import part): a 5 MB dispatch imported as the VS Code command does it, in steps.
// Prints the total time, the lessons made, and the longest stretch between two yields to the event
// loop: that stretch is how long the extension host is busy at once, so it is what "without
// freezing" depends on.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { importDepsFromData } from '../../src/core/import/deps';
import { importDispatch } from '../../src/core/import/importer';
import { analysisDataDir } from '../unit/helpers/analysisData';
import { SEED_DISPATCH } from '../unit/helpers/shared';

const TARGET_BYTES = 5 * 1024 * 1024;

async function main(): Promise<void> {
  const seed = readFileSync(SEED_DISPATCH, 'utf8').split('\n').slice(1).join('\n');
  const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(seed));
  const text = Array.from({ length: copies }, () => seed).join('\n');
  const deps = importDepsFromData(analysisDataDir());
  deps.analyzer.analyze(seed); // warm the caches as an open editor would have

  let longestGap = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  const series = await importDispatch(text, deps, { onProgress: () => undefined });
  const total = performance.now() - started;
  clearInterval(ticker);
  const words = series.lessons.reduce((n, l) => n + l.words, 0);
  const [load1] = loadavg();
  console.log(`import: ${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB, ${words.toLocaleString('en')} words -> ${series.lessons.length} lessons in ${(total / 1000).toFixed(1)} s; longest busy stretch ${longestGap.toFixed(0)} ms (load ${load1!.toFixed(1)})`);
}

void main();
