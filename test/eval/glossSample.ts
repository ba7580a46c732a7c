// `npx tsx test/eval/glossSample.ts [N] [SEED] [SENTENCES.tsv]`: draws a seeded random sample of N
// content tokens (NOUN, VERB, ADJ, ADV as the engine tags them) and prints them with their gloss in
// context as rows for test/eval/gloss-judgements*.tsv (the judgement column is filled in by hand).
// The sentences are French-GSD dev sentences after the first 546 (those are the expression
// development set), or, when a file is given, its `id<TAB>text` rows (# comments and the header
// row skipped), as in sample-4-sentences.tsv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/core/text/analyzer';
import type { AnalyzedToken, ExpressionMatch } from '../../src/core/text/types';
import { readConllu } from './conllu';

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

const n = Number(process.argv[2] ?? 200);
const random = rng(Number(process.argv[3] ?? 11));
const file = process.argv[4];
const sentences: Array<{ id: string; text: string }> = file
  ? readFileSync(file, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('sent_id\t')).map((l) => {
      const [id = '', text = ''] = l.split('\t');
      return { id, text };
    })
  : readConllu('/work/shared/eval/fr_gsd-ud-dev.conllu').slice(546).map((s, i) => ({ id: String(547 + i), text: s.text }));
const analyzer = createAnalyzer({ dataDir: join(__dirname, '..', '..', 'dist', 'data') });
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
