// Wrong answers that are worth choosing between: the same part of speech and a similar frequency
// band as the right one, never a synonym of it (glosses compared sense by sense), never repeated.
import { fold } from './french';
import { sample, shuffle, type Rng } from './rng';
import { REPORTING_VERBS } from './reporting';
import type { VocabEntry } from './source';

/** English words that carry no meaning of their own in a gloss. */
const GLOSS_FILLER = new Set(
  'to a an the of be been being for in on at with by as and or one oneself sth something sb someone up'.split(' '),
);

// Pure memo tables: glosses and lemmas are compared many times per quiz. Cleared when large.
const wordsCache = new Map<string, Set<string>>();
const foldCache = new Map<string, string>();

function folded(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    if (foldCache.size > 20000) foldCache.clear();
    f = fold(s);
    foldCache.set(s, f);
  }
  return f;
}

/** The content words of an English gloss sense: « to make preparations » -> {make, preparation}. */
export function glossWords(sense: string): Set<string> {
  let words = wordsCache.get(sense);
  if (!words) {
    if (wordsCache.size > 20000) wordsCache.clear();
    words = new Set(
      fold(sense.replace(/\([^)]*\)/g, ' '))
        .split(/[^a-z0-9'-]+/)
        .filter((w) => w && !GLOSS_FILLER.has(w))
        .map((w) => w.replace(/(ies)$/, 'y').replace(/(?<=[^s])s$/, '')),
    );
    wordsCache.set(sense, words);
  }
  return words;
}

/**
 * Derivational endings that leave an English word's stem: « investigation » and « to investigate »,
 * « agreement » and « to agree », « meeting » and « to meet » name one act, so a distractor glossed with
 * one beside a key glossed with the other (« to conduct an investigation » beside « to investigate »,
 * review 12, item 134) is a second fair answer. Agent nouns (-er, -or) are left alone: « officer » is no
 * « office ». The longest ending first; the stem must keep four letters (« nation » is no « to nate »).
 */
const DERIVATIONAL_ENDINGS = ['ations', 'ation', 'itions', 'ition', 'ments', 'ment', 'ions', 'ion', 'ings', 'ing', 'ate', 'ed'];
const MIN_STEM = 4;

/** The stem of a gloss word: « investigation », « investigate » -> investig; « decision », « decide » -> decid. */
export function glossStem(word: string): string {
  let stem = word;
  const ending = DERIVATIONAL_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
  if (ending) stem = word.slice(0, -ending.length);
  if (stem.endsWith('e') && stem.length - 1 >= MIN_STEM) stem = stem.slice(0, -1);
  // « decision » / « decide », « conclusion » / « conclude », « explosion » / « explode »: -sion keeps
  // the verb's d as s (« discussion » / « discuss » keep their ss).
  if (/[^s]sion$/u.test(word) && stem.endsWith('s')) stem = `${stem.slice(0, -1)}d`;
  return stem;
}

const stemsCache = new Map<string, Set<string>>();

/** The stems of a gloss sense's content words. */
function glossStems(sense: string): Set<string> {
  let stems = stemsCache.get(sense);
  if (!stems) {
    if (stemsCache.size > 20000) stemsCache.clear();
    stems = new Set([...glossWords(sense)].map(glossStem));
    stemsCache.set(sense, stems);
  }
  return stems;
}

/**
 * English senses that share no word but would both be fair answers: « dans les plus brefs délais »
 * (as soon as possible) against « aussitôt » (immediately), « actuellement » against « pour l'instant ».
 * The names of the doer of one act too: a dispatch calls one man « l'assaillant » and « l'agresseur »,
 * so « aggressor » is a fair answer to « assaillant » (attacker, assailant: review 15, item 165), and
 * « tueur » (killer) beside « meurtrier » (murderer) likewise.
 */
const NEAR_SENSES: readonly (readonly string[])[] = [
  ['immediately', 'at once', 'right away', 'straight away', 'as soon as possible', 'without delay', 'promptly', 'forthwith', 'shortly'],
  ['currently', 'at present', 'presently', 'now', 'for the moment', 'for now', 'at the moment', 'for the time being'],
  ['about', 'around', 'roughly', 'approximately', 'nearly', 'some'],
  ['also', 'too', 'as well', 'likewise', 'similarly', 'in the same way'],
  ['attacker', 'assailant', 'aggressor', 'assaulter'],
  ['killer', 'murderer', 'assassin', 'slayer'],
];
const NEAR_GROUP = new Map(NEAR_SENSES.flatMap((group, i) => group.map((sense) => [sense, i] as const)));

/**
 * The near-sense groups of a sense and of each of its comma-separated alternatives: « as things stand,
 * at present » is near « for the time being » by its second alternative (tuning s12a, item 73).
 */
function nearGroups(sense: string): Set<number> {
  const groups = new Set<number>();
  for (const alternative of [sense, ...sense.split(',')]) {
    const g = NEAR_GROUP.get(folded(alternative).trim());
    if (g !== undefined) groups.add(g);
  }
  return groups;
}

function nearSenses(a: string, b: string): boolean {
  const ga = nearGroups(a);
  if (ga.size === 0) return false;
  for (const g of nearGroups(b)) if (ga.has(g)) return true;
  return false;
}

/** Whether two glosses share a sense, a near sense, or most of the words (or their stems) of their main senses. */
export function glossesOverlap(a: readonly string[], b: readonly string[]): boolean {
  for (const sa of a) {
    const wa = glossWords(sa);
    for (const sb of b) {
      if (folded(sa) === folded(sb) || nearSenses(sa, sb)) return true;
      const wb = glossWords(sb);
      if (wa.size === 0 || wb.size === 0) continue;
      // Words count as shared by their stems: « to make a decision » says « to decide ».
      const stemsB = glossStems(sb);
      let shared = 0;
      for (const w of wa) if (wb.has(w) || stemsB.has(glossStem(w))) shared++;
      if (shared / Math.min(wa.size, wb.size) >= 0.5) return true;
    }
  }
  return false;
}

/** Two reporting verbs (déclarer, affirmer, préciser: to state, to assert, to specify) would both be fair answers. */
function sameNuance(a: VocabEntry, b: VocabEntry): boolean {
  // Any two: « préciser » (to specify) against « déclarer » (to state) leaves two fair English answers
  // to « elle a précisé que… ». A reporting verb's wrong choices are other kinds of words.
  // « assurer que » and « appeler … à » are reporting verbs too, written as expressions.
  const reporting = (e: VocabEntry): boolean => REPORTING_VERBS.some((v) => v.lemma === e.lemma || e.lemma.startsWith(`${v.lemma} `));
  return reporting(a) && reporting(b);
}

// Pairs already compared: every entry meets every other a few times per quiz.
const pairCache = new WeakMap<VocabEntry, WeakMap<VocabEntry, boolean>>();

/** Whether two vocabulary entries would both be right answers to a question about one of them. */
export function interchangeable(a: VocabEntry, b: VocabEntry): boolean {
  let row = pairCache.get(a);
  if (!row) {
    row = new WeakMap();
    pairCache.set(a, row);
  }
  let same = row.get(b);
  if (same === undefined) {
    same = a.key === b.key || folded(a.lemma) === folded(b.lemma) || glossesOverlap(a.senses, b.senses) || sameNuance(a, b);
    row.set(b, same);
  }
  return same;
}

/**
 * Up to `n` distractor entries for `target`: same part of speech, closest frequency band first
 * (random within a band), none interchangeable with the target or with each other.
 * `label` gives the text each would show, so that no two choices read the same.
 */
export function pickDistractors(
  target: VocabEntry,
  pool: readonly VocabEntry[],
  n: number,
  rng: Rng,
  label: (e: VocabEntry) => string,
): VocabEntry[] {
  const candidates = pool.filter((e) => e.pos === target.pos && !interchangeable(e, target));
  const byCloseness = shuffle(candidates, rng).sort(
    (x, y) => closeness(x, target) - closeness(y, target),
  );
  const picked: VocabEntry[] = [];
  const shown = new Set([folded(label(target))]);
  for (const e of byCloseness) {
    if (picked.length === n) break;
    const text = folded(label(e));
    if (shown.has(text) || picked.some((p) => interchangeable(p, e))) continue;
    shown.add(text);
    picked.push(e);
  }
  return picked;
}

function closeness(e: VocabEntry, target: VocabEntry): number {
  return Math.abs(e.band - target.band) + (e.multiword === target.multiword ? 0 : 1);
}

/** Up to `n` distinct strings from `pool`, none equal (accent- and case-blind) to one in `exclude`. */
export function pickOthers(pool: readonly string[], exclude: readonly string[], n: number, rng: Rng): string[] {
  const seen = new Set(exclude.map(fold));
  const unique: string[] = [];
  for (const s of pool) {
    const k = fold(s);
    if (seen.has(k)) continue;
    seen.add(k);
    unique.push(s);
  }
  return sample(unique, n, rng);
}
