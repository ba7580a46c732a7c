// « avant de s'intaller »: a word the lexicon does not know, right after a reflexive pronoun, is
// most often a typo of the pronominal verb the writer meant. One letter inserted, dropped, changed
// or two letters swapped, when one known verb comes out (or one far more frequent than the others), gives the expression matcher that
// verb's lemma as one more key (the token keeps its own analysis: nothing is rewritten).
import type { Lexicon } from './lexicon';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzéèêëàâîïôûùç';
/** Shorter words have too many neighbours to choose one from. */
const MIN_LENGTH = 5;

/** The spellings one edit away from a lower-case word (insertion, deletion, substitution, swap). */
function oneEditAway(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    for (const l of LETTERS) out.push(word.slice(0, i) + l + word.slice(i));
    if (i < word.length) {
      out.push(word.slice(0, i) + word.slice(i + 1));
      for (const l of LETTERS) if (l !== word[i]) out.push(word.slice(0, i) + l + word.slice(i + 1));
    }
    if (i + 1 < word.length && word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}

/**
 * The lemma of the known verb a word is a one-letter typo of, or undefined: the only one, or one
 * far more frequent than the others (intaller: installer, not the rare intailler, to engrave).
 */
export function verbOneEditAway(word: string, lexicon: Lexicon): string | undefined {
  if (word.length < MIN_LENGTH || lexicon.lookup(word).length > 0) return undefined;
  const lemmas = new Set<string>();
  for (const spelling of oneEditAway(word)) for (const e of lexicon.lookup(spelling)) if (e.upos === 'VERB') lemmas.add(e.lemma);
  if (lemmas.size <= 1) return lemmas.values().next().value;
  const ranked = [...lemmas].map((lemma) => ({ lemma, rank: lexicon.rank(lemma) ?? Infinity })).sort((a, b) => a.rank - b.rank);
  const [best, next] = ranked as [{ lemma: string; rank: number }, { lemma: string; rank: number }];
  return best.rank < Infinity && next.rank > best.rank * FREQUENCY_MARGIN ? best.lemma : undefined;
}
/** How many times more frequent the chosen verb must be than the next one. */
const FREQUENCY_MARGIN = 10;
