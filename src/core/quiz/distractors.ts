// Wrong answers that are worth choosing between: the same part of speech and a similar frequency
// band as the right one, never a synonym of it (glosses compared sense by sense), never repeated.
import { fold } from './french';
import { sample, shuffle, type Rng } from './rng';
import type { VocabEntry } from './source';

/** English words that carry no meaning of their own in a gloss. */
const GLOSS_FILLER = new Set(
  'to a an the of be been being for in on at with by as and or one oneself sth something sb someone up'.split(' '),
);

/** The content words of an English gloss sense: « to make preparations » -> {make, preparations}. */
export function glossWords(sense: string): Set<string> {
  const words = fold(sense.replace(/\([^)]*\)/g, ' '))
    .split(/[^a-z0-9'-]+/)
    .filter((w) => w && !GLOSS_FILLER.has(w))
    .map((w) => w.replace(/(ies)$/, 'y').replace(/(?<=[^s])s$/, ''));
  return new Set(words);
}

/** Whether two glosses share a sense or most of the words of their main senses. */
export function glossesOverlap(a: readonly string[], b: readonly string[]): boolean {
  const fa = a.map(fold);
  const fb = b.map(fold);
  if (fa.some((s) => fb.includes(s))) return true;
  for (const sa of a) {
    const wa = glossWords(sa);
    for (const sb of b) {
      const wb = glossWords(sb);
      if (wa.size === 0 || wb.size === 0) continue;
      const shared = [...wa].filter((w) => wb.has(w)).length;
      if (shared / Math.min(wa.size, wb.size) >= 0.5) return true;
    }
  }
  return false;
}

/** Whether two vocabulary entries would both be right answers to a question about one of them. */
export function interchangeable(a: VocabEntry, b: VocabEntry): boolean {
  return a.key === b.key || fold(a.lemma) === fold(b.lemma) || glossesOverlap(a.senses, b.senses);
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
  const shown = new Set([fold(label(target))]);
  for (const e of byCloseness) {
    if (picked.length === n) break;
    const text = fold(label(e));
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
