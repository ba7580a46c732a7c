// The expletive ne: « ils redoutent que le virus ne gagne les villes » negates nothing (they fear the
// virus will reach the cities). Formal French puts a lone ne after verbs and nouns of fearing and
// after avant que, à moins que; a learner reading it as "not" reads the opposite of the sentence.
import { NEGATION_WORDS } from './tagger';
import type { AnalyzedToken } from './types';

/** What governs an expletive ne: fearing or preventing (by lemma), then que before the ne. */
const FEARING = new Set(['craindre', 'redouter', 'peur', 'crainte', 'appréhender', 'éviter', 'empêcher']);
/** Conjunctions whose que takes an expletive ne: avant que, à moins que. */
const CONJUNCTION_HEADS = new Set(['avant', 'moins']);

/** How far a trigger may stand before the ne, and how far its partner after it. */
const LOOK_BACK = 10;
const LOOK_AHEAD = 6;

/** Whether tokens[i], a ne, is expletive: a fearing word or avant/à moins, que, then no partner before the clause ends. */
export function isExpletiveNe(tokens: readonly AnalyzedToken[], i: number): boolean {
  let que = -1;
  for (let k = i - 1; k >= 0 && k >= i - LOOK_BACK; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.form !== ',') return false;
    if (que < 0) {
      if (t.lemma === 'que') que = k;
      continue;
    }
    if (FEARING.has(t.lemma) || (k === que - 1 && CONJUNCTION_HEADS.has(t.lemma))) return noPartnerAfter(tokens, i);
  }
  return false;
}

function noPartnerAfter(tokens: readonly AnalyzedToken[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + LOOK_AHEAD; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return true;
    // A second word of negation makes it a real one (« craint qu'il ne vienne pas »), and ne … que restricts.
    if (NEGATION_WORDS.has(t.lemma) || t.lemma === 'nullement' || t.lemma === 'que') return false;
  }
  return true;
}
