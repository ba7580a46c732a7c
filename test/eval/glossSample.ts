// `npx tsx test/eval/glossSample.ts [N] [SEED] [SENTENCES.tsv] [--dir DIR]... [--pool NAME]`: draws a
// seeded random sample of N content tokens (NOUN, VERB, ADJ, ADV as the engine tags them) and prints
// them with their gloss in context as rows for test/eval/gloss-judgements*.tsv (the judgement column
// is filled in by hand). The sentences are French-GSD dev sentences after the first 546 (those are
// the expression development set), or, when a file is given, its `id<TAB>text` rows (# comments and
// the header row skipped), as in sample-4-sentences.tsv; or the sentences of whole texts: every .txt
// of each `--dir` folder, or the articles of a pool of test/fixtures/wikinews/2017/pools.tsv
// (`--pool gloss-sample`), split into sentences by the engine (ids `path#n`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { AnalyzedToken, ExpressionMatch } from '../../src/core/text/types';
import { readConllu } from './conllu';
import { POOL_NAMES, readPoolTexts, readTextsDir, textSentences, type PoolName } from './wikinews';

/**
 * The gloss as the reader shows it: the expression the token belongs to first (the reader shows it
 * as one unit, with its gloss), then the word's own senses; a name says it is one.
 */
function shownGloss(t: AnalyzedToken, expressions: readonly ExpressionMatch[]): string {
  const own = t.gloss ?? (t.upos === 'PROPN' ? '(name)' : '(no gloss)');
  const e = t.expression === undefined ? undefined : expressions[t.expression];
  return e ? `[${e.lemma} = ${e.gloss}] ${own}` : own;
}

/** mulberry32: a small seeded generator, so the sample can be drawn again. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const positional: string[] = [];
const dirs: string[] = [];
let pool: PoolName | undefined;
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i]!;
  if (a === '--dir' || a === '--pool') {
    const value = process.argv[++i];
    if (value === undefined) throw new Error(`${a} needs a value.`);
    if (a === '--dir') dirs.push(value);
    else if ((POOL_NAMES as readonly string[]).includes(value)) pool = value as PoolName;
    else throw new Error(`--pool ${value}: expected one of ${POOL_NAMES.join(', ')}.`);
  } else positional.push(a);
}
const n = Number(positional[0] ?? 200);
const random = rng(Number(positional[1] ?? 11));
const file = positional[2];
const analyzer = createAnalyzer({ dataDir: join(__dirname, '..', '..', 'dist', 'data') });
const texts = [...dirs.flatMap((d) => readTextsDir(d)), ...(pool ? readPoolTexts(pool) : [])];
const sentences: Array<{ id: string; text: string }> = texts.length > 0
  ? textSentences(analyzer, texts)
  : file
  ? readFileSync(file, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('sent_id\t')).map((l) => {
      const [id = '', text = ''] = l.split('\t');
      return { id, text };
    })
  : readConllu('/work/shared/eval/fr_gsd-ud-dev.conllu').slice(546).map((s, i) => ({ id: String(547 + i), text: s.text }));
const picked = new Set<string>();
console.log('sentence\tform\tlemma\tupos\tgloss\tsource\tjudgement\tcontext');
while (picked.size < n) {
  const si = Math.floor(random() * sentences.length);
  const s = sentences[si]!;
  const analysis = analyzer.analyze(s.text);
  const tokens = analysis.tokens.filter((t) => ['NOUN', 'VERB', 'ADJ', 'ADV'].includes(t.upos));
  if (tokens.length === 0) continue;
  const t = tokens[Math.floor(random() * tokens.length)]!;
  const key = `${si}:${t.start}`;
  if (picked.has(key)) continue;
  picked.add(key);
  const context = s.text.slice(Math.max(0, t.start - 50), t.end + 50).replace(/\s+/g, ' ');
  console.log([s.id, t.form, t.lemma, t.upos, shownGloss(t, analysis.expressions), t.glossSource ?? '', '', context].join('\t'));
}
