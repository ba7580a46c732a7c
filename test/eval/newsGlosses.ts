// `npx tsx test/eval/newsGlosses.ts FILE… [--list] [--data DIR]`: gloss coverage of the content tokens (NOUN,
// VERB, ADJ, ADV as the engine tags them) of whole news texts, such as the French Wikinews articles
// under test/fixtures/wikinews: the share with an authored gloss, with an automatic one, and with
// none. With --list, every token without an authored gloss, with its reading and what the reader
// shows, so the misses can be sorted by class. Needs dist/data (`node esbuild.js`), or the built
// data of another checkout given with --data (to measure before and after a change).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/core/text/analyzer';

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

const args = process.argv.slice(2);
const list = args.includes('--list');
const d = args.indexOf('--data');
const dataDir = d >= 0 ? args[d + 1]! : join(__dirname, '..', '..', 'dist', 'data');
const files = args.filter((a, i) => a !== '--list' && (d < 0 || (i !== d && i !== d + 1)));
const analyzer = createAnalyzer({ dataDir });
let total = 0;
let core = 0;
let auto = 0;
for (const file of files) {
  const analysis = analyzer.analyze(readFileSync(file, 'utf8'));
  for (const t of analysis.tokens) {
    if (!CONTENT.has(t.upos)) continue;
    total++;
    if (t.glossSource === 'core') core++;
    else if (t.glossSource === 'auto') auto++;
    if (list && t.glossSource !== 'core') {
      console.log([t.glossSource ?? 'none', t.form, t.lemma, t.upos, t.gloss ?? '', file.replace(/^.*wikinews\//, '')].join('\t'));
    }
  }
}
const pct = (n: number): string => ((100 * n) / Math.max(total, 1)).toFixed(2);
console.log(`${files.length} texts, ${total} content tokens: glossed ${pct(core + auto)}% (authored ${pct(core)}%, automatic ${pct(auto)}%), no gloss ${pct(total - core - auto)}%`);
