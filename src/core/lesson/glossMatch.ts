// Finds glossary entries in analysed text: token by token, by lemma and by normalised surface
// form, longest match first. The rules are stated in lessons/README.md ("How glossary entries
// find the text"); both lemma and surface rules are tried so an imperfect lemmatizer still works.
import type { AnalyzedToken, Analyzer, Token } from '../text/types';
import type { GlossEntry } from './model';

/** What matching needs of a token: its form, its kind, and a lemma when the analyzer gave one. */
type MatchToken = Pick<Token, 'form' | 'kind'> & { lemma?: string };

/** A glossary entry cut into tokens by the same analyzer as the text. */
export interface GlossPattern {
  entry: GlossEntry;
  /** Position in the glossary: breaks ties between equally long matches at the same place. */
  index: number;
  tokens: MatchToken[];
}

/** An entry found in the text, over tokens[first..last] of the text's analysis. */
export interface GlossMatch {
  entry: GlossEntry;
  first: number;
  last: number;
}

export function compileGlossary(glossary: GlossEntry[], analyzer: Analyzer): GlossPattern[] {
  return glossary
    .map((entry, index) => ({ entry, index, tokens: analyzer.analyze(entry.headword).tokens }))
    .filter((p) => p.tokens.length > 0);
}

/**
 * Every place where an entry matches, best first: longest (in tokens), then earliest, then first
 * in the glossary. Overlaps are left in; the caller claims tokens in this order.
 */
export function findGlossMatches(patterns: GlossPattern[], tokens: readonly AnalyzedToken[]): GlossMatch[] {
  const found: Array<GlossMatch & { index: number }> = [];
  for (const pattern of patterns) {
    const n = pattern.tokens.length;
    for (let first = 0; first + n <= tokens.length; first++) {
      if (pattern.tokens.every((p, k) => tokensAgree(tokens[first + k] as AnalyzedToken, p))) {
        found.push({ entry: pattern.entry, first, last: first + n - 1, index: pattern.index });
      }
    }
  }
  found.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first || a.index - b.index);
  return found.map(({ entry, first, last }) => ({ entry, first, last }));
}

/** Whether a token of the text can stand for a token of a glossary entry. */
export function tokensAgree(text: MatchToken, pattern: MatchToken): boolean {
  const textIsWord = text.kind === 'word' || text.kind === 'number';
  const patternIsWord = pattern.kind === 'word' || pattern.kind === 'number';
  if (!textIsWord || !patternIsWord) return !textIsWord && !patternIsWord && samePunctuation(text.form, pattern.form);
  const ours = candidates(text);
  return candidates(pattern).some((p) => ours.some((t) => sameLetters(t, p)));
}

/** The forms a token may be compared by: its lemma, its form, and its form without inflection. */
function candidates(token: MatchToken): string[] {
  const forms = [...baseForms(normalizeApostrophes(token.form))];
  if (token.lemma) forms.push(normalizeApostrophes(token.lemma));
  return forms;
}

/** Elided words and the full words they stand for (straight apostrophe, lower case). */
const ELISIONS: Record<string, string[]> = {
  "l'": ['le', 'la'],
  "s'": ['se', 'si'],
};

export function baseForms(form: string): string[] {
  const lower = form.toLowerCase();
  if (lower.endsWith("'")) return [form, ...(ELISIONS[lower] ?? [lower.slice(0, -1) + 'e'])];
  const forms = [form];
  if (form.length >= 3 && /[sx]$/i.test(form)) forms.push(form.slice(0, -1));
  if (form.length >= 3 && /e$/i.test(form)) forms.push(form.slice(0, -1));
  if (form.length >= 4 && /es$/i.test(form)) forms.push(form.slice(0, -2));
  if (form.length >= 4 && /aux$/i.test(form)) forms.push(form.slice(0, -3) + 'al');
  return forms;
}

/**
 * Equal ignoring case; a capital letter also equals its accented forms, because French often
 * drops accents on capitals (`Etat` for `État`, `A` for `À`). Lower-case accents still count.
 */
export function sameLetters(a: string, b: string): boolean {
  const x = a.normalize('NFC');
  const y = b.normalize('NFC');
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const ca = x[i] as string;
    const cb = y[i] as string;
    if (ca === cb) continue;
    const la = ca.toLowerCase();
    const lb = cb.toLowerCase();
    if (la === lb) continue;
    const capital = ca !== la || cb !== lb;
    if (capital && stripAccent(la) === stripAccent(lb)) continue;
    return false;
  }
  return true;
}

function stripAccent(letter: string): string {
  return letter.normalize('NFD').replace(/\p{M}/gu, '');
}

export function normalizeApostrophes(text: string): string {
  return text.replace(/[’‘]/g, "'");
}

const PUNCTUATION_CLASSES: Array<[RegExp, string]> = [
  [/^[«»"“”„]$/, '"'],
  [/^['’‘]$/, "'"],
  [/^[-‐–—]$/, '-'],
];

function samePunctuation(a: string, b: string): boolean {
  const fold = (p: string) => PUNCTUATION_CLASSES.find(([re]) => re.test(p))?.[1] ?? p;
  return fold(a) === fold(b);
}
