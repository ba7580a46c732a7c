// The headword of an impersonal expression as dictionaries print it. The expression lexicon writes
// every verb as its lemma, so that « il s'agissait de » and « il s'agira de » match the entry
// `il s'agir de`; but after *il* a learner must read the verb conjugated, as in any dictionary and
// in the hand-annotated expressions of mwe-dev.tsv: « il s'agit de », « il n'est pas exclu que ».

/** The third person singular present of the verbs impersonal entries use, where it is not the -er rule's. */
const PRESENT_3SG: ReadonlyMap<string, string> = new Map([
  ['être', 'est'], ['avoir', 'a'], ['aller', 'va'], ['falloir', 'faut'], ['faire', 'fait'],
  ['valoir', 'vaut'], ['pouvoir', 'peut'], ['devoir', 'doit'], ['pleuvoir', 'pleut'],
  ['tenir', 'tient'], ['appartenir', 'appartient'], ['convenir', 'convient'], ['revenir', 'revient'],
  ['advenir', 'advient'], ['venir', 'vient'], ['paraître', 'paraît'], ['apparaître', 'apparaît'],
  ['ressortir', 'ressort'], ['agir', 'agit'], ['suffire', 'suffit'], ['ensuivre', 'ensuit'],
  ['dire', 'dit'], ['prendre', 'prend'], ['mettre', 'met'], ['voir', 'voit'], ['sortir', 'sort'],
]);

/** What may stand between *il* and its verb: negation and object clitics. */
const CLITICS: ReadonlySet<string> = new Set(['ne', 'se', 'en', 'y', 'le', 'la', 'les', 'lui', 'leur', 'me', 'te', 'nous', 'vous']);

/** An elided clitic before its word: n', s', l', m', t' (either apostrophe). */
const ELIDED = /^([nslmt])['’]/u;
const VOWEL_START = /^[aeiouyéèêâîôûh]/u;

/**
 * The entry with the verb of an impersonal expression in the present: `il s'agir de` →
 * « il s'agit de », `il n'y avoir qu'à` → « il n'y a qu'à ». Any other entry, and an entry whose
 * verb is already conjugated (« il est vrai »), is returned as it is.
 */
export function impersonalHeadword(entry: string): string {
  if (!entry.startsWith('il ')) return entry;
  const words = entry.split(' ');
  for (let w = 1; w < words.length; w++) {
    // A word is elided clitics, then a remainder: « n'en » is n' + en, « s'agir » is s' + agir.
    let prefix = '';
    let rest = words[w]!;
    for (let m = ELIDED.exec(rest); m; m = ELIDED.exec(rest)) {
      prefix += m[0];
      rest = rest.slice(m[0].length);
    }
    if (CLITICS.has(rest)) continue;
    const present = presentOf(rest);
    if (present === undefined) return entry;
    words[w] = elide(prefix, present);
    // A whole clitic word before the verb elides if the verb now starts with a vowel (ne + est).
    const before = words[w - 1]!;
    if (prefix === '' && w > 1 && VOWEL_START.test(present) && /^[nslmt]e$/u.test(before)) {
      words.splice(w - 1, 2, `${before[0]}'${present}`);
    }
    return words.join(' ');
  }
  return entry;
}

/** The present 3sg of an infinitive, or undefined for a word that is not one this knows. */
function presentOf(infinitive: string): string | undefined {
  const irregular = PRESENT_3SG.get(infinitive);
  if (irregular !== undefined) return irregular;
  if (!infinitive.endsWith('er') || infinitive.length < 4) return undefined;
  // avérer → avère: an é in the last syllable of the stem opens before a silent e.
  return infinitive.slice(0, -2).replace(/é([^aeiouyéèêâîôû]+)$/u, 'è$1') + 'e';
}

/** Elided clitics before a verb that may now start with a consonant: « n'aller » would be « ne va ». */
function elide(prefix: string, verb: string): string {
  if (prefix === '' || VOWEL_START.test(verb)) return prefix + verb;
  return prefix.replace(/([nslmt])['’]$/u, '$1e ') + verb;
}
