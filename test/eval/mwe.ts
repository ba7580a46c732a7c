// Expression recall and precision on the hand-annotated development set ../shared/eval/mwe-dev.tsv,
// by the scoring rule of its README (mwe-README.md, "Suggested scoring"):
//  1. a gold surface is split on spaces and after apostrophes (l'|objet); each gold occurrence is the
//     set of its tokens' character spans. A system expression is the set of its parts' spans.
//     Both are compared as the characters they cover, so a token the engine keeps whole and the
//     rule splits (aujourd'hui) is no miss;
//  2. exact: a system expression covers exactly the gold tokens;
//  3. partial: it covers every content token of the gold (not articles and determiners,
//     prepositions, que, et/ou, clitics se/s'/en/y/il, ne/pas); exact when none is left;
//  4. one-to-one (a maximum bipartite matching per sentence);
//  5. precision only over the sentences marked `keep` in mwe-dev-sentences.tsv.
// Matches of the collocation files' entries (collocationLemmas) are not scored: the README's scheme
// names those classes as not expressions, and the engine keeps them for the reader only. A one-token
// hyphenated compound of the scored entries (chef-lieu, contre-la-montre: the scheme's "hyphenated
// compounds count") that the lexicon also glosses as a word is shown to the learner as that word with
// its own whole gloss rather than as an expression (the matcher leaves it to the word, which the
// learner reviews); the reader shows one unit either way, so such a token counts as found.
// (ScoredEntries.oneWordCompounds.)
// Figures are given for the TUNING half (odd sent_id numbers: rules may be checked against its rows),
// the HELD-OUT half (even numbers: only its figure is ever looked at) and both.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayLemma, parseExpressions } from '../../src/core/text/expressions';

export type MweClass = 'contiguous' | 'inflected-variant' | 'discontinuous';
export const MWE_CLASSES: readonly MweClass[] = ['contiguous', 'inflected-variant', 'discontinuous'];

/** A span of characters [start, end) in a sentence's text (UTF-16 offsets). */
export type CharSpan = [number, number];

export interface GoldMwe {
  sentId: string;
  surface: string;
  lemma: string;
  cls: MweClass;
  /** Its tokens' spans, in order. */
  tokens: CharSpan[];
  /** The spans of its content tokens (all tokens when none is a content token). */
  content: CharSpan[];
}

export interface SystemMwe {
  lemma: string;
  /** The spans of its parts (the tokens it marks). */
  parts: CharSpan[];
}

export interface MweSentence {
  id: string;
  keep: boolean;
  gold: GoldMwe[];
  system: SystemMwe[];
}

/** Function words a partial match may leave out (README rule 3); lower case, straight apostrophe. */
const NOT_CONTENT = new Set([
  // articles and determiners
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'mon', 'ma',
  'mes', 'ton', 'ta', 'tes', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'quelque', 'quelques', 'chaque', 'aucun',
  'aucune', 'plusieurs', 'certains', 'certaines',
  // prepositions
  'à', 'de', "d'", 'en', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'entre', 'vers', 'chez', 'contre', 'depuis',
  'pendant', 'avant', 'après', 'selon', 'malgré', 'parmi', "jusqu'", 'jusque', 'hors', 'dès', 'via', 'envers', 'devant',
  'derrière', 'durant', 'outre', 'hormis', 'sauf', 'lors',
  // que, et/ou, clitics, negation
  'que', "qu'", 'et', 'ou', 'se', "s'", 'y', 'il', 'ne', "n'", 'pas',
]);

function wordKey(token: string): string {
  return token.toLowerCase().replace(/[’ʼ]/g, "'");
}

/** The tokens of a gold surface piece: split on spaces and after each apostrophe. */
export function goldTokens(piece: string): string[] {
  const out: string[] = [];
  for (const word of piece.split(' ')) {
    if (word === '') continue;
    let rest = word;
    for (let at = rest.search(/['’]/); at >= 0 && at < rest.length - 1; at = rest.search(/['’]/)) {
      out.push(rest.slice(0, at + 1));
      rest = rest.slice(at + 1);
    }
    out.push(rest);
  }
  return out;
}

/** UTF-16 offset of each code-point offset (the TSV's offsets are Python string offsets). */
function codePointOffsets(text: string): number[] {
  const out: number[] = [];
  let u = 0;
  for (const ch of text) {
    out.push(u);
    u += ch.length;
  }
  out.push(u);
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where `token` next occurs in `text` from `cursor` as a whole token, not inside a longer word: a
 * discontinuous surface's « en » after a gap is the word en, not the letters of « également ».
 */
function indexOfWord(text: string, token: string, cursor: number): number {
  for (let at = text.indexOf(token, cursor); at >= 0; at = text.indexOf(token, at + 1)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + token.length] ?? ' ';
    const elided = /['’]$/.test(token);
    if (!WORD_CHAR.test(before) && (elided || !WORD_CHAR.test(after))) return at;
  }
  return -1;
}

/**
 * The character spans of a gold occurrence's tokens in `text`: `start`/`end` in code points, the
 * surface's pieces (split on ` … `) found in order between them. Throws when the text disagrees.
 */
export function locateGold(text: string, start: number, end: number, surface: string, where: string): CharSpan[] {
  const offsets = codePointOffsets(text);
  const from = offsets[start];
  const to = offsets[end];
  if (from === undefined || to === undefined) throw new Error(`${where}: offsets ${start}-${end} lie outside the sentence.`);
  const spans: CharSpan[] = [];
  let cursor = from;
  const pieces = surface.split(' … ');
  pieces.forEach((piece, index) => {
    // The slice ends with the last piece: find it from the end, so that a gap holding the same
    // word (se doter d'ici à 2011 d'un plan) does not take its place.
    if (index > 0 && index === pieces.length - 1) cursor = Math.max(cursor, text.lastIndexOf(piece, to - piece.length));
    for (const token of goldTokens(piece)) {
      const at = indexOfWord(text, token, cursor);
      if (at < 0 || at + token.length > to) throw new Error(`${where}: "${token}" of "${surface}" is not in the sentence between ${start} and ${end}.`);
      spans.push([at, at + token.length]);
      cursor = at + token.length;
    }
  });
  return spans;
}

function contentOf(text: string, tokens: CharSpan[]): CharSpan[] {
  const content = tokens.filter(([a, b]) => !NOT_CONTENT.has(wordKey(text.slice(a, b))));
  return content.length > 0 ? content : tokens;
}

/** Reads mwe-dev.tsv rows, keeping those `wanted` accepts (by sent_id) before looking at them. */
export function readMweGold(path: string, texts: ReadonlyMap<string, string>, wanted: (sentId: string) => boolean): GoldMwe[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: GoldMwe[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === '') return;
    const [sentId = '', start = '', end = '', surface = '', lemma = '', , cls = ''] = line.split('\t');
    if (!wanted(sentId)) return;
    const where = `${path}:${i + 1}`;
    const text = texts.get(sentId);
    if (text === undefined) throw new Error(`${where}: sentence ${sentId} is not in the treebank.`);
    if (!(MWE_CLASSES as readonly string[]).includes(cls)) throw new Error(`${where}: unknown class "${cls}".`);
    const tokens = locateGold(text, Number(start), Number(end), surface, where);
    out.push({ sentId, surface, lemma, cls: cls as MweClass, tokens, content: contentOf(text, tokens) });
  });
  return out;
}

/** sent_id -> keep? from mwe-dev-sentences.tsv. */
export function readMweSentences(path: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (i === 0 || line.trim() === '') return;
      const [id = '', decision = ''] = line.split('\t');
      out.set(id, decision === 'keep');
    });
  return out;
}

/** Merged, sorted spans of the characters a set of token spans covers. */
function coverage(spans: CharSpan[]): CharSpan[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: CharSpan[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function sameCoverage(a: CharSpan[], b: CharSpan[]): boolean {
  const x = coverage(a);
  const y = coverage(b);
  return x.length === y.length && x.every(([s, e], i) => s === y[i]![0] && e === y[i]![1]);
}

function covers(system: CharSpan[], wanted: CharSpan[]): boolean {
  const have = coverage(system);
  return wanted.every(([a, b]) => have.some(([s, e]) => s <= a && b <= e));
}

/** Size of a maximum one-to-one matching between gold (rows) and system (columns) where `fits`. */
function maxMatching(goldCount: number, systemCount: number, fits: (g: number, s: number) => boolean): boolean[] {
  const systemOf = new Array<number>(systemCount).fill(-1);
  const goldFound = new Array<boolean>(goldCount).fill(false);
  const tryGold = (g: number, seen: boolean[]): boolean => {
    for (let s = 0; s < systemCount; s++) {
      if (seen[s] || !fits(g, s)) continue;
      seen[s] = true;
      if (systemOf[s] === -1 || tryGold(systemOf[s]!, seen)) {
        systemOf[s] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < goldCount; g++) goldFound[g] = tryGold(g, new Array<boolean>(systemCount).fill(false));
  return goldFound;
}

export interface Prf {
  found: number;
  gold: number;
  correct: number;
  system: number;
}

export interface MweScore {
  exact: Prf;
  partial: Prf;
  byClass: Record<MweClass, { gold: number; exact: number; partial: number }>;
  /** Per sentence: gold occurrences missed (exact) and system expressions that matched no gold (exact). */
  misses: Array<{ sentId: string; gold: GoldMwe; partial: boolean }>;
  spurious: Array<{ sentId: string; system: SystemMwe }>;
}

/** Scores the system's expressions against the gold by the README's rule (see the module comment). */
export function scoreMwe(sentences: MweSentence[]): MweScore {
  const score: MweScore = {
    exact: { found: 0, gold: 0, correct: 0, system: 0 },
    partial: { found: 0, gold: 0, correct: 0, system: 0 },
    byClass: { contiguous: { gold: 0, exact: 0, partial: 0 }, 'inflected-variant': { gold: 0, exact: 0, partial: 0 }, discontinuous: { gold: 0, exact: 0, partial: 0 } },
    misses: [],
    spurious: [],
  };
  for (const s of sentences) {
    if (!s.keep) continue;
    const { gold, system } = s;
    const exact = maxMatching(gold.length, system.length, (g, k) => sameCoverage(gold[g]!.tokens, system[k]!.parts));
    const partial = maxMatching(gold.length, system.length, (g, k) =>
      gold[g]!.content === gold[g]!.tokens ? sameCoverage(gold[g]!.tokens, system[k]!.parts) : covers(system[k]!.parts, gold[g]!.content),
    );
    const exactCount = exact.filter(Boolean).length;
    const partialCount = partial.filter(Boolean).length;
    for (const [prf, count] of [
      [score.exact, exactCount],
      [score.partial, partialCount],
    ] as const) {
      prf.gold += gold.length;
      prf.found += count;
      prf.system += system.length;
      // One-to-one: the matched system expressions are as many as the matched gold ones.
      prf.correct += count;
    }
    gold.forEach((g, i) => {
      const c = score.byClass[g.cls];
      c.gold++;
      if (exact[i]) c.exact++;
      if (partial[i]) c.partial++;
      if (!exact[i]) score.misses.push({ sentId: s.id, gold: g, partial: partial[i]! });
    });
    system.forEach((sys) => {
      if (!gold.some((g) => sameCoverage(g.tokens, sys.parts))) score.spurious.push({ sentId: s.id, system: sys });
    });
  }
  return score;
}

export function recall(p: Prf): number {
  return p.gold === 0 ? 0 : p.found / p.gold;
}
export function precision(p: Prf): number {
  return p.system === 0 ? 0 : p.correct / p.system;
}
export function f1(p: Prf): number {
  const r = recall(p);
  const q = precision(p);
  return r + q === 0 ? 0 : (2 * r * q) / (r + q);
}

const pc = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** The printed lines for one half. */
export function formatMweScore(name: string, s: MweScore): string[] {
  const classes = MWE_CLASSES.map((c) => {
    const b = s.byClass[c];
    return `${c} ${b.gold === 0 ? 'n/a' : `${pc(b.exact / b.gold)} / ${pc(b.partial / b.gold)}`} of ${b.gold}`;
  }).join('; ');
  return [
    `  ${name}: exact R ${pc(recall(s.exact))} P ${pc(precision(s.exact))} F1 ${pc(f1(s.exact))}; partial R ${pc(recall(s.partial))} P ${pc(precision(s.partial))} F1 ${pc(f1(s.partial))} (${s.exact.gold} gold, ${s.exact.system} found)`,
    `    recall by class, exact / partial: ${classes}`,
  ];
}

/** sent_id number is odd: the tuning half. */
export function isTuning(sentId: string): boolean {
  const n = Number(/(\d+)$/.exec(sentId)?.[1] ?? NaN);
  return n % 2 === 1;
}

/**
 * The lemmas (as the engine shows them) of the entries in the collocation files
 * (src/core/text/data/expressions/*collocations*.tsv): combinations the scheme of mwe-README.md names
 * as not expressions (free-determiner support verbs, plain governed prepositions, predictable
 * reflexives, reporting formulas). The reader shows them; the score leaves their matches out.
 */
export function collocationLemmas(expressionsDir: string): Set<string> {
  const out = new Set<string>();
  for (const name of readdirSync(expressionsDir).filter((n) => n.includes('collocations') && n.endsWith('.tsv'))) {
    for (const e of parseExpressions(readFileSync(join(expressionsDir, name), 'utf8'))) out.add(displayLemma(e.text));
  }
  return out;
}

/** The scored entries' one-token hyphenated compounds (chef-lieu), lower-cased, and the unscored lemmas. */
export interface ScoredEntries {
  notScored: ReadonlySet<string>;
  oneWordCompounds: ReadonlySet<string>;
}

/** What `src/core/text/data/expressions` scores: see the module comment. */
export function scoredEntries(expressionsDir: string): ScoredEntries {
  const notScored = collocationLemmas(expressionsDir);
  const oneWordCompounds = new Set<string>();
  for (const name of readdirSync(expressionsDir).filter((n) => n.endsWith('.tsv') && !n.includes('collocations'))) {
    for (const e of parseExpressions(readFileSync(join(expressionsDir, name), 'utf8'))) {
      if (e.words.length === 1 && /\p{L}-\p{L}/u.test(e.text)) oneWordCompounds.add(e.text.toLowerCase());
    }
  }
  return { notScored, oneWordCompounds };
}

const NOTHING_SCORED_APART: ScoredEntries = { notScored: new Set(), oneWordCompounds: new Set() };

/** The analysis engine as the measure needs it. */
interface ExpressionFinder {
  analyze(text: string): {
    tokens: Array<{ start: number; end: number; lemma?: string; expression?: number }>;
    expressions: Array<{ lemma: string; parts: number[] }>;
  };
}

/** The annotated sentences with the engine's expressions beside the gold ones. */
function engineSentences(
  engine: ExpressionFinder,
  texts: ReadonlyMap<string, string>,
  goldPath: string,
  sentencesPath: string,
  entries: ScoredEntries,
): { sentences: MweSentence[]; gold: GoldMwe[] } {
  const keep = readMweSentences(sentencesPath);
  const gold = readMweGold(goldPath, texts, (id) => keep.get(id) === true);
  const sentences: MweSentence[] = [];
  for (const [id, kept] of keep) {
    if (!kept) continue;
    const text = texts.get(id);
    if (text === undefined) throw new Error(`${sentencesPath}: sentence ${id} is not in the treebank.`);
    const analysis = engine.analyze(text);
    const system = analysis.expressions.filter((e) => !entries.notScored.has(e.lemma)).map((e) => ({
      lemma: e.lemma,
      parts: e.parts.map((p): CharSpan => [analysis.tokens[p]!.start, analysis.tokens[p]!.end]),
    }));
    for (const t of analysis.tokens) {
      const lemma = t.lemma?.toLowerCase();
      if (t.expression === undefined && lemma !== undefined && entries.oneWordCompounds.has(lemma)) system.push({ lemma, parts: [[t.start, t.end]] });
    }
    sentences.push({ id, keep: true, gold: gold.filter((g) => g.sentId === id), system });
  }
  return { sentences, gold };
}

/**
 * The sentence texts a set carries itself, in a fourth `text` column of NAME-sentences.tsv (a news
 * set: its sentences are in no treebank); empty for a set keyed into French-GSD.
 */
export function readOwnTexts(path: string): Map<string, string> {
  const out = new Map<string, string>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (i === 0 || line.trim() === '') return;
      const [id = '', , , text] = line.split('\t');
      if (text !== undefined && text !== '') out.set(id, text);
    });
  return out;
}

/** Up to `count` misses and false finds of a score, one line each. */
function errorLines(score: MweScore, texts: ReadonlyMap<string, string>, name: string, count: number): string[] {
  const textOf = (id: string, spans: CharSpan[]) => spans.map(([a, b]) => texts.get(id)!.slice(a, b)).join(' ');
  return [
    '',
    `${name}, missed (exact; * = found partly):`,
    ...score.misses.slice(0, count).map((m) => `  ${m.sentId} ${m.partial ? '*' : ' '} ${m.gold.cls} «${m.gold.surface}» = ${m.gold.lemma}`),
    `${name}, found but not gold (exact):`,
    ...score.spurious.slice(0, count).map((s) => `  ${s.sentId} «${textOf(s.sentId, s.system.parts)}» = ${s.system.lemma}`),
  ];
}

/**
 * Runs the engine on the annotated sentences and scores it for the tuning half, the held-out half
 * and both. `showErrors` lists that many tuning-half misses and false finds (never held-out ones).
 */
export function measureMwe(
  engine: ExpressionFinder,
  texts: ReadonlyMap<string, string>,
  goldPath: string,
  sentencesPath: string,
  showErrors = 0,
  entries: ScoredEntries = NOTHING_SCORED_APART,
): string[] {
  const { sentences, gold } = engineSentences(engine, texts, goldPath, sentencesPath, entries);
  const tuning = scoreMwe(sentences.filter((s) => isTuning(s.id)));
  const lines = [
    `expressions (${goldPath}: ${sentences.length} kept sentences, ${gold.length} occurrences)`,
    ...formatMweScore('tuning half (odd ids)', tuning),
    ...formatMweScore('held-out half (even ids)', scoreMwe(sentences.filter((s) => !isTuning(s.id)))),
    ...formatMweScore('all', scoreMwe(sentences)),
  ];
  return showErrors > 0 ? [...lines, ...errorLines(tuning, texts, 'tuning half', showErrors)] : lines;
}

/**
 * A set annotated here, in mwe-dev.tsv's format: NAME.tsv and NAME-sentences.tsv (whose fourth
 * column, when there is one, holds the sentence texts: see readOwnTexts).
 */
export interface SelfAnnotatedSet {
  gold: string;
  sentences: string;
  /** From mwe-heldout/: measured only, its misses never listed. */
  heldOut: boolean;
}

/** test/eval/mwe-extra (tuning) and test/eval/mwe-heldout (held out). */
export const MWE_TUNING_DIR = join(__dirname, 'mwe-extra');
export const MWE_HELD_OUT_DIR = join(__dirname, 'mwe-heldout');

/** The sets of `dir` (NAME.tsv beside NAME-sentences.tsv), by name. */
export function selfAnnotatedSets(dir: string, heldOut: boolean): SelfAnnotatedSet[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.tsv') && !n.endsWith('-sentences.tsv'))
    .sort()
    .map((n) => ({ gold: join(dir, n), sentences: join(dir, n.replace(/\.tsv$/, '-sentences.tsv')), heldOut }));
}

/**
 * The same measure on a set the project annotated itself, by the same scheme, over French-GSD dev
 * sentences that mwe-dev.tsv leaves out. A tuning set (mwe-extra) may have `showErrors` of its misses
 * listed; a held-out set (mwe-heldout) never does, whatever `showErrors` says: only its figures are
 * looked at.
 */
export function measureMweExtra(
  engine: ExpressionFinder,
  texts: ReadonlyMap<string, string>,
  set: SelfAnnotatedSet,
  showErrors = 0,
  entries: ScoredEntries = NOTHING_SCORED_APART,
): string[] {
  const own = readOwnTexts(set.sentences);
  const setTexts = own.size > 0 ? own : texts;
  const { sentences, gold } = engineSentences(engine, setTexts, set.gold, set.sentences, entries);
  const score = scoreMwe(sentences);
  const role = set.heldOut ? 'held-out' : 'tuning';
  const kind = own.size > 0 ? ' "news"' : '';
  const lines = [
    `expressions, self-annotated ${role} set${kind} (${set.gold}: ${sentences.length} kept sentences, ${gold.length} occurrences)`,
    ...formatMweScore(set.heldOut ? 'all (held out)' : 'all (tuning)', score),
  ];
  return showErrors > 0 && !set.heldOut ? [...lines, ...errorLines(score, setTexts, 'self-annotated set', showErrors)] : lines;
}
