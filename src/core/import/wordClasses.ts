// Word classes the glossary selection treats apart: weekdays and months, false friends, and
// cognates spelt like their English gloss. Hand lists, small on purpose: each entry is a choice a
// teacher would make.
import { MONTHS, WEEKDAYS } from '../text/calendar';

/** Taught at A1–A2; above that a glossary row on *mardi* or *juin* is wasted. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/**
 * French words an English reader takes for the English word they look like, with that word: they
 * are taught whatever their frequency, and the glossary says what they do not mean. The common
 * traps of press French.
 */
export const FALSE_FRIENDS: ReadonlyMap<string, string> = new Map([
  ['actuel', 'actual'], ['actuellement', 'actually'], ['éventuel', 'eventual'], ['éventuellement', 'eventually'],
  ['assister', 'assist'], ['attendre', 'attend'], ['prétendre', 'pretend'], ['sensible', 'sensible'],
  ['location', 'location'], ['librairie', 'library'], ['lecture', 'lecture'], ['journée', 'journey'],
  ['formation', 'formation'], ['large', 'large'], ['rester', 'rest'], ['demander', 'demand'],
  ['introduire', 'introduce'], ['issue', 'issue'], ['supporter', 'support'], ['achever', 'achieve'],
  ['délai', 'delay'], ['engagement', 'engagement'], ['résumer', 'resume'], ['reporter', 'report'],
  ['contrôler', 'control'], ['décevoir', 'deceive'], ['déception', 'deception'], ['manifestation', 'manifestation'],
  ['manifester', 'manifest'], ['agenda', 'agenda'], ['ignorer', 'ignore'], ['réaliser', 'realise'],
  ['prévenir', 'prevent'], ['procès', 'process'], ['susceptible', 'susceptible'], ['patron', 'patron'],
  ['phrase', 'phrase'], ['député', 'deputy'], ['avertissement', 'advertisement'], ['blesser', 'bless'],
  ['compréhensif', 'comprehensive'], ['conférence', 'conference'], ['pétrole', 'petrol'], ['chance', 'chance'],
  ['sympathique', 'sympathetic'], ['caractère', 'character'], ['terrible', 'terrible'],
  ['parti', 'party'], ['retirer', 'retire'], ['user', 'use'], ['car', 'car'], ['complet', 'complete'],
  ['entourage', 'entourage'], ['opportunité', 'opportunity'], ['sanctionner', 'sanction'], ['instance', 'instance'],
  ['exploitation', 'exploitation'], ['fastidieux', 'fastidious'], ['achèvement', 'achievement'], ['rente', 'rent'],
]);

/** The main sense of a gloss: its first, without a parenthesis or the "to" of a verb. */
function mainSense(gloss: string): string {
  const first = gloss.split(';')[0] ?? gloss;
  return first.replace(/\([^)]*\)/g, '').replace(/^\s*to\s+/i, '').trim();
}

function folded(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/[’']/g, "'").trim();
}

/** Judgements already made: a long import asks about the same lemma and gloss in lesson after lesson. */
const judged = new Map<string, boolean>();
const MAX_JUDGED = 50_000;

function memo(kind: string, lemma: string, gloss: string, judge: () => boolean): boolean {
  const key = `${kind}\u0000${lemma}\u0000${gloss}`;
  let answer = judged.get(key);
  if (answer === undefined) {
    if (judged.size >= MAX_JUDGED) judged.clear();
    answer = judge();
    judged.set(key, answer);
  }
  return answer;
}

/** A word spelt as its English gloss, accents aside (*explosion*, *violent*, *bilatéral*, *visa*). */
export function identicalCognate(lemma: string, gloss: string): boolean {
  return memo('=', lemma, gloss, () => folded(lemma) === folded(mainSense(gloss)));
}

/** French endings and their English ones, for cognates a reader sees through (*synergie*, *médiateur*). */
const ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ie$/, 'y'], [/ique$/, 'ic'], [/aire$/, 'ary'], [/eur$/, 'or'], [/te$/, 'ty'], [/if$/, 'ive'], [/el$/, 'al'],
  [/iser$/, 'ize'], [/er$/, 'e'], [/er$/, ''], [/e$/, ''], [/eux$/, 'ous'], [/ment$/, 'ly'], [/isation$/, 'ization'],
];

/** Spelt as the English gloss but for a regular ending: easy to read, less worth a row. */
export function nearCognate(lemma: string, gloss: string): boolean {
  return memo('~', lemma, gloss, () => endingsCognate(lemma, gloss));
}

function endingsCognate(lemma: string, gloss: string): boolean {
  const french = folded(lemma);
  const english = folded(mainSense(gloss));
  if (french.length < 5) return false;
  return ENDINGS.some(([ending, replacement]) => ending.test(french) && french.replace(ending, replacement) === english) ||
    english.replace(/s$/, '') === french.replace(/s$/, '');
}
