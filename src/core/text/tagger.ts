// Lemma and part of speech for every token: candidate readings from the closed-class table, the
// lexicon and a suffix guesser, then the most likely tag sequence (second-order Viterbi over a
// tag-trigram model), then deterministic rules for what three tags cannot see (avoir AUX before a
// distant participle, était prête, ne … que, names next to names).
import { MONTHS, WEEKDAYS } from './calendar';
import { CLOSED_CLASS, type Reading } from './closedClass';
import type { GlossEntry } from './glosses';
import type { Lexicon } from './lexicon';
import type { LexEntry } from './lexiconFormat';
import { TRIGRAM_TAGS, TRIGRAMS } from './transitions';
import { intern } from './intern';
import type { Gender, Token, Upos } from './types';

/** A reading with its gender when it is a noun, and the tagger's precomputed numbers. */
export interface Candidate extends Reading {
  gender?: Gender;
  /** Index of upos and of the tag the next word sees in UPOS_TAGS; log emission score. */
  tag?: number;
  out?: number;
  emit?: number;
  /** For a capitalised word read as a name: its lower-case spelling is a frequent common word. */
  commonWord?: boolean;
  /** For a capitalised word read as a name: the lexicon knows it by no name, and its lower case is an infinitive (Soutenir). */
  infinitiveSpelling?: boolean;
  /** For adjectives: the lexicon lists it as an adjective in its own right, not only as a participle. */
  pureAdjective?: boolean;
  /** The keys a token with this reading matches expression words by (computed once). */
  expressionKeys?: string[];
  /** The gloss of this reading, looked up once (null: none). */
  glossEntry?: GlossEntry | null;
  /** For a participle with no auxiliary: its gloss with the adjective's senses first, made from `verb` once. */
  adjectiveGloss?: { verb: GlossEntry; entry: GlossEntry };
  /**
   * For verbs: a finite form in -s and nothing else (conformes, combats): only je or tu can be its
   * subject (no third person ends in -s; the -ons of nous aside).
   */
  jeTuOnly?: boolean;
}

const SYMBOLS = /^[%€$£¥°§#&+=<>/*|~^@©®™±×÷]+$/;
/** The apostrophe, and the marks sources type for it at the end of an elided word (c‘, lʼ, d`). */
const APOSTROPHE = /’|(?<=\p{L})[‘ʼ`´′]$/gu;

/** Starts with a capital letter (any script). */
export function isCapitalised(s: string): boolean {
  const c = s[0] ?? '';
  return c !== c.toLowerCase();
}

const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** Two capital letters or more and nothing else (AS, LA; not M. nor L'). */
const CAPITALS_ONLY = /^\p{Lu}{2,}$/u;

/** XIXe, Ve, IIIe siècle; II, XIV (Louis XIV). */
const ROMAN_ORDINAL = /^(?=[IVXL]*[IVX][IVXL]*(?:e|er|ème)$)L?X{0,3}(?:IX|IV|V?I{0,3})(?:e|er|ème)$/;
const ROMAN = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/** NFC, skipping the work for text below U+0300 (Latin letters are precomposed already). */
export function nfc(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return s.normalize('NFC');
  return s;
}

/** Lower case with straight apostrophes and NFC: how the tables are keyed. */
export function lookupKey(form: string): string {
  // Most forms are keys already (lower case, no curly apostrophe): they are returned as they are,
  // sparing a lookup in the large cache below, which the matcher and the rules make at every token.
  if (isKeyAlready(form)) return form;
  let key = keyCache.get(form);
  if (key === undefined) {
    key = nfc(form).toLowerCase().replace(APOSTROPHE, "'");
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(form, key);
  }
  return key;
}
const keyCache = new Map<string, string>();

/**
 * Whether lookupKey would return the form unchanged: every character is a lower-case letter a–z,
 * ß–ÿ or œ (precomposed, so already NFC; none changes in lower case), a digit, a hyphen or a
 * straight apostrophe.
 */
export function isKeyAlready(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x27 || c === 0x153) continue;
    return false;
  }
  return true;
}

/** How much a lemma's frequency rank supports a reading: common lemmas win ties. */
function rankWeight(rank: number | undefined): number {
  return 1 / (1 + (rank ?? 60000) / 4000);
}

/** Adjectives that mostly stand before the noun, so that DET + ADJ + NOUN is read right (le premier ministre). */
const PRENOMINAL = new Set([
  'premier', 'dernier', 'nouveau', 'ancien', 'jeune', 'petit', 'grand', 'bon', 'meilleur', 'mauvais', 'seul',
  'futur', 'principal', 'vieux', 'beau', 'haut', 'gros', 'long', 'double', 'même', 'propre', 'prochain',
  'second', 'certain', 'simple', 'vrai', 'faux', 'véritable', 'large', 'fort', 'nombreux', 'différent', 'divers',
  'vif',
]);

/** Adjectives that often stand before the noun and are nouns too (le sérieux): not in PRENOMINAL, whose weight they do not need. */
const PRENOMINAL_ALSO_NOUNS = new Set(['sérieux', 'grave']);

/** A cardinal number written in words with hyphens (quarante-huit, soixante-dix-sept). */
const COMPOUND_NUMBER = /^(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|et)(?:-(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|et))+$/i;

/** How likely a capitalised word that is also a common word (Centre, Roi) is a name inside a sentence. */
const CAPITALISED_COMMON_NAME_WEIGHT = 0.08;

const MORPH_WEIGHT: Partial<Record<string, number>> = { Ap: 0.15, Vk: 1, Vf: 1, Vi: 1, Vg: 1 };

export class Tagger {
  /** Readings by spelling, apart for the first word of a sentence (where a capital says little). */
  private readonly cache = new Map<string, Candidate[]>();
  private readonly startCache = new Map<string, Candidate[]>();

  constructor(private readonly lexicon: Lexicon) {}

  /** Readings of one token before context. Capitalisation and sentence position matter. */
  candidates(token: Token, sentenceStart: boolean): Candidate[] {
    const cache = sentenceStart ? this.startCache : this.cache;
    let c = cache.get(token.form);
    if (!c) {
      c = withScores(this.computeCandidates(token, sentenceStart));
      cache.set(token.form, c);
    }
    return c;
  }

  private computeCandidates(token: Token, sentenceStart: boolean): Candidate[] {
    const form = nfc(token.form);
    if (token.kind === 'punct') return [{ upos: SYMBOLS.test(form) ? 'SYM' : 'PUNCT', lemma: form, weight: 1 }];
    if (token.kind === 'symbol') return [{ upos: SYMBOLS.test(form) || form.includes('/') || form[0] === '°' ? 'SYM' : 'X', lemma: form, weight: 1 }];
    if (token.kind === 'number') {
      const ordinal = /\d(?:e|ème|es|èmes)$/.test(form);
      return [{ upos: ordinal ? 'ADJ' : 'NUM', lemma: form, weight: 1 }];
    }
    if (ROMAN_ORDINAL.test(form)) return [{ upos: 'ADJ', lemma: form, weight: 1 }];
    if (ROMAN.test(form)) return [{ upos: 'NUM', lemma: form, weight: 1 }, { upos: 'PROPN', lemma: form, weight: 0.3 }];
    // quarante-huit, vingt-et-un, quatre-vingt-dix: a number written in words.
    // « les Vingt-Sept »: capitalised inside a sentence, it names the EU's member states.
    if (COMPOUND_NUMBER.test(form)) return !sentenceStart && isCapitalised(form) ? [{ upos: 'PROPN', lemma: form, weight: 1 }] : [{ upos: 'NUM', lemma: form.toLowerCase(), weight: 1 }];
    // le A-module M, une opération de A, le plan B: inside a sentence a lone capital letter is a
    // letter used as a symbol or a name, not the word it spells (a = has, m = metre).
    if (!sentenceStart && /^[A-Z]$/.test(form)) return [{ upos: 'PROPN', lemma: form, weight: 1 }];
    const key = lookupKey(form);
    const closed = CLOSED_CLASS.get(key);
    const capitalised = isCapitalised(form);
    const exact = this.lexicon.lookup(form);
    // Me is also a lawyer's title (Me Dupont): applyRules takes it before a name.
    if (form === 'Me' && closed) return [...closed, { upos: 'PROPN', lemma: 'Me', weight: 0.01 }];
    // « A Paris, … », « A l'issue de »: wire copy drops the accent of a capital À, and a sentence
    // hardly opens on avoir (its subject comes first; « A-t-il » is the exception applyRules keeps).
    if (form === 'A' && sentenceStart && closed) return [{ upos: 'ADP', lemma: 'à', weight: 20 }, ...closed];
    // « l'AS Béziers », « LA Lakers »: in capitals inside a sentence a function word's spelling is
    // mostly an acronym, though the tag model may still read the word.
    if (closed && !sentenceStart && CAPITALS_ONLY.test(form)) return [{ upos: 'PROPN', lemma: form, weight: 4 }, ...closed];
    if (closed && (!capitalised || sentenceStart || !exact.some((e) => e.upos === 'PROPN'))) return closed;
    // PARIS, VIENNE, BRUXELLES: a dispatch's dateline opens it in capitals. There a name the lexicon
    // knows in title case is that name (not paris, a bet; nor vienne, a form of venir). Inside a
    // sentence, and in three letters, capitals spell acronyms (OMS, ESA), which stay as they are.
    if (sentenceStart && form.length > 3 && allCapitals(form) && !exact.some((e) => e.upos === 'PROPN')) {
      const title = titleCase(form);
      if (this.lexicon.lookup(title).some((e) => e.upos === 'PROPN')) return [{ upos: 'PROPN', lemma: title, weight: 1 }];
    }
    // MoDem, YouTube, PayPal: a capital inside a word after a small letter writes a name, never the
    // common word its letters spell (modem).
    if (capitalised && INNER_CAPITAL.test(form)) return [{ upos: 'PROPN', lemma: form, weight: 1 }];
    const out: Candidate[] = [];
    const lower = key !== form ? this.lexicon.lookup(key) : [];
    if (capitalised) {
      const propn = exact.some((e) => e.upos === 'PROPN');
      // Inside a sentence a capital mostly means a name; at its start it means little.
      const accented = lower.length === 0 && exact.length === 0 ? this.lookupAccented(form) : [];
      // A capitalised common noun in the lexicon (État) or an unaccented one (Etat) is not a name.
      const commonCapital = exact.some((e) => e.upos !== 'PROPN') || accented.length > 0;
      // French capitalises no verb inside a sentence: « le réseau social Twitter » is the name, not twitter = to tweet (tuning s10d, 38).
      const verbOnly = !sentenceStart && !commonCapital && lower.length > 0 && lower.every((e) => e.upos === 'VERB' || e.upos === 'AUX');
      const nameWeight = sentenceStart ? (propn ? 1 : 0.05) : propn || verbOnly ? 4 : commonCapital ? 0.1 : lower.length > 0 ? CAPITALISED_COMMON_NAME_WEIGHT : 3;
      const name: Candidate = { upos: 'PROPN', lemma: form, weight: nameWeight };
      // A capital on a common word (Centre, Roi, Télévisions) is not a name just because a name
      // follows. A name the lexicon knows is such a word only when it spells that word itself
      // (Centre: centre), not a form of another (Vannes, the town, is no plural of vanne, a sluice
      // gate; Limoges no form of limoger).
      if (lower.length > 0 && key.length > 2 && (this.lexicon.rank(key) ?? Infinity) < 20000 && (!propn || lower.some((e) => e.lemma === key))) name.commonWord = true;
      if (!propn && lower.some((e) => e.upos === 'VERB' && e.morph === 'i')) name.infinitiveSpelling = true;
      // « Soutenir François Fillon, c'est… »: at a sentence's start, an infinitive the lexicon knows by
      // no name is the verb, even before a name (a quotation's start: see applyRules).
      if (!(sentenceStart && name.infinitiveSpelling)) out.push(name);
      // A known name inside a sentence (Chine) is rarely the common noun it also spells (chine).
      const commonWeight = (propn || verbOnly) && !sentenceStart ? 0.1 : 1;
      this.addEntries(out, exact.filter((e) => e.upos !== 'PROPN'), capitalised, form, commonWeight);
      this.addEntries(out, lower, false, form, commonWeight);
      this.addEntries(out, accented, true, form);
      if (form.length > 1 && form === form.toUpperCase() && !sentenceStart) {
        // le PIB, la TVA, un PDG: an acronym the lexicon gives as a common noun of its own spelling
        // (not OS, operating system) is mostly that noun, but may still be a name's part (Ouï FM).
        const nouns = propn ? [] : exact.filter((e) => e.upos === 'NOUN' && e.lemma === form);
        const acronym: Candidate = { upos: 'PROPN', lemma: form, weight: 1 };
        if (nouns.length === 0) return [acronym];
        const common: Candidate[] = [];
        this.addEntries(common, nouns, true, form);
        acronym.weight = common[0]!.weight / 2;
        return [...common, acronym];
      }
    } else {
      this.addEntries(out, exact, false, form);
      if (exact.length === 0) this.addEntries(out, this.lookupOldSpelling(key), false, form);
    }
    if (out.length === 0 || (out.length === 1 && out[0]!.upos === 'PROPN' && out[0]!.weight < 1)) {
      out.push(...this.guess(form, key));
    }
    if (JE_TU_ENDING.test(key)) for (const c of out) if (c.upos === 'VERB' && c.verbForms !== undefined && FINITE_ONLY.test(c.verbForms)) c.jeTuOnly = true;
    return balanceNominal(out, key);
  }

  /** The 1990 spelling drops circumflexes on i and u (abime, entrainement); the Lefff keeps them. */
  private lookupOldSpelling(key: string): LexEntry[] {
    for (let i = 0; i < key.length; i++) {
      const c = key[i];
      if (c !== 'i' && c !== 'u') continue;
      const variant = key.slice(0, i) + (c === 'i' ? 'î' : 'û') + key.slice(i + 1);
      const entries = this.lexicon.lookup(variant);
      if (entries.length > 0) return entries;
    }
    return [];
  }

  /** Unaccented capitals are common in print: Etat -> État, Electricité -> Électricité. */
  private lookupAccented(form: string): LexEntry[] {
    const first = form[0];
    const alt = first === 'E' ? 'É' : first === 'A' ? 'À' : undefined;
    if (!alt) return [];
    const exact = this.lexicon.lookup(alt + form.slice(1));
    return exact.length > 0 ? exact : this.lexicon.lookup((alt + form.slice(1)).toLowerCase());
  }

  private addEntries(out: Candidate[], entries: LexEntry[], keepCase: boolean, form: string, factor = 1): void {
    for (const e of entries) {
      if (e.upos === 'PROPN') continue;
      const lemma = keepCase ? e.lemma : lowerLemma(e.lemma, form);
      // A content reading of a function word's lemma (mois as the plural of le moi, the self) is
      // rare: the lemma's rank counts the pronoun, so it would win over mois, the month.
      const rank = e.upos !== 'PRON' && e.upos !== 'DET' && CLOSED_CLASS.has(lemma) && !CLOSED_CLASS.get(lemma)!.some((r) => r.upos === e.upos)
        ? undefined
        : this.lexicon.rank(lemma);
      const w = factor * rankWeight(rank) * (MORPH_WEIGHT[e.upos[0]! + e.morph] ?? 1) * (e.upos === 'VERB' || e.upos === 'NOUN' || e.upos === 'ADJ' || e.upos === 'ADV' ? 1 : 0.3);
      const gender = e.upos === 'NOUN' && (e.morph === 'm' || e.morph === 'f') ? e.morph : undefined;
      const existing = out.find((c) => c.upos === e.upos && c.lemma === lemma);
      if (existing) {
        existing.weight = Math.max(existing.weight, w);
        if (e.upos === 'VERB') {
          if (e.morph === 'k') existing.participle = true;
          existing.verbForms = (existing.verbForms ?? '') + e.morph;
        }
        if (e.upos === 'ADJ' && e.morph !== 'p') existing.pureAdjective = true;
        continue;
      }
      const c: Candidate = { upos: e.upos, lemma, weight: w };
      if (gender) c.gender = gender;
      if (e.upos === 'VERB') {
        if (e.morph === 'k') c.participle = true;
        c.verbForms = e.morph;
      }
      if (e.upos === 'ADJ' && e.morph !== 'p') c.pureAdjective = true;
      out.push(c);
    }
  }

  /** Readings for a word the lexicon lacks: hyphenated compounds by their last part, else suffixes. */
  private guess(form: string, key: string): Candidate[] {
    // al-Burhane, el-Cheikh, ben-Ali: a capital after a hyphen marks a name.
    if (/-[A-ZÀ-ÖØ-Þ]/.test(form)) return [{ upos: 'PROPN', lemma: form, weight: 1 }];
    const hyphen = key.lastIndexOf('-');
    if (hyphen > 0 && hyphen < key.length - 1) {
      const head = key.slice(0, hyphen + 1);
      const tail = this.lexicon.lookup(key.slice(hyphen + 1));
      const out: Candidate[] = [];
      this.addEntries(out, tail, false, key.slice(hyphen + 1));
      // « contre-la-montre », « hors-la-loi »: a noun after an article inside the compound is its
      // complement, so its gender is not the compound's (the gloss lexicon's, if any, stands; tuning s9d).
      const complement = /-(?:la|le|les)-$/u.test(head);
      if (out.length > 0) return out.map((c) => ({ ...c, lemma: head + c.lemma, ...(complement ? { gender: undefined } : {}) }));
    }
    return guessBySuffix(key, form);
  }
}

/**
 * Noun, adjective and participle readings of one form (bilatérale, honorée) are left to context:
 * lemma frequencies say little between them. A participle is read as a verb before an adjective.
 */
function balanceNominal(cands: Candidate[], key: string): Candidate[] {
  const participial = (c: Candidate): boolean => c.upos === 'VERB' && (c.participle === true || (c.verbForms?.includes('g') ?? false));
  const nominal = (c: Candidate): boolean => c.upos === 'NOUN' || c.upos === 'ADJ' || participial(c);
  const hasParticiple = cands.some(participial);
  const pureAdjective = cands.some((c) => c.upos === 'ADJ' && c.pureAdjective);
  const hasPastParticiple = cands.some((c) => c.upos === 'VERB' && c.participle);
  let max = 0;
  const groupMax = new Map<string, number>();
  for (const c of cands) {
    if (!nominal(c)) continue;
    if (c.weight > max) max = c.weight;
    groupMax.set(c.upos, Math.max(groupMax.get(c.upos) ?? 0, c.weight));
  }
  // Each tag's best reading gets the same weight; readings within a tag keep their order (fois/foi).
  for (const c of cands) {
    if (!nominal(c)) continue;
    const scale = max / (groupMax.get(c.upos) || 1);
    let factor = 1;
    if (c.upos === 'ADJ' && hasPastParticiple) factor = 0.15;
    if (c.upos === 'ADJ' && (PRENOMINAL.has(c.lemma) || c.lemma.endsWith('ième'))) factor = 12;
    // appartenant, correspondant: a present participle is read as the verb unless context says
    // adjective (un rôle important), even where the lexicon also lists an adjective.
    if (c.upos === 'VERB' && !c.participle && pureAdjective) factor = 3;
    c.weight *= scale * factor;
  }
  // An inflected adjective (bilatérale -> bilatéral) is seldom also a noun of its own.
  const inflectedAdj = cands.find((c) => c.upos === 'ADJ' && c.lemma !== key && !c.participle);
  if (inflectedAdj) {
    for (const c of cands) if (c.upos === 'NOUN' && c.lemma === key) c.weight *= 0.35;
  }
  return cands;
}

/** Lemmas are lower case unless the lexicon has them capitalised (État). */
function lowerLemma(lemma: string, form: string): string {
  return isCapitalised(lemma) && !isCapitalised(form) ? lemma.toLowerCase() : lemma;
}

const SUFFIX_RULES: Array<[RegExp, Upos, (w: string) => string]> = [
  [/ment$/, 'ADV', (w) => w],
  [/(?:er|ir)$/, 'VERB', (w) => w],
  [/ée?s?$/, 'VERB', (w) => w.replace(/ée?s?$/, 'er')],
  [/ant$/, 'VERB', (w) => w.replace(/ant$/, 'er')],
  [/(?:ique|able|ible|if|ive|al|ale|elle|eux|euse|aire|iste|ien|ienne|ais|aise)s?$/, 'ADJ', (w) => adjLemma(w)],
  [/(?:aux)$/, 'NOUN', (w) => w.replace(/aux$/, 'al')],
];

function adjLemma(w: string): string {
  let s = /(?:ais|ois)$/.test(w) ? w : w.replace(/s$/, '');
  if (/ive$/.test(s)) s = s.replace(/ive$/, 'if');
  else if (/euse$/.test(s)) s = s.replace(/euse$/, 'eux');
  else if (/(?:ienne|elle)$/.test(s)) s = s.replace(/ne$|le$/, '');
  else if (/[^i]ale$/.test(s)) s = s.replace(/e$/, '');
  else if (/aise$/.test(s)) s = s.replace(/e$/, '');
  return s;
}

function guessBySuffix(key: string, form: string): Candidate[] {
  if (isCapitalised(form)) return [{ upos: 'PROPN', lemma: form, weight: 1 }];
  for (const [re, upos, lemma] of SUFFIX_RULES) {
    if (re.test(key)) return [{ upos, lemma: lemma(key), weight: 1, participle: /ée?s?$/.test(key) }, { upos: 'NOUN', lemma: key.replace(/(?<=.)[sx]$/, ''), weight: 0.3 }];
  }
  const singular = key.replace(/(?<=..[^usi])s$/, '');
  return [{ upos: 'NOUN', lemma: singular, weight: 1 }, { upos: 'ADJ', lemma: singular, weight: 0.2 }];
}

/** How much the tag prior is divided out of P(tag | word) to give an emission score. */
const PRIOR_EXPONENT = 0.5;

const UPOS_TAGS: Upos[] = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'];
const TAG_INDEX = new Map<Upos, number>(UPOS_TAGS.map((t, i) => [t, i]));
const NTAGS = UPOS_TAGS.length;
/**
 * Fills in the numbers Viterbi needs, once per cached candidate list. Each reading is copied into an
 * object with every property of a Candidate in one order, so that the hot loops (Viterbi, the
 * rules, the analyzer) read one hidden class instead of the many the readings are built with.
 */
function withScores(cands: Candidate[]): Candidate[] {
  const total = cands.reduce((s, c) => s + c.weight, 0) || 1;
  const list = cands.map((c) => {
    const index = TAG_INDEX.get(c.upos);
    const tag = index ?? NTAGS - 1;
    // Viterbi reads tag, out and emit of every reading, the rules upos and lemma: first, so that
    // they mostly share one cache line (2–3% fewer first-level data misses a pass over a long text).
    const scored: Candidate = {
      tag,
      out: TAG_INDEX.get(c.next ?? c.upos) ?? tag,
      emit: Math.log(c.weight / total) - PRIOR_EXPONENT * (TAG_LOG_PRIOR[c.upos] ?? -5),
      // The tag list's own string (canonical, see intern) and a canonical lemma: the rules compare both to literals.
      upos: index === undefined ? c.upos : UPOS_TAGS[index]!,
      lemma: intern(c.lemma),
      participle: c.participle,
      verbForms: c.verbForms,
      glossEntry: c.glossEntry,
      expressionKeys: c.expressionKeys,
      gender: c.gender,
      weight: c.weight,
      next: c.next,
      commonWord: c.commonWord,
      infinitiveSpelling: c.infinitiveSpelling,
      pureAdjective: c.pureAdjective,
      adjectiveGloss: undefined,
      jeTuOnly: c.jeTuOnly,
      inverted: c.inverted,
    };
    return scored;
  });
  if (hasLemma(list, 'si') && hasLemma(list, 'soi')) reflexiveOnly.set(list, list.filter((r) => r.lemma === 'soi'));
  return list;
}

/** Second-order table lookups: contexts 0 = BOS, 1 + tag; outcomes tag, NTAGS = EOS. */
const NCTX = NTAGS + 1;
const NOUT = NTAGS + 1;
const TRIGRAM_INDEX = TRIGRAM_TAGS.map((t) => TAG_INDEX.get(t)!);
/** TRI[(c2 * NCTX + c1) * NOUT + o], reindexed to UPOS_TAGS order. */
const TRI = new Float64Array(NCTX * NCTX * NOUT);
{
  const ctx = (i: number): number => (i === 0 ? 0 : 1 + TRIGRAM_INDEX[i - 1]!);
  const out = (i: number): number => (i === NTAGS ? NTAGS : TRIGRAM_INDEX[i]!);
  for (let a = 0; a < NCTX; a++)
    for (let b = 0; b < NCTX; b++)
      for (let o = 0; o < NOUT; o++) TRI[(ctx(a) * NCTX + ctx(b)) * NOUT + out(o)] = TRIGRAMS[(a * NCTX + b) * NOUT + o]!;
}

/** Viterbi tables reused across sentences (grown when a sentence needs more). */
let scratchScore = new Float64Array(4096);
let scratchBack = new Int32Array(4096);
/** The readings' numbers laid out flat, [i * w + k] for reading k of token i: read once per reading, not once per path. */
let scratchTag = new Int32Array(1024);
let scratchOut = new Int32Array(1024);
let scratchEmit = new Float64Array(1024);
let scratchCount = new Int32Array(256);

/**
 * Picks one reading per token for one sentence: second-order Viterbi over the emission scores
 * plus log P(tag | two previous tags), then the rules. A state is (reading here, reading before).
 */
export function chooseReadings(cands: Candidate[][]): Candidate[] {
  const n = cands.length;
  if (n === 0) return [];
  constrainReadings(cands);
  let w = 1;
  for (const c of cands) if (c.length > w) w = c.length;
  // score[(i * w + k) * w + j]: best path ending with reading k at i and reading j at i - 1.
  const size = n * w * w;
  if (scratchScore.length < size) {
    scratchScore = new Float64Array(size * 2);
    scratchBack = new Int32Array(size * 2);
  }
  if (scratchTag.length < n * w) {
    scratchTag = new Int32Array(n * w * 2);
    scratchOut = new Int32Array(n * w * 2);
    scratchEmit = new Float64Array(n * w * 2);
  }
  if (scratchCount.length < n) scratchCount = new Int32Array(n * 2);
  const score = scratchScore;
  const back = scratchBack;
  const tags = scratchTag;
  const outs = scratchOut;
  const emits = scratchEmit;
  const count = scratchCount;
  for (let i = 0; i < n; i++) {
    const c = cands[i]!;
    count[i] = c.length;
    for (let k = 0; k < c.length; k++) {
      const r = c[k]!;
      tags[i * w + k] = r.tag!;
      outs[i * w + k] = r.out!;
      emits[i * w + k] = r.emit!;
    }
  }
  score.fill(-Infinity, 0, size);
  for (let k = 0; k < count[0]!; k++) score[k * w] = emits[k]! + TRI[(0 * NCTX + 0) * NOUT + tags[k]!]!;
  for (let i = 1; i < n; i++) {
    const curCount = count[i]!;
    const prevCount = count[i - 1]!;
    const hs = i >= 2 ? count[i - 2]! : 1;
    for (let k = 0; k < curCount; k++) {
      const tag = tags[i * w + k]!;
      const emit = emits[i * w + k]!;
      for (let j = 0; j < prevCount; j++) {
        const c1 = 1 + outs[(i - 1) * w + j]!;
        let best = -Infinity;
        let arg = 0;
        for (let h = 0; h < hs; h++) {
          const c2 = i >= 2 ? 1 + outs[(i - 2) * w + h]! : 0;
          const s = score[((i - 1) * w + j) * w + h]! + TRI[(c2 * NCTX + c1) * NOUT + tag]!;
          if (s > best) {
            best = s;
            arg = h;
          }
        }
        score[(i * w + k) * w + j] = best + emit;
        back[(i * w + k) * w + j] = arg;
      }
    }
  }
  // Close with EOS.
  let bestK = 0;
  let bestJ = 0;
  let best = -Infinity;
  for (let k = 0; k < count[n - 1]!; k++) {
    for (let j = 0; j < (n >= 2 ? count[n - 2]! : 1); j++) {
      const c2 = n >= 2 ? 1 + outs[(n - 2) * w + j]! : 0;
      const s = score[((n - 1) * w + k) * w + j]! + TRI[(c2 * NCTX + 1 + outs[(n - 1) * w + k]!) * NOUT + NTAGS]!;
      if (s > best) {
        best = s;
        bestK = k;
        bestJ = j;
      }
    }
  }
  const chosen = new Array<Candidate>(n);
  let k = bestK;
  let j = bestJ;
  for (let i = n - 1; i >= 0; i--) {
    chosen[i] = cands[i]![k]!;
    const h = i >= 2 ? back[(i * w + k) * w + j]! : 0;
    k = j;
    j = h;
  }
  return applyRules(chosen, cands);
}

/** A plain loop: this runs at every token, where a some() closure would cost an allocation. */
function hasLemma(readings: Candidate[], lemma: string): boolean {
  for (const r of readings) if (r.lemma === lemma) return true;
  return false;
}

/**
 * The reflexive reading alone of s', by its readings (si and soi), set when the tagger caches them:
 * constrainReadings asks for every token with two readings or more, without looking through them
 * for si and soi.
 */
const reflexiveOnly = new WeakMap<Candidate[], Candidate[]>();

/**
 * Readings the neighbouring word rules out, dropped before the tag model chooses, so that the
 * words around them are chosen knowing it. s' is si (if) only before il(s): « comment s'y prendre »,
 * « s'en aller », « s'est rendu » have the reflexive se, and then en is the pronoun before the verb.
 */
function constrainReadings(cands: Candidate[][]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    // (Looked through first, and the map asked only for a list with soi: the tag model reads every
    // reading next, so this brings them into the cache for it, where the map's probe was a wait.)
    if (c.length < 2 || !hasLemma(c, 'soi')) continue;
    const only = reflexiveOnly.get(c);
    if (only === undefined) continue;
    const next = cands[i + 1];
    if (next && (hasLemma(next, 'il') || hasLemma(next, 'ils'))) continue;
    cands[i] = only;
  }
}

const TAG_LOG_PRIOR: Partial<Record<Upos, number>> = {
  NOUN: Math.log(0.196), ADP: Math.log(0.165), DET: Math.log(0.159), PUNCT: Math.log(0.11), VERB: Math.log(0.08),
  PROPN: Math.log(0.074), ADJ: Math.log(0.064), PRON: Math.log(0.045), ADV: Math.log(0.035), AUX: Math.log(0.033),
  NUM: Math.log(0.028), CCONJ: Math.log(0.027), SCONJ: Math.log(0.0073), X: Math.log(0.006), SYM: Math.log(0.0018),
  INTJ: Math.log(0.0002),
};

/**
 * avoir is AUX before a past participle (a rencontré), VERB otherwise (avoir une rencontre); a
 * participle after an auxiliary avoir is the verb, not an adjective.
 */
function applyRules(chosen: Candidate[], cands: Candidate[][]): Candidate[] {
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i]!;
    // No rule rereads a punctuation mark, nor changes what follows from one: one token in eight, spared
    // every test below.
    if (c.upos === 'PUNCT') continue;
    // était prête: after être, a finite verb form that is also an adjective is the adjective.
    if (c.upos === 'VERB' && !c.participle && i > 0 && isEtre(chosen, i - 1)) {
      const adj = readingWith(cands[i]!, 'ADJ');
      if (adj) chosen[i] = adj;
    }
    // des élections conformes à la loi, une attaque délibérée: after a noun, a form that is also an
    // adjective is the adjective when the verb reading cannot be: a finite form in -es (tu conformes)
    // has no noun for subject, and the participle of a verb with no passive (délibérer, évoluer) does
    // not qualify a noun, unless an agent follows (par).
    if (c.upos === 'VERB' && i > 0 && afterNoun(chosen, i) && chosen[i + 1]?.lemma !== 'par') {
      const adj = cands[i]!.find((r) => r.upos === 'ADJ' && r.pureAdjective);
      if (adj && (c.jeTuOnly || (c.participle && NO_PASSIVE.has(c.lemma)))) chosen[i] = adj;
    }
    // coopération pragmatique bilatérale. , Commission électorale nationale autonome (CENA): another
    // adjective after a noun and its adjectives, before a pause, is not a noun (a bigram model only
    // sees the adjective before it).
    if (c.upos === 'NOUN' && i >= 2 && chosen[i - 1]!.upos === 'ADJ' && nounBeforeAdjectives(chosen, i - 1)) {
      const next = chosen[i + 1];
      const adj = readingWith(cands[i]!, 'ADJ');
      // Before a verb or a preposition only a true adjective that is no verb form (« le produit intérieur
      // brut a progressé »; not « la gendarmerie mobile fait partie »).
      const pause = !next || next.upos === 'PUNCT' || next.upos === 'CCONJ';
      if (adj && (pause || (AFTER_NOUN_PHRASE.has(next.upos) && adj.pureAdjective === true && !readingWith(cands[i]!, 'VERB')))) chosen[i] = adj;
    }
    // les cultures maraîchères, les zones sinistrées: right after a noun, a word that is the feminine of
    // a person noun (maraîchère, sinistrée) and of an adjective is the adjective.
    if (c.upos === 'NOUN' && i > 0 && chosen[i - 1]!.upos === 'NOUN') {
      const adj = readingWith(cands[i]!, 'ADJ');
      if (adj && adj.lemma !== c.lemma && FEMININE_OF.test(c.lemma) && c.lemma.startsWith(adj.lemma.slice(0, -1))) chosen[i] = adj;
    }
    // dans la foulée, sous les huées: after a preposition, an article before a word that is a verb's
    // participle or finite form and a noun is the article and the noun: a clitic after a preposition
    // comes only before an infinitive (pour les voir).
    if (c.upos === 'DET' && i > 0 && chosen[i - 1]!.upos === 'ADP' && chosen[i + 1]?.upos === 'VERB' && !(chosen[i + 1]!.verbForms ?? 'i').includes('i')) {
      const noun = readingWith(cands[i + 1]!, 'NOUN');
      if (noun) chosen[i + 1] = noun;
    }
    // No verb after an article or de: « une bouffée d'oxygène », « cette relève », « provoquant des
    // bouchons », « faute de moyens » read the noun the word also spells (see verbReadsNoun).
    if (c.upos === 'VERB' && i > 0 && verbReadsNoun(chosen[i - 1]!, c.verbForms ?? 'i')) {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // « … », juge Paul Verdier; « … », estime l'économiste: after a closing quote mark and a comma, a
    // word that is also a finite verb, before its subject (a name or a determiner), is the verb of
    // saying (not the judge, esteem); « … », groupe d'invertébrés is a noun in apposition.
    if (c.upos === 'NOUN' && i >= 2 && chosen[i - 1]!.lemma === ',' && CLOSING_QUOTES.has(chosen[i - 2]!.lemma) && INVERTED_SUBJECT_START.has(chosen[i + 1]?.upos ?? 'PUNCT')) {
      const verb = finiteVerbReading(cands[i]!);
      if (verb) chosen[i] = verb;
    }
    // « a dit vouloir », « espère pouvoir »: after a verb that takes a bare infinitive, a word that is
    // an infinitive and a noun (vouloir, pouvoir, devoir, savoir) is the infinitive.
    if (c.upos === 'NOUN' && i > 0 && chosen[i - 1]!.upos === 'VERB' && BARE_INFINITIVE_VERBS.has(chosen[i - 1]!.lemma)) {
      const infinitive = cands[i]!.find((r) => r.upos === 'VERB' && (r.verbForms ?? '').includes('i'));
      if (infinitive) chosen[i] = infinitive;
    }
    // « un diplomate africain proche du dossier », « les pays voisins de la Syrie »: after a noun or its
    // adjective, proche and voisin before de are the adjective (close to), not the noun (a relative),
    // which keeps its determiner (« un proche du président »).
    if (c.upos === 'NOUN' && NOUN_ADJECTIVES_BEFORE_DE.has(c.lemma) && i > 0 && NOUN_PHRASE_END.has(chosen[i - 1]!.upos) && chosen[i + 1]?.lemma === 'de') {
      const adjective = readingWith(cands[i]!, 'ADJ');
      if (adjective) chosen[i] = adjective;
    }
    // « 1,5 point par an », « trois morts »: right after a number, a participle or an adverb that is also
    // a noun is the noun counted (not poindre, nor the literary ne … point).
    if ((c.upos === 'VERB' || c.upos === 'ADV') && i > 0 && chosen[i - 1]!.upos === 'NUM') {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // « L'ONU s'est dite prête à soutenir », « se disant prêt à discuter »: a verb form or a noun that is
    // also an adjective taking à and an infinitive, before them, is the adjective (ready to), not prêter
    // à (to lend to) nor the loan; « continue à faire » keeps its verb, which takes them itself.
    if (((c.upos === 'VERB' && !c.participle) || c.upos === 'NOUN') && chosen[i + 1]?.lemma === 'à' && chosen[i + 2]?.upos === 'VERB' && (chosen[i + 2]!.verbForms ?? '').includes('i')) {
      const adjective = readingWith(cands[i]!, 'ADJ');
      if (adjective && A_INFINITIVE_ADJECTIVES.has(adjective.lemma)) chosen[i] = adjective;
    }
    // « La PEEP, plus modérée, dit « attendre de voir » »: dit before a quotation is the verb of saying
    // (a finite form: « les groupes dits « modérés » » keeps the adjective, so-called).
    if (c.lemma === 'dit' && c.upos !== 'VERB' && OPENING_QUOTES.has(chosen[i + 1]?.lemma ?? '')) {
      const verb = cands[i]!.find((r) => r.upos === 'VERB' && r.lemma === 'dire' && (r.verbForms ?? '').includes('f'));
      if (verb) chosen[i] = verb;
    }
    // « quatre ans d'emprisonnement, dont deux ferme », « six mois ferme »: ferme after a count or a
    // length of time is the adjective of a prison term to be served, not the farm.
    if (c.upos === 'NOUN' && c.lemma === 'ferme' && i > 0 && (chosen[i - 1]!.upos === 'NUM' || TERM_UNITS.has(chosen[i - 1]!.lemma))) {
      const adjective = readingWith(cands[i]!, 'ADJ');
      if (adjective) chosen[i] = adjective;
    }
    // « Vive la République ! »: vive before an article is vivre's subjunctive (long live), not the
    // adjective (de vives critiques).
    if (c.upos === 'ADJ' && c.lemma === 'vif' && chosen[i + 1]?.upos === 'DET') {
      const verb = readingWith(cands[i]!, 'VERB', 'vivre');
      if (verb) chosen[i] = verb;
    }
    // 4,2 millions de personnes mal logées: mal before a participle or an adjective is the adverb (badly).
    if (c.lemma === 'mal' && c.upos !== 'ADV' && (chosen[i + 1]?.upos === 'ADJ' || (chosen[i + 1]?.upos === 'VERB' && chosen[i + 1]!.participle === true))) {
      const adverb = readingWith(cands[i]!, 'ADV');
      if (adverb) chosen[i] = adverb;
    }
    // « en vue d'un accord », « en passe de »: en before a word that is a participle only and a noun,
    // before de, is the preposition and that noun (not « of it » and seen).
    if (c.lemma === 'en' && chosen[i + 1]?.upos === 'VERB' && PARTICIPLE_ONLY.test(chosen[i + 1]!.verbForms ?? '') && chosen[i + 2]?.lemma === 'de') {
      const preposition = readingWith(cands[i]!, 'ADP');
      const noun = readingWith(cands[i + 1]!, 'NOUN');
      if (preposition && noun) {
        chosen[i] = preposition;
        chosen[i + 1] = noun;
      }
    }
    // autour de Lyon, près des côtes: before de, an adverb that takes it is no noun (the goshawk).
    if (c.upos === 'NOUN' && DE_ADVERBS.has(c.lemma) && chosen[i + 1]?.upos === 'ADP' && chosen[i + 1]!.lemma === 'de') {
      const adverb = readingWith(cands[i]!, 'ADV');
      if (adverb) chosen[i] = adverb;
    }
    // à la recevoir, il les a vus: an article cannot stand before a verb; it is the object pronoun.
    if (c.upos === 'DET' && c.lemma === 'le' && (chosen[i + 1]?.upos === 'VERB' || chosen[i + 1]?.upos === 'AUX')) {
      const pronoun = readingWith(cands[i]!, 'PRON');
      if (pronoun) chosen[i] = pronoun;
    }
    // quel est, quelles sont: after the interrogative quel a form of être is the verb (est is not
    // the east, sont not the sounds); so is est after anything but an article, a preposition, a
    // conjunction or a dash (« ce dernier est remplacé », « Le réseau, très endommagé, est à l'arrêt »,
    // « la situation « est grave » »): the east wants its article (l'est), de (vent d'est) or a
    // compound (nord-est, nord--est) (tuning s10b, 79).
    if (i > 0 && ((c.lemma !== 'être' && chosen[i - 1]!.lemma === 'quel') || (c.upos === 'NOUN' && c.lemma === 'est' && !BEFORE_EAST.has(chosen[i - 1]!.upos) && !DASHES.has(chosen[i - 1]!.lemma)))) {
      const etre = cands[i]!.find((r) => r.lemma === 'être' && r.upos === 'AUX') ?? cands[i]!.find((r) => r.lemma === 'être' && r.upos === 'VERB');
      if (etre) chosen[i] = etre;
    }
    // « vent d'est », « d'est en ouest »: no verb follows de; est after it is the east.
    if (c.lemma === 'être' && i > 0 && chosen[i - 1]!.lemma === 'de' && chosen[i - 1]!.upos === 'ADP') {
      const east = readingWith(cands[i]!, 'NOUN', 'est');
      if (east) chosen[i] = east;
    }
    // et est sur le point de, et a dit, et sont partis: after et, a form of être or avoir with no
    // determiner is a verb coordinated with the subject left out (est is not the east), unless a
    // compass point stands before et (du nord et est).
    if (c.upos !== 'AUX' && c.upos !== 'VERB' && i > 0 && chosen[i - 1]!.lemma === 'et' && !COMPASS.has(chosen[i - 2]?.lemma ?? '')) {
      const verb = cands[i]!.find((r) => (r.lemma === 'être' || r.lemma === 'avoir') && r.upos === 'AUX') ?? cands[i]!.find((r) => (r.lemma === 'être' || r.lemma === 'avoir') && r.upos === 'VERB');
      if (verb) chosen[i] = verb;
    }
    // dont la forme ne…, La forme ne…, « Le marché ne…: an object pronoun needs a subject before it;
    // after dont or at the start of a sentence (or of a quotation that opens it) le/la/les before a
    // finite verb that is also a noun is the article.
    if (c.upos === 'PRON' && OBJECT_CLITICS.has(c.lemma) && (atSentenceStart(chosen, i) || chosen[i - 1]!.lemma === 'dont') && chosen[i + 1]?.upos === 'VERB' && !(chosen[i + 1]!.verbForms ?? '').includes('i')) {
      const article = readingWith(cands[i]!, 'DET');
      const noun = readingWith(cands[i + 1]!, 'NOUN');
      if (article && noun) {
        chosen[i] = article;
        chosen[i + 1] = noun;
      }
    }
    // on le porte, il ne la forme pas: after a subject pronoun or ne, le/la/les before a word that is
    // also a finite verb is the object pronoun and the verb (not the article and porte, the door).
    if (c.upos === 'DET' && c.lemma === 'le' && i > 0 && SUBJECT_OR_NE.has(chosen[i - 1]!.lemma) && chosen[i + 1]?.upos === 'NOUN') {
      const pronoun = readingWith(cands[i]!, 'PRON');
      const verb = cands[i + 1]!.find((r) => r.upos === 'VERB' && (r.verbForms ?? '').includes('f'));
      if (pronoun && verb) {
        chosen[i] = pronoun;
        chosen[i + 1] = verb;
      }
    }
    // « Toutes les options », par tous les moyens: tout before an article is the predeterminer (all),
    // an adjective as UD tags it, not the pronoun.
    if (c.lemma === 'tout' && c.upos === 'PRON' && chosen[i + 1]?.upos === 'DET' && ARTICLE_LEMMAS.has(chosen[i + 1]!.lemma)) {
      const adjective = readingWith(cands[i]!, 'ADJ');
      if (adjective) chosen[i] = adjective;
    }
    // la toute nouvelle loi, le tout premier: tout between a determiner and an adjective is the
    // adverb (quite, very), not "all".
    if (c.lemma === 'tout' && c.upos !== 'ADV' && i > 0 && chosen[i - 1]!.upos === 'DET' && chosen[i + 1]?.upos === 'ADJ') {
      chosen[i] = readingWith(cands[i]!, 'ADV') ?? { ...c, upos: 'ADV', lemma: 'tout', glossEntry: undefined, expressionKeys: undefined };
    }
    // il enseigna les mathématiques et…, les pauvres., l'offensive des FDS, l'offensive lancée contre
    // Daech, une offensive surprise: an adjective that is also a noun, straight after a determiner, is
    // the noun unless a noun follows for it to stand before. What follows is no such noun when it
    // cannot follow a noun's adjective slot (a pause, a preposition, a verb), when it is an adjective
    // ending its phrase (la rebelle syrienne), or when it is better read as a participle (lancée,
    // surprise: a noun's postposed modifier). A violent explosion keeps violente the adjective.
    if (c.upos === 'ADJ' && i > 0 && nounDeterminer(chosen[i - 1]!) && !STANDS_ALONE_ADJ.has(c.lemma) && !/(?:ième|ier|ière)$/.test(c.lemma) && headsItsPhrase(chosen, cands, i)) {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // « la revue Science »: a participle stands after its noun, so one read as an adjective right after
    // an article is the noun it also spells (revue, not revu).
    if (c.upos === 'ADJ' && !c.pureAdjective && i > 0 && chosen[i - 1]!.upos === 'DET') {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // un sérieux prétendant, un grave problème: an adjective that mostly stands before its noun and is
    // also a noun (le sérieux, le grave), between a determiner and a word that can be a noun, is the
    // adjective and that word its noun. With nothing noun-like after it, it stays the noun (le sérieux
    // de son travail).
    if (c.upos === 'NOUN' && i > 0 && chosen[i - 1]!.upos === 'DET' && (PRENOMINAL.has(c.lemma) || PRENOMINAL_ALSO_NOUNS.has(c.lemma))) {
      const adj = readingWith(cands[i]!, 'ADJ');
      const next = chosen[i + 1];
      const noun = next?.upos === 'NOUN' ? next : next?.upos === 'ADJ' ? readingWith(cands[i + 1]!, 'NOUN') : undefined;
      if (adj && noun) {
        chosen[i] = adj;
        chosen[i + 1] = noun;
      }
    }
    // sa pause post Jeux olympiques, l'économie post Brexit: between a noun and a name or a bare noun,
    // post is the borrowed preposition (after); the social-media post takes a determiner (le post).
    if (c.upos === 'NOUN' && c.lemma === 'post' && i > 0 && chosen[i - 1]!.upos === 'NOUN' && (chosen[i + 1]?.upos === 'NOUN' || chosen[i + 1]?.upos === 'PROPN')) {
      chosen[i] = readingWith(cands[i]!, 'ADP', 'post') ?? { ...c, upos: 'ADP', gender: undefined, glossEntry: undefined, expressionKeys: undefined };
    }
    // à l'infini et au-delà, bien au-delà., au-delà de: the noun au-delà (the hereafter) takes a
    // determiner (l'au-delà); without one it is the adverb or preposition, beyond (review 14, 113).
    if (c.upos === 'NOUN' && c.lemma === 'au-delà' && !(i > 0 && (chosen[i - 1]!.upos === 'DET' || (chosen[i - 1]!.upos === 'ADJ' && chosen[i - 2]?.upos === 'DET')))) {
      chosen[i] = readingWith(cands[i]!, 'ADV', 'au-delà') ?? c;
    }
    // par seconde, une seconde plus tard, chaque seconde compte, 12 secondes, quelques secondes: after
    // par, a number or a determiner of count, seconde(s) with no noun after it is the unit of time, not
    // the ordinal (une seconde fois keeps the adjective) (review 14, 75). After par or a number, which
    // hardly take an ordinal, it is the unit whatever follows (3 secondes dimanche); after chaque, a
    // next word that is also a finite verb (chaque seconde compte) is that verb.
    if (c.upos === 'ADJ' && c.lemma === 'second' && i > 0 && (chosen[i - 1]!.upos === 'NUM' || TIME_UNIT_COUNTERS.has(chosen[i - 1]!.lemma))) {
      const before = chosen[i - 1]!;
      const next = chosen[i + 1];
      const unitAnyway = before.upos === 'NUM' || before.lemma === 'par' || (before.lemma === 'chaque' && next !== undefined && cands[i + 1]!.some((r) => r.upos === 'VERB' && (r.verbForms ?? '').includes('f')));
      if (next?.upos !== 'NOUN' || unitAnyway) chosen[i] = readingWith(cands[i]!, 'NOUN', 'seconde') ?? c;
    }
    // sauf pour les tatous, sauf en août: the adjective sauf (safe) stands after et (sain et sauf) or
    // être (l'honneur est sauf); anywhere else sauf is the preposition, except (tuning s12b, 18).
    if (c.upos === 'ADJ' && c.lemma === 'sauf' && chosen[i - 1]?.lemma !== 'et' && !(i > 0 && isEtre(chosen, i - 1))) {
      const preposition = readingWith(cands[i]!, 'ADP', 'sauf');
      if (preposition) chosen[i] = preposition;
    }
    // déclaré coupable, jugé responsable, jugé critique: right after a verb of judgement, a word that is
    // a noun and an adjective is the adjective it attributes (guilty, not the culprit).
    if (c.upos === 'NOUN' && i > 0 && chosen[i - 1]!.upos === 'VERB' && JUDGEMENT_VERBS.has(chosen[i - 1]!.lemma)) {
      const adj = readingWith(cands[i]!, 'ADJ');
      if (adj) chosen[i] = adj;
    }
    // s'est dit prêt à, se sont montrés favorables, s'est révélé décisif: after a reflexive verb of
    // saying or showing, a word that is a noun and an adjective is the adjective it attributes.
    if (c.upos === 'NOUN' && i > 0 && chosen[i - 1]!.upos === 'VERB' && REFLEXIVE_ATTRIBUTE_VERBS.has(chosen[i - 1]!.lemma) && reflexiveBefore(chosen, i - 1)) {
      const adj = readingWith(cands[i]!, 'ADJ');
      if (adj) chosen[i] = adj;
    }
    // la police fait état de, le gouvernement fait marche arrière: fait before a noun or a determiner
    // is the verb faire (the adjective fait, done, ends its phrase: un travail bien fait).
    if (c.lemma === 'fait' && c.upos === 'ADJ' && (chosen[i + 1]?.upos === 'NOUN' || chosen[i + 1]?.upos === 'DET')) {
      chosen[i] = readingWith(cands[i]!, 'VERB', 'faire') ?? c;
    }
    // porte plainte, porte atteinte à, prend part à, a recours à: straight after a light verb
    // (one that takes a bare noun), a verb form that is no infinitive is the noun it also spells
    // (plainte is not plaindre's participle, part not partir, recours not recourir). avoir is the verb
    // here only: before a participle it is the auxiliary.
    if (c.upos === 'VERB' && i > 0 && chosen[i - 1]!.upos === 'VERB' && LIGHT_VERBS.has(chosen[i - 1]!.lemma) && !(c.verbForms ?? '').includes('i')) {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // cette majorité reste fragile: after a subject noun, a form of a copula (rester, demeurer) before
    // an adjective is the verb, not the noun it also spells (le reste).
    // So is it after the comma that closes a relative clause or an apposition, before an adjective or a
    // participle (« Le taux, qui fait référence, reste fixé à 2,5 % »): le reste takes its article.
    if (c.upos === 'NOUN' && i > 0 && (endsNounPhrase(chosen[i - 1]!.upos) || chosen[i - 1]!.lemma === ',') && (chosen[i + 1]?.upos === 'ADJ' || (chosen[i + 1]?.upos === 'VERB' && chosen[i + 1]!.participle === true && chosen[i - 1]!.lemma === ','))) {
      const copula = cands[i]!.find((r) => r.upos === 'VERB' && COPULAS.has(r.lemma) && (r.verbForms ?? '').includes('f'));
      if (copula) chosen[i] = copula;
    }
    // le Conseil d'État juge illégale la sélection: after a subject noun, a verb of judgement's form
    // before an adjective and an article is the verb with its object's attribute, not the noun it
    // also spells (the judge) (tuning s10c, 46).
    if (c.upos === 'NOUN' && i > 0 && endsNounPhrase(chosen[i - 1]!.upos) && chosen[i + 1]?.upos === 'ADJ' && chosen[i + 2]?.upos === 'DET') {
      const verb = cands[i]!.find((r) => r.upos === 'VERB' && JUDGEMENT_VERBS.has(r.lemma) && (r.verbForms ?? '').includes('f'));
      if (verb) chosen[i] = verb;
    }
    // il a été conseiller, elle est médecin: an infinitive straight after être is the noun it also
    // spells (être is followed by a participle, an adjective or a noun, not by a bare infinitive).
    if (c.upos === 'VERB' && c.verbForms === 'i' && i > 0 && chosen[i - 1]!.upos === 'AUX' && chosen[i - 1]!.lemma === 'être') {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // sans doute, sans cesse: after sans, a finite verb form is the noun it also spells (sans takes
    // an infinitive or a noun, never a conjugated verb).
    if (c.upos === 'VERB' && chosen[i - 1]?.lemma === 'sans' && !c.participle && !(c.verbForms ?? '').includes('i')) {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // le pouvoir syrien tente de reprendre, l'ONU demande d'ouvrir: after a subject noun phrase (a
    // noun or a name, or a noun and its adjective), a noun that is also a finite verb, before « de »
    // and an infinitive, is the verb (a noun's « de » complement is rarely an infinitive there; with
    // a determiner before it, une tente de camping, it stays the noun) (tuning s11c, 90).
    // Also past an apposition between commas after the subject and, between the verb and de, past
    // adverbs, an aside between commas or a short prepositional phrase (« La Chine, premier pollueur
    // mondial, tente par tous les moyens de réduire »: tries, not the tent) (review 16, 41).
    if (c.upos === 'NOUN' && i > 0 && deInfinitiveAhead(chosen, i + 1) && subjectPhraseEndAt(chosen, subjectEndBefore(chosen, i))) {
      const verb = cands[i]!.find((r) => r.upos === 'VERB' && !r.participle && (r.verbForms ?? '').includes('f'));
      if (verb) chosen[i] = verb;
    }
    // un enseignant tente de s'immoler, l'Australien subit mais remonte son retard: right after a
    // subject noun phrase that opens its clause, a noun or adjective that is also a finite verb is
    // the verb where the clause has no verb before the verbal sequel that follows it: de and an
    // infinitive past its clitics, or a conjunction and a finite verb (tente is no tent, subit not
    // sudden). The subject's adjective reading after its determiner (un enseignant) is then the noun.
    if ((c.upos === 'NOUN' || c.upos === 'ADJ') && i > 1 && verbalSequel(chosen, i + 1)) {
      const subject = clauseSubjectEnd(chosen, i - 1);
      const verb = subject && finiteVerbReading(cands[i]!);
      if (verb) {
        chosen[i] = verb;
        if (chosen[i - 1]!.upos === 'ADJ' && chosen[i - 2]!.upos === 'DET') chosen[i - 1] = readingWith(cands[i - 1]!, 'NOUN') ?? chosen[i - 1]!;
      }
    }
    // « ne tenait pas compte de », « ne rend jamais compte de »: a finite verb does not follow a finite
    // verb and its negation; a form that is also a noun is the noun there (compte is no compter),
    // unless it ends the clause, where it may be the main verb after a subject clause (« ce que je ne
    // dis pas compte. »).
    if (c.upos === 'VERB' && !c.participle && i > 1 && (c.verbForms ?? '').includes('f') && !(c.verbForms ?? '').includes('i') && NEGATION_WORDS.has(chosen[i - 1]!.lemma) && chosen[i - 1]!.upos === 'ADV' && !clauseEndsAt(chosen, i + 1)) {
      const verb = chosen[i - 2]!;
      const noun = verb.upos === 'VERB' && !verb.participle && (verb.verbForms ?? '').includes('f') ? readingWith(cands[i]!, 'NOUN') : undefined;
      if (noun) chosen[i] = noun;
    }
    // « permettrait de sortir de l'impasse », « a décidé de devenir médecin »: after a verb and de, an
    // infinitive that is also a noun (le sortir, le devenir) is the verb; the nouns of pouvoir, savoir
    // and devoir head set phrases there as often (parler de pouvoir d'achat) and keep their reading.
    if (c.upos === 'NOUN' && i > 1 && chosen[i - 1]!.lemma === 'de' && chosen[i - 1]!.upos === 'ADP' && chosen[i - 2]!.upos === 'VERB' && !MODAL_NOUNS.has(c.lemma)) {
      const verb = cands[i]!.find((r) => r.upos === 'VERB' && (r.verbForms ?? '').includes('i'));
      if (verb) chosen[i] = verb;
    }
    // « un Français sur deux juge la peine trop sévère »: a proportion (a noun, sur, a number) ends a
    // subject; a noun right after it that is also a finite verb is the verb (juge is juger).
    if (c.upos === 'NOUN' && i > 2 && chosen[i - 1]!.upos === 'NUM' && chosen[i - 2]!.lemma === 'sur' && (chosen[i - 3]!.upos === 'NOUN' || chosen[i - 3]!.upos === 'PROPN')) {
      const verb = finiteVerbReading(cands[i]!);
      if (verb) chosen[i] = verb;
    }
    // « Communiqué du ministère de l'Europe… », « Communiqué de la présidence : … », « Arrêté du 12
    // mars »: a heading with no verb of its own (up to a colon) opens on a noun; a participle that is
    // also a noun, first and before de, is the noun there.
    if (i === 0 && c.upos === 'VERB' && c.participle && chosen[1]?.lemma === 'de' && chosen[1]!.upos === 'ADP' && !verbBeforeColon(chosen, 1)) {
      const noun = readingWith(cands[0]!, 'NOUN');
      if (noun) chosen[0] = noun;
    }
    // « ce que Kigali dément. », « affirment que le ministre dément. »: after the relative que, or the
    // conjunction que after a verb, and the clause's subject, a noun or adjective that is also a
    // finite verb and ends the clause is the clause's verb, which such a clause must have (dément is
    // démentir, to deny, not "insane"). A comparison's que needs none (« plus que la station chinoise. »).
    if ((c.upos === 'NOUN' || c.upos === 'ADJ') && i > 2 && clauseEndsAt(chosen, i + 1)) {
      const k = subjectPhraseStart(chosen, i - 1);
      const verb = k > 1 && clauseQue(chosen, k - 1) && finiteVerbReading(cands[i]!);
      if (verb) chosen[i] = verb;
    }
    // « en maintenant une allure rapide »: after the preposition en, a form that is an adverb and a
    // verb's gerund is the gerund (maintenir), not « now » (tuning s10f rerun).
    if (c.upos === 'ADV' && chosen[i - 1]?.lemma === 'en' && chosen[i - 1]?.upos === 'ADP') {
      const verb = readingWith(cands[i]!, 'VERB');
      if (verb && (verb.verbForms ?? '').includes('g')) chosen[i] = verb;
    }
    // un arrêt de bus, des insultes, une batte: straight after a preposition or a determiner that
    // is no object pronoun, a verb form that is not an infinitive (or, after en, a gerund) is the
    // noun it also spells (bus is not boire, batte not battre).
    if (c.upos === 'VERB' && i > 0 && nounSlot(chosen[i - 1]!) && !(c.verbForms ?? '').includes('i') && !(chosen[i - 1]!.lemma === 'en' && (c.verbForms ?? '').includes('g'))) {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // 1 heure, 19 minutes et 26 secondes: after a number, an adjective that is also a noun and ends
    // its phrase is the noun (not the ordinal "second").
    if (c.upos === 'ADJ' && i > 0 && chosen[i - 1]!.upos === 'NUM' && !/(?:ième|ier|ière)$/.test(c.lemma) && chosen[i + 1]?.upos !== 'NOUN' && chosen[i + 1]?.upos !== 'ADJ') {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // le quintuple champion du monde, également triple vainqueur: a multiplicative straight before a
    // noun is the adjective (five-time), not the noun it also spells (le quintuple de = five times
    // as much) (tuning s11a, 21 and 116); the word after it, read as an adjective after the noun
    // (champion), is then the noun.
    // The form may have been read as the verb (quintupler): its noun reading is what is looked at.
    const multiple = chosen[i]!.upos === 'NOUN' || chosen[i]!.upos === 'VERB' ? readingWith(cands[i]!, 'NOUN') : undefined;
    if (multiple && isMultiplicative(multiple.lemma) && i + 1 < chosen.length) {
      // The lexicon lists some (quadruple, quintuple) as nouns only: the adjective is then made, its
      // gloss to be looked up afresh.
      const adj = readingWith(cands[i]!, 'ADJ') ?? { ...multiple, upos: 'ADJ', glossEntry: undefined, adjectiveGloss: undefined };
      const next = chosen[i + 1]!;
      const noun = next.upos === 'NOUN' ? next : next.upos === 'ADJ' ? readingWith(cands[i + 1]!, 'NOUN') : undefined;
      if (adj && noun) {
        chosen[i] = adj;
        chosen[i + 1] = noun;
      }
    }
    // suivi par Benoit Nicolas, produit par la coopérative: a word that is a noun and a past
    // participle, with no determiner or number before it and par after it, is the participle (the agent
    // follows); « 1,5 point par an » counts points.
    if (c.upos === 'NOUN' && chosen[i + 1]?.lemma === 'par' && (i === 0 || (chosen[i - 1]!.upos !== 'DET' && chosen[i - 1]!.upos !== 'NUM'))) {
      const participle = cands[i]!.find((r) => r.upos === 'VERB' && r.participle);
      if (participle) chosen[i] = participle;
    }
    // Issue d'une famille de paysans, elle…; Accusé de corruption, le ministre…: a sentence's first
    // word, with no determiner, before a preposition and an aside closed by a comma with no verb in
    // it, is a participle or adjective in apposition, not the noun it also spells (issue, accusé).
    // Only a reading of another lemma is taken: Président de la République, … stays the noun.
    if (c.upos === 'NOUN' && chosen[i + 1]?.upos === 'ADP' && firstWord(chosen, i) && verblessAside(chosen, i + 1)) {
      const apposed = otherReading(cands[i]!, 'VERB', c.lemma, true) ?? otherReading(cands[i]!, 'ADJ', c.lemma);
      if (apposed) chosen[i] = apposed;
    }
    // Élu député en 2017, il…; Nommé ambassadeur en 2010, elle…: the same aside opened by a
    // participle and the bare noun it attributes (elected as an MP) is the participle.
    // (The tag model may have read the noun as a participle too: élu député.)
    if (c.upos === 'NOUN' && i + 1 < chosen.length && firstWord(chosen, i) && verblessAside(chosen, i + 2)) {
      const participle = otherReading(cands[i]!, 'VERB', c.lemma, true);
      const attribute = chosen[i + 1]!.upos === 'NOUN' ? chosen[i + 1] : chosen[i + 1]!.upos === 'VERB' && chosen[i + 1]!.participle ? readingWith(cands[i + 1]!, 'NOUN') : undefined;
      if (participle && attribute) {
        chosen[i] = participle;
        chosen[i + 1] = attribute;
      }
    }
    // la nouvelle région, issue de la fusion; des forces surtout issues de milices: a word that is a
    // noun and the feminine of an adjective that takes de (issu), with no determiner or number before
    // it and de after it, is the adjective in apposition, not the noun (une issue, dix issues de
    // secours). Only such adjectives: Bruxelles, capitale de la Belgique keeps the noun.
    if (c.upos === 'NOUN' && i > 0 && chosen[i + 1]?.lemma === 'de' && APPOSITION_BEFORE.has(chosen[i - 1]!.upos)) {
      const adj = readingWith(cands[i]!, 'ADJ');
      if (adj && adj.lemma !== c.lemma && ADJECTIVES_TAKING_DE.has(adj.lemma)) chosen[i] = adj;
    }
    // Damien Saillier, officier des pompiers; le maire, officier de police judiciaire: after a name
    // or a noun and a comma, an infinitive that is also a noun is the noun in apposition, unless an
    // object follows it (a determiner or a pronoun).
    if (c.upos === 'VERB' && c.verbForms === 'i' && i > 1 && chosen[i - 1]!.lemma === ',' && endsNounPhrase(chosen[i - 2]!.upos) && !OBJECT_START.has(chosen[i + 1]?.upos ?? 'PUNCT')) {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // Élisabeth Amoros, déléguée à la culture; Paul Roux, adjoint aux finances: after a name or a
    // noun and a comma, a participle that is also a noun of office, before à and its domain, is the
    // title in apposition, not the verb (déléguer = to delegate). Before de it may be the participle
    // (« Christophe Borgel, chargé de l'organisation »: in charge of).
    if (c.upos === 'VERB' && c.participle && i > 1 && chosen[i - 1]!.lemma === ',' && endsNounPhrase(chosen[i - 2]!.upos) && chosen[i + 1]?.upos === 'ADP' && chosen[i + 1]!.lemma === 'à') {
      const title = cands[i]!.find((r) => r.upos === 'NOUN' && (OFFICE_NOUNS.has(r.lemma) || OFFICE_NOUNS.has(r.lemma.replace(/e$/u, ''))));
      if (title) chosen[i] = title;
    }
    // il a fait savoir, laisse entendre; difficile de savoir lequel, reste à savoir si: after a
    // causative verb, or after de or à before a question word, a noun that is also an infinitive is
    // the verb (savoir is not the noun "knowledge" there).
    if (c.upos === 'NOUN' && i > 0 && infinitiveSlot(chosen, i)) {
      const verb = cands[i]!.find((r) => r.upos === 'VERB' && (r.verbForms ?? '').includes('i'));
      if (verb) chosen[i] = verb;
    }
    // avant de devenir scénariste, afin de pouvoir, sans savoir où: after avant de, afin de, au lieu
    // de, en train de, pour or sans, a noun that is also an infinitive is the verb (the noun « le
    // devenir », the future, takes a determiner); the de before it is then the preposition, not the
    // article « de » (de nombreux projets).
    if (c.upos === 'NOUN' && i > 0 && infinitiveOnlyBefore(chosen, cands, i)) {
      const verb = cands[i]!.find((r) => r.upos === 'VERB' && (r.verbForms ?? '').includes('i'));
      if (verb) {
        chosen[i] = verb;
        if (chosen[i - 1]!.upos !== 'ADP') chosen[i - 1] = readingWith(cands[i - 1]!, 'ADP', 'de') ?? chosen[i - 1]!;
      }
    }
    // des: the indefinite article (il a acheté des pommes, Des manifestants…) or de + les (l'un des
    // chefs, la fin des combats, expulsé des derniers points). After an active verb, at the start of
    // a sentence or a clause, it is the article; after a noun or a counting pronoun it is de + les.
    if ((c.lemma === 'de' || c.lemma === 'un') && cands[i]!.length === 2 && isDes(cands[i]!)) {
      const want = contractedOrArticle(chosen, i);
      if (want !== undefined && want !== c.upos) chosen[i] = readingWith(cands[i]!, want) ?? c;
    }
    // les unes aux autres, les uns des autres, les unes contre les autres: un(e)s between les and
    // autre is the pronoun un (one), not the noun une (a front page).
    if ((c.lemma === 'un' || c.lemma === 'une') && c.upos === 'NOUN' && chosen[i - 1]?.upos === 'DET' && chosen[i - 1]!.lemma === 'le' && autreAhead(chosen, i)) {
      chosen[i] = readingWith(cands[i]!, 'PRON', 'un') ?? { upos: 'PRON', lemma: 'un', weight: c.weight };
    }
    // la loi entre en vigueur, il entre dans l'histoire: entre before en or dans, after its subject,
    // is the verb entrer (the preposition entre takes a noun phrase, not another preposition); so is
    // entre after ne (n'entre pas en guerre).
    if (c.lemma === 'entre' && c.upos === 'ADP' && i > 0 && ((ENTRER_AFTER.has(chosen[i + 1]?.lemma ?? '') && !NOT_SUBJECT.has(chosen[i - 1]!.upos)) || chosen[i - 1]!.lemma === 'ne')) {
      chosen[i] = readingWith(cands[i]!, 'VERB', 'entrer') ?? c;
    }
    // après avoir été, pour avoir consommé: avoir before a participle is the auxiliary, not the
    // noun (assets) it also spells, unless a determiner makes it one (son avoir).
    if (c.lemma === 'avoir' && c.upos === 'NOUN' && (i === 0 || chosen[i - 1]!.upos !== 'DET') && participleAfter(cands, chosen, i) >= 0) {
      chosen[i] = readingWith(cands[i]!, 'AUX', 'avoir') ?? c;
    }
    // a mis en place, a pris en compte, a mis en cause: right after a verb, en cannot be the clitic of a
    // finite verb after it (the clitic comes before its own verb: il en parle), so a finite form that
    // is also a noun is the noun, and en the preposition (place is not placer).
    if (c.lemma === 'en' && i > 0 && chosen[i - 1]!.upos === 'VERB' && chosen[i + 1]?.upos === 'VERB') {
      const next = chosen[i + 1]!;
      const forms = next.verbForms ?? '';
      const noun = !next.participle && forms.includes('f') && !forms.includes('i') && !forms.includes('g') ? readingWith(cands[i + 1]!, 'NOUN') : undefined;
      const preposition = noun && readingWith(cands[i]!, 'ADP');
      if (noun && preposition) {
        chosen[i] = preposition;
        chosen[i + 1] = noun;
      }
    }
    // en faisant (gerund: preposition) vs il en parle (before a finite verb: pronoun).
    if (c.lemma === 'en' && (c.upos === 'ADP' || c.upos === 'PRON')) {
      const next = chosen[i + 1];
      if (next && (next.upos === 'VERB' || next.upos === 'AUX')) {
        const want: Upos = next.verbForms?.includes('g') ? 'ADP' : 'PRON';
        if (c.upos !== want) chosen[i] = readingWith(cands[i]!, want) ?? c;
      }
    }
    // s'il, s'ils: before il(s), s' is si (if), never the reflexive se.
    if (c.lemma === 'soi' && (chosen[i + 1]?.lemma === 'il' || chosen[i + 1]?.lemma === 'ils')) {
      chosen[i] = readingWith(cands[i]!, 'SCONJ') ?? c;
    }
    // il a reconnu que…, elle nous apprend que…: right after a verb and with no ne before it, que
    // is the conjunction "that", never the adverb "only" (that needs ne … que).
    if (c.lemma === 'que' && c.upos === 'ADV' && chosen[i - 1]?.upos === 'VERB' && !restrictiveNe(chosen, i)) {
      chosen[i] = readingWith(cands[i]!, 'SCONJ') ?? c;
    }
    // tandis qu'elle, bien qu'étant, dès que: after the first word of a compound conjunction, que is
    // the conjunction, not the relative pronoun.
    if (c.lemma === 'que' && c.upos === 'PRON' && i > 0 && CONJUNCTION_HEADS.has(chosen[i - 1]!.lemma)) {
      chosen[i] = readingWith(cands[i]!, 'SCONJ') ?? c;
    }
    // ne … que (only): que is an adverb when a ne before it has no other negation word.
    if (c.lemma === 'que' && c.upos !== 'ADV' && restrictiveNe(chosen, i)) {
      chosen[i] = readingWith(cands[i]!, 'ADV') ?? c;
    }
    // Le Parisien précise, selon Le Monde: after le, the capitalised title of a newspaper is its
    // name, not the common word it spells (parisien = Parisian, monde = world).
    if (c.upos !== 'PROPN' && i > 0 && chosen[i - 1]!.upos === 'DET' && chosen[i - 1]!.lemma === 'le') {
      const title = readingWith(cands[i]!, 'PROPN');
      if (title && PRESS_TITLES.has(title.lemma)) chosen[i] = title;
    }
    // Le Parisien précise que, la police indique que: after a noun or a name, a word that is an
    // adjective and a finite verb, before the conjunction que, is the verb of saying.
    if (c.upos === 'ADJ' && i > 0 && endsNounPhrase(chosen[i - 1]!.upos) && chosen[i + 1]?.lemma === 'que' && chosen[i + 1]!.upos === 'SCONJ') {
      const verb = cands[i]!.find((r) => r.upos === 'VERB' && (r.verbForms ?? '').includes('f'));
      if (verb) chosen[i] = verb;
    }
    // Autre point pénalisant, …: point is the literary negation (ne … point) only after a ne;
    // elsewhere it is the noun.
    if (c.lemma === 'point' && c.upos === 'ADV' && !neBefore(chosen, i)) {
      const noun = readingWith(cands[i]!, 'NOUN', 'point');
      if (noun) chosen[i] = noun;
    }
    // « cofondateur et directeur de Valve »: a word coordinated with a noun and followed by de is a
    // noun too (director of, not the adjective « guiding »); so is the first of the pair when it opens
    // the phrase (after a comma, an article or the sentence's start) and can be a noun (review 15, 56).
    // (Not an ordinal, « et troisième de la saison », nor after a number, « articles 642-3 et suivants du code ».)
    if (c.upos === 'ADJ' && i > 1 && chosen[i - 1]!.upos === 'CCONJ' && chosen[i + 1]?.lemma === 'de' && !ADJECTIVES_TAKING_DE.has(c.lemma) && !/(?:ième|ier|ière)$/u.test(c.lemma) && /^\p{L}+$/u.test(chosen[i - 2]!.lemma)) {
      const noun = readingWith(cands[i]!, 'NOUN');
      const first = chosen[i - 2]!;
      const firstNoun = first.upos === 'ADJ' && (i === 2 || chosen[i - 3]!.upos === 'PUNCT' || chosen[i - 3]!.upos === 'DET') ? readingWith(cands[i - 2]!, 'NOUN') : undefined;
      if (noun && (first.upos === 'NOUN' || firstNoun)) {
        chosen[i] = noun;
        if (firstNoun) chosen[i - 2] = firstNoun;
      }
    }
    // « Soutenir François Fillon », « Construire l'Europe »: right after an opening quote, a capitalised
    // infinitive the lexicon knows by no name starts the quotation's sentence, a slogan or a title:
    // the verb, not a name.
    if (c.upos === 'PROPN' && c.infinitiveSpelling && i > 0 && OPENING_QUOTES.has(chosen[i - 1]!.lemma)) {
      const verb = cands[i]!.find((r) => r.upos === 'VERB' && (r.verbForms ?? '').includes('i'));
      if (verb) chosen[i] = verb;
    }
    // « un pas dans la bonne direction », « un grand pas »: after an article, a possessive or a
    // demonstrative (perhaps past an adjective) pas is the noun, a step; no negation follows them.
    if (c.lemma === 'pas' && c.upos === 'ADV' && i > 0 && (nounDeterminer(chosen[i - 1]!) || (chosen[i - 1]!.upos === 'ADJ' && i > 1 && nounDeterminer(chosen[i - 2]!)))) {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // « ses débouchés européens », « ces élus »: right after such a determiner, a participle that is
    // also a noun is the noun (a participle never follows a determiner, but for the clitic le, which
    // the rule on le above has made a pronoun by now).
    if (c.upos === 'VERB' && c.participle && i > 0 && nounDeterminer(chosen[i - 1]!)) {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // « prévu fin mai », « début 2027 »: fin and début before a month or a year are the nouns (the
    // end of, the beginning of), not the adjective fine.
    if ((c.lemma === 'fin' || c.lemma === 'début') && c.upos !== 'NOUN' && chosen[i + 1] && monthOrYear(chosen[i + 1]!)) {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // « Si ces droits entrent en vigueur »: si before a determiner, a name or a subject pronoun opens
    // a condition (if); the adverb (so, such) stands before an adjective or an adverb.
    if (c.lemma === 'si' && c.upos === 'ADV' && chosen[i + 1] && opensClause(chosen[i + 1]!)) {
      const conjunction = readingWith(cands[i]!, 'SCONJ');
      if (conjunction) chosen[i] = conjunction;
    }
    // « obtenu ce que nous étions venus chercher », « ce qui compte »: ce before a relative pronoun
    // is the pronoun (what, that which); a determiner stands before a noun.
    if (c.upos === 'DET' && c.lemma === 'ce' && RELATIVES.has(chosen[i + 1]?.lemma ?? '')) {
      const pronoun = readingWith(cands[i]!, 'PRON');
      if (pronoun) chosen[i] = pronoun;
    }
    // « parmi les premières à féliciter »: première before à is the adjective used as a noun (the
    // first to), not the noun première (a premiere).
    if (c.upos === 'NOUN' && c.lemma === 'première' && chosen[i + 1]?.lemma === 'à') {
      const adjective = readingWith(cands[i]!, 'ADJ');
      if (adjective) chosen[i] = adjective;
    }
    // « au moins neuf voix », « neuf pays »: neuf before a noun is the number; the adjective (new)
    // follows its noun (un bâtiment neuf, remis à neuf).
    if (c.upos === 'ADJ' && c.lemma === 'neuf' && chosen[i + 1]?.upos === 'NOUN') {
      chosen[i] = readingWith(cands[i]!, 'NUM') ?? { ...c, upos: 'NUM', glossEntry: undefined, expressionKeys: undefined };
    }
    // mettre fin à, la fin de: fin before à or de is the noun (end); the adverb only qualifies an
    // adjective (fin prêt).
    if (c.lemma === 'fin' && (c.upos === 'ADV' || c.upos === 'ADJ') && (chosen[i + 1]?.lemma === 'à' || chosen[i + 1]?.lemma === 'de')) {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // « tout en saluant »: tout before en and a present participle is the adverb (while).
    if (c.lemma === 'tout' && c.upos !== 'ADV' && chosen[i + 1]?.lemma === 'en' && (chosen[i + 2]?.verbForms ?? '').includes('g')) {
      chosen[i] = readingWith(cands[i]!, 'ADV') ?? { ...c, upos: 'ADV', glossEntry: undefined, expressionKeys: undefined };
    }
    // en berne, en marche: after the preposition en, a finite verb form is the noun it also spells
    // (en takes a noun or a present participle, never a finite verb).
    if (c.upos === 'VERB' && i > 0 && chosen[i - 1]!.upos === 'ADP' && chosen[i - 1]!.lemma === 'en' && !(c.verbForms ?? '').includes('g')) {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // dimanche soir, hier matin: a part of the day after a day is the noun.
    if (c.upos === 'ADV' && (c.lemma === 'soir' || c.lemma === 'matin') && i > 0 && DAY_WORDS.has(chosen[i - 1]!.lemma)) {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // rien d'exceptionnel, quelque chose de nouveau: after rien (or quelque chose) de, the adjective.
    if (c.upos === 'NOUN' && i > 1 && chosen[i - 1]!.lemma === 'de' && (chosen[i - 2]!.lemma === 'rien' || chosen[i - 2]!.lemma === 'chose')) {
      const adjective = readingWith(cands[i]!, 'ADJ');
      if (adjective) chosen[i] = adjective;
    }
    // un texte « déséquilibré »: a quoted word right after a noun qualifies it; read as an adjective
    // or a participle, not as the noun it also spells (a deranged person).
    if (c.upos === 'NOUN' && i > 1 && chosen[i - 2]!.upos === 'NOUN' && QUOTE_MARKS.has(chosen[i - 1]!.lemma)) {
      const qualifier = readingWith(cands[i]!, 'ADJ') ?? cands[i]!.find((r) => r.upos === 'VERB' && r.participle === true);
      if (qualifier) chosen[i] = qualifier;
    }
    // « où les combats autour de la ville »: a clitic before a verb form only je or tu can govern, with
    // no je or tu before it, is the article and the noun the form also spells.
    if (c.upos === 'PRON' && (c.lemma === 'le' || c.lemma === 'les') && chosen[i + 1]?.upos === 'VERB' && chosen[i + 1]!.jeTuOnly === true && !JE_TU.has(chosen[i - 1]?.lemma ?? '')) {
      const article = readingWith(cands[i]!, 'DET');
      const noun = readingWith(cands[i + 1]!, 'NOUN');
      if (article && noun) {
        chosen[i] = article;
        chosen[i + 1] = noun;
      }
    }
    // « de manière ferme, proportionnée et conforme aux règles », « un ton calme et ferme »: a finite
    // verb form coordinated with an adjective or a participle, that is also an adjective, is the
    // adjective; not before its object (« blessé et ferme la porte »).
    if (c.upos === 'VERB' && FINITE_ONLY.test(c.verbForms ?? '') && i > 1 && (chosen[i - 1]!.lemma === 'et' || chosen[i - 1]!.lemma === 'ou') && (chosen[i - 2]!.upos === 'ADJ' || chosen[i - 2]!.participle === true) && chosen[i + 1]?.upos !== 'DET') {
      const adjective = readingWith(cands[i]!, 'ADJ');
      if (adjective) chosen[i] = adjective;
    }
    // « accusés par certains », « plusieurs ont été blessés »: a determiner with no noun after it is the pronoun.
    if (c.upos === 'DET' && STANDALONE_DETERMINERS.has(c.lemma) && (chosen[i + 1] === undefined || NO_NOUN_AFTER.has(chosen[i + 1]!.upos))) {
      const pronoun = readingWith(cands[i]!, 'PRON');
      if (pronoun) chosen[i] = pronoun;
    }
    // « devront soit accueillir …, soit verser »: soit before an infinitive is the conjunction (either), not être.
    if (c.lemma === 'être' && chosen[i + 1]?.upos === 'VERB' && (chosen[i + 1]!.verbForms ?? '').includes('i')) {
      const either = readingWith(cands[i]!, 'CCONJ', 'soit');
      if (either) chosen[i] = either;
    }
    // « plusieurs femmes enceintes »: enceinte after a noun is the adjective (pregnant), not the enclosure.
    if (c.upos === 'NOUN' && c.lemma === 'enceinte' && i > 0 && chosen[i - 1]!.upos === 'NOUN') {
      const adjective = readingWith(cands[i]!, 'ADJ');
      if (adjective) chosen[i] = adjective;
    }
    // « Quelque 1.200 secouristes »: quelque before a number is the adverb (about, some), invariable.
    if (c.upos === 'DET' && c.lemma === 'quelque' && chosen[i + 1]?.upos === 'NUM') {
      const adverb = readingWith(cands[i]!, 'ADV');
      if (adverb) chosen[i] = adverb;
    }
    // « on a tout perdu », « ils ont tout essayé »: tout between avoir and its participle is the object
    // (everything), not the adverb (quite).
    if (c.lemma === 'tout' && c.upos !== 'PRON' && i > 0 && chosen[i - 1]!.upos === 'AUX' && chosen[i - 1]!.lemma === 'avoir' && chosen[i + 1]?.upos === 'VERB' && chosen[i + 1]!.participle === true) {
      const pronoun = readingWith(cands[i]!, 'PRON');
      if (pronoun) chosen[i] = pronoun;
    }
    // « de tout son poids », « toute sa vie »: after tout, son is the possessive before its noun, not the sound.
    if (c.upos === 'NOUN' && c.lemma === 'son' && i > 0 && chosen[i - 1]!.lemma === 'tout' && chosen[i + 1]?.upos === 'NOUN') {
      const possessive = readingWith(cands[i]!, 'DET');
      if (possessive) chosen[i] = possessive;
    }
    // « qu'on n'a vu personne », « il ne connaît personne », « n'a de leçons à recevoir de personne »:
    // personne after a verb or de, with ne before it and no article, is the pronoun (nobody), not the noun.
    if (c.upos === 'NOUN' && c.lemma === 'personne' && i > 1 && (chosen[i - 1]!.upos === 'VERB' || chosen[i - 1]!.upos === 'AUX' || (chosen[i - 1]!.lemma === 'de' && chosen[i - 1]!.upos === 'ADP')) && neWithin(chosen, i - 1, 8, true)) {
      const pronoun = readingWith(cands[i]!, 'PRON');
      if (pronoun) chosen[i] = pronoun;
    }
    // « Le ton s'est durci »: a possessive cannot follow an article; ton, son after one are nouns.
    if (c.upos === 'DET' && c.lemma === 'son' && i > 0 && chosen[i - 1]!.upos === 'DET' && chosen[i - 1]!.lemma !== 'tout') {
      const noun = readingWith(cands[i]!, 'NOUN');
      if (noun) chosen[i] = noun;
    }
    // « Nul n'est au-dessus des lois »: nul before ne is the pronoun (no one), not the determiner.
    if (c.upos === 'DET' && c.lemma === 'nul' && chosen[i + 1]?.lemma === 'ne') {
      const pronoun = readingWith(cands[i]!, 'PRON');
      if (pronoun) chosen[i] = pronoun;
    }
    // « pas même ceux qui… »: même after pas is the adverb (not even).
    if (c.lemma === 'même' && c.upos !== 'ADV' && i > 0 && chosen[i - 1]!.lemma === 'pas') {
      const adverb = readingWith(cands[i]!, 'ADV');
      if (adverb) chosen[i] = adverb;
    }
    // « Impassible à l'énoncé du verdict, il… »: a sentence's first word, capitalised only because it
    // opens the sentence (no name the lexicon knows), is the adjective it spells before a preposition
    // or a comma: an adjective phrase set before the subject.
    if (c.upos === 'PROPN' && c.weight < 1 && atSentenceStart(chosen, i) && (chosen[i + 1]?.upos === 'ADP' || chosen[i + 1]?.lemma === ',')) {
      const adjective = readingWith(cands[i]!, 'ADJ');
      if (adjective) chosen[i] = adjective;
    }
    // « A-t-il raison ? »: before a pronoun the hyphen ties to it, a sentence's A is avoir, not à.
    if (c.upos === 'ADP' && c.lemma === 'à' && i < chosen.length - 1 && chosen[i + 1]!.inverted === true) {
      const verb = readingWith(cands[i]!, 'VERB', 'avoir');
      if (verb) chosen[i] = verb;
    }
    // « Me Claire Fontaine a plaidé »: Me before a name is a lawyer's title (Maître), not the clitic
    // me, which stands before a verb.
    if (c.upos === 'PRON' && c.lemma === 'moi' && chosen[i + 1]?.upos === 'PROPN') {
      const title = readingWith(cands[i]!, 'PROPN', 'Me');
      if (title) chosen[i] = title;
    }
    // « Chaque heure compte. », « La colère gronde, », « L'exécutif européen reproche à Vistara… »: a
    // sentence's subject and then a word that is also a finite verb: the verb, when the sentence ends
    // there or a complement follows (a preposition, a determiner); a noun phrase alone is no sentence.
    if (c.upos === 'NOUN' && i > 1 && (SHORT_SENTENCE_ENDS.has(chosen[i + 1]?.lemma ?? '') || opensComplement(chosen[i + 1]))) {
      const start = subjectPhraseStart(chosen, i - 1);
      const verb = start >= 0 && atSentenceStart(chosen, start) ? finiteVerbReading(cands[i]!) : undefined;
      if (verb) chosen[i] = verb;
    }
    // « de graves entraves »: after de, an adjective before a plural noun, not a noun and a verb that
    // only tu could govern (tu entraves).
    if (c.upos === 'NOUN' && i > 0 && chosen[i - 1]!.lemma === 'de' && chosen[i + 1]?.upos === 'VERB' && chosen[i + 1]!.jeTuOnly) {
      const adjective = readingWith(cands[i]!, 'ADJ');
      const noun = readingWith(cands[i + 1]!, 'NOUN');
      if (adjective && noun) {
        chosen[i] = adjective;
        chosen[i + 1] = noun;
      }
    }
    // « des températures avoisinant zéro degré »: a present participle with an object after it (a
    // determiner or a number) is the verb, not the adjective it also spells (avoisinant: nearby).
    if (c.upos === 'ADJ' && (chosen[i + 1]?.upos === 'DET' || chosen[i + 1]?.upos === 'NUM')) {
      const participle = cands[i]!.find((r) => r.upos === 'VERB' && (r.verbForms ?? '').includes('g'));
      if (participle) chosen[i] = participle;
    }
    // A present participle that is also an adjective in its own right is that adjective after a
    // determiner or an adverb of degree (« un important centre », « le plus important »: a participle
    // takes no determiner and is not graded), and after a noun when it ends its phrase (a pause, a
    // conjunction, pour: « un palliatif rassurant pour les citoyens », « un point pénalisant : »).
    // Before another preposition it keeps its verb's complement (« des personnes vivant dans cette
    // zone », « une enquête portant sur »).
    if (c.upos === 'VERB' && i > 0 && (c.verbForms ?? '').includes('g')) {
      const before = chosen[i - 1]!;
      const next = chosen[i + 1];
      const endsPhrase = next === undefined || next.upos === 'PUNCT' || next.upos === 'CCONJ' || next.lemma === 'pour';
      if (before.upos === 'DET' || DEGREE_ADVERBS.has(before.lemma) || (before.upos === 'NOUN' && endsPhrase)) {
        const adjective = cands[i]!.find((r) => r.upos === 'ADJ' && r.pureAdjective === true);
        if (adjective) chosen[i] = adjective;
      }
    }
    // Xi Jinping, Nouvelle Zélande: a capitalised word next to a name is part of the name.
    if ((c.upos === 'NOUN' || c.upos === 'ADJ') && (chosen[i + 1]?.upos === 'PROPN' || chosen[i - 1]?.upos === 'PROPN')) {
      const name = cands[i]!.find((r) => r.upos === 'PROPN' && r.weight >= CAPITALISED_COMMON_NAME_WEIGHT && !r.commonWord);
      if (name) chosen[i] = name;
    }
    // Flora Duffy absente des étapes, les réfugiés, le souvenir: a verb French has only with se
    // (s'absenter, se réfugier, se souvenir) is not that verb without its reflexive clitic before
    // it; the adjective or the noun the form also spells is.
    if (chosen[i]!.upos === 'VERB' && PRONOMINAL_ONLY.has(chosen[i]!.lemma) && !reflexiveCliticBefore(chosen, i)) {
      const other = chosen[i - 1]?.upos === 'DET'
        ? readingWith(cands[i]!, 'NOUN') ?? readingWith(cands[i]!, 'ADJ')
        : readingWith(cands[i]!, 'ADJ') ?? readingWith(cands[i]!, 'NOUN');
      if (other) chosen[i] = other;
    }
    if (c.lemma !== 'avoir' || (c.upos !== 'AUX' && c.upos !== 'VERB')) continue;
    const p = participleAfter(cands, chosen, i);
    const want: Upos = p >= 0 ? 'AUX' : 'VERB';
    if (c.upos !== want) chosen[i] = readingWith(cands[i]!, want, 'avoir') ?? { ...c, upos: want };
    if (p >= 0 && !chosen[p]!.participle) chosen[p] = cands[p]!.find((r) => r.participle) ?? chosen[p]!;
  }
  return chosen;
}

/** Quote marks that open a quotation (its first word may be capitalised as a sentence's). */
const OPENING_QUOTES = new Set(['«', '“', '"']);
/** Every quote mark: a quotation may start or end between an auxiliary and its participle, or between a cue's words. */
export const QUOTE_MARKS = new Set(['«', '»', '"', '“', '”']);

/** Words of how many times (double, triple… centuple): adjectives before a noun, nouns before de. */
export const MULTIPLICATIVES = new Set(['double', 'triple', 'quadruple', 'quintuple', 'sextuple', 'septuple', 'octuple', 'décuple', 'centuple']);
/** A lemma in MULTIPLICATIVES, asked at every noun: the set only when the lemma ends in -le like all of them (a Set.has costs some 50 instructions). */
function isMultiplicative(lemma: string): boolean {
  const n = lemma.length;
  return lemma.charCodeAt(n - 1) === 0x65 && lemma.charCodeAt(n - 2) === 0x6c && MULTIPLICATIVES.has(lemma);
}
const COPULAS = new Set(['rester', 'demeurer']);
const LIGHT_VERBS = new Set(['avoir', 'porter', 'prendre', 'faire', 'mettre', 'donner', 'rendre', 'prêter', 'perdre']);
const REFLEXIVE_ATTRIBUTE_VERBS = new Set(['dire', 'montrer', 'affirmer', 'avérer', 'révéler', 'sentir', 'vouloir', 'croire', 'savoir', 'annoncer', 'proclamer']);

/** se or s' among the three readings before verb reading i, past an auxiliary (s'est dit, se sont montrés). */
function reflexiveBefore(chosen: Candidate[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const r = chosen[j]!;
    if (r.lemma === 'soi') return true;
    if (r.upos !== 'AUX' && r.upos !== 'ADV') return false;
  }
  return false;
}

/**
 * Verbs French uses only with a reflexive pronoun (essentially pronominal) whose forms the lexicon
 * also gives another reading: absente (absent), réfugiés (réfugié), souvenir (the noun), évadés,
 * insurgés, acharnée, repentir, suicide, affaire, envolée, ébats, fier (proud)… Those with no such collision
 * (s'abstenir, s'enfuir, s'écrier, s'emparer, s'efforcer, se soucier) need no rule.
 */
const PRONOMINAL_ONLY = new Set([
  'absenter', 'accouder', 'acharner', 'affairer', 'empresser', 'entêter', 'envoler', 'fier', 'insurger', 'méfier', 'obstiner',
  'rebeller', 'repentir', 'récrier', 'réfugier', 'souvenir', 'suicider', 'vautrer', 'ébattre', 'évader', 'évanouir',
]);
const REFLEXIVE_CLITICS = new Set(['soi', 'se', 'me', 'moi', 'te', 'toi', 'nous', 'vous']);

/**
 * A reflexive clitic before verb reading i, past the pronouns, auxiliaries and adverbs between them
 * (s'en est absenté, ne se sont-ils pas évadés, nous nous souvenons).
 */
function reflexiveCliticBefore(chosen: Candidate[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const r = chosen[j]!;
    if (r.upos === 'PRON' && REFLEXIVE_CLITICS.has(r.lemma)) return true;
    if (r.upos !== 'AUX' && r.upos !== 'ADV' && r.upos !== 'PRON') return false;
  }
  return false;
}

const ENTRER_AFTER = new Set(['en', 'dans']);
const NOT_SUBJECT = new Set<Upos>(['VERB', 'AUX', 'ADP', 'DET', 'PUNCT', 'CCONJ', 'SCONJ']);

/** autre within the three readings after i (les uns les autres, les unes contre les autres). */
function autreAhead(chosen: Candidate[], i: number): boolean {
  for (let j = i + 1; j < chosen.length && j <= i + 3; j++) if (chosen[j]!.lemma === 'autre') return true;
  return false;
}

/** Newspapers and magazines whose title (after le, la, les) is a common word: Le Monde, Le Parisien. */
const PRESS_TITLES = new Set(['Monde', 'Parisien', 'Figaro', 'Point', 'Croix', 'Échos', 'Soir', 'Tribune', 'Express', 'Humanité', 'Dépêche', 'Progrès', 'Républicain', 'Télégramme', 'Provence']);
/** Adjectives that take de and whose feminine is also a noun: issue de (issu) vs une issue. */
const ADJECTIVES_TAKING_DE = new Set(['issu', 'plein', 'exempt', 'digne', 'fier']);
/** The lemmas of the determiners tout stands before as a predeterminer (tous les, toutes ces, tous ses). */
/** Determiners that stand alone as pronouns (certains, plusieurs, aucun). */
const STANDALONE_DETERMINERS = new Set(['certain', 'plusieurs', 'aucun']);
/** A finite verb form only je or tu can govern ends so (not the -ons of nous). */
const JE_TU_ENDING = /(?<!on)s$/;
/** Subject pronouns of a verb form in -s (je, tu; j' is je). */
const JE_TU = new Set(['je', 'tu']);
/** What the east, est, follows: an article, a preposition (vent d'est), a conjunction (nord et est; see the rule after et). */
const BEFORE_EAST = new Set(['DET', 'ADP', 'CCONJ']);
/** Dashes that join a compass point written apart (nord--est). */
const DASHES = new Set(['-', '--', '–', '—']);
const ARTICLE_LEMMAS = new Set(['le', 'ce', 'son', 'un']);
/** A verb reading's forms when they are finite only (see Candidate.verbForms). */
const FINITE_ONLY = /^f+$/;

/**
 * Whether a verb reading with these forms after `before` is the noun the word also spells. After an
 * article that is no object pronoun (un, ce, son) no verb but an infinitive stands; after le, la, les
 * (perhaps pronouns: « il les bouche ») or de, no finite form (« des bouchons », « faute de moyens »).
 */
function verbReadsNoun(before: Candidate, forms: string): boolean {
  if (before.upos === 'DET') return before.lemma !== 'le' ? !forms.includes('i') : FINITE_ONLY.test(forms);
  return before.upos === 'ADP' && before.lemma === 'de' && FINITE_ONLY.test(forms);
}
/** A verb reading's forms when they are a past participle's only. */
const PARTICIPLE_ONLY = /^k+$/;
/** Adverbs that take de: loin des centres, près des côtes, autour des 9 °C. */
const DE_ADVERBS = new Set(['loin', 'près', 'autour', 'lors', 'hors', 'auprès']);
/** Verbs that take de before a noun: disposer des pouvoirs, venir des ventes, dépendre des commandes. */
const DE_VERBS = new Set(['disposer', 'venir', 'provenir', 'dépendre', 'aller', 'partir', 'sortir', 'parler', 'bénéficier', 'profiter', 'manquer', 'souffrir', 'résulter', 'découler', 'émaner', 'relever', 'jouir', 'douter', 'tenir', 'différer', 'dépendant']);
/** What may stand before an adjective in apposition: a pause, a noun or name, an adverb. */
const APPOSITION_BEFORE = new Set<Upos>(['PUNCT', 'NOUN', 'PROPN', 'ADV']);
/** What starts an infinitive's object. */
const OBJECT_START = new Set<Upos>(['DET', 'PRON']);
/** Verbs that take a bare infinitive: faire savoir, laisser entendre. */
const CAUSATIVES = new Set(['faire', 'laisser']);
/** Words that open an indirect question after savoir, comprendre…: savoir si, savoir lequel. */
const QUESTION_WORDS = new Set(['si', 'lequel', 'quel', 'qui', 'que', 'quoi', 'comment', 'pourquoi', 'où', 'quand', 'combien', 'dont']);

/** Whether reading i stands where an infinitive goes: after faire or laisser, or after de or à before a question word. */
function infinitiveSlot(chosen: Candidate[], i: number): boolean {
  const prev = chosen[i - 1]!;
  if (prev.upos === 'VERB' && CAUSATIVES.has(prev.lemma)) return true;
  return (prev.lemma === 'de' || prev.lemma === 'à') && prev.upos === 'ADP' && QUESTION_WORDS.has(chosen[i + 1]?.lemma ?? '');
}

/** Prepositions that take an infinitive and never a bare noun: pour devenir, sans savoir. */
const INFINITIVE_PREPOSITIONS = new Set(['pour', 'sans']);
/** Words before a de that takes only an infinitive, with the word before them: avant de, afin de, au lieu de, en train de. */
const INFINITIVE_DE_HEADS = new Map<string, string | undefined>([['avant', undefined], ['afin', undefined], ['lieu', 'à'], ['train', 'en']]);

/** Whether reading i stands where only an infinitive can: after pour or sans, or after avant de, afin de, au lieu de, en train de. */
function infinitiveOnlyBefore(chosen: Candidate[], cands: Candidate[][], i: number): boolean {
  const prev = chosen[i - 1]!;
  if (prev.upos === 'ADP' && INFINITIVE_PREPOSITIONS.has(prev.lemma)) return true;
  if (i < 2 || !readingWith(cands[i - 1]!, 'ADP', 'de')) return false;
  const head = chosen[i - 2]!.lemma;
  if (!INFINITIVE_DE_HEADS.has(head)) return false;
  const before = INFINITIVE_DE_HEADS.get(head);
  return before === undefined || chosen[i - 3]?.lemma === before;
}

/** The readings of des: the article un and de + les. */
function isDes(readings: Candidate[]): boolean {
  let article = false;
  let contracted = false;
  for (const r of readings) {
    if (r.upos === 'DET' && r.lemma === 'un') article = true;
    else if (r.upos === 'ADP' && r.lemma === 'de' && r.next === 'DET') contracted = true;
    else return false;
  }
  return article && contracted;
}

/** A feminine noun ending (maraîchère, sinistrée, alliée, voisine): the feminine of a masculine the adjective shares. */
const FEMININE_OF = /(?:e|è)re$|ée$|ine$|ienne$|euse$|ive$|ale$|ante$|ente$/;

/** Whether the adjectives before index `last` (inclusive) follow a noun: « électorale nationale » after Commission. */
function nounBeforeAdjectives(chosen: Candidate[], last: number): boolean {
  let j = last;
  while (j >= 0 && chosen[j]!.upos === 'ADJ') j--;
  return j >= 0 && chosen[j]!.upos === 'NOUN';
}

/** What may follow a noun phrase's last adjective besides a pause: its verb, a complement (« le produit intérieur brut a progressé »). */
const AFTER_NOUN_PHRASE = new Set<Upos>(['AUX', 'VERB', 'ADP']);
/** Adjectives that take à and an infinitive, whose feminine is also a verb form (prête: prêter). */
const A_INFINITIVE_ADJECTIVES = new Set(['prêt', 'enclin', 'apte', 'prompt']);
/** Lengths of a prison term: « deux ans ferme ». */
const TERM_UNITS = new Set(['an', 'année', 'mois', 'semaine', 'jour', 'prison']);
/** Quote marks that close a quotation (a punctuation reading's lemma is its form). */
const CLOSING_QUOTES = new Set(['»', '”', '"']);
/** What an inverted subject starts with: « », juge Paul Verdier », « », estime l'économiste ». */
const INVERTED_SUBJECT_START = new Set<Upos>(['PROPN', 'DET']);
/** Verbs that take a bare infinitive: « a dit vouloir », « espère pouvoir », « compte devoir ». */
const BARE_INFINITIVE_VERBS = new Set([
  'dire', 'affirmer', 'déclarer', 'estimer', 'penser', 'croire', 'espérer', 'sembler', 'paraître', 'vouloir', 'pouvoir', 'devoir', 'savoir',
  'compter', 'souhaiter', 'prétendre', 'reconnaître', 'assurer', 'aller', 'venir', 'oser', 'désirer', 'préférer', 'avouer', 'nier', 'jurer', 'admettre',
]);
/** Nouns that are also an adjective taking de: proche (a relative; close to), voisin (a neighbour; next to). */
const NOUN_ADJECTIVES_BEFORE_DE = new Set(['proche', 'voisin']);
/** What ends the noun phrase an adjective may follow. */
const NOUN_PHRASE_END = new Set<Upos>(['NOUN', 'PROPN', 'ADJ']);
/** Pronouns and nouns that count out of a set: l'un des, chacun des, la plupart des, beaucoup des. */
const PART_OF = new Set(['un', 'chacun', 'certain', 'plusieurs', 'aucun', 'beaucoup', 'plupart', 'partie', 'moitié', 'tiers', 'quart', 'nombre', 'majorité', 'ensemble', 'reste']);
/** Clause openers after which des starts a subject or an object: Mais des…, ainsi que des… */
const CLAUSE_OPENERS = new Set([',', ';', ':', 'mais', 'que', 'qui', 'si', 'quand', 'lorsque', 'où']);

/**
 * Whether des at i is de + les (ADP) or the article (DET), where the words before it decide; else
 * undefined. An active verb (a finite form, an infinitive, a participle after avoir) takes the
 * article; a passive or bare participle (expulsé des…) and an adjective may take de: undecided.
 */
function contractedOrArticle(chosen: Candidate[], i: number): Upos | undefined {
  // je pense, des plus importantes: des plus (moins) before an adjective is a superlative's de + les.
  if ((chosen[i + 1]?.lemma === 'plus' || chosen[i + 1]?.lemma === 'moins') && chosen[i + 2]?.upos === 'ADJ') return 'ADP';
  if (firstWord(chosen, i)) return 'DET';
  // « tout en relevant « des retards » »: a quotation opens on its own article.
  if (i > 0 && OPENING_QUOTES.has(chosen[i - 1]!.lemma)) return 'DET';
  let j = i - 1;
  while (j > 0 && chosen[j]!.upos === 'ADV' && chosen[j]!.lemma !== 'ne') {
    if (DE_ADVERBS.has(chosen[j]!.lemma)) return 'ADP';
    j--;
  }
  const prev = chosen[j]!;
  // soupçonnés d'avoir des liens: avoir read as the noun (assets) is still the verb here.
  if (prev.lemma === 'avoir') return 'DET';
  if (PART_OF.has(prev.lemma) && j === i - 1) return 'ADP';
  if (prev.upos === 'NOUN' || prev.upos === 'PROPN') return j === i - 1 ? 'ADP' : undefined;
  if (j === i - 1 && CLAUSE_OPENERS.has(prev.lemma) && (prev.upos === 'PUNCT' || prev.upos === 'CCONJ' || prev.upos === 'SCONJ')) return 'DET';
  if (prev.upos === 'AUX') return 'DET';
  if (prev.upos !== 'VERB') return undefined;
  // s'inquiète des répercussions, se venger des agissements: a reflexive verb takes de.
  if (reflexiveBefore(chosen, j)) return 'ADP';
  if (DE_VERBS.has(prev.lemma)) return undefined;
  const forms = prev.verbForms ?? '';
  if (/[fig]/.test(forms) && !prev.participle) return 'DET';
  // a publié des articles: a participle after avoir is active; after être (est expulsé des) or alone, undecided.
  for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
    const r = chosen[k]!;
    if (r.upos === 'AUX') return r.lemma === 'avoir' ? 'DET' : undefined;
    if (r.upos !== 'ADV' && r.upos !== 'PRON') break;
  }
  return /[fig]/.test(forms) ? 'DET' : undefined;
}

/** Reading i is the sentence's first word: only punctuation (an opening quote) before it. */
function firstWord(chosen: Candidate[], i: number): boolean {
  for (let j = 0; j < i; j++) if (chosen[j]!.upos !== 'PUNCT') return false;
  return true;
}

/** From reading i on, a comma comes before any verb or auxiliary (and before the sentence ends). */
function verblessAside(chosen: Candidate[], i: number): boolean {
  for (let j = i; j < chosen.length; j++) {
    const r = chosen[j]!;
    if (r.upos === 'VERB' || r.upos === 'AUX') return false;
    if (r.upos === 'PUNCT') return r.lemma === ',';
  }
  return false;
}

/**
 * The first reading with that tag and another lemma than `lemma` (a participle, when `participle`).
 * A function rather than a find() closure over the rules' reading `c`: a closure capturing it makes
 * V8 allocate the loop body's context at every token, whether a closure is made or not (some 1.5 MB
 * a pass over a long text, a sixth of the analysis's garbage).
 */
function otherReading(readings: Candidate[], upos: Upos, lemma: string, participle = false): Candidate | undefined {
  for (const r of readings) if (r.upos === upos && r.lemma !== lemma && (!participle || r.participle)) return r;
  return undefined;
}

/** PARIS, GENÈVE: letters, all of them capitals. */
export function allCapitals(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** SAINT-DENIS -> Saint-Denis: a capital at the start and after a hyphen or an apostrophe. */
export function titleCase(form: string): string {
  return form.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Adverbs that grade an adjective (le plus important, très inquiétant). */
const DEGREE_ADVERBS: ReadonlySet<string> = new Set(['plus', 'moins', 'très', 'si', 'trop', 'assez', 'particulièrement', 'extrêmement', 'peu']);

/** The words a part of the day follows as a noun: dimanche soir, hier matin, demain soir. */
const DAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, 'hier', 'demain', 'ce', 'le', 'chaque']);

/** The relative pronouns ce stands before (ce que, ce qui, ce dont). */
const RELATIVES = new Set(['que', 'qui', 'dont']);

/** A verb's complement after it: a determiner, or one of the prepositions verbs govern. */
function opensComplement(c: Candidate | undefined): boolean {
  return !!c && (c.upos === 'DET' || (c.upos === 'ADP' && GOVERNED_PREPOSITIONS.has(c.lemma)));
}
const GOVERNED_PREPOSITIONS = new Set(['à', 'de', 'sur', 'contre', 'pour', 'avec']);

/** What ends a short sentence of a subject and its verb (« Chaque voix compte, a-t-il dit »). */
const SHORT_SENTENCE_ENDS = new Set(['.', '!', '?', ';', ',', '»', '…']);

/** An article, a possessive or a demonstrative: what stands before a noun and never before a verb. */
function nounDeterminer(c: Candidate): boolean {
  return c.upos === 'DET' && NOUN_DETERMINERS.has(c.lemma);
}

/** Whether token i opens its sentence, perhaps after the quote marks or dash that open it. */
function atSentenceStart(chosen: Candidate[], i: number): boolean {
  for (let k = 0; k < i; k++) if (!SENTENCE_OPENING_MARKS.has(chosen[k]!.lemma)) return false;
  return true;
}
/** What may stand before a sentence's first word (a quote, a dash, a bracket): the analyzer reads the word after them as the start. */
export const SENTENCE_OPENING_MARKS: ReadonlySet<string> = new Set(['«', '"', '“', '(', '[', '—', '–', '-']);

/** A month's name or a year in figures (« fin mai », « début 2027 »). */
function monthOrYear(c: Candidate): boolean {
  return MONTH_NAMES.has(c.lemma) || (c.upos === 'NUM' && /^(?:1[89]|20)\d\d$/.test(c.lemma));
}
const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS);

/** What opens a clause after si: a determiner, a name, or a subject pronoun. */
function opensClause(c: Candidate): boolean {
  return c.upos === 'DET' || c.upos === 'PROPN' || (c.upos === 'PRON' && SUBJECT_PRONOUNS.has(c.lemma));
}
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'je', 'tu', 'nous', 'vous', 'ce', 'cela', 'ça']);

/**
 * The first reading with that tag (and lemma). A function rather than a find() closure over `want`
 * in applyRules' loop, which would cost that loop an allocation at every token.
 */
function readingWith(readings: Candidate[], upos: Upos, lemma?: string): Candidate | undefined {
  for (const r of readings) if (r.upos === upos && (lemma === undefined || r.lemma === lemma)) return r;
  return undefined;
}

/** Words after which seconde(s) counts time (par seconde, une seconde, chaque seconde, quelques secondes). */
const TIME_UNIT_COUNTERS = new Set(['par', 'un', 'chaque', 'quelque']);
/** Compass points: « du nord et est » keeps est the noun. */
const COMPASS = new Set(['nord', 'sud', 'ouest', 'est', 'nord-est', 'nord-ouest', 'sud-est', 'sud-ouest']);
/** Verbs that attribute a quality to their object or subject: jugé coupable, déclaré responsable. */
const JUDGEMENT_VERBS = new Set(['juger', 'déclarer', 'estimer', 'considérer', 'reconnaître', 'rendre', 'trouver']);
/** Words that make a conjunction with que after them (tandis que, bien que, dès que, pour que…). */
const CONJUNCTION_HEADS = new Set(['tandis', 'bien', 'alors', 'dès', 'afin', 'pour', 'parce', 'ainsi', 'avant', 'après', 'sans', 'depuis', 'pendant', 'malgré', 'encore', 'sitôt']);
/** Prepositions that take a noun or an infinitive, never a conjugated verb or a bare participle. */
const NOUN_PREPOSITIONS = new Set(['de', 'à', 'pour', 'par', 'sur', 'dans', 'avec', 'vers', 'chez', 'contre', 'depuis', 'pendant', 'selon', 'sous', 'dès', 'parmi', 'en']);
/** Determiners (by lemma) that are also object pronouns (le, la, les, l', leur): a verb may follow them. */
const CLITIC_DETERMINERS = new Set(['le', 'leur']);

/** Whether a reading leaves room only for a noun after it: a preposition or a determiner that is no clitic. */
function nounSlot(r: Candidate): boolean {
  if (r.upos === 'ADP') return NOUN_PREPOSITIONS.has(r.lemma);
  return r.upos === 'DET' && !CLITIC_DETERMINERS.has(r.lemma);
}

/** Verbs with no passive (intransitive or only reflexive): their participle after a noun is the adjective it also spells (une attaque délibérée = deliberate). */
const NO_PASSIVE = new Set(['adjoindre', 'délibérer', 'évoluer', 'aboutir', 'réfléchir', 'acharner', 'obstiner', 'dévouer', 'entêter', 'empresser', 'affairer', 'méfier', 'évanouir']);
/** A noun or a name, which may end a noun phrase. Compared, not a Set: the rules ask at most nouns, and Set.has costs some 50 instructions. */
function endsNounPhrase(upos: Upos): boolean {
  return upos === 'NOUN' || upos === 'PROPN';
}

/** Whether the word at `j` ends a subject noun phrase: a noun or a name, or an adjective right after one (le pouvoir syrien). */
function subjectPhraseEnd(chosen: Candidate[], j: number): boolean {
  const w = chosen[j]!;
  if (endsNounPhrase(w.upos)) return true;
  return w.upos === 'ADJ' && j > 0 && endsNounPhrase(chosen[j - 1]!.upos);
}

/**
 * Where the subject that a verb at i follows ends: the word before it, past adverbs and, after a
 * comma, an apposition back to its opening comma (« La Chine, premier pollueur mondial, tente »); -1
 * when no word is there.
 */
function subjectEndBefore(chosen: Candidate[], i: number): number {
  let j = i - 1;
  while (j > 0 && chosen[j]!.upos === 'ADV') j--;
  if (j > 0 && chosen[j]!.lemma === ',') {
    let clause = false;
    for (let k = j - 1; k > 0 && k >= j - RELATIVE_MAX; k--) {
      const w = chosen[k]!;
      // « Ce feuilleton, qui a fragilisé le gouvernement, risque de »: a relative clause in qui between
      // commas is passed over, verbs and all.
      if (w.lemma === ',') return clause && chosen[k + 1]!.lemma !== 'qui' ? -1 : k - 1;
      if (w.upos === 'PUNCT' || w.upos === 'SCONJ') return -1;
      if (w.upos === 'VERB' || w.upos === 'AUX' || w.upos === 'PRON') clause = true;
      else if (!clause && k < j - APPOSITION_MAX) return -1;
    }
    return -1;
  }
  return j;
}
/** The longest apposition or aside between commas that the verb rules pass over. */
const APPOSITION_MAX = 8;
/** The longest relative clause in qui between commas that they pass over. */
const RELATIVE_MAX = 12;

/**
 * Whether « de » and an infinitive follow from j, perhaps past adverbs, an aside between commas or a
 * short prepositional phrase (« tente par tous les moyens de », « tente, depuis des années, de »,
 * « tente encore de »).
 */
function deInfinitiveAhead(chosen: Candidate[], j: number): boolean {
  let k = j;
  while (chosen[k]?.upos === 'ADV') k++;
  const w = chosen[k];
  if (!w) return false;
  if (w.lemma === ',') {
    let end = k + 1;
    while (end < chosen.length && end <= k + APPOSITION_MAX && chosen[end]!.lemma !== ',' && chosen[end]!.upos !== 'PUNCT' && chosen[end]!.upos !== 'VERB' && chosen[end]!.upos !== 'AUX') end++;
    if (chosen[end]?.lemma !== ',' || end === k + 1) return false;
    k = end + 1;
  } else if (w.upos === 'ADP' && w.lemma !== 'de' && w.lemma !== 'à') {
    // A prepositional phrase of a few noun-phrase words (par tous les moyens, depuis des années).
    let end = k + 1;
    while (end < chosen.length && end <= k + 4 && PHRASE_WORDS.has(chosen[end]!.upos) && chosen[end]!.lemma !== 'de') end++;
    if (end === k + 1 || !endsNounPhrase(chosen[end - 1]!.upos) && chosen[end - 1]!.upos !== 'NUM') return false;
    k = end;
  }
  while (chosen[k]?.upos === 'ADV') k++;
  const de = chosen[k];
  return de !== undefined && de.lemma === 'de' && de.upos === 'ADP' && verbalSequel(chosen, k);
}
/** The words of a short noun phrase inside a prepositional phrase. */
const PHRASE_WORDS = new Set<Upos>(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** subjectPhraseEnd at j, false when j is before the text. */
function subjectPhraseEndAt(chosen: Candidate[], j: number): boolean {
  return j >= 0 && subjectPhraseEnd(chosen, j);
}

/** Nouns of an office spelled as a past participle, by their masculine (the lexicon gives déléguée its own lemma). */
const OFFICE_NOUNS = new Set(['délégué', 'adjoint', 'chargé', 'attaché', 'envoyé', 'préposé', 'mandaté']);
/** What may open a clause before its subject: a pause or quote, a colon, a conjunction. */
const CLAUSE_OPENING = new Set<Upos>(['PUNCT', 'CCONJ', 'SCONJ']);
/** Clitics between de and its infinitive (de s'immoler, de le faire, d'y aller). */
const INFINITIVE_CLITICS = new Set(['soi', 'se', 'le', 'lui', 'leur', 'en', 'y']);

/**
 * Whether the word at `j` ends a subject noun phrase that opens its clause (the sentence's start, a
 * pause, a colon or a conjunction before it): see subjectPhraseStart.
 */
function clauseSubjectEnd(chosen: Candidate[], j: number): boolean {
  const k = subjectPhraseStart(chosen, j);
  return k === 0 || (k > 0 && CLAUSE_OPENING.has(chosen[k - 1]!.upos));
}

/**
 * Where the noun phrase that ends at `j` starts, if it can be a subject: a determiner, an adjective
 * perhaps, and a noun (or an adjective standing as one: un enseignant), perhaps an adjective after
 * it; or a name, perhaps after its article. -1 when the words before `j` are no such phrase.
 */
function subjectPhraseStart(chosen: Candidate[], j: number): number {
  let k = j;
  if (chosen[k]!.upos === 'ADJ' && k > 0 && endsNounPhrase(chosen[k - 1]!.upos)) k--;
  const head = chosen[k]!;
  if (head.upos === 'PROPN') {
    while (k > 0 && chosen[k - 1]!.upos === 'PROPN') k--;
    // le Kenyan, l'ONU: a name may have its article.
    if (k > 0 && chosen[k - 1]!.upos === 'DET') k--;
  } else {
    // « La meilleure manière de perdre »: an adjective that stands before its noun heads no phrase.
    if (head.upos !== 'NOUN' && (head.upos !== 'ADJ' || PRENOMINAL.has(head.lemma) || /ième$/u.test(head.lemma))) return -1;
    if (k > 0 && chosen[k - 1]!.upos === 'ADJ') k--;
    if (k === 0 || chosen[k - 1]!.upos !== 'DET') return -1;
    k--;
  }
  return k;
}

/** The reading of a finite verb a third person may govern (not a participle, not a form of tu only), if the token has one. */
function finiteVerbReading(readings: Candidate[]): Candidate | undefined {
  return readings.find((r) => r.upos === 'VERB' && !r.participle && !r.jeTuOnly && (r.verbForms ?? '').includes('f'));
}

/** Whether `j` is a que that opens a clause with a verb of its own: the relative pronoun (ce que, however tagged), or the conjunction after a verb. */
function clauseQue(chosen: Candidate[], j: number): boolean {
  const w = chosen[j]!;
  const before = chosen[j - 1];
  return w.lemma === 'que' && (w.upos === 'PRON' || (w.upos === 'SCONJ' && (before?.upos === 'VERB' || before?.lemma === 'ce')));
}

/** Whether a verb or auxiliary stands from `j` on, before the sentence's first colon, semicolon or dash. */
function verbBeforeColon(chosen: Candidate[], j: number): boolean {
  for (let k = j; k < chosen.length; k++) {
    const r = chosen[k]!;
    if (r.upos === 'PUNCT' && HEADING_ENDS.has(r.lemma)) return false;
    if (r.upos === 'VERB' || r.upos === 'AUX') return true;
  }
  return false;
}
const HEADING_ENDS = new Set([':', ';', '–', '—']);

/** Infinitives whose nouns head set phrases after de (pouvoir d'achat, devoir de réserve, savoir-faire). */
const MODAL_NOUNS = new Set(['pouvoir', 'savoir', 'devoir']);

/** Whether the clause ends before `j`: the sentence's end, or punctuation that closes a clause (not an opening quote or bracket). */
function clauseEndsAt(chosen: Candidate[], j: number): boolean {
  const w = chosen[j];
  return w === undefined || (w.upos === 'PUNCT' && CLAUSE_CLOSERS.has(w.lemma));
}
const CLAUSE_CLOSERS = new Set(['.', ',', ';', ':', '!', '?', '»', ')', '…', '...', '–', '—']);

/** Whether a verb's sequel starts at `j`: de and an infinitive past its clitics, or a conjunction (mais, et, puis) and a finite verb. */
function verbalSequel(chosen: Candidate[], j: number): boolean {
  const w = chosen[j];
  if (!w) return false;
  if (w.lemma === 'de' && w.upos === 'ADP') {
    let k = j + 1;
    // The rule that reads le before a verb as the pronoun comes later in the loop: le may still be the article here.
    while (k < chosen.length && (chosen[k]!.upos === 'PRON' || chosen[k]!.upos === 'DET') && INFINITIVE_CLITICS.has(chosen[k]!.lemma)) k++;
    return chosen[k]?.upos === 'VERB' && (chosen[k]!.verbForms ?? '').includes('i');
  }
  if (w.upos !== 'CCONJ') return false;
  const next = chosen[j + 1];
  return next !== undefined && next.upos === 'VERB' && !next.participle && (next.verbForms ?? '').includes('f');
}

/** Reading i follows a noun, perhaps with an adjective between (des élections locales conformes). */
function afterNoun(chosen: Candidate[], i: number): boolean {
  const prev = chosen[i - 1]!;
  if (endsNounPhrase(prev.upos)) return true;
  return prev.upos === 'ADJ' && i > 1 && endsNounPhrase(chosen[i - 2]!.upos);
}
/** Lemmas the object pronouns le, la, les, l' are given. */
const OBJECT_CLITICS = new Set(['le', 'la', 'les']);
/** Subject pronouns (by lemma) and ne: an object pronoun, never an article, follows them. */
const SUBJECT_OR_NE = new Set(['il', 'elle', 'ils', 'elles', 'on', 'je', 'tu', 'ne']);
/** Adjectives that stand for a noun already named (le premier, un autre, le même) and stay adjectives. */
const STANDS_ALONE_ADJ = new Set(['autre', 'même', 'seul', 'tel', 'prochain', 'dernier', 'premier', 'suivant', 'précédent', 'second', 'meilleur', 'pire', 'moindre', 'nombreux', 'plusieurs', 'différent', 'divers']);

/** Determiners (by lemma) after which an adjective that is also a noun may head the phrase. */
const NOUN_DETERMINERS = new Set(['le', 'un', 'ce', 'son']);
/** What no noun phrase goes on with after an adjective slot: it ends there (des, du are ADP). */
const NO_NOUN_AFTER = new Set<Upos>(['PUNCT', 'CCONJ', 'SCONJ', 'VERB', 'AUX', 'ADP', 'DET', 'PRON']);

/**
 * Whether the adjective reading i (after a determiner) is better the noun it also spells: the next
 * word cannot be the noun it would stand before. A prenominal adjective (la grande offensive)
 * stands before a participle-like noun as well; any adjective before a word that is only a noun
 * (une violente explosion) keeps its reading.
 */
function headsItsPhrase(chosen: Candidate[], cands: Candidate[][], i: number): boolean {
  const next = chosen[i + 1];
  if (next === undefined || NO_NOUN_AFTER.has(next.upos)) return true;
  if (PRENOMINAL.has(chosen[i]!.lemma)) return false;
  const after = chosen[i + 2];
  if (next.upos === 'ADJ') return after === undefined || (after.upos !== 'NOUN' && after.upos !== 'ADJ');
  if (next.upos !== 'NOUN') return false;
  // un lourd passé criminel: a noun that an adjective follows is a noun, whatever else it spells.
  if (after !== undefined && (after.upos === 'ADJ' || after.upos === 'NOUN')) return false;
  for (const r of cands[i + 1]!) if (r.upos === 'VERB' && r.participle && r.weight > next.weight) return true;
  return false;
}

/** Index of the past participle that follows token i closely (adverbs, clitics or an aside
 *  between commas in between: a, pour sa part, indiqué), or -1. */
function participleAfter(cands: Candidate[][], chosen: Candidate[], i: number): number {
  for (let j = i + 1; j < Math.min(chosen.length, i + 5); j++) {
    if (cands[j]!.some((r) => r.participle)) return j;
    const c = chosen[j]!;
    if (c.upos === 'PUNCT' && c.lemma === ',') {
      let k = j + 1;
      while (k < Math.min(chosen.length, j + 8) && chosen[k]!.lemma !== ',') k++;
      if (chosen[k]?.lemma === ',' && cands[k + 1]?.some((r) => r.participle)) return k + 1;
      return -1;
    }
    // avait « sciemment » accepté, n'avait « jamais touché »: a quotation may start or end between them.
    if (c.upos === 'ADV' || c.upos === 'PRON' || (c.upos === 'PUNCT' && QUOTE_MARKS.has(c.lemma))) continue;
    // ont d'ores et déjà promis, a clairement et fermement condamné: two adverbs joined by et.
    if (c.upos === 'CCONJ' && chosen[j - 1]!.upos === 'ADV' && chosen[j + 1]?.upos === 'ADV') continue;
    // a pour sa part estimé, a de son côté affirmé, a par ailleurs indiqué: a short aside.
    const aside = asideEnd(chosen, j);
    if (aside >= j) {
      let k = aside + 1;
      while (chosen[k]?.upos === 'ADV') k++;
      if (cands[k]?.some((r) => r.participle)) return k;
    }
    // a dès le début de la compétition pris: a time phrase (dès, depuis…, then a noun phrase) between.
    if (TIME_OPENERS.has(c.lemma)) {
      for (let k = j + 1; k < Math.min(chosen.length, j + 8); k++) {
        if (cands[k]!.some((r) => r.participle)) return k;
        if (!TIME_PHRASE.has(chosen[k]!.upos)) return -1;
      }
    }
    return -1;
  }
  return -1;
}

const ASIDE_OPENERS = new Set(['pour', 'de', 'à', 'par', 'en']);
/** Prepositions of time that may open a phrase between an auxiliary and its participle. */
const TIME_OPENERS = new Set(['dès', 'depuis', 'durant', 'pendant', 'lors']);
/** What a time phrase holds: dès le début de la compétition, depuis 2010. */
const TIME_PHRASE = new Set<Upos>(['DET', 'NOUN', 'ADP', 'ADJ', 'NUM', 'PROPN']);
const POSSESSIVES = new Set(['son', 'sa', 'leur', 'notre', 'votre', 'mon', 'ma']);

/**
 * The last token of a short aside opening at j (pour sa part, de son côté, à son tour, par
 * ailleurs, en outre): a preposition and an adverb, or a preposition, a possessive and a noun.
 * Returns j - 1 when there is none (de l'argent is not an aside).
 */
function asideEnd(chosen: Candidate[], j: number): number {
  // a une nouvelle fois failli, a cette fois refusé: a count of times.
  if (chosen[j]!.upos === 'DET') {
    const fois = chosen[j + 1]?.upos === 'ADJ' ? j + 2 : j + 1;
    return chosen[fois]?.lemma === 'fois' ? fois : j - 1;
  }
  if (chosen[j]!.upos !== 'ADP' || !ASIDE_OPENERS.has(chosen[j]!.lemma)) return j - 1;
  if (chosen[j + 1]?.upos === 'ADV') return j + 1;
  // a en revanche dénoncé, a en effet reconnu: a preposition and a noun that make an adverbial.
  if (chosen[j + 1]?.upos === 'NOUN' && ASIDE_NOUNS.has(chosen[j + 1]!.lemma)) return j + 1;
  if (POSSESSIVES.has(chosen[j + 1]?.lemma ?? '') && chosen[j + 2]?.upos === 'NOUN') return j + 2;
  // a à plusieurs reprises dénoncé: a count of occasions.
  if ((chosen[j + 1]?.upos === 'DET' || chosen[j + 1]?.upos === 'NUM') && chosen[j + 2]?.lemma === 'reprise') return j + 2;
  return j - 1;
}
/** Nouns that make an adverbial with the preposition before them (en revanche, en effet, par exemple). */
const ASIDE_NOUNS = new Set(['revanche', 'effet', 'fait', 'outre', 'principe', 'priorité', 'urgence', 'vain', 'définitive', 'réalité', 'apparence', 'exemple']);

export const NEGATION_WORDS: ReadonlySet<string> = new Set(['pas', 'plus', 'jamais', 'rien', 'personne', 'aucun', 'guère', 'point', 'nul', 'ni']);

/** A ne within the five readings before i (ne … point, n'a point). */
function neBefore(chosen: Candidate[], i: number): boolean {
  return neWithin(chosen, i, 5, false);
}

/** A ne within the `reach` readings before i; with `inClause`, no punctuation between. */
function neWithin(chosen: Candidate[], i: number, reach: number, inClause: boolean): boolean {
  for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
    if (chosen[j]!.lemma === 'ne') return true;
    if (inClause && chosen[j]!.upos === 'PUNCT') return false;
  }
  return false;
}

/**
 * A ne within the last few words, with a verb but no other negation word between it and i; plus or
 * jamais may stand right before que (« ne feront plus l'objet que de contrôles »: now only; « n'ont
 * plus que la peau sur les os »).
 */
function restrictiveNe(chosen: Candidate[], i: number): boolean {
  let verb = false;
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const r = chosen[j]!;
    if (NEGATION_WORDS.has(r.lemma) && !(RESTRICTIVE_WITH_QUE.has(r.lemma) && !anotherNegationBefore(chosen, j))) return false;
    if (r.lemma === 'que' || r.upos === 'PUNCT') return false;
    if (r.upos === 'VERB' || r.upos === 'AUX') verb = true;
    if (r.lemma === 'ne') return verb;
  }
  return false;
}

/** Negation words that may join ne … que: ne … plus que (now only), ne … jamais que (only ever). */
const RESTRICTIVE_WITH_QUE = new Set(['plus', 'jamais']);

/** Whether another negation word (pas, rien…) stands between token j and the ne before it. */
function anotherNegationBefore(chosen: Candidate[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
    const r = chosen[k]!;
    if (r.lemma === 'ne') return false;
    if (NEGATION_WORDS.has(r.lemma)) return true;
  }
  return false;
}

/** Token i is a form of être, possibly followed by adverbs before the word after it. */
function isEtre(chosen: Candidate[], i: number): boolean {
  let j = i;
  while (j > 0 && chosen[j]!.upos === 'ADV') j--;
  return chosen[j]!.upos === 'AUX' && chosen[j]!.lemma === 'être';
}
