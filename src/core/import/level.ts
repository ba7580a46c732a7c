// Estimates a text's CEFR level from how rare its content words are.
import type { Cefr } from '../lesson/model';
import type { AnalyzedToken } from '../text/types';

/** Frequency rank of a lemma or word form, 1 = most frequent; undefined when not in the list. */
export interface FrequencyRanks {
  rank(word: string): number | undefined;
}

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

/** Vocabulary size a learner has at each level (rank covered), after the usual CEFR word-count estimates. */
export const LEVEL_VOCABULARY: ReadonlyArray<readonly [Cefr, number]> = [
  ['A1', 800], ['A2', 1500], ['B1', 3000], ['B2', 5000], ['C1', 9000], ['C2', Infinity],
];

/** A word is as frequent as the more frequent of its lemma and the form it takes here. */
export function tokenRank(token: AnalyzedToken, ranks: FrequencyRanks): number {
  return Math.min(ranks.rank(token.lemma.toLowerCase()) ?? Infinity, ranks.rank(token.form.toLowerCase()) ?? Infinity);
}

/**
 * The level whose vocabulary covers 95% of the running content words: the 95th-percentile rank
 * of the content tokens, mapped through LEVEL_VOCABULARY. Names and numbers do not count.
 */
export function estimateLevel(tokens: AnalyzedToken[], ranks: FrequencyRanks): Cefr {
  const content = tokens.filter((t) => CONTENT.has(t.upos)).map((t) => tokenRank(t, ranks));
  if (content.length === 0) return 'A1';
  content.sort((a, b) => a - b);
  const p95 = content[Math.min(content.length - 1, Math.floor(content.length * 0.95))]!;
  return LEVEL_VOCABULARY.find(([, size]) => p95 <= size)![0];
}

export function levelVocabulary(level: Cefr): number {
  return LEVEL_VOCABULARY.find(([l]) => l === level)![1];
}
