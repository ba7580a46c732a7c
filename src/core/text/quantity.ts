// Whether a quantity starts at a token: what an approximative (de l'ordre de, pas loin de) or a
// verb of amount (s'élever à = to amount to) needs after it. « de l'ordre de 3 % » is about 3%,
// « de l'ordre des points » is "of the order of the points"; « s'élève à 30 morts » amounts to 30,
// « s'élève dans les nuages » rises.
import type { AnalyzedToken } from './types';

/** Nouns that count or measure (des centaines de, un million, la moitié, un total de). */
const QUANTITY_NOUNS = new Set([
  'millier', 'million', 'milliard', 'billion', 'centaine', 'dizaine', 'douzaine', 'quinzaine', 'vingtaine', 'trentaine',
  'quarantaine', 'cinquantaine', 'soixantaine', 'huitaine', 'moitié', 'tiers', 'quart', 'pourcentage', 'total', 'montant',
  'somme', 'nombre', 'record', 'maximum', 'minimum', 'euro', 'dollar', 'mètre', 'kilomètre', 'tonne',
]);

/** Words that may stand before the number: environ, près de, plus de, quelque, des (centaines), un (million). */
const BEFORE_NUMBER = new Set([
  'environ', 'près', 'presque', 'quelque', 'quelques', 'plus', 'moins', 'pas', 'loin', 'seulement', 'à', 'peine', 'au', 'moins', 'un',
  'une', 'des', 'de', "d'", 'du', 'la', 'le', "l'", 'les', 'plusieurs', 'peu', 'bien', 'guère', 'approximativement', 'quasiment', 'grosso', 'modo',
  'autour', 'jusqu\'à', 'jusque', 'entre', 'tout', 'juste', 'exactement', 'officiellement', 'désormais', 'maintenant', 'déjà', 'actuellement',
]);

const NUMBER_WORD = /^(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille)s?$/;

/** A quantity starts at token j: a number, a number word or a counting noun, after up to four of environ, près de, plus de, des… */
export function quantityAt(tokens: readonly AnalyzedToken[], j: number): boolean {
  for (let k = j; k < j + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'number' || t.upos === 'NUM') return true;
    const form = t.form.toLowerCase().replace(/’/g, "'");
    if (NUMBER_WORD.test(form) && form !== 'un' && form !== 'une') return true;
    if (t.upos === 'NOUN' && QUANTITY_NOUNS.has(t.lemma)) return true;
    if (t.kind !== 'word' || !BEFORE_NUMBER.has(form)) return false;
  }
  return false;
}
