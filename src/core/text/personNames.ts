// Persons' names: « Claire Fontaine » is a woman, not "clear" and "fountain". A capitalised common
// word read as a name gets the common word's gloss (Centre, Nord: the learner meets the word inside
// the name); inside a person's name that gloss misleads, so there the name goes unglossed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCapitalised, lookupKey } from './tagger';
import type { GlossEntry } from './glosses';
import type { AnalyzedToken } from './types';

/** The data folder's given names, one lower-case name a line (built from @zxcvbn-ts/language-fr). */
export const GIVEN_NAMES_FILE = 'given-names.txt';

/** Titles a family name follows: M. Fontaine, Mme Diallo, Me Dupont, le docteur Martin. */
const TITLES: ReadonlySet<string> = new Set(['monsieur', 'madame', 'mademoiselle', 'docteur', 'Me']);

/** The given names of a data folder, read on first use: most sentences hold no capitalised common word. */
export class GivenNames {
  private names: ReadonlySet<string> | undefined;

  constructor(private readonly dataDir: string) {}

  has(key: string): boolean {
    if (this.names === undefined) {
      const file = join(this.dataDir, GIVEN_NAMES_FILE);
      this.names = new Set(existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((n) => n !== '') : []);
    }
    return this.names.has(key);
  }
}

function capitalisedWord(t: AnalyzedToken | undefined): boolean {
  return t !== undefined && t.kind === 'word' && isCapitalised(t.form);
}

/**
 * Follows the names of persons along a sentence: `inName` says whether token i, a name, stands in
 * one. A person's name is a given name before a capitalised word (Claire Fontaine, Pierre Martin),
 * or the capitalised words after a given name or a title (M., Mme, Me). A given name whose authored
 * gloss has a gender, a country's or a region's (France), opens none: France Télévisions is no person.
 */
export class PersonNameRun {
  /** The last token found in a person's name in this sentence (-2: none). */
  private last = -2;

  constructor(private readonly givenNames: GivenNames) {}

  /** At each sentence's start. */
  reset(): void {
    this.last = -2;
  }

  /**
   * Called for the sentence's names in order (tokens before i are analysed), with the name's gloss;
   * true when it stands in a person's name, or is a given name, and its automatic gloss should go.
   */
  inName(tokens: AnalyzedToken[], i: number, end: number, gloss: GlossEntry | null | undefined): boolean {
    const tok = tokens[i]!;
    if (!capitalisedWord(tok)) return false;
    const place = gloss != null && gloss.source === 'core' && gloss.gender !== undefined;
    const inName =
      this.last === i - 1 ||
      (i > 0 && TITLES.has(tokens[i - 1]!.lemma)) ||
      (!place && i + 1 < end && capitalisedWord(tokens[i + 1]) && this.givenNames.has(lookupKey(tok.form)));
    if (inName) this.last = i;
    if (gloss == null || gloss.source !== 'auto') return false;
    // A given name alone (« chapelle dédiée à Marie ») is a person too: no "to marry"; not after an
    // article (l'Oscar, the award) nor a capitalised word (la Maison Blanche).
    return inName || (i > 0 && tokens[i - 1]!.upos !== 'DET' && !capitalisedWord(tokens[i - 1]) && this.givenNames.has(lookupKey(tok.form)));
  }
}
