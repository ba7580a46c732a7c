// Multi-word expressions (chef d'État, pour sa part, s'entretenir avec…) found in analysed tokens.
// Expressions are written in lemma form; a text token matches an expression word by its form or its
// lemma; possessives (sa, son, leur…) are interchangeable and se/s' matches any reflexive pronoun.
// At each position the longest expression wins; auxiliaries inside a match are skipped
// (s'est entretenu avec) so compound tenses still match.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookupKey } from './tagger';
import { tokenize } from './tokenizer';
import type { AnalyzedToken, ExpressionMatch, Upos } from './types';

const POSSESSIVE = '<poss>';
const REFLEXIVE = '<refl>';
const POSSESSIVES = new Set(['mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs']);
const REFLEXIVES = new Set(['se', "s'", 'me', "m'", 'te', "t'", 'nous', 'vous']);
const MAX_SKIPPED = 2;

export interface Expression {
  text: string;
  upos: Upos;
  gloss: string;
  note?: string;
  /** Matching keys of its words: lower-case forms, or POSSESSIVE / REFLEXIVE slots. */
  words: string[];
}

function wordKey(form: string): string {
  const k = lookupKey(form);
  if (POSSESSIVES.has(k)) return POSSESSIVE;
  if (k === 'se' || k === "s'") return REFLEXIVE;
  return k;
}

/** Parses `expression	upos	gloss	note` rows; comments and the header row are skipped. */
export function parseExpressions(text: string): Expression[] {
  const out: Expression[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('expression\t')) continue;
    const [expr, upos, gloss, note] = line.split('\t');
    if (!expr || !upos || !gloss) continue;
    const words = tokenize(expr.normalize('NFC')).map((t) => wordKey(t.form));
    if (words.length < 2) continue;
    const e: Expression = { text: expr.normalize('NFC'), upos: upos as Upos, gloss, words };
    if (note) e.note = note;
    out.push(e);
  }
  return out;
}

/** The expressions that share a first word, longest first, and the same split by their second word. */
interface FirstWordGroup {
  all: Expression[];
  bySecond: Map<string, Expression[]>;
}

const NO_EXPRESSIONS: Expression[] = [];

export class ExpressionMatcher {
  private readonly byFirst = new Map<string, FirstWordGroup>();

  constructor(expressions: Expression[]) {
    for (const e of expressions) {
      let group = this.byFirst.get(e.words[0]!);
      if (!group) {
        group = { all: [], bySecond: new Map() };
        this.byFirst.set(e.words[0]!, group);
      }
      group.all.push(e);
    }
    for (const group of this.byFirst.values()) {
      group.all.sort((a, b) => b.words.length - a.words.length);
      for (const e of group.all) {
        const list = group.bySecond.get(e.words[1]!);
        if (list) list.push(e);
        else group.bySecond.set(e.words[1]!, [e]);
      }
    }
  }

  static fromDir(dataDir: string): ExpressionMatcher {
    const file = join(dataDir, 'expressions.tsv');
    return new ExpressionMatcher(existsSync(file) ? parseExpressions(readFileSync(file, 'utf8')) : []);
  }

  /** Non-overlapping matches, left to right, longest first at each position. */
  match(tokens: AnalyzedToken[], tokenKeys?: string[][]): ExpressionMatch[] {
    const found: ExpressionMatch[] = [];
    const keys = tokenKeys ?? tokens.map(expressionKeysOf);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      let best: { e: Expression; last: number } | undefined;
      for (const key of keys[i]!) {
        const group = this.byFirst.get(key);
        if (!group) continue;
        for (const e of secondWordFits(group, tokens, keys, i)) {
          if (best && best.e.words.length >= e.words.length) break;
          const last = matchAt(e, tokens, keys, i);
          if (last >= 0) {
            best = { e, last };
            break;
          }
        }
      }
      if (best) {
        const m: ExpressionMatch = { lemma: best.e.text, upos: best.e.upos, gloss: best.e.gloss, first: i, last: best.last };
        if (best.e.note) m.note = best.e.note;
        found.push(m);
        i = best.last;
      }
    }
    return found;
  }
}

/**
 * The group's expressions whose second word is a key of a token the match can reach after token i
 * (the next one, or one after skipped auxiliaries), longest first: the others cannot match there,
 * and most common first words (à, en) head dozens of expressions.
 */
function secondWordFits(group: FirstWordGroup, tokens: AnalyzedToken[], keys: string[][], i: number): Expression[] {
  let fits: Expression[] | undefined;
  let merged = false;
  for (let j = i + 1, skipped = 0; j < tokens.length; j++) {
    for (const key of keys[j]!) {
      const list = group.bySecond.get(key);
      if (!list) continue;
      merged = fits !== undefined;
      fits = merged ? fits!.concat(list) : list;
    }
    if (tokens[j]!.upos !== 'AUX' || ++skipped > MAX_SKIPPED) break;
  }
  if (!fits) return NO_EXPRESSIONS;
  // Several lists (rare): back into the group's longest-first order.
  if (merged) fits.sort((a, b) => group.all.indexOf(a) - group.all.indexOf(b));
  return fits;
}

const NO_KEYS: string[] = [];

/** The keys a text token can match an expression word by (form, lemma, possessive or reflexive slot). */
export function expressionKeysOf(t: Pick<AnalyzedToken, 'form' | 'lemma' | 'upos' | 'kind'>): string[] {
  if (t.kind !== 'word') return NO_KEYS;
  const form = lookupKey(t.form);
  if (POSSESSIVES.has(form) && t.upos === 'DET') return [POSSESSIVE];
  const keys = [form];
  const lemma = lookupKey(t.lemma);
  if (lemma !== form) keys.push(lemma);
  // était disposée à matches être disposé à: a participle also matches its masculine singular.
  if (t.upos === 'VERB' || t.upos === 'ADJ') {
    const masculine = form.replace(/([éiu])e?s?$/, '$1');
    if (masculine !== form && masculine !== lemma) keys.push(masculine);
  }
  if (REFLEXIVES.has(form) && t.upos === 'PRON') keys.push(REFLEXIVE);
  return keys;
}

/** Index of the last token when expression e matches from token i, else -1. */
function matchAt(e: Expression, tokens: AnalyzedToken[], keys: string[][], i: number): number {
  let j = i;
  let skipped = 0;
  for (let w = 0; w < e.words.length; w++) {
    for (;;) {
      const t = tokens[j];
      if (!t) return -1;
      if (keys[j]!.includes(e.words[w]!)) break;
      if (w > 0 && t.upos === 'AUX' && skipped < MAX_SKIPPED) {
        skipped++;
        j++;
        continue;
      }
      return -1;
    }
    j++;
  }
  return j - 1;
}
