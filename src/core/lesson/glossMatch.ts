// Finds glossary entries in analysed text: token by token, by lemma and by normalised surface
// form, longest match first. The rules are stated in lessons/README.md ("How glossary entries
// find the text"); both lemma and surface rules are tried so an imperfect lemmatizer still works.
import type { AnalyzedToken, Analyzer, Token } from '../text/types';
import type { GlossEntry } from './model';

/** What matching needs of a token: its form, its kind, and a lemma when the analyzer gave one. */
type MatchToken = Pick<Token, 'form' | 'kind'> & { lemma?: string };

/** A token ready for comparison: the strings it may be compared by, and their accent-free keys. */
interface PreparedToken {
  word: boolean;
  forms: string[];
  /** Lower case without any accent: equal keys are necessary (not sufficient) for a match. */
  keys: string[];
}

/** A glossary entry cut into tokens by the same analyzer as the text. */
export interface GlossPattern {
  entry: GlossEntry;
  /** Position in the glossary: breaks ties between equally long matches at the same place. */
  index: number;
  tokens: PreparedToken[];
}

/** An entry found in the text, over tokens[first..last] of the text's analysis. */
export interface GlossMatch {
  entry: GlossEntry;
  first: number;
  last: number;
}

export function compileGlossary(glossary: GlossEntry[], analyzer: Analyzer): GlossPattern[] {
  return glossary
    .map((entry, index) => ({ entry, index, tokens: analyzer.analyze(entry.headword).tokens.map(prepare) }))
    .filter((p) => p.tokens.length > 0);
}

/**
 * Every place where an entry matches, best first: longest (in tokens), then earliest, then first
 * in the glossary. Overlaps are left in; the caller claims tokens in this order.
 */
export function findGlossMatches(patterns: GlossPattern[], tokens: readonly AnalyzedToken[]): GlossMatch[] {
  const text = tokens.map(prepare);
  // Patterns indexed by the keys of their first token, so each position tries only likely entries.
  const byFirstKey = new Map<string, GlossPattern[]>();
  for (const pattern of patterns) {
    for (const key of new Set(pattern.tokens[0]?.keys)) byFirstKey.set(key, [...(byFirstKey.get(key) ?? []), pattern]);
  }
  const found: Array<GlossMatch & { index: number }> = [];
  text.forEach((token, first) => {
    const tried = new Set<GlossPattern>();
    for (const key of token.keys) {
      for (const pattern of byFirstKey.get(key) ?? []) {
        if (tried.has(pattern)) continue;
        tried.add(pattern);
        const n = pattern.tokens.length;
        if (first + n > text.length) continue;
        if (pattern.tokens.every((p, k) => agree(text[first + k] as PreparedToken, p))) {
          found.push({ entry: pattern.entry, first, last: first + n - 1, index: pattern.index });
        }
      }
    }
  });
  found.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first || a.index - b.index);
  return found.map(({ entry, first, last }) => ({ entry, first, last }));
}

/** Whether a token of the text can stand for a token of a glossary entry. */
export function tokensAgree(text: MatchToken, pattern: MatchToken): boolean {
  return agree(prepare(text), prepare(pattern));
}

function agree(text: PreparedToken, pattern: PreparedToken): boolean {
  if (text.word !== pattern.word) return false;
  return pattern.forms.some((p) => text.forms.some((t) => sameLetters(t, p)));
}

function prepare(token: MatchToken): PreparedToken {
  const word = token.kind === 'word' || token.kind === 'number';
  const forms = word ? candidates(token) : [foldPunctuation(token.form)];
  return { word, forms, keys: forms.map((f) => stripAccents(f.toLowerCase())) };
}

/** The forms a token may be compared by: its lemma, its form, and its form without inflection. */
function candidates(token: MatchToken): string[] {
  const forms = baseForms(normalizeApostrophes(token.form.normalize('NFC')));
  if (token.lemma) forms.push(normalizeApostrophes(token.lemma.normalize('NFC')));
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
    if (capital && stripAccents(la) === stripAccents(lb)) continue;
    return false;
  }
  return true;
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** The same words written with other case, accents, apostrophes, hyphens or spacing. */
export function sameSpelling(a: string, b: string): boolean {
  const loose = (s: string) => stripAccents(normalizeApostrophes(s).toLowerCase()).replace(/[\s\-‐]+/g, ' ').trim();
  return loose(a) === loose(b);
}

export function normalizeApostrophes(text: string): string {
  return text.replace(/[’‘]/g, "'");
}

const PUNCTUATION_CLASSES: Array<[RegExp, string]> = [
  [/^[«»"“”„]$/, '"'],
  [/^['’‘]$/, "'"],
  [/^[-‐–—]$/, '-'],
];

function foldPunctuation(mark: string): string {
  return PUNCTUATION_CLASSES.find(([re]) => re.test(mark))?.[1] ?? mark;
}
