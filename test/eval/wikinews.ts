// French Wikinews articles (CC BY 2.5, via the WiNER-fr corpus) kept in test/fixtures/wikinews:
// the one normalisation applied when an article is saved, the 2017 pools manifest, the reader of a
// folder of articles, and the figures `npm run eval` reports on them (token count, gloss coverage of
// content tokens, expression matches per 1,000 tokens). See test/fixtures/wikinews/README.md.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Analysis, Analyzer } from '../../src/core/text/types';

export const WIKINEWS_DIR = join(__dirname, '..', 'fixtures', 'wikinews');
export const POOLS_FILE = join(WIKINEWS_DIR, '2017', 'pools.tsv');

/**
 * The stored WiNER-fr texts have a space before punctuation around names (« Angélil , connu »):
 * remove a plain space before , . ) and after (, and nothing else (the spaces before : ; ? ! are
 * French typography and stay, as do non-breaking spaces).
 */
export function normaliseWinerText(raw: string): string {
  return raw.replace(/ +(?=[,.)])/g, '').replace(/\( +/g, '(');
}

/** Words as the pools count them: whitespace-separated pieces with a letter or a digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export type PoolName = 'quiz-review' | 'gloss-sample' | 'coverage' | 'quiz-review-6' | 'quiz-review-7' | 'quiz-review-8' | 'quiz-review-9' | 'quiz-review-10' | 'quiz-review-11' | 'quiz-review-12' | 'quiz-review-13' | 'quiz-review-14' | 'quiz-review-15' | 'quiz-review-16' | 'quiz-review-17' | 'quiz-review-18' | 'quiz-review-19';
export const POOL_NAMES: readonly PoolName[] = ['quiz-review', 'gloss-sample', 'coverage', 'quiz-review-6', 'quiz-review-7', 'quiz-review-8', 'quiz-review-9', 'quiz-review-10', 'quiz-review-11', 'quiz-review-12', 'quiz-review-13', 'quiz-review-14', 'quiz-review-15', 'quiz-review-16', 'quiz-review-17', 'quiz-review-18', 'quiz-review-19'];

export interface PoolEntry {
  pool: PoolName;
  /** Relative to test/fixtures/wikinews, as in WiNER-fr: 2017/09/2017_09_16-001.txt. */
  path: string;
  title: string;
  words: number;
}

/** The rows of pools.tsv (`pool<TAB>path<TAB>title<TAB>words`, a header row and # comments skipped). */
export function readPools(file: string = POOLS_FILE): PoolEntry[] {
  if (!existsSync(file)) throw new Error(`${file}: the Wikinews pools manifest is missing.`);
  const rows: PoolEntry[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('pool\t')) return;
    const [pool, path, title, words, ...rest] = line.split('\t');
    if (!POOL_NAMES.includes(pool as PoolName) || !path || !title || !/^\d+$/.test(words ?? '') || rest.length > 0) {
      throw new Error(`${file}:${i + 1}: expected pool (${POOL_NAMES.join(', ')}), path, title and word count separated by tabs.`);
    }
    rows.push({ pool: pool as PoolName, path, title, words: Number(words) });
  });
  return rows;
}

export interface NewsText {
  /** Where the text came from, relative to test/fixtures/wikinews when it lies there. */
  id: string;
  text: string;
}

/** Every .txt file of a folder, in file-name order. */
export function readTextsDir(dir: string): NewsText[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir}: no such folder of texts.`);
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`${dir}: the folder has no .txt file.`);
  return names.map((n) => newsText(join(dir, n)));
}

/** The texts of one pool of the manifest, in manifest order. */
export function readPoolTexts(pool: PoolName, file: string = POOLS_FILE): NewsText[] {
  const texts = readPools(file).filter((e) => e.pool === pool).map((e) => newsText(join(WIKINEWS_DIR, e.path)));
  if (texts.length === 0) throw new Error(`${file}: no article is listed in pool ${pool}.`);
  return texts;
}

function newsText(path: string): NewsText {
  if (!existsSync(path)) throw new Error(`${path}: the article is missing.`);
  const rel = relative(WIKINEWS_DIR, path);
  return { id: rel.startsWith('..') ? path : rel, text: readFileSync(path, 'utf8') };
}

/**
 * The sentences of whole texts as the engine splits them (the blind gloss sample is drawn from
 * them), numbered from 1 within each text: ids `2017/11/2017_11_07-001.txt#3`.
 */
export function textSentences(analyzer: Analyzer, texts: readonly NewsText[]): Array<{ id: string; text: string }> {
  return texts.flatMap((t) =>
    analyzer.analyze(t.text).sentences.map((s, i) => ({ id: `${t.id}#${i + 1}`, text: t.text.slice(s.start, s.end) })),
  );
}

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

export interface NewsFigures {
  texts: number;
  /** Tokens that are not punctuation. */
  tokens: number;
  /** NOUN, VERB, ADJ, ADV as the engine tags them. */
  content: number;
  authored: number;
  automatic: number;
  noGloss: number;
  expressions: number;
}

export const emptyFigures = (): NewsFigures => ({ texts: 0, tokens: 0, content: 0, authored: 0, automatic: 0, noGloss: 0, expressions: 0 });

/** Adds one analysed text to the figures (the engine's own tags stand in for gold ones). */
export function tallyAnalysis(figures: NewsFigures, analysis: Analysis): NewsFigures {
  const f = { ...figures, texts: figures.texts + 1, expressions: figures.expressions + analysis.expressions.length };
  for (const t of analysis.tokens) {
    if (t.kind === 'punct') continue;
    f.tokens++;
    if (!CONTENT.has(t.upos)) continue;
    f.content++;
    if (!t.gloss) f.noGloss++;
    else if (t.glossSource === 'core') f.authored++;
    else f.automatic++;
  }
  return f;
}

export function measureNews(analyzer: Analyzer, texts: readonly NewsText[]): NewsFigures {
  return texts.reduce((f, t) => tallyAnalysis(f, analyzer.analyze(t.text)), emptyFigures());
}

export function formatNewsFigures(label: string, f: NewsFigures): string[] {
  const share = (n: number): string => (f.content === 0 ? 'n/a' : `${((100 * n) / f.content).toFixed(2)}%`);
  const perThousand = f.tokens === 0 ? 'n/a' : ((1000 * f.expressions) / f.tokens).toFixed(1);
  return [
    `${label}: ${f.texts} articles, ${f.tokens} tokens, ${f.content} content tokens`,
    `  content tokens with an authored gloss ${share(f.authored)}, with any gloss ${share(f.authored + f.automatic)}, with no gloss ${share(f.noGloss)}`,
    `  expression matches: ${f.expressions} (${perThousand} per 1,000 tokens)`,
  ];
}
