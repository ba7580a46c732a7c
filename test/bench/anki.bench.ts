// `npm run bench` (Anki part): the time and size of the .apkg export for a heavy learner (5,000
// items being learnt, each with a sentence), and of the text and CSV exports. Printed, not asserted.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportVocabulary, loadSqlJs } from '../../src/core/anki';
import { emptyDocument, noteSighting, setStatus } from '../../src/core/progress';

const ROOT = join(__dirname, '..', '..');
const ITEMS = 5000;
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const now = new Date('2026-11-20T18:00:00.000Z');
  const doc = emptyDocument();
  for (let i = 0; i < ITEMS; i++) {
    const key = `mot${i}|NOUN`;
    const sentence = `Le ministre a évoqué le mot${i} devant la presse, « sans\u00a0limites\u00a0» selon lui\u00a0: un exemple n°${i}.`;
    noteSighting(doc, { key, lesson: `serie-${i % 20}/lecon-${i % 7}`, sentence, form: `mot${i}`, gloss: `word number ${i}` }, now);
    setStatus(doc, key, `learning-${(i % 4) + 1}` as 'learning-1', now);
  }
  const loadStart = performance.now();
  const sql = await loadSqlJs(join(ROOT, 'node_modules', 'sql.js', 'dist', 'sql-wasm.wasm'));
  const loadMs = performance.now() - loadStart;
  for (const format of ['apkg', 'anki-tsv', 'csv'] as const) {
    const times: number[] = [];
    let size = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      size = exportVocabulary(doc, format, { now, sql }).length;
      times.push(performance.now() - start);
    }
    console.log(`anki: ${format} of ${ITEMS} items: median ${median(times).toFixed(0)} ms over ${RUNS} runs, ${(size / 1024).toFixed(0)} KiB`);
  }
  console.log(`anki: loading sql.js (wasm): ${loadMs.toFixed(0)} ms`);
}

void main();
