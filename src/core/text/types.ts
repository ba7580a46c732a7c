// The analysis engine's data shapes: shared by the tokenizer, lemmatizer, expression matcher,
// the lesson glosser, the importer and the CLI. Plain JSON-friendly objects.

/** Universal Dependencies part-of-speech tags. */
export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM'
  | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X';

export type Gender = 'm' | 'f' | 'm/f';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** A token with its exact offsets in the analysed text: text.slice(start, end) === form. */
export interface Token {
  form: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/** Where a gloss came from: the authored core lexicon, or the automatic long-tail fallback. */
export type GlossSource = 'core' | 'auto';

export interface AnalyzedToken extends Token {
  lemma: string;
  upos: Upos;
  gender?: Gender;
  gloss?: string;
  glossSource?: GlossSource;
  /** The gloss's senses, the one the context calls for first (see senses.ts); gloss is them joined by "; ". */
  senses?: string[];
  /** Index into Analysis.expressions of the multi-word expression this token is a part of. */
  expression?: number;
}

/**
 * A multi-word expression found in the text. `parts` are the indices of its own tokens, in order;
 * `first`/`last` are the first and last of them. A discontinuous expression (tirer … la sonnette
 * d'alarme, s'est ensuite rendu) has other tokens between its parts: auxiliaries, adverbs, slot
 * words, a gap's complement. Those keep their own analysis and are not the expression's.
 */
export interface ExpressionMatch {
  lemma: string;
  upos: Upos;
  gloss: string;
  note?: string;
  first: number;
  last: number;
  parts: number[];
}

export interface Sentence {
  start: number;
  end: number;
}

export interface Analysis {
  text: string;
  tokens: AnalyzedToken[];
  expressions: ExpressionMatch[];
  sentences: Sentence[];
}

/** The analysis engine as the rest of the code sees it. */
export interface Analyzer {
  analyze(text: string): Analysis;
}
