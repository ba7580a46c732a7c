// Gloss coverage of a CoNLL-U treebank: the share of content-word tokens (NOUN, VERB, ADJ, ADV)
// whose gold lemma has a row in the authored lexicon. Strict = same lemma and UPOS; loose = same
// lemma under any UPOS (what a lookup with a part-of-speech fallback would find).
// Usage: npx tsx test/eval/glossCoverage.ts FILE.conllu [--missing N]
import * as fs from 'node:fs';
import { glossKeys } from './glossTsv';

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

function main(argv: string[]): void {
  const file = argv[0];
  if (!file) {
    console.error('Usage: glossCoverage FILE.conllu [--missing N]');
    process.exit(2);
  }
  const mi = argv.indexOf('--missing');
  const showMissing = mi >= 0 ? Number(argv[mi + 1] ?? 50) : 0;

  const keys = glossKeys();
  const lemmas = new Set([...keys].map((k) => k.split('\t')[0]));
  let total = 0;
  let strict = 0;
  let loose = 0;
  const missing = new Map<string, number>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length !== 10 || !/^\d+$/.test(cols[0] ?? '')) continue;
    const lemma = cols[2] ?? '';
    const upos = cols[3] ?? '';
    if (!CONTENT.has(upos)) continue;
    total++;
    if (keys.has(`${lemma}\t${upos}`)) strict++;
    if (lemmas.has(lemma)) loose++;
    else missing.set(`${lemma}\t${upos}`, (missing.get(`${lemma}\t${upos}`) ?? 0) + 1);
  }
  const pct = (n: number): string => ((100 * n) / Math.max(total, 1)).toFixed(2);
  console.log(`lexicon rows: ${keys.size}`);
  console.log(`content tokens: ${total}`);
  console.log(`coverage strict (lemma+UPOS): ${strict} = ${pct(strict)}%`);
  console.log(`coverage loose (lemma): ${loose} = ${pct(loose)}%`);
  if (showMissing > 0) {
    const top = [...missing].sort((a, b) => b[1] - a[1]).slice(0, showMissing);
    for (const [k, n] of top) console.log(`${n}\t${k}`);
  }
}

main(process.argv.slice(2));
