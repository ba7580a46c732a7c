// Estimates a text's CEFR level from how rare its content words are.
import type { Cefr } from '../lesson/model';
import type { Analysis, AnalyzedToken } from '../text/types';

/** Frequency rank of a lemma or word form, 1 = most frequent; undefined when not in the list. */
export interface FrequencyRanks {
  rank(word: string): number | undefined;
}

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

/**
 * The word-form frequency rank a learner's vocabulary reaches at each level. Ranks are of word
 * forms, not lemmas (several forms per lemma), so they run higher than the usual lemma counts.
 */
export const LEVEL_VOCABULARY: ReadonlyArray<readonly [Cefr, number]> = [
  ['A1', 1500], ['A2', 3000], ['B1', 6000], ['B2', 12000], ['C1', 24000], ['C2', Infinity],
];

/** Sentences longer than this on average (in words) make a text one level harder to read. */
const LONG_SENTENCES = 25;

export const CEFR: readonly Cefr[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** A word is as frequent as the more frequent of its lemma and the form it takes here. */
export function tokenRank(token: AnalyzedToken, ranks: FrequencyRanks): number {
  return Math.min(ranks.rank(token.lemma.toLowerCase()) ?? Infinity, ranks.rank(token.form.toLowerCase()) ?? Infinity);
}

/**
 * The level whose vocabulary covers 80% of the running content words (the 80th-percentile rank of
 * the content tokens, mapped through LEVEL_VOCABULARY), one level up when the sentences are long,
 * as wire copy's often are. Names and numbers do not count. A rough guide, as any
 * frequency-based estimate is: it says how rare the words are, not how hard the ideas.
 */
export function estimateLevel(analyses: Analysis[], ranks: FrequencyRanks): Cefr {
  const tokens = analyses.flatMap((a) => a.tokens);
  const content = tokens.filter((t) => CONTENT.has(t.upos)).map((t) => tokenRank(t, ranks));
  if (content.length === 0) return 'A1';
  content.sort((a, b) => a - b);
  const p80 = content[Math.min(content.length - 1, Math.floor(content.length * 0.8))]!;
  const lexical = CEFR.indexOf(LEVEL_VOCABULARY.find(([, size]) => p80 <= size)![0]);
  const words = tokens.filter((t) => t.kind === 'word').length;
  const sentences = analyses.reduce((n, a) => n + a.sentences.length, 0) || 1;
  return CEFR[Math.min(CEFR.length - 1, lexical + (words / sentences > LONG_SENTENCES ? 1 : 0))]!;
}

export function levelVocabulary(level: Cefr): number {
  return LEVEL_VOCABULARY.find(([l]) => l === level)![1];
}
