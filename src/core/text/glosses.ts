// English glosses keyed by lemma and part of speech: the authored core lexicon (glosses.tsv, built
// from src/core/text/data/glosses/*.tsv) first, then an automatic gloss for the long tail from
// English cognate endings and from glossed base words, marked 'auto'.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSortedTsv, type Lexicon, type SortedTable } from './lexicon';
import type { Gender, GlossSource, Upos } from './types';

export interface GlossEntry {
  gloss: string;
  source: GlossSource;
  gender?: Gender;
  note?: string;
}

const GENDERS = new Set<string>(['m', 'f', 'm/f']);

/**
 * Common English words that are not French words (titles, band names and quotations keep them):
 * glossed as themselves, marked English, when the lexicon has no French gloss for the spelling.
 */
const ENGLISH_WORDS = new Set(
  ('the of and with at being home you your my our is are was were be been it its this that these those what who which ' +
    'from for by not we they them their have has had will would can could should get got go going gone all any every ' +
    'love baby girl girls boy boys man men woman women world life day days night time people street road good bad ' +
    'just like new old little big back down out up over into when where how why there here only never always again ' +
    'yes with without about after before under between through me him her she he his hers they\'re don\'t can\'t ' +
    'heart dream dreams song songs friends friend party king queen lady lord dead black white blue green red ' +
    'story stories house town city sea sky fire water light dark soul rock roll highway')
    .split(' '),
);

/** The authored glosses by `lemma<TAB>upos`: a Map in tests, the sorted built file at run time. */
export interface CoreGlosses {
  get(key: string): GlossEntry | undefined;
}

/** Joins lemma and tag into the built file's sort key (a character no lemma contains). */
const KEY_JOIN = '\u001f';

/**
 * The built glosses.tsv: one `lemma␟upos<TAB>gender<TAB>gloss<TAB>note` line per entry, sorted by
 * UTF-8 bytes, so a lookup is a binary search in the file as read: nothing is parsed at start-up.
 */
export function glossTableText(rows: Map<string, GlossEntry>): string {
  const lines = [...rows].map(([key, e]) => `${key.replace('\t', KEY_JOIN)}\t${e.gender ?? ''}\t${e.gloss}\t${e.note ?? ''}`);
  const bytes = lines.map((l) => [Buffer.from(l.slice(0, l.indexOf('\t')), 'utf8'), l] as const);
  bytes.sort((a, b) => Buffer.compare(a[0], b[0]));
  return bytes.map(([, l]) => l).join('\n') + '\n';
}

class GlossTable implements CoreGlosses {
  private readonly cache = new Map<string, GlossEntry | null>();

  constructor(private readonly file: SortedTable) {}

  get(key: string): GlossEntry | undefined {
    let entry = this.cache.get(key);
    if (entry === undefined) {
      const line = this.file.find(key.replace('\t', KEY_JOIN));
      entry = line === undefined ? null : entryOf(line.split('\t'));
      this.cache.set(key, entry);
    }
    return entry ?? undefined;
  }
}

function entryOf([gender = '', gloss = '', note = '']: string[]): GlossEntry {
  const entry: GlossEntry = { gloss, source: 'core' };
  if (GENDERS.has(gender)) entry.gender = gender as Gender;
  if (note) entry.note = note;
  return entry;
}

/** Parses gloss rows `lemma	upos	gender	gloss	note` (comments and the header row skipped). */
export function parseGlossRows(text: string): Map<string, GlossEntry> {
  const map = new Map<string, GlossEntry>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('lemma\tupos\t')) continue;
    const [lemma, upos, ...rest] = line.split('\t');
    if (!lemma || !upos || !rest[1]) continue;
    const entry = entryOf(rest);
    // A later row for the same lemma and tag replaces an earlier one (files are read in name order).
    map.set(`${lemma.normalize('NFC')}\t${upos}`, entry);
  }
  return map;
}

/**
 * English renderings of French endings, tried in order: [French ending, English ending, tags,
 * reliable]. A reliable ending (-tion, -ité, -isme…) makes the English word nearly always; the
 * others (-aire, -ure, -ie…) make calques as often as words (formulaire -> "formulary",
 * quadragénaire -> "quadragenary"), so their output must be an English word the authored glosses
 * use. -ique is reliable on a long stem only (pornographique, diplomatique; not pratique, technique).
 * 'dictionary': the output must be an English word of a dictionary's list (SCOWL, which the build
 * reads to put those words in english.tsv): -ité also ends participles (exploité, not "exploity"),
 * and -iser short stems (attiser, cotiser, mondialiser: not "attize", "cotize", "mondialize").
 */
const COGNATE_ENDINGS: Array<[string, string, Upos[], boolean | number | 'dictionary']> = [
  ['isation', 'ization', ['NOUN'], true],
  ['ification', 'ification', ['NOUN'], true],
  ['tion', 'tion', ['NOUN'], true],
  ['sion', 'sion', ['NOUN'], true],
  ['ité', 'ity', ['NOUN'], 'dictionary'],
  ['isme', 'ism', ['NOUN'], true],
  ['iste', 'ist', ['NOUN', 'ADJ'], true],
  ['logie', 'logy', ['NOUN'], true],
  ['graphie', 'graphy', ['NOUN'], true],
  ['cratie', 'cracy', ['NOUN'], true],
  ['ence', 'ence', ['NOUN'], false],
  ['ance', 'ance', ['NOUN'], false],
  ['ure', 'ure', ['NOUN'], false],
  ['ie', 'y', ['NOUN'], false],
  ['ique', 'ic', ['ADJ', 'NOUN'], 7],
  ['aire', 'ary', ['ADJ', 'NOUN'], false],
  ['oire', 'ory', ['ADJ', 'NOUN'], false],
  ['eux', 'ous', ['ADJ'], false],
  ['if', 'ive', ['ADJ'], false],
  ['el', 'al', ['ADJ'], false],
  ['al', 'al', ['ADJ'], false],
  ['able', 'able', ['ADJ'], false],
  ['ible', 'ible', ['ADJ'], false],
  ['ent', 'ent', ['ADJ'], false],
  ['ant', 'ant', ['ADJ'], false],
  ['iser', 'ize', ['VERB'], 'dictionary'],
  ['ifier', 'ify', ['VERB'], 'dictionary'],
];

/** The English words the authored glosses use, one per line, sorted (dist/data/english.tsv). */
export interface EnglishWords {
  has(word: string): boolean;
}

/**
 * The English word a cognate ending makes of a lemma (diplomatisation: diplomatization) and how far
 * it may be trusted (see COGNATE_ENDINGS), or undefined when no ending fits.
 */
export function cognateOf(lemma: string, upos: Upos): { word: string; fr: string; en: string; check: 'none' | 'glosses' | 'dictionary' } | undefined {
  for (const [fr, en, tags, reliable] of COGNATE_ENDINGS) {
    if (tags.includes(upos) && lemma.endsWith(fr) && lemma.length > fr.length + 2) {
      const word = unaccent(lemma.slice(0, lemma.length - fr.length)) + en;
      const sure = typeof reliable === 'number' ? lemma.length - fr.length >= reliable : reliable === true;
      return { word, fr, en, check: reliable === 'dictionary' ? 'dictionary' : sure ? 'none' : 'glosses' };
    }
  }
  return undefined;
}

/**
 * The sorted english.tsv the build writes: the words of every gloss, lower case, and the words of a
 * dictionary (`dictionary`, lower case) that a 'dictionary' ending makes of one of `lemmas`.
 */
export function englishWordsText(rows: Map<string, GlossEntry>, lemmas: Iterable<[string, Upos]> = [], dictionary?: ReadonlySet<string>): string {
  const words = new Set<string>();
  for (const e of rows.values()) for (const w of e.gloss.toLowerCase().match(/[a-z]+/g) ?? []) words.add(w);
  if (dictionary) {
    for (const [lemma, upos] of lemmas) {
      const cognate = cognateOf(lemma, upos);
      if (cognate?.check === 'dictionary' && /^[a-z]+$/.test(cognate.word) && dictionary.has(cognate.word)) words.add(cognate.word);
    }
  }
  return [...words].sort().join('\n') + '\n';
}

class EnglishWordFile implements EnglishWords {
  constructor(private readonly file: SortedTable) {}
  has(word: string): boolean {
    return this.file.find(word) !== undefined;
  }
}

const ACCENTS: Record<string, string> = { é: 'e', è: 'e', ê: 'e', ë: 'e', à: 'a', â: 'a', î: 'i', ï: 'i', ô: 'o', û: 'u', ù: 'u', ü: 'u', ç: 'c', œ: 'oe' };

function unaccent(s: string): string {
  return s.replace(/[éèêëàâîïôûùüçœ]/g, (c) => ACCENTS[c] ?? c);
}

function glossSensesOf(gloss: string): string[] {
  return gloss.split('; ').map((s) => s.replace(/\s*\(.*?\)\s*/g, ' ').trim());
}

/** A sense the gloss marks as the plural's only: « (pl.) European elections », « (pl.) glasses ». */
const PLURAL_ONLY_SENSE = /^\(pl\.\)/u;

/**
 * The entry for a singular form: without the senses of the plural only (une lunette is a telescope,
 * not glasses; la troisième européenne is no election). Undefined when no sense is left.
 */
export function singularEntry(entry: GlossEntry): GlossEntry | undefined {
  if (!entry.gloss.includes('(pl.)')) return entry; // most glosses: no split, on every singular noun
  const senses = entry.gloss.split('; ');
  const kept = senses.filter((s) => !PLURAL_ONLY_SENSE.test(s));
  if (kept.length === senses.length) return entry;
  return kept.length === 0 ? undefined : { ...entry, gloss: kept.join('; ') };
}

/**
 * The English past participle of a verb gloss's first sense, a closing remark kept (égarer "to
 * mislay": mislaid; foudroyer "to strike (by lightning)": struck (by lightning)).
 */
export function englishParticiple(verbGloss: string): string {
  const sense = verbGloss.split('; ')[0] ?? verbGloss;
  const remark = CLOSING_REMARK.exec(sense);
  return remark ? `${pastParticiple(firstSense(sense.slice(0, remark.index)))} ${remark[1]}` : pastParticiple(firstSense(sense));
}

/** A remark in brackets that closes a sense: « to strike (by lightning) ». */
const CLOSING_REMARK = /\s*(\([^()]*\))$/;

/** First sense of a gloss, without the "to " of verbs. */
function firstSense(gloss: string): string {
  return (gloss.split('; ')[0] ?? gloss).replace(/^to /, '').replace(/\s*\(.*?\)\s*/g, ' ').trim();
}

/** The -ly adverb of an English adjective: total -> totally, possible -> possibly, easy -> easily. */
function englishAdverb(adj: string): string {
  if (/[^aeiou]le$/.test(adj)) return adj.slice(0, -1) + 'y';
  if (/[^aeiou]y$/.test(adj)) return adj.slice(0, -1) + 'ily';
  if (/ic$/.test(adj)) return adj + 'ally';
  if (adj.includes(' ')) return `in a ${adj} way`;
  return adj + 'ly';
}

export class GlossLookup {
  private readonly autoCache = new Map<string, GlossEntry | null>();

  /** english: the words an unreliable cognate ending may make; without it, those endings make none. */
  constructor(
    private readonly core: CoreGlosses,
    private readonly lexicon?: Lexicon,
    private readonly english?: EnglishWords,
  ) {}

  static fromDir(dataDir: string, lexicon?: Lexicon): GlossLookup {
    const file = join(dataDir, 'glosses.tsv');
    const words = join(dataDir, 'english.tsv');
    return new GlossLookup(
      existsSync(file) ? new GlossTable(openSortedTsv(file)) : new Map(),
      lexicon,
      existsSync(words) ? new EnglishWordFile(openSortedTsv(words)) : undefined,
    );
  }

  /** The authored gloss for lemma + tag, else the automatic one, else undefined. */
  gloss(lemma: string, upos: Upos): GlossEntry | undefined {
    const core = this.coreGloss(lemma, upos);
    if (core) return core;
    // Being at Home with Claude, Delaney, Bonnie and Friends: English inside French text is itself.
    const lower = lemma.toLowerCase();
    if (ENGLISH_WORDS.has(lower)) return { gloss: `(English) ${lower}`, source: 'auto' };
    const ordinal = upos === 'ADJ' ? englishOrdinal(lemma) : undefined;
    if (ordinal) return { gloss: ordinal, source: 'auto' };
    const cardinal = upos === 'NUM' && lemma.includes('-') ? frenchCardinal(lemma) : undefined;
    if (cardinal !== undefined) return { gloss: `${englishNumber(cardinal)} (${cardinal})`, source: 'auto' };
    if (upos !== 'NOUN' && upos !== 'VERB' && upos !== 'ADJ' && upos !== 'ADV') return undefined;
    const key = `${lemma}\t${upos}`;
    let auto = this.autoCache.get(key);
    if (auto === undefined) {
      auto = this.autoGloss(lemma, upos) ?? null;
      this.autoCache.set(key, auto);
    }
    return auto ?? undefined;
  }

  /** The authored gloss for exactly this lemma and tag, with no fallback. */
  exactGloss(lemma: string, upos: Upos): GlossEntry | undefined {
    return this.core.get(`${lemma}\t${upos}`);
  }

  /** Authored gloss only, falling back across the content tags (a participle glossed as adjective). */
  coreGloss(lemma: string, upos: Upos): GlossEntry | undefined {
    const exact = this.core.get(`${lemma}\t${upos}`);
    if (exact) return exact;
    // A common word written with a capital (Maître in a title): the lower-case word's gloss.
    if (upos !== 'PROPN' && lemma.length > 1 && lemma[0] !== lemma[0]!.toLowerCase() && lemma.slice(1) === lemma.slice(1).toLowerCase()) {
      const lower = this.coreGloss(lemma.toLowerCase(), upos);
      if (lower) return lower;
    }
    if (upos === 'AUX') return this.core.get(`${lemma}\tVERB`);
    if (upos === 'PROPN') return undefined;
    for (const alt of FALLBACK_TAGS[upos] ?? []) {
      const e = this.core.get(`${lemma}\t${alt}`);
      if (!e) continue;
      // « trois personnes tuées »: an adjective that is a verb's past participle is that participle
      // (killed), not the noun the form also spells (un tué, "person killed") (review 15, 149).
      if (upos === 'ADJ' && alt === 'NOUN') return this.participleGloss(lemma) ?? e;
      return e;
    }
    return undefined;
  }

  /** The English participle of the authored verb whose past participle the lexicon says this form is (tué: tuer, "killed"). */
  private participleGloss(lemma: string): GlossEntry | undefined {
    for (const e of this.lexicon?.lookup(lemma) ?? []) {
      if (e.upos !== 'VERB' || e.morph !== 'k') continue;
      const verb = this.core.get(`${e.lemma}\tVERB`);
      if (verb) return { gloss: pastParticiple(firstSense(verb.gloss)), source: verb.source };
    }
    return undefined;
  }

  private autoGloss(lemma: string, upos: Upos): GlossEntry | undefined {
    const derived = this.derivedGloss(lemma, upos);
    if (derived) return { gloss: derived, source: 'auto' };
    const cognate = cognateOf(lemma, upos);
    if (!cognate) return undefined;
    const { word, fr, en } = cognate;
    // Where no good gloss can be made, none: the card says so rather than show a calque.
    if (cognate.check !== 'none' && !this.english?.has(word)) return undefined;
    if (this.falseCognateInside(lemma, upos, fr, en)) return undefined;
    return { gloss: upos === 'VERB' ? `to ${word}` : word, source: 'auto' };
  }

  /**
   * The authored lexicon glosses a shorter word this one ends with, and not as its cognate: the
   * ending is a false friend here (photosensibilisation ends with sensibilisation, "awareness-raising",
   * so "photosensibilization" would be a calque).
   */
  private falseCognateInside(lemma: string, upos: Upos, fr: string, en: string): boolean {
    for (let start = 1; lemma.length - start >= fr.length + 5; start++) {
      const tail = lemma.slice(start);
      const g = this.core.get(`${tail}\t${upos}`);
      if (!g) continue;
      const cognate = unaccent(tail.slice(0, tail.length - fr.length)) + en;
      return !glossSensesOf(g.gloss).some((s) => s.replace(/^to /, '') === cognate);
    }
    return false;
  }

  /** Glosses built from a glossed base: adverbs in -ment, compounds, prefixed words, participles. */
  private derivedGloss(lemma: string, upos: Upos): string | undefined {
    if (upos === 'NOUN' || upos === 'ADJ') {
      // A plural or feminine taken for the lemma (travaux, matériaux, servante, calédonienne).
      // Only a noun's or an adjective's gloss: vivres (supplies) is not vivre, "to live".
      for (const base of baseForms(lemma)) {
        const g = this.exactGloss(base, upos) ?? this.exactGloss(base, upos === 'NOUN' ? 'ADJ' : 'NOUN');
        if (g) return g.gloss;
      }
      // A past participle used as an adjective (rendu, obtenu, vendu): the verb's participle. Not
      // for nouns: a noun that spells a participle is its own word (la foulée is not "treaded").
      for (const e of upos === 'ADJ' ? (this.lexicon?.lookup(lemma) ?? []) : []) {
        if (e.upos !== 'VERB' || e.morph !== 'k') continue;
        const verb = this.coreGloss(e.lemma, 'VERB');
        if (verb) return pastParticiple(firstSense(verb.gloss));
      }
    }
    if (upos === 'ADV' && lemma.endsWith('ment')) {
      const stem = lemma.slice(0, -4);
      for (const adj of [stem, stem.replace(/e$/, ''), stem.replace(/ière$/, 'ier'), stem.replace(/euse$/, 'eux'), stem.replace(/ive$/, 'if'), stem.replace(/ment$/, 'ment'), stem.replace(/emm$/, 'ent'), stem.replace(/amm$/, 'ant')]) {
        const g = this.coreGloss(adj, 'ADJ');
        if (g) return englishAdverb(firstSense(g.gloss));
      }
    }
    // A present participle used as an adjective (désolant, vivifiant): the verb's -ing form, only
    // where the lexicon lists the spelling as that verb's participle.
    if (upos === 'ADJ' && /ant$/.test(lemma) && lemma.length > 6) {
      const verb = lemma.replace(/geant$/, 'ger').replace(/çant$/, 'cer').replace(/ant$/, 'er');
      const isParticiple = (this.lexicon?.lookup(lemma) ?? []).some((e) => e.upos === 'VERB' && e.morph === 'g' && e.lemma === verb);
      const g = isParticiple ? this.coreGloss(verb, 'VERB') : undefined;
      if (g) return presentParticiple(firstSense(g.gloss));
    }
    if (upos === 'ADJ' && /é(?:e)?s?$/.test(lemma)) {
      const verb = this.coreGloss(lemma.replace(/ée?s?$/, 'er'), 'VERB');
      if (verb) return `${pastParticiple(firstSense(verb.gloss))}`;
    }
    if (upos === 'VERB' && lemma.startsWith('re') && lemma.length > 5) {
      const base = this.coreGloss(lemma.slice(2), 'VERB') ?? this.coreGloss(lemma.slice(1), 'VERB');
      if (base) return `to ${firstSense(base.gloss)} again`;
    }
    const hyphen = lemma.lastIndexOf('-');
    if (hyphen > 0) {
      const head = lemma.slice(0, hyphen);
      const tail = this.coreGloss(lemma.slice(hyphen + 1), upos);
      const prefix = PREFIX_GLOSSES.get(head);
      if (tail && prefix) return `${prefix}${firstSense(tail.gloss)}`;
    }
    // Without a hyphen only prefixes that are never the start of another word (extrait is not ex- +
    // trait, "former feature"; interdire is not inter- + dire).
    for (const p of SOLID_PREFIXES) {
      const en = PREFIX_GLOSSES.get(p)!;
      if (lemma.startsWith(p) && lemma.length > p.length + 4) {
        const base = this.coreGloss(lemma.slice(p.length), upos);
        if (base) return `${en}${firstSense(base.gloss)}`;
      }
    }
    return undefined;
  }
}

/** Prefixes glossed without a hyphen too (antiterroriste, multipartite, néolibéral, semi-). */
const SOLID_PREFIXES = ['anti', 'multi', 'néo', 'semi'];

// A Map: a word spelt « constructor-paix » finds no prefix.
const PREFIX_GLOSSES = new Map<string, string>(
  Object.entries({
    vice: 'vice-', anti: 'anti-', ex: 'former ', co: 'co-', sous: 'sub-', post: 'post-', pré: 'pre-',
    inter: 'inter-', multi: 'multi-', non: 'non-', 'néo': 'neo-', super: 'super-', semi: 'semi-',
    demi: 'half-', contre: 'counter-', trans: 'trans-', auto: 'self-',
    // mini-rencontres, micro-entreprise, pro-russe, mi-janvier.
    mini: 'mini-', micro: 'micro-', maxi: 'maxi-', 'méga': 'mega-', hyper: 'hyper-', ultra: 'ultra-', extra: 'extra-',
    pro: 'pro-', mi: 'mid-',
    // franco-allemand, israélo-palestinien, sino-américain: the first country's prefix, then the second's adjective.
    franco: 'Franco-', germano: 'German-', sino: 'Sino-', russo: 'Russo-', anglo: 'Anglo-', italo: 'Italo-',
    'israélo': 'Israeli-', arabo: 'Arab-', indo: 'Indo-', 'gréco': 'Greco-', 'américano': 'American-',
  }),
);

/** English verbs whose past participle is not verb + -ed (with the doubled consonants of news verbs). */
const IRREGULAR_PARTICIPLES: Record<string, string> = Object.fromEntries(
  ('arise arisen,be been,bear borne,broadcast broadcast,sweep swept,creep crept,weep wept,kneel knelt,forecast forecast,sew sewn,sow sown,swell swollen,bet bet,upset upset,quit quit,cast cast,beat beaten,become become,begin begun,bind bound,break broken,bring brought,build built,' +
    'buy bought,catch caught,choose chosen,come come,cut cut,deal dealt,dig dug,do done,draw drawn,drink drunk,drive driven,' +
    'eat eaten,fall fallen,feed fed,feel felt,fight fought,find found,flee fled,fly flown,forbid forbidden,forget forgotten,' +
    'forgive forgiven,freeze frozen,get got,give given,go gone,grow grown,hang hung,have had,hear heard,hide hidden,hit hit,' +
    'hold held,hurt hurt,keep kept,know known,lay laid,lead led,leave left,lend lent,let let,lie lain,light lit,lose lost,' +
    'make made,mean meant,meet met,overcome overcome,pay paid,put put,read read,ride ridden,ring rung,rise risen,run run,' +
    'say said,see seen,seek sought,sell sold,send sent,set set,shake shaken,shed shed,shoot shot,show shown,shut shut,sing sung,' +
    'sink sunk,sit sat,sleep slept,speak spoken,spend spent,split split,spread spread,stand stood,steal stolen,stick stuck,' +
    'strike struck,swear sworn,take taken,teach taught,tear torn,tell told,think thought,throw thrown,understand understood,' +
    'undertake undertaken,uphold upheld,wake woken,wear worn,win won,withdraw withdrawn,withhold withheld,write written,' +
    'admit admitted,commit committed,submit submitted,permit permitted,omit omitted,refer referred,prefer preferred,' +
    'occur occurred,control controlled,regret regretted,ban banned,plan planned,stop stopped,drop dropped,ship shipped,' +
    'rob robbed,grab grabbed,beg begged,tap tapped,jail jailed,kidnap kidnapped,equip equipped,transfer transferred,' +
    'rebuild rebuilt,retake retaken,undergo undergone,mislead misled,foresee foreseen,forecast forecast,oversee overseen')
    .split(',')
    .map((pair) => pair.split(' ') as [string, string]),
);

/** The English ordinal of a French one: 14e -> 14th, 1er -> 1st, 22e -> 22nd. */
export function englishOrdinal(lemma: string): string | undefined {
  const m = /^(\d+)(?:e|ème|er|re|ère|es|èmes)$/.exec(lemma);
  if (m) return `${m[1]}${ordinalSuffix(Number(m[1]))}`;
  // XXXIe journées mondiales, le IIIe Reich: a Roman ordinal the lexicon has no row for.
  const r = /^([IVXLCDM]+)(?:e|ème|er|re)$/.exec(lemma);
  const n = r ? romanValue(r[1]!) : undefined;
  return n === undefined ? undefined : `${n}${ordinalSuffix(n)} (Roman ordinal)`;
}

function ordinalSuffix(n: number): string {
  return n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
}

const ROMAN_DIGITS: ReadonlyArray<[string, number]> = [
  ['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90], ['L', 50], ['XL', 40],
  ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1],
];

/** The value of a Roman numeral written the standard way (XXXI = 31), else undefined (IIII, VX). */
export function romanValue(numeral: string): number | undefined {
  let rest = numeral;
  let n = 0;
  for (const [digit, value] of ROMAN_DIGITS) {
    // A digit repeats at most three times (M may repeat more), a subtractive pair once.
    for (let k = 0; rest.startsWith(digit) && (k < (digit.length === 2 ? 1 : 3) || digit === 'M'); k++) {
      n += value;
      rest = rest.slice(digit.length);
    }
  }
  if (rest !== '' || n === 0) return undefined;
  // Re-writing the value must give the numeral back: VX, IIX and IVI are not numerals.
  let written = '';
  let v = n;
  for (const [digit, value] of ROMAN_DIGITS) while (v >= value) { written += digit; v -= value; }
  return written === numeral ? n : undefined;
}

/** The forms a plural or feminine lemma may come from: travaux -> travail, travau, travaux-s… */
function baseForms(lemma: string): string[] {
  const out: string[] = [];
  const add = (re: RegExp, to: string) => {
    if (re.test(lemma)) out.push(lemma.replace(re, to));
  };
  add(/aux$/, 'al');
  add(/aux$/, 'ail');
  add(/eaux$/, 'eau');
  add(/([^s])s$/, '$1');
  add(/eux$/, 'eu');
  add(/trice$/, 'teur');
  add(/euse$/, 'eur');
  add(/euse$/, 'eux');
  add(/ienne$/, 'ien');
  add(/enne$/, 'en');
  add(/elle$/, 'el');
  add(/onne$/, 'on');
  add(/ère$/, 'er');
  add(/ive$/, 'if');
  add(/ée$/, 'é');
  add(/([^e])e$/, '$1');
  return out.filter((b) => b !== lemma && b.length > 2);
}

/**
 * A rough English past participle of a verb gloss: sign -> signed, create -> created, sell -> sold.
 * A sense may name several verbs (file, to put on record): each takes its participle (filed, put on
 * record), where the first word alone once made "file,ed to put on record".
 */
function pastParticiple(sense: string): string {
  return eachVerb(sense, phraseParticiple);
}

/** A sense with `form` applied to each verb it names (« to file, to put on record »), without their « to ». */
function eachVerb(sense: string, form: (verb: string) => string): string {
  return sense.split(', ').map((verb) => form(verb.replace(/^to /, ''))).join(', ');
}

/** The past participle of one English verb phrase, on its first word. */
function phraseParticiple(verb: string): string {
  const [first = verb, ...rest] = verb.split(' ');
  let pp = first;
  const irregular = IRREGULAR_PARTICIPLES[first] ?? prefixedIrregular(first);
  if (irregular) pp = irregular;
  else if (/e$/.test(first)) pp = first + 'd';
  else if (/[^aeiou]y$/.test(first)) pp = first.slice(0, -1) + 'ied';
  else if (doublesLastConsonant(first)) pp = first + first.slice(-1) + 'ed';
  else pp = first + 'ed';
  return [pp, ...rest].join(' ');
}

/**
 * Whether an English verb doubles its last consonant before -ed and -ing: one syllable ending in a
 * single vowel and consonant (chop -> chopped), perhaps after a prefix (overstep -> overstepped), a
 * stressed last syllable (expel -> expelled, refer -> referred) and, in British spelling as the
 * glosses are written, a final l after one vowel (cancel -> cancelled).
 */
function doublesLastConsonant(verb: string): boolean {
  if (ONE_SYLLABLE_CVC.test(verb) || /[^aeiou][aeiou]l$/.test(verb) || STRESSED_LAST_SYLLABLE.test(verb)) return true;
  // A prefix before such a syllable: overstep -> overstepped, outstrip, underpin, recap.
  const prefixed = PREFIXED.exec(verb);
  return prefixed !== null && ONE_SYLLABLE_CVC.test(prefixed[1]!);
}
/** One syllable ending in a single vowel and consonant: chop, spot. */
const ONE_SYLLABLE_CVC = /^[^aeiou]*[aeiou][^aeiouwxy]$/;
/** A verb of a prefix and a word that starts with a consonant. */
const PREFIXED = /^(?:re|over|under|out|up|side|be|in)([^aeiou].*)$/;

/** Verbs of two syllables or more stressed on a last syllable of one vowel and one consonant. */
const STRESSED_LAST_SYLLABLE = /^(?:re|pre|de|in|con|trans)fer$|^(?:de|in)ter$|^(?:oc|re|in|con)cur$|^(?:com|o|ad|per|sub|e|trans|re)mit$|^(?:ac)quit$|^(?:re)gret$|^abet$|^equip$|^(?:out)strip$|^rebut$/;

const FRENCH_NUMBERS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1000,
};

/** The value of a French number in words (quarante-huit = 48, quatre-vingt-dix = 90), or undefined. */
function frenchCardinal(lemma: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const part of lemma.split('-')) {
    if (part === 'et') continue;
    const v = FRENCH_NUMBERS[part];
    if (v === undefined) return undefined;
    if (v === 1000) {
      total += Math.max(1, current) * 1000;
      current = 0;
    } else if (v === 100) current = Math.max(1, current) * 100;
    else if (v === 20 && current % 100 === 4) current = current - 4 + 80;
    else current += v;
  }
  return total + current;
}

const ENGLISH_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ENGLISH_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** An English number in words below a million: 48 = forty-eight, 1 990 = one thousand nine hundred and ninety. */
function englishNumber(n: number): string {
  if (n >= 1000) return `${englishNumber(Math.floor(n / 1000))} thousand${n % 1000 ? (n % 1000 < 100 ? ' and ' : ' ') + englishNumber(n % 1000) : ''}`;
  if (n >= 100) return `${ENGLISH_UNITS[Math.floor(n / 100)]} hundred${n % 100 ? ' and ' + englishNumber(n % 100) : ''}`;
  if (n >= 20) return ENGLISH_TENS[Math.floor(n / 10)]! + (n % 10 ? '-' + ENGLISH_UNITS[n % 10] : '');
  return ENGLISH_UNITS[n]!;
}

/** A prefixed irregular verb: mislay -> mislaid, repay -> repaid, rebuild -> rebuilt (relay is regular). */
function prefixedIrregular(verb: string): string | undefined {
  const prefix = /^(mis|re|over|under|out|fore|up|un)(?=[a-z]{2})/.exec(verb)?.[1];
  if (prefix === undefined || REGULAR_PREFIXED.has(verb)) return undefined;
  const base = IRREGULAR_PARTICIPLES[verb.slice(prefix.length)];
  return base === undefined ? undefined : prefix + base;
}
/** Verbs that look like a prefix and an irregular verb, and are regular. */
const REGULAR_PREFIXED = new Set(['relay']);

/** The -ing form of an English verb gloss: distress -> distressing, make -> making; each verb a sense names (filing, putting on record). */
function presentParticiple(sense: string): string {
  return eachVerb(sense, phraseIng);
}

/** The -ing form of one English verb phrase, on its first word: stop -> stopping. */
function phraseIng(verb: string): string {
  const [first = verb, ...rest] = verb.split(' ');
  let ing: string;
  if (/ie$/.test(first)) ing = first.slice(0, -2) + 'ying';
  else if (/[^e]e$/.test(first) && first.length > 2) ing = first.slice(0, -1) + 'ing';
  else if (doublesLastConsonant(first)) ing = first + first.slice(-1) + 'ing';
  else ing = first + 'ing';
  return [ing, ...rest].join(' ');
}

const FALLBACK_TAGS: Partial<Record<Upos, Upos[]>> = {
  NOUN: ['ADJ', 'VERB', 'ADV'],
  ADJ: ['VERB', 'NOUN', 'ADV'],
  VERB: ['ADJ'],
  ADV: ['ADJ', 'ADP', 'NOUN', 'SCONJ'],
  DET: ['PRON', 'ADJ'],
  PRON: ['DET'],
  ADP: ['ADV'],
  SCONJ: ['ADV', 'CCONJ'],
  CCONJ: ['ADV'],
  NUM: ['DET', 'NOUN', 'ADJ'],
};
