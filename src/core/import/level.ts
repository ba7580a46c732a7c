// Estimates a text's CEFR level from three things a teacher weighs: how rare its words are, how
// long its sentences are, and how much subordination its syntax carries.
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

export const CEFR: readonly Cefr[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** A word is as frequent as the more frequent of its lemma and the form it takes here. */
export function tokenRank(token: AnalyzedToken, ranks: FrequencyRanks): number {
  return Math.min(ranks.rank(token.lemma.toLowerCase()) ?? Infinity, ranks.rank(token.form.toLowerCase()) ?? Infinity);
}

export function levelVocabulary(level: Cefr): number {
  return LEVEL_VOCABULARY.find(([l]) => l === level)![1];
}

/** What the estimate is made of, for the eval's report and for tests. */
export interface LevelFeatures {
  /** The 80th-percentile frequency rank of the running content words (names and numbers aside). */
  p80Rank: number;
  /** Running words per sentence. */
  wordsPerSentence: number;
  /** Subordinate clauses (conjunctions and relative pronouns) and participial clauses per sentence. */
  clausesPerSentence: number;
}

const RELATIVE = /^(?:qui|que|qu'|qu’|dont|où|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|duquel|desquels|desquelles)$/i;

/** The que of a cleft (c'est dans la construction que…, c'est lui qui…): focus on one phrase of a
 *  single clause, not a subordinate clause. True when c'est (ce + être) comes before it with no other
 *  verb between them. */
function cleftQue(tokens: readonly AnalyzedToken[], i: number): boolean {
  if (tokens[i]!.lemma !== 'que' && tokens[i]!.lemma !== 'qui') return false;
  for (let j = i - 1; j > 0 && tokens[j]!.upos !== 'PUNCT'; j--) {
    const t = tokens[j]!;
    if (t.lemma === 'être' && tokens[j - 1]!.lemma === 'ce') return true;
    if (t.upos === 'VERB' || t.upos === 'AUX') return false;
  }
  return false;
}

export function levelFeatures(analyses: readonly Analysis[], ranks: FrequencyRanks): LevelFeatures {
  // One pass over the tokens: a long import estimates thousands of lessons.
  const content: number[] = [];
  let words = 0;
  let clauses = 0;
  let sentences = 0;
  for (const a of analyses) {
    sentences += a.sentences.length;
    const tokens = a.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word') words++;
      if (CONTENT.has(t.upos)) content.push(tokenRank(t, ranks));
      if (((t.upos === 'SCONJ' || (t.upos === 'PRON' && RELATIVE.test(t.form))) && !cleftQue(tokens, i)) ||
        // A present participle opening a clause (notant que, soulignant), not a noun in -ant.
        (t.upos === 'VERB' && t.form.endsWith('ant') && t.lemma !== t.form.toLowerCase())) clauses++;
    }
  }
  content.sort((a, b) => a - b);
  const p80Rank = content.length === 0 ? 1 : content[Math.min(content.length - 1, Math.floor(content.length * 0.8))]!;
  return { p80Rank, wordsPerSentence: words / (sentences || 1), clausesPerSentence: clauses / (sentences || 1) };
}

/** Piecewise-linear: where `value` falls among the anchors, as a level index (0 = A1 … 5 = C2). */
function onScale(value: number, anchors: readonly number[]): number {
  if (!(value > anchors[0]!)) return 0;
  for (let i = 1; i < anchors.length; i++) {
    if (value <= anchors[i]!) return i - 1 + (value - anchors[i - 1]!) / (anchors[i]! - anchors[i - 1]!);
  }
  return anchors.length - 1;
}

/**
 * The anchors of each scale: the value typical of A1, A2 … C2 texts. Set from the labelled set in
 * test/eval/level (graded texts and dispatches; see its README for how well they agree).
 */
export const LEVEL_ANCHORS = {
  /** Frequency ranks grow fast: read on a logarithmic scale (log2 of the rank). */
  p80Rank: [1200, 2600, 3600, 7000, 12000, 26000].map(Math.log2),
  wordsPerSentence: [6, 9.5, 13.5, 21, 30, 45],
  clausesPerSentence: [0, 0.2, 0.45, 0.9, 1.3, 2.5],
} as const;

/** How much each scale counts. Sentence length is the steadiest on short texts; rare words decide the top. */
export const LEVEL_WEIGHTS = { p80Rank: 0.4, wordsPerSentence: 0.4, clausesPerSentence: 0.2 } as const;

/** The vocabulary scale a C2 estimate needs (4.5: halfway between the C1 and C2 anchors). */
export const C2_VOCABULARY = 4.5;

function lexicalScale(f: LevelFeatures): number {
  return onScale(Math.log2(Math.max(1, f.p80Rank)), LEVEL_ANCHORS.p80Rank);
}

/** The estimate as a level index on a continuous scale (0 = A1 … 5 = C2). */
export function levelScore(f: LevelFeatures): number {
  return LEVEL_WEIGHTS.p80Rank * lexicalScale(f) +
    LEVEL_WEIGHTS.wordsPerSentence * onScale(f.wordsPerSentence, LEVEL_ANCHORS.wordsPerSentence) +
    LEVEL_WEIGHTS.clausesPerSentence * onScale(f.clausesPerSentence, LEVEL_ANCHORS.clausesPerSentence);
}

/**
 * The level of a text from its vocabulary (the 80th-percentile rank of its content words: the
 * level whose vocabulary covers most of them), its sentence length and its subordination, each read
 * on a scale anchored at typical values per level and weighed together (LEVEL_WEIGHTS); C2 also
 * needs rare vocabulary (C2_VOCABULARY), so routine prose of long sentences stays C1. A rough
 * guide, as any such estimate is: it says how rare the words and how long the sentences are, not
 * how hard the ideas.
 */
export function estimateLevel(analyses: Analysis[], ranks: FrequencyRanks): Cefr {
  const features = levelFeatures(analyses, ranks);
  if (features.wordsPerSentence === 0) return 'A1';
  const index = Math.max(0, Math.min(CEFR.length - 1, Math.round(levelScore(features))));
  // Long sentences and subordination alone (wire copy, a communiqué) do not make a text C2: that
  // takes vocabulary rarer than the middle of C1's band too.
  if (index === CEFR.length - 1 && lexicalScale(features) < C2_VOCABULARY) return 'C1';
  return CEFR[index]!;
}
