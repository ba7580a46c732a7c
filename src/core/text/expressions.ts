// Multi-word expressions (chef d'État, relation bilatérale, tirer la sonnette d'alarme, appeler … à)
// found in analysed tokens. The entry format is stated in src/core/text/data/README.md.
//
// Matching. Every member of an entry matches a token by the token's form or lemma, and a member
// written as a feminine or plural noun/adjective also by its own lemma (relation bilatérale matches
// « relations bilatérales »). Possessives are one slot (pour sa part = pour leur part), se/s' is any
// reflexive pronoun, a final de/à also matches du/des/au/aux. `(det)` is an optional determiner slot
// (le, une, de l', du…), `(adj)` up to two adjectives (with a degree adverb), `…` a gap of one to
// five words; a final `(qty)` or `(inf)` needs a quantity or an infinitive after the match. Between members a match skips tense auxiliaries and quote marks; in verbal entries
// (upos VERB) also adverbs and negation (« n'a ensuite pas pris ») and, after the reflexive, the
// clitics y/en (« s'y est rendu »). Negation written in the entry (ne cesser de, ne pas connaître
// la crise) must be in the text: ne before the verb (or its clitics, auxiliary or a modal), the
// particle before an infinitive or after the finite verb or auxiliary (« il n'en revient pas », « n'a
// rien lâché »), an entry's pas also as plus/jamais; ne + particle + one verb is an idiom only with
// rien (ne rien lâcher, not « il ne souffre pas »). An impersonal
// entry (il s'agit de) also matches with its subject inverted (« s'agit-il de »); nous/vous in a
// subject's place is no reflexive (« Nous avons passé » is not se passer); a feminine noun also
// matches its masculine (conseillère -> conseiller) when the lexicon makes it that noun's feminine
// (a reading's lemma, or glosses that share a word: vente is no vent, mère no mer). A word the entry writes in the plural
// (travaux forcés) matches the plural only. A hyphenated word whose first piece text often writes
// apart (au-delà, c'est-à-dire, haut-commissariat) also matches as separate words (« au delà de »).
// A verbal entry ending in de (se féliciter de) also matches with its complement given as the
// clitic en or a que clause (« s'en est félicité », « se félicite que »), en and que left out of the
// parts. A passive participle (« accusée de corruption et d'abus ») takes no gap past the
// complement right after it. A postposed participle may follow its noun across coordinated
// adjectives or a relative clause's que and subject (« la décision qu'il a prise »). A reflexive
// agrees with its subject's person (« Je vous installe » is not s'installer); an impersonal entry
// takes a modal after il (« Il peut s'agir de »); a verbal entry's noun takes adjectives after its
// determiner (« inscrit le 3e but »), and a day or an adverbial phrase found by the matcher may stand
// between its verb and its preposition (« se doter d'ici à 2011 d'un plan »). A possessive stands for
// a final article + noun + de (« prendre sa succession », « à son égard »). An adjective entry matches
// a noun-tagged form by its adjective reading, not after a determiner (« Issue d'une famille »); after
// eu/été (or any form of avoir) only a participle starts a verbal entry. Round 8 (the rules of
// text-expressions-rules-s8.test.ts): a feminine plural matches a masculine-plural entry word; an
// interrogative adverb is not skipped; être after a reflexive starts no entry; a fixed adverbial set
// apart by punctuation matches its noun's plural; verbal entries pass an object clitic after the
// reflexive, a floating tous and coordinated adjectives after the determiner; de manière/façon +
// adjective is an adverbial phrase; a fixed preposition takes a focus adverb or degree adjective
// before its last word; a (det) slot takes a count; a possessive before an ordinal stands for a
// verbal entry's definite article; an idiom with a definite article has no postposed participle.
// Round 8b (text-expressions-rules-s8b.test.ts): a fixed phrase may start on a clitic before a
// bare participle (« y compris »); a fixed negation's particle may follow the finite verb; an
// auxiliary skipped between members must be followed by a participle member (« il a été à l'œil
// de tous » is no avoir à l'œil, « à bord étaient des » no à bord de); « montre bien que » and
// « au terme de cinéma » are literal (expressionContext.ts); a relative duquel/desquelles/auquel…
// is a final de/à (« au cours desquelles », « grâce auquel »); an ordinal in figures matches the
// ordinal in words (« 1re division », « 2e tour », « Ve République »). Round 9
// (text-expressions-rules-s9.test.ts): a gap ends on no finite verb or infinitive; en + article +
// noun + de also without the article (« en honneur de »); a verbal entry's partitive is also de
// (« sans faire de bruit »); a verbal entry ending on a noun yields to that noun's compound; a plural
// noun takes either number after de closing a noun entry and after a possessive in a verbal entry;
// dune/dun between a verb and a noun is a final de, a between a verb and an infinitive is à; an
// adverbial phrase found by the matcher may stand between commas; a possessive standing for an
// article before an ordinal is no part; a noun of help or backing takes any adjective before de. The
// analyzer gives an unknown word after a reflexive the key of the verb it is a typo of (verbTypo.ts).
// Round 10 (text-expressions-rules-s10.test.ts): an object with its relative clause may fill a long
// gap before an entry's final à/de + infinitive; en + noun + de may lose its en after a noun before
// an infinitive; a noun entry's de + article + noun also matches without the article (the noun in the
// entry's number); a noun after a determiner and adjectives is no verb; a day or a short
// prepositional phrase between commas, a duration (depuis des mois), et/ou between adverbs, and
// un/une with adjectives before a bare noun (« rendu un dernier hommage ») may stand between a
// verbal entry's words; a dative clitic (lui, leur, y) stands for an entry's à and its complement,
// and en right before the verb for its de whatever its tag; a verb + tout entry takes tout first
// (« ont tout mis en œuvre »).
// Round news3 (text-expressions-rules-s11-news3.test.ts): long/moyen/court- compounds and -là also
// match written apart (« avions long courrier », « jusque là »); a minister's or ministry's title
// takes an adjective before its de (« le ministre iranien des Transports »); the relative dont
// stands for a verbal entry's final de (« dont elle a fait preuve »); au/aux count as articles before
// a noun that is also a verb (« face au manque de »); a clitic right after a verb opens a fixed
// phrase (« résoudre en partie »).
// Round 11 (text-expressions-inflect-s11.test.ts, from test/eval/mweInflect.ts's variants of every
// entry): a clitic standing for the final à/de wins over the entry without it (« y a pris part »),
// found past a negation or adverbs after the auxiliary and as y after a reflexive (« s'y est
// heurté »), not before an infinitive nor as a gerund's en (« en faisant appel »); a plural in -x the
// lexicon leaves as its own lemma (chevaux), a plural hyphenated compound (États-nations,
// plateaux-repas), a feminine in -eure/-enne/-onne, and a verb form of two verbs (mise: miser)
// match by their singular, masculine or other lemma.
// A fixed phrase whose context rules it out keeps its words' literal
// reading (expressionContext.ts: « en attendant le verdict », « en ligne droite », « il ne reste que »).
// Only the members' tokens are the match's `parts`; skipped words and slot words keep their own
// analysis. `first`/`last` are the first and last part.
//
// Overlaps. Every entry is tried at every token; two matches may not share a part. A noun entry
// yields to a noun compound starting on its last noun and to a verbal entry holding its bare first
// noun, and an entry written with être to one without it that found the same words. Of entries of one
// tag found on the same words, one the text spells less as written gives way (« sa petite amie » is
// petite amie, not petit ami, whose words it matches by lemma). Matches are
// taken best first, a match being better when it has (1) more parts (the longest expression),
// (2) fewer slots and gaps in its entry (the most specific), (3) fewer words skipped between its
// parts, (3b) a head tag that agrees with its first word's (a VERB entry on a verb), (3c) more
// content words among its members (prêt à tout over être prêt à: être, articles, prepositions and
// clitics are not content), (4) a more
// frequent rarest member word (the most frequent expression), then (5) the earlier start and (6) the entry text in alphabetical order: never the order of the files.
//
// Speed. The build precompiles every entry (precompileExpressions): the keys each word accepts,
// its lexicon lemmas included, and its rarity, as two more columns of dist/data/expressions.tsv,
// so loading reads no lexicon and tokenizes nothing. Entries are then indexed by the keys of their
// first, second and third members, so a token only tries the entries that the next few tokens
// can complete. The build also writes the first two levels of that index (expressionIndex), so
// the engine parses and compiles a row only when a text first brings its first two words
// together: a cold start pays for a few hundred rows, not all of them (loading them all cost
// about half the seed dispatch's cold start). At run time, each reading's keys array (cached with
// the reading by the analyzer) gets a KeyInfo once: the groups its keys open and each key's hash.
// A group's second words, and a second word's third words, have a small Bloom filter over those
// hashes, so the scan of the next tokens asks a map only for a key the filter may hold: most keys
// are no next word of any entry, and those lookups in cold maps were the matcher's main cost.
// An object-gap variant (mettre … en œuvre) is filed by its preposition and tried only when that
// stands where matchEntry accepts it: tried at every « mettre », they were half the entries tried.
// An entry found by the index is tried only when each of its later word members has a key on some
// token before the next full stop (mayComplete, from a table of the nearest token by key hash):
// of the 8,800 entries a pass of the GSD dev text tried, 6,500 fail this way, for want of a word
// the index never looked at (« en (adj) hausse » at every « en », « être à la tête de » at every
// « est à la »), and are spared matchEntry's checks and skipping loop.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextGloss, literalReading } from './expressionContext';
import type { Lexicon } from './lexicon';
import { impersonalHeadword } from './impersonal';
import { intern, internAll } from './intern';
import { quantityAt } from './quantity';
import { lookupKey } from './tagger';
import { tokenize } from './tokenizer';
import type { AnalyzedToken, ExpressionMatch, Upos } from './types';

const POSSESSIVE = '<poss>';
/** The end of an entry that needs a quantity after it: de l'ordre de (qty). */
const QUANTITY = '(qty)';
/** The end of an entry that needs an infinitive after it: avoir à (inf), not « il y a à Paris ». */
const INFINITIVE_AFTER = '(inf)';
const REFLEXIVE = '<refl>';
const POSSESSIVES = new Set(['mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs']);
const REFLEXIVES = new Set(['se', "s'", 'me', "m'", 'te', "t'", 'nous', 'vous']);
const QUOTES = new Set(['«', '»', '"', '“', '”', '‘', '’', '‹', '›']);
const NEGATIVE_PARTICLES = new Set(['pas', 'plus', 'jamais', 'rien', 'guère', 'point']);
const NE = new Set(['ne', "n'"]);
/** The subject pronoun inverted after the verb (« s'agit-il », « a-t-il »). */
const INVERTED_IL = new Set(['-il', '-t-il']);
const PARTITIVE = new Set(['de', "d'", 'du', 'des']);
/** Words the scan for a second member may look past: what a match can skip after its first member. */
const LOOK_PAST = 5;
const MAX_GAP = 5;
const MAX_SKIPPED_VERBAL = 4;
const MAX_SKIPPED_OTHER = 2;

export interface Expression {
  text: string;
  upos: Upos;
  gloss: string;
  note?: string;
  /** The entry's members as written: words, `(det)`, `(adj)`, `…` (precompiled: each word's first key). */
  words: string[];
  /** Precompiled by the build: the keys each of `words` accepts (a slot: itself). */
  keys?: string[][];
  /** Precompiled by the build: the frequency rank of its rarest word. */
  rarity?: number;
  /** Written `(qty)` at the end: a quantity must follow the match (de l'ordre de 3 %, not « de l'ordre des points »). */
  quantity?: boolean;
  /** Written `(inf)` at the end: an infinitive must follow the match (« il eut à repousser », not « il y a à Paris »). */
  infinitive?: boolean;
}

/** The members as written in entries: slot markers, and words split as the tokenizer splits text. */
function entryWords(expr: string): string[] {
  const out: string[] = [];
  for (const piece of expr.split(/\s+/)) {
    if (piece === '') continue;
    if (piece === QUANTITY || piece === INFINITIVE_AFTER) continue;
    if (piece === '(det)' || piece === '(adj)' || piece === '…') out.push(piece);
    else for (const t of tokenize(piece)) out.push(t.form);
  }
  return out;
}

/**
 * Parses `expression	upos	gloss	note` rows, and the build's two precompiled columns
 * `members	rarity` when present; comments and the header row are skipped.
 */
export function parseExpressions(text: string): Expression[] {
  const out: Expression[] = [];
  for (const raw of text.split('\n')) {
    const e = parseRow(raw);
    if (e) out.push(e);
  }
  return out;
}

/** One row of an expressions file, or undefined for a comment, the header, a blank line or an entry of fewer than two words. */
function parseRow(raw: string): Expression | undefined {
  const line = raw.replace(/\r$/, '');
  if (line === '' || line.startsWith('#') || line.startsWith('expression\t')) return undefined;
  const [expr, upos, gloss, note, members, rarity] = line.split('\t');
  if (!expr || !upos || !gloss) return undefined;
  const keys = members ? members.split(' ').map((m) => m.split('|')) : undefined;
  const words = keys ? keys.map((k) => k[0]!) : entryWords(expr.normalize('NFC'));
  if (words.length < 2 && !isHyphenatedCompound(words)) return undefined;
  // Every field set, the absent ones undefined, in one literal: one hidden class for all entries,
  // whose fields the matcher reads at every entry it tries (see withOneShape).
  return {
    text: keys ? expr : expr.normalize('NFC'),
    upos: upos as Upos,
    gloss,
    note: note || undefined,
    words,
    keys,
    rarity: keys ? Number(rarity) || 0 : undefined,
    quantity: expr.endsWith(` ${QUANTITY}`) || undefined,
    infinitive: expr.endsWith(` ${INFINITIVE_AFTER}`) || undefined,
  };
}

/**
 * The build's form of the merged entry rows: each row gains the keys of its words (`|` between a
 * word's keys, spaces between words) and its rarity, so that loading needs no lexicon.
 */
export function precompileExpressions(text: string, lexicon: MemberLexicon): string {
  const cache = new Map<string, string[]>();
  const lines = ['expression\tupos\tgloss\tnote\tmembers\trarity'];
  for (const e of parseExpressions(text)) {
    const c = compile(e, lexicon, cache);
    const keys = e.words.map((w, i) => (isSlot(w) ? w : memberKeys(w, i === e.words.length - 1, lexicon, cache, FROZEN.has(e.upos), numberFreeAt(e.upos, e.words, i), afterArticle(e.words, i)).join('|')));
    // A key that would break the columns (none today) leaves the row to be compiled when loaded.
    const members = keys.every((k) => !/[\s\t]/.test(k)) ? keys.join(' ') : '';
    lines.push([e.text, e.upos, e.gloss, e.note ?? '', members, members ? String(c?.rarity ?? 0) : ''].join('\t'));
  }
  return lines.join('\n') + '\n';
}

/**
 * The build's index of the precompiled rows (dist/data/expression-index.tsv), one line per key a
 * first member accepts: `key` then, for each key its second member accepts, `<TAB>second<TAB>offsets`,
 * the byte offsets in `rowsText` of the rows filed there, in file order (an empty `second`: entries
 * whose second member is a slot or gap, tried whatever follows). With it the matcher reads and
 * compiles only the rows of the first and second words a text brings together: loading parses nothing.
 * The first line, `<TAB>bytes`, is the size of the rows it was made for.
 */
export function expressionIndex(rowsText: string, lexicon?: MemberLexicon): string {
  const byFirst = new Map<string, Map<string, number[]>>();
  const file = (k1: string, k2: string, offset: number): void => {
    let bySecond = byFirst.get(k1);
    if (!bySecond) byFirst.set(k1, (bySecond = new Map()));
    const list = bySecond.get(k2);
    if (!list) bySecond.set(k2, [offset]);
    else if (list[list.length - 1] !== offset) list.push(offset);
  };
  const cache = new Map<string, string[]>();
  let offset = 0;
  for (const raw of rowsText.split('\n')) {
    const e = parseRow(raw);
    const c = e && compile(e, lexicon, cache);
    for (const variant of c ? variantsOf(c) : []) {
      const second = variant.members[1];
      const seconds = second && second.kind === MemberKind.Word ? second.keys : [''];
      for (const k of [...variant.members[0]!.keys, ...seconds]) {
        if (/[\t\n]/.test(k)) throw new Error(`expressions.tsv: the entry "${e!.text}" has a key with a tab or line break.`);
      }
      for (const k1 of variant.members[0]!.keys) for (const k2 of seconds) file(k1, k2, offset);
    }
    offset += Buffer.byteLength(raw, 'utf8') + 1;
  }
  const lines = [`\t${offset - 1}`];
  for (const [k1, bySecond] of byFirst) {
    lines.push([k1, ...[...bySecond].flatMap(([k2, offsets]) => [k2, offsets.join(',')])].join('\t'));
  }
  return lines.join('\n') + '\n';
}

const enum MemberKind {
  Word,
  Det,
  Adj,
  Gap,
}

interface Member {
  kind: MemberKind;
  /** Word members: the token keys it accepts. */
  keys: readonly string[];
  /** A gap for the verb's object only (a noun phrase or pronoun: « remettre tout cela en état »). */
  object?: boolean;
}

/** An entry ready for matching. */
interface Compiled {
  e: Expression;
  members: Member[];
  verbal: boolean;
  /** Adverbs, prepositions, conjunctions (en fait, au fil du temps): their words do not inflect. */
  frozen: boolean;
  /** The entry writes ne (ne cesser de) and perhaps a particle (ne pas connaître la crise). */
  ne: boolean;
  particle?: string;
  /**
   * A comparative correlative (plus … plus, moins … moins): its first word opens a clause and its
   * second opens the next one after a comma, with a gap as long as a clause.
   */
  correlative?: boolean;
  /** Word members, and slots plus gaps: the first two criteria of the overlap rule. */
  wordCount: number;
  slotCount: number;
  /** The frequency rank of its rarest word (lower is more frequent). */
  rarity: number;
  /** Stamp against trying an entry twice at one token. */
  seen: number;
  /** The variant of an impersonal entry (il s'agit de) with its subject inverted: « s'agit-il de ». */
  inverted?: boolean;
  /** The variant of a support-verb entry (jouer un rôle) with its noun first and the verb a participle after it: « le rôle joué par ». */
  postposed?: boolean;
  /** The variant of a verbal entry ending in de (se féliciter de) whose complement is en or a que clause: « s'en est félicité », « se félicite que ». */
  deComplement?: boolean;
  /**
   * The variant of a verb + tout entry (mettre tout en œuvre) with tout before the verb: « ont tout
   * mis en œuvre »; also an entry written adverb first (mal tourner, tout donner: « a mal tourné »).
   */
  toutFirst?: boolean;
  /** The variant of a verbal entry ending in à (rendre hommage à) whose complement is a dative clitic: « leur rendre hommage », « y a pris part ». */
  aComplement?: boolean;
  /** The variant of an entry ending in article + noun + de with a possessive instead (« à son égard »). */
  possessive?: boolean;
  /** The variant of a complex preposition en + noun + de without its en (« l'État vue d'améliorer »). */
  lostEn?: boolean;
  /** The variant of a noun entry without the definite article after its de (« pères d'église »): the part (among the word members) of the noun after de. */
  articleless?: number;
  /** Content words among its members (not être/avoir, articles, prepositions, clitics): the tie-break of equally long matches. */
  contentCount: number;
  /**
   * Each word member after the first, the last first (set by variantsOf): how many keys it has, then
   * each key's slot in match's table of nearest positions (see mayComplete). One flat array, read in
   * one or two cache lines where an array per member cost a memory fetch each.
   */
  laterSlots: Uint16Array;
}

/** First-member groups: entries by the key of their second word member, and those to try always. */
interface Group {
  bySecond: Map<string, SecondGroup>;
  always: Compiled[];
  /**
   * The object-gap variants (mettre … en œuvre) by the keys of their preposition: matchEntry wants
   * that preposition among the four tokens from the second after the verb (prepositionNear), so the
   * scan tries a variant only when one of those tokens holds it. Tried always, they were half the
   * entries tried and nearly all failed. Undefined while there are none: most groups have none, and
   * the scan asks at every group it visits (an empty map's size is one more object to load).
   */
  objectGaps: Map<string, Compiled[]> | undefined;
  /** The keys of objectGaps as a filter, made on first use: most words near a verb are none of its prepositions. */
  prepositions: KeyFilter | undefined;
  /** Whether the pairs of its first key and each key of bySecond are in the matcher's PairFilter (done on first use: the keys are fixed by then). */
  paired: boolean;
}

/** Entries sharing a first and second key: by their third word member's key, the others to try always. */
interface SecondGroup {
  byThird: Map<string, Compiled[]>;
  always: Compiled[];
  /** Lazy index: the offsets of its rows, until they are compiled into byThird and always. */
  pending: string | undefined;
  /** The keys of byThird as a filter, made on first use after its rows are compiled. */
  thirds: KeyFilter | undefined;
}

/**
 * A set of keys as a one-hash Bloom filter over keyHash, eight bits a key: most keys a text brings
 * after a first and a second word are no third word of their entries (or no preposition of a verb's
 * object gap), and the filter says so without a lookup in the subgroup's map (a probe of a cold hash
 * table). It never says no to a key of the set, so the map is still asked, and decides, when it says
 * maybe. The second words have one filter for all groups (PairFilter).
 */
export interface KeyFilter {
  mask: number;
  /** 16 bits an element: small integers to V8, in a plain array (a typed array costs some 100 bytes more, and there is one filter per subgroup with third words and per group with object gaps). */
  bits: number[];
}

/** The filter of `count` keys (exported for tests, like mayHave and keyHash). */
export function keyFilter(keys: Iterable<string>, count: number): KeyFilter {
  let size = 64;
  while (size < count * 8) size *= 2;
  const bits = Array.from({ length: size >>> 4 }, () => 0);
  const mask = size - 1;
  for (const k of keys) {
    const h = keyHash(k) & mask;
    bits[h >>> 4]! |= 1 << (h & 15);
  }
  return { mask, bits };
}

export function mayHave(filter: KeyFilter, hash: number): boolean {
  const h = hash & filter.mask;
  return (filter.bits[h >>> 4]! & (1 << (h & 15))) !== 0;
}

/**
 * The pairs (first key, second key) of the groups met so far, as one Bloom filter over the keys'
 * hashes. At every token the scan asks, for each key of the next tokens, whether it is a second word
 * of a group the token opened: one bit array for every group, 64 KB, stays in the processor's cache,
 * where a filter of its own for each group (an object and its array) was two loads from memory at
 * every question, the scan's costliest line. Like KeyFilter it never says no to a pair it holds.
 */
export class PairFilter {
  private readonly bits = new Int32Array(1 << (PAIR_BITS_LOG2 - 5));

  add(first: number, second: number): void {
    const h = pairHash(first, second);
    this.bits[h >>> 5]! |= 1 << (h & 31);
  }

  mayHave(first: number, second: number): boolean {
    const h = pairHash(first, second);
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}

/** 2^19 bits: the groups of the GSD dev text (34,657 tokens) put 13,300 pairs in it, a false maybe in 2.5 questions of 100; 40,000 pairs, 7. */
const PAIR_BITS_LOG2 = 19;

function pairHash(first: number, second: number): number {
  return Math.imul(first ^ Math.imul(second, 0x85ebca6b), 0x9e3779b1) >>> (32 - PAIR_BITS_LOG2);
}

/** FNV-1a of a key, cut to 30 bits (a small integer to V8): the filters' hash, computed once per key of a token's reading and per key of a group. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

/** Where a keys array keeps its KeyInfo (see ExpressionMatcher.keyInfo). */
const KEY_INFO = Symbol('keyInfo');
type KeyInfoHolder = readonly string[] & { [KEY_INFO]?: KeyInfo };

/**
 * What the matcher works out once from a token reading's keys (the analyzer caches the keys with the
 * reading, so the same array comes back token after token): the groups its keys open, and each key's
 * hash for the filters.
 */
interface KeyInfo {
  /** The matcher that made it: one keys array may meet several (module constants, tests). */
  owner: ExpressionMatcher;
  keys: readonly string[];
  /**
   * How many keys, and the first key, its hash and group ('', 0, undefined when there is none):
   * layOut reads a one-key token (half the tokens) here, one memory fetch fewer than through the
   * arrays, which a token of a rare word has to wait for (~2% of a steady analysis).
   */
  count: number;
  key0: string;
  hash0: number;
  group0: Group | undefined;
  hashes: number[];
  /** The first-member group of each key (undefined: none), or none at all when no key has one. */
  groups: ReadonlyArray<Group | undefined>;
}

function addTo(map: Map<string, Compiled[]>, key: string, c: Compiled): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

/** An empty first-member group. */
function newGroup(): Group {
  return { bySecond: new Map(), always: [], objectGaps: undefined, prepositions: undefined, paired: false };
}

/** Files an entry whose second member is no word: by its preposition when it has an object gap, else to try always. */
function addAlways(group: Group, c: Compiled): void {
  if (c.members[1]?.object) for (const k of c.members[2]!.keys) addTo((group.objectGaps ??= new Map()), k, c);
  else group.always.push(c);
}

/** Files an entry in its first-member group by its second and third word members. */
function addToGroup(group: Group, c: Compiled): void {
  const second = c.members[1];
  if (!second || second.kind !== MemberKind.Word) {
    addAlways(group, c);
    return;
  }
  const third = c.members[2];
  for (const k2 of second.keys) {
    let sub = group.bySecond.get(k2);
    if (!sub) group.bySecond.set(k2, (sub = { byThird: new Map(), always: [], pending: undefined, thirds: undefined }));
    if (third && third.kind === MemberKind.Word) for (const k3 of third.keys) addTo(sub.byThird, k3, c);
    else sub.always.push(c);
  }
}

/** What the matcher needs from the lexicon: lemmas of an entry's words, word frequency ranks. */
export interface MemberLexicon {
  /** Noun and adjective lemmas of a form (bilatérale -> bilatéral, pouvoirs -> pouvoir). */
  nominalLemmas(form: string): string[];
  rank(form: string): number | undefined;
}

/** The lexicon as MemberLexicon. */
export function memberLexicon(lexicon: Lexicon): MemberLexicon {
  return {
    nominalLemmas(form) {
      const out: string[] = [];
      for (const f of form === form.toLowerCase() ? [form] : [form, form.toLowerCase()]) {
        for (const e of lexicon.lookup(f)) if ((e.upos === 'NOUN' || e.upos === 'ADJ') && !out.includes(e.lemma)) out.push(e.lemma);
      }
      return out;
    },
    rank: (form) => lexicon.rank(form),
  };
}

/** Entries of these tags are fixed phrases: their words match by form, not lemma (de nouveau is not « de nouvelles »). */
const FROZEN = new Set<Upos>(['ADV', 'ADP', 'SCONJ', 'CCONJ', 'INTJ']);
/** du, des, au, aux are de/à + article: they only match an entry's final de/à (au terme is not à terme). */
const FUSED = new Set(['du', 'des', 'au', 'aux']);
/** The relatives de/à + lequel, as the fused article they match (au cours desquelles = au cours des). */
// A Map, not an object literal: a token spelt « constructor » or « toString » must find nothing.
const FUSED_RELATIVES = new Map<string, string>([
  ['duquel', 'du'],
  ['desquels', 'des'],
  ['desquelles', 'des'],
  ['auquel', 'au'],
  ['auxquels', 'aux'],
  ['auxquelles', 'aux'],
]);
/** Clitic pronouns a fixed phrase cannot start on (« qui en fait son témoin » is not en fait). */
const CLITICS = new Set(['en', 'y', 'le', 'la', 'les', "l'"]);
/** An entry's word also matches its elided form (alors que = « alors qu' »). */
const ELIDED: Record<string, string> = {
  que: "qu'", de: "d'", le: "l'", la: "l'", ne: "n'", me: "m'", te: "t'", je: "j'", jusque: "jusqu'", lorsque: "lorsqu'",
  puisque: "puisqu'", quelque: "quelqu'",
};
const FINAL_DE = ['de', "d'", 'du', 'des'];
const FINAL_A = ['à', 'au', 'aux'];

interface Candidate {
  c: Compiled;
  parts: number[];
  first: number;
  last: number;
  skipped: number;
  /** 1 when the entry's head tag disagrees with its first word's (overlap rule 3b), worked out once rather than at each comparison of the sort. */
  disagrees: number;
}

const NO_KEYS: string[] = [];
const NO_GROUPS: ReadonlyArray<Group | undefined> = [];

const PENDING_THIRD: Map<string, Compiled[]> = new Map();
const PENDING_ALWAYS: Compiled[] = [];

/**
 * The precompiled rows of dist/data/expressions.tsv read through their index (expressionIndex): a
 * first word's group is made on first use with its second-word subgroups pending, and a subgroup's
 * rows are parsed and compiled when a text first puts its two words together.
 */
class LazyGroups {
  /** Compiled rows by byte offset, shared by every group that lists them (an entry is one object). */
  private readonly rowsCompiled = new Map<number, Compiled[]>();
  private readonly keyCache = new Map<string, string[]>();

  constructor(
    private readonly rows: Buffer,
    private readonly lexicon: MemberLexicon | undefined,
  ) {}

  /** Each first key's index line (after the key) into `byFirst`, to be made into its group on first use. */
  static readIndex(index: string, byFirst: Map<string, Group | string>): void {
    for (let start = 0; start < index.length; ) {
      let end = index.indexOf('\n', start);
      if (end < 0) end = index.length;
      const tab = index.indexOf('\t', start);
      if (tab > start && tab < end) byFirst.set(index.slice(start, tab), index.slice(tab + 1, end));
      start = end + 1;
    }
  }

  /** The group of entries whose first member accepts k1, from its index line, its subgroups pending. */
  group(k1: string, line: string): Group {
    const group = newGroup();
    const fields = line.split('\t');
    for (let f = 0; f + 1 < fields.length; f += 2) {
      const k2 = fields[f]!;
      const offsets = fields[f + 1]!;
      // A text meets few of a group's second words: a pending subgroup shares its empty lists.
      if (k2 !== '') group.bySecond.set(intern(k2), { byThird: PENDING_THIRD, always: PENDING_ALWAYS, pending: offsets, thirds: undefined });
      // As the eager index files them: each entry once for each of its first keys that is k1.
      // A row is filed under '' for its variants without a second word (an object gap, a slot); its
      // other variants go to their second word's subgroup.
      else for (const c of this.variants(offsets)) if (c.members[1]?.kind !== MemberKind.Word) for (const k of c.members[0]!.keys) if (k === k1) addAlways(group, c);
    }
    return group;
  }

  /** Compiles the rows of the subgroup (k1, k2) into it, filed as the eager index files them. */
  fill(sub: SecondGroup, k1: string, k2: string): void {
    const offsets = sub.pending!;
    sub.pending = undefined;
    sub.byThird = new Map();
    sub.always = [];
    for (const c of this.variants(offsets)) {
      const third = c.members[2];
      for (const k of c.members[0]!.keys) {
        if (k !== k1) continue;
        for (const second of c.members[1]!.keys) {
          if (second !== k2) continue;
          if (third && third.kind === MemberKind.Word) for (const k3 of third.keys) addTo(sub.byThird, k3, c);
          else sub.always.push(c);
        }
      }
    }
  }

  /** The compiled entries (each with its inverted variant) of the rows at these offsets, in file order. */
  private variants(offsets: string): Compiled[] {
    const out: Compiled[] = [];
    for (const text of offsets.split(',')) {
      const offset = Number(text);
      let compiled = this.rowsCompiled.get(offset);
      if (!compiled) this.rowsCompiled.set(offset, (compiled = this.compileRow(offset)));
      for (const c of compiled) out.push(c);
    }
    return out;
  }

  private compileRow(offset: number): Compiled[] {
    let end = this.rows.indexOf(0x0a, offset);
    if (end < 0) end = this.rows.length;
    const e = parseRow(this.rows.toString('utf8', offset, end));
    const c = e && compile(e, this.lexicon, this.keyCache);
    return c ? variantsOf(c) : [];
  }
}

export class ExpressionMatcher {
  /** First-member groups; with the lazy index, a group not yet made is its index line. */
  private readonly byFirst = new Map<string, Group | string>();
  private lazy: LazyGroups | undefined;
  private groupCount = 0;
  private stamp = 0;
  /** The entries to try at one token, reused from token to token. */
  private readonly tried: Compiled[] = [];
  /**
   * The keys of the text's tokens laid out flat by match's first loop (reused from text to text):
   * token i's keys, their hashes and their first-member groups are at [keyStart[i], keyStart[i + 1])
   * of flatKeys, keyHashes and flatGroups; grouped[i] is 1 when one of them has a group. The scan
   * reads each token's keys from several tokens before it: in these arrays, in text order, they stay
   * in the processor's cache, where each token's KeyInfo and its three arrays lie apart in memory.
   */
  private keyStart = new Int32Array(1025);
  private keyHashes = new Int32Array(4096);
  private readonly flatKeys: string[] = [];
  private readonly flatGroups: Array<Group | undefined> = [];
  private grouped = new Uint8Array(1024);
  /** Per token of the text being matched: whether scans look past it. */
  private lookPast = new Uint8Array(1024);
  /** By key hash (NEAREST_MASK), the first token after the one being tried that holds a key of that hash (see mayComplete). */
  private readonly nearest = new Int32Array(NEAREST_MASK + 1);
  /** The (first key, second key) pairs of the groups the scan has visited (see PairFilter). */
  private readonly pairs = new PairFilter();

  /** Compiles every entry now (tests, authored rows); fromDir reads the build's rows lazily. */
  constructor(expressions: Expression[], lexicon?: MemberLexicon) {
    const keyCache = new Map<string, string[]>();
    for (const e of expressions) {
      const compiled = compile(e, lexicon, keyCache);
      if (!compiled) continue;
      for (const c of variantsOf(compiled)) this.index(c);
    }
  }

  private index(c: Compiled): void {
    for (const k of c.members[0]!.keys) {
      let group = this.byFirst.get(k) as Group | undefined;
      if (!group) {
        this.byFirst.set(k, (group = newGroup()));
        this.groupCount++;
      }
      addToGroup(group, c);
    }
  }

  /** The group of entries whose first member accepts `key`, made on first use from the lazy index. */
  private group(key: string): Group | undefined {
    const known = this.byFirst.get(key);
    if (typeof known !== 'string') return known;
    const group = this.lazy!.group(key, known);
    this.groupCount++;
    this.byFirst.set(key, group);
    return group;
  }

  /** The subgroup of `group` (first key k1) for second key k2, its rows compiled if they were pending. */
  private second(group: Group, k1: string, k2: string): SecondGroup | undefined {
    const sub = group.bySecond.get(k2);
    if (sub && sub.pending !== undefined) this.lazy!.fill(sub, k1, k2);
    return sub;
  }

  /** How many first-member groups are compiled (all of them for the eager constructor). */
  get compiledGroups(): number {
    return this.groupCount;
  }

  /**
   * The entries of a first-member group as the index holds them, `second third entry` (`*`: tried
   * whatever the token), in the order they are tried; the group is compiled if it was not.
   * For tests: the lazy index must hold what the eager one does.
   */
  describeGroup(key: string): string[] {
    const group = this.group(key);
    if (!group) return [];
    const name = (c: Compiled): string => (c.inverted ? `${c.e.text} (inverted)` : c.e.text);
    const out = group.always.map((c) => `* * ${name(c)}`);
    for (const [k, list] of group.objectGaps ?? []) for (const c of list) out.push(`… ${k} ${name(c)}`);
    for (const k2 of group.bySecond.keys()) {
      const sub = this.second(group, key, k2)!;
      for (const c of sub.always) out.push(`${k2} * ${name(c)}`);
      for (const [k3, list] of sub.byThird) for (const c of list) out.push(`${k2} ${k3} ${name(c)}`);
    }
    return out;
  }

  /** The first-member keys the eager constructor indexed (for tests). */
  firstKeys(): string[] {
    return [...this.byFirst].filter(([, g]) => typeof g !== 'string').map(([k]) => k);
  }

  /**
   * The build's data folder: expressions.tsv read through expression-index.tsv, each group's rows
   * compiled on first use; without an index made for these rows, every entry compiled now.
   */
  static fromDir(dataDir: string, lexicon?: Lexicon): ExpressionMatcher {
    const file = join(dataDir, 'expressions.tsv');
    const indexFile = join(dataDir, 'expression-index.tsv');
    const members = lexicon ? memberLexicon(lexicon) : undefined;
    if (!existsSync(file)) return new ExpressionMatcher([], members);
    const rows = readFileSync(file);
    const index = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : '';
    // An index made for other rows (expressions.tsv rebuilt or edited alone) would point into the wrong lines.
    if (!index.startsWith(`\t${rows.length}\n`)) return new ExpressionMatcher(parseExpressions(rows.toString('utf8')), members);
    const matcher = new ExpressionMatcher([], members);
    matcher.lazy = new LazyGroups(rows, members);
    LazyGroups.readIndex(index, matcher.byFirst);
    return matcher;
  }

  /**
   * What the matcher works out from a reading's keys, made once per keys array (see KeyInfo) and
   * kept on the array, as a property no enumeration sees. In a WeakMap it cost a probe of a large
   * table at every token: layOut and the WeakMap took 8.2% of a steady analysis's CPU, 6.2% so.
   */
  private keyInfo(keys: readonly string[]): KeyInfo {
    // (No closure in this function, which runs at every token: V8 would allocate the context the
    // closure captures `this` in at every call, whether the closure is made or not.)
    const info = (keys as KeyInfoHolder)[KEY_INFO];
    return info !== undefined && info.owner === this ? info : this.newKeyInfo(keys);
  }

  private newKeyInfo(keys: readonly string[]): KeyInfo {
    // (map makes arrays of the exact length: pushes would reserve room for 16, and there is one
    // info per reading the text has brought.)
    const groups = keys.map((key) => this.group(key));
    const hashes = keys.map(keyHash);
    const info: KeyInfo = {
      owner: this, keys, count: keys.length, key0: keys[0] ?? '', hash0: hashes[0] ?? 0, group0: groups[0], hashes,
      groups: groups.some((g) => g !== undefined) ? groups : NO_GROUPS,
    };
    if (Object.isExtensible(keys)) Object.defineProperty(keys, KEY_INFO, { value: info, writable: true, configurable: true });
    return info;
  }

  /** Matches that share no token, best first by the overlap rule, returned in text order. */
  match(tokens: AnalyzedToken[], tokenKeys?: string[][]): ExpressionMatch[] {
    const keys = tokenKeys ?? tokens.map((t) => expressionKeysOf(t));
    const candidates: Candidate[] = [];
    // Each token's keys laid out flat, and whether a scan for the next member goes on past it:
    // worked out once per token here rather than at every scan that reaches it.
    const n = tokens.length;
    if (this.lookPast.length < n) this.lookPast = new Uint8Array(n * 2);
    if (this.grouped.length < n) this.grouped = new Uint8Array(n * 2);
    const keyStart = this.keyStart.length > n ? this.keyStart : (this.keyStart = new Int32Array(n * 2 + 1));
    // The adverbial phrases (see adverbialEndAt) are found in the same pass, while the tokens are in
    // the processor's cache (a pass of their own read every token again), as soon as the keys they
    // read are laid out: those of the two tokens after the phrase's first.
    const ends = adverbialEndsBuffer(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      total = this.layOut(tokens, keys, i, total);
      if (i >= 2) adverbialEndAt(tokens, keys, i - 2, ends);
    }
    for (let j = Math.max(0, n - 2); j < n; j++) adverbialEndAt(tokens, keys, j, ends);
    keyStart[n] = total;
    // From the last token back, so that a verbal entry tried at i knows the adverbial phrases after
    // it (« se doter d'ici à 2011 d'un plan »); choose() orders the candidates whatever their order here.
    // Filled from the last token back as the tokens are tried: at token i it holds the tokens after i.
    this.nearest.fill(0x7fffffff);
    let stop = n;
    for (let i = n - 1; i >= 0; i--) {
      if (keyStart[i] === keyStart[i + 1]) {
        if (endsEveryMatch(tokens[i]!)) stop = i;
        continue;
      }
      this.tryAt(tokens, keys, i, stop, ends, candidates);
    }
    return choose(candidates, tokens);
  }

  /**
   * Lays out token i's keys from flatKeys[total] on (see keyStart) and returns the total after them.
   * A method called per token for the reason tryAt is one.
   */
  private layOut(tokens: AnalyzedToken[], keys: string[][], i: number, total: number): number {
    // « montent sur leurs premiers podiums », « remporte son troisième titre »: a possessive before
    // an ordinal also matches an entry's definite article (monter sur le podium, remporter le titre).
    // The first key or '': compared to literals, canonical strings alone (an undefined among them, a
    // token with no key, makes V8 compare through a generic call at every token).
    let info = this.keyInfo(keys[i]!);
    const first = info.key0;
    let replaced: string[] | undefined;
    if (first === POSSESSIVE && ordinalAt(tokens, i + 1)) replaced = POSSESSIVE_BEFORE_ORDINAL;
    // « dispose dune face »: d'une with its apostrophe lost, between a verb and a noun (« une dune » has its article).
    else if ((first === 'dune' || first === 'dun') && lostApostropheDe(tokens, i)) replaced = LOST_APOSTROPHE_DE;
    // « tendent a montrer »: a between a verb and an infinitive is à without its accent (avoir takes no infinitive).
    else if (first === 'a' && aForA(tokens, i)) replaced = A_FOR_A;
    if (replaced !== undefined) {
      keys[i] = replaced;
      info = this.keyInfo(replaced);
    }
    const count = info.count;
    if (total + count > this.keyHashes.length) {
      const larger = new Int32Array((total + count) * 2);
      larger.set(this.keyHashes);
      this.keyHashes = larger;
    }
    const keyHashes = this.keyHashes;
    const flatKeys = this.flatKeys;
    const flatGroups = this.flatGroups;
    const hasGroups = info.groups !== NO_GROUPS;
    if (count === 1) {
      flatKeys[total] = info.key0;
      keyHashes[total] = info.hash0;
      flatGroups[total] = info.group0;
    } else {
      for (let q = 0; q < count; q++) {
        flatKeys[total + q] = info.keys[q]!;
        keyHashes[total + q] = info.hashes[q]!;
        flatGroups[total + q] = hasGroups ? info.groups[q] : undefined;
      }
    }
    this.keyStart[i] = total;
    this.grouped[i] = hasGroups ? 1 : 0;
    this.lookPast[i] = mayLookPast(tokens, keys, i) ? 1 : 0;
    return total + count;
  }

  /**
   * Tries at token i (which holds keys) the entries its keys may start, pushing those that match to
   * candidates; `stop` is the first token after i that no match spans. A method called once per
   * token rather than the body of match's loop: match runs once per text, so V8 could only optimise
   * that loop by on-stack replacement, late and more than once; a method called at every token is
   * optimised early (the first six analyses of the GSD text take 5% fewer instructions; later ones
   * as many).
   */
  private tryAt(tokens: AnalyzedToken[], keys: string[][], i: number, stop: number, ends: Int32Array, candidates: Candidate[]): void {
    const n = tokens.length;
    const keyStart = this.keyStart;
    const keyHashes = this.keyHashes;
    const flatKeys = this.flatKeys;
    const flatGroups = this.flatGroups;
    const grouped = this.grouped;
    const lookPast = this.lookPast;
    const nearest = this.nearest;
    const pairs = this.pairs;
    // The entries to try are tried[0..count): a count rather than `tried.length = 0`, which frees
    // the array's storage for the next push to allocate again, at every token.
    const tried = this.tried;
    const from = keyStart[i]!;
    const to = keyStart[i + 1]!;
    const stamp = ++this.stamp;
    let count = 0;
    const groupsEnd = grouped[i] === 1 ? to : from;
    for (let g = from; g < groupsEnd; g++) {
      const group = flatGroups[g];
      if (group === undefined) continue;
      const key = flatKeys[g]!;
      for (const c of group.always) if (c.seen !== stamp) tried[count++] = ((c.seen = stamp), c);
      const objectGaps = group.objectGaps;
      if (objectGaps !== undefined) {
        const prepositions = group.prepositions ?? (group.prepositions = keyFilter(objectGaps.keys(), objectGaps.size));
        for (let j = i + 2; j < i + 2 + OBJECT_GAP_WINDOW && j < n; j++) {
          for (let q = keyStart[j]!; q < keyStart[j + 1]!; q++) {
            if (!mayHave(prepositions, keyHashes[q]!)) continue;
            const list = objectGaps.get(flatKeys[q]!);
            if (list) for (const c of list) if (c.seen !== stamp) tried[count++] = ((c.seen = stamp), c);
          }
        }
      }
      const firstHash = keyHashes[g]!;
      if (!group.paired) this.pairUp(group, firstHash);
      // The second member sits on one of the next tokens, past the words a match may skip, and
      // the third on one after it (à la tête de: « à la » alone would try every « à la … »).
      for (let j = i + 1, passed = 0; j < n && passed <= LOOK_PAST; j++, passed++) {
        for (let q = keyStart[j]!; q < keyStart[j + 1]!; q++) {
          if (!pairs.mayHave(firstHash, keyHashes[q]!)) continue;
          const sub = this.second(group, key, flatKeys[q]!);
          if (!sub) continue;
          for (const c of sub.always) if (c.seen !== stamp) tried[count++] = ((c.seen = stamp), c);
          if (sub.byThird.size === 0) continue;
          const thirds = sub.thirds ?? (sub.thirds = keyFilter(sub.byThird.keys(), sub.byThird.size));
          for (let j3 = j + 1, n3 = 0; j3 < n && n3 <= LOOK_PAST; j3++, n3++) {
            for (let q3 = keyStart[j3]!; q3 < keyStart[j3 + 1]!; q3++) {
              if (!mayHave(thirds, keyHashes[q3]!)) continue;
              const list = sub.byThird.get(flatKeys[q3]!);
              if (list) for (const c of list) if (c.seen !== stamp) tried[count++] = ((c.seen = stamp), c);
            }
            if (ends[j3]! > j3 + 1) j3 = ends[j3]! - 1;
            else if (lookPast[j3] === 0) break;
          }
        }
        if (ends[j]! > j + 1) j = ends[j]! - 1;
        else if (lookPast[j] === 0) break;
      }
    }
    for (let t = 0; t < count; t++) {
      const c = tried[t]!;
      if (!mayComplete(c, nearest, stop)) continue;
      const found = matchEntry(c, tokens, keys, i);
      if (!found) continue;
      candidates.push(found);
      const end = adverbialEnd(found, tokens);
      if (end > ends[i]!) ends[i] = end;
    }
    for (let q = from; q < to; q++) nearest[keyHashes[q]! & NEAREST_MASK] = i;
  }

  /** Puts the pairs of a group's first key (its hash) and each of its second keys in the pair filter. */
  private pairUp(group: Group, firstHash: number): void {
    for (const second of group.bySecond.keys()) this.pairs.add(firstHash, keyHash(second));
    group.paired = true;
  }
}

/** The key of dune/dun read as d'une/d'un: du, which only an entry's final de (and a verbal entry's partitive) takes, so no fixed phrase starts on it (« de face »). */
const LOST_APOSTROPHE_DE: string[] = ['du'];

/** Whether dune/dun at i stands between a verb and a noun or adjective, where the noun dune cannot (it takes an article). */
function lostApostropheDe(tokens: AnalyzedToken[], i: number): boolean {
  const next = tokens[i + 1]?.upos;
  return i > 0 && tokens[i - 1]!.upos === 'VERB' && (next === 'NOUN' || next === 'ADJ');
}

/**
 * « montent sur leurs premiers podiums »: a possessive that stands for the entry's definite article is
 * a free determiner, which the scheme leaves out of the parts (monter sur … podiums); one the entry
 * writes stays (« fait sa première apparition » is faire son apparition). Parts are one per word member here.
 */
function withoutFreePossessive(c: Compiled, parts: readonly number[], keys: string[][]): number[] {
  const words = c.members.filter((m) => m.kind === MemberKind.Word);
  return parts.filter((p, k) => keys[p] !== POSSESSIVE_BEFORE_ORDINAL || words[k]!.keys.includes(POSSESSIVE));
}

/** The keys of a read as à (« tendent a montrer »). */
const A_FOR_A: string[] = ['a', 'à'];
const INFINITIVE = /(?:er|ir|re)$/;

/** Whether a at i stands between a verb (not an auxiliary) and an infinitive: à with its accent lost. */
function aForA(tokens: AnalyzedToken[], i: number): boolean {
  const next = tokens[i + 1];
  return i > 0 && tokens[i - 1]!.upos === 'VERB' && !!next && next.upos === 'VERB' && INFINITIVE.test(lookupKey(next.form));
}

/** The keys of a possessive before an ordinal: the possessive, and the definite articles it stands for there. */
const POSSESSIVE_BEFORE_ORDINAL: string[] = [POSSESSIVE, 'le', 'la', "l'", 'les'];
const ORDINAL_WORD = /^(?:premi(?:er|ère)|derni(?:er|ère)|seconde?|\p{L}+ième|\d+(?:e|er|re|ème))s?$/u;

function ordinalAt(tokens: AnalyzedToken[], j: number): boolean {
  const t = tokens[j];
  return !!t && t.kind === 'word' && ORDINAL_WORD.test(lookupKey(t.form));
}

/**
 * For each token, the end (exclusive) of an adverbial phrase found starting there, else 0: an
 * adverb entry (à ce point, en outre) or a preposition entry before a number (d'ici à 2011). A
 * verbal entry may have one between its verb and its preposition. One buffer, grown, never shrunk.
 */
let ADVERBIAL_ENDS = new Int32Array(256);
function adverbialEndsBuffer(n: number): Int32Array {
  if (ADVERBIAL_ENDS.length < n) ADVERBIAL_ENDS = new Int32Array(n * 2);
  ADVERBIAL_ENDS.fill(0, 0, n);
  return ADVERBIAL_ENDS;
}

/** Sets ends[j] (see ADVERBIAL_ENDS) for an adverbial phrase starting at token j; reads keys j to j + 2. */
function adverbialEndAt(tokens: AnalyzedToken[], keys: string[][], j: number, ends: Int32Array): void {
  const n = tokens.length;
  if (j + 1 >= n) return;
  // The first keys or '' (see layOut).
  const here = keys[j]![0] ?? '';
  const next = keys[j + 1]![0] ?? '';
  // « a fait appel de manière récurrente à », « de façon durable »: de manière / de façon and an
  // adjective is an adverbial phrase (no entry, the scheme calls it productive), never an entry's de.
  if ((next === 'manière' || next === 'façon') && j + 2 < n && (here === 'de' || here === "d'")) {
    const adjective = tokens[j + 2]!.upos === 'ADV' && tokens[j + 3]?.upos === 'ADJ' ? j + 3 : j + 2;
    if (tokens[adjective]!.upos === 'ADJ') ends[j] = adjective + 1;
  }
  // « s'est rendu en 2010 à Paris », « s'est rendu la semaine dernière à »: a time phrase between a
  // verb and its complement (a preposition and a year; last or next week, month, year).
  else if (tokens[j + 1]!.kind === 'number') {
    if (YEAR_PREPOSITIONS.has(here) && YEAR.test(tokens[j + 1]!.form)) ends[j] = j + 2;
  } else if (tokens[j]!.upos === 'DET' && j + 2 < n && TIME_NOUNS.has(next) && RELATIVE_TIME.has(keys[j + 2]![0] ?? '')) ends[j] = j + 3;
  // « met l'accent, dans sa conclusion, sur », « a mis, selon la police, le feu à »: a short
  // prepositional phrase between commas (a comma is rare: the check costs nothing at other tokens).
  else if (tokens[j]!.form === ',' && tokens[j + 1]!.upos === 'ADP') {
    const end = prepositionalAsideEnd(tokens, j + 2);
    if (end > 0) ends[j] = end + 1;
  }
  // « fait depuis deux ans l'objet de », « tirent depuis des mois la sonnette d'alarme »: a duration.
  else if (tokens[j]!.upos === 'ADP' && j + 2 < n && DURATION_PREPOSITIONS.has(here) && (tokens[j + 1]!.upos === 'NUM' || DURATION_COUNTS.has(next)) && TIME_UNITS.has(tokens[j + 2]!.lemma)) ends[j] = j + 3;
}
const YEAR_PREPOSITIONS = new Set(['en', 'depuis', 'dès', "jusqu'en", 'vers', 'fin', 'début', 'mi']);
const YEAR = /^(?:1[0-9]|20)\d\d$/;
const DURATION_PREPOSITIONS = new Set(['depuis', 'pendant', 'durant']);
const DURATION_COUNTS = new Set(['des', 'plusieurs', 'quelques']);
const TIME_UNITS = new Set(['an', 'année', 'mois', 'semaine', 'jour', 'heure', 'minute', 'décennie', 'siècle']);
const TIME_NOUNS = new Set(['semaine', 'mois', 'an', 'année', 'week-end', 'trimestre', 'été', 'hiver', 'printemps', 'automne']);
const RELATIVE_TIME = new Set(['dernier', 'dernière', 'prochain', 'prochaine', 'passé', 'passée', 'suivant', 'suivante', 'précédent', 'précédente']);

/** The closing comma of a noun phrase of one to four words (determiners, adjectives, nouns, numbers) from j, or 0. */
function prepositionalAsideEnd(tokens: AnalyzedToken[], j: number): number {
  for (let k = j; k < j + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.form === ',') return k > j ? k : 0;
    if (t.kind !== 'word' || !ASIDE_TAGS.has(t.upos)) return 0;
  }
  return 0;
}
const ASIDE_TAGS = new Set<Upos>(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** The end of the adverbial phrase a found match is (see adverbialEnds), or 0. */
function adverbialEnd(found: Candidate, tokens: AnalyzedToken[]): number {
  const upos = found.c.e.upos;
  if (upos === 'ADV' && found.parts.length === found.last - found.first + 1) return found.last + 1;
  if (upos === 'ADP' && tokens[found.last + 1]?.upos === 'NUM') return found.last + 2;
  // « quant à elle », « selon lui »: a preposition entry and a stressed pronoun.
  const next = tokens[found.last + 1];
  if (upos === 'ADP' && found.parts.length === found.last - found.first + 1 && next?.upos === 'PRON' && STRESSED_PRONOUNS.has(lookupKey(next.form))) return found.last + 2;
  return 0;
}
const STRESSED_PRONOUNS = new Set(['moi', 'toi', 'lui', 'elle', 'nous', 'vous', 'eux', 'elles']);

/** Days of the week: « a appelé dimanche à la grève » keeps appeler à. */
const DAYS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
const DAY_PARTS = new Set(['matin', 'soir', 'midi', 'après-midi']);

/** Tokens a scan for the next member continues past: what a match may skip (auxiliaries, adverbs, clitics, quotes, an aside's comma). */
function mayLookPast(tokens: AnalyzedToken[], keys: string[][], j: number): boolean {
  const t = tokens[j]!;
  if (t.kind === 'punct') return QUOTES.has(t.form) || t.form === ',';
  // « les dispositions administratives et juridiques déjà prises »: et/ou between two adjectives.
  // « mis rapidement et efficacement en œuvre »: et/ou between two adverbs.
  if (t.upos === 'CCONJ') return coordinatesPair(tokens, j);
  // « la décision qu'il a prise »: a relative que right after a noun.
  if (t.upos === 'SCONJ') return tokens[j - 1]?.upos === 'NOUN' && RELATIVE_QUE.has(lookupKey(t.form));
  if (t.upos === 'NOUN' || t.upos === 'PROPN') return isTimeWord(keys, j);
  if (t.upos === 'NUM') return j > 0 && FLOATING.has(lookupKey(tokens[j - 1]!.form));
  // « a rendu un dernier hommage »: un/une before an adjective (see modifiedNounLength). Not every
  // determiner: scans past « le nouveau », « la première » cost a third of the matcher's speed.
  // Not before an ordinal: « prend une bonne seconde place » is a rank, not « prendre place » (tuning s10f, 19).
  if (t.upos === 'DET') {
    const first = keys[j]![0] ?? '';
    return (first === 'un' || first === 'une') && tokens[j + 1]?.upos === 'ADJ' && !ordinalWithin(keys, j + 1, 3);
  }
  return t.upos === 'AUX' || t.upos === 'ADV' || t.upos === 'PRON' || t.upos === 'ADJ' || (t.upos === 'VERB' && (PARTICIPLE.test(lookupKey(t.form)) || MODALS.has(t.lemma)));
}

/** Adverbs that make a locution with the de after them (lors de, près de, loin de, autour de…). */
const LOCUTION_BEFORE_DE = new Set(['lors', 'près', 'auprès', 'loin', 'autour', 'afin', 'hors', 'quant']);
const DE_FORMS = new Set(['de', "d'", 'du', 'des']);

const ORDINAL = /^(?:premi(?:er|ère)s?|seconde?s?|\p{L}+ièmes?|\d+e)$/u;

/** Nouns of a rank, which an ordinal before them makes a ranking (la première place, le 3e rang). */
const RANK_NOUNS = new Set(['place', 'rang', 'position']);

/** Whether one of the `n` tokens from i is an ordinal (premier, seconde, troisième, 3e). */
function ordinalWithin(keys: string[][], i: number, n: number): boolean {
  for (let j = i; j < i + n && j < keys.length; j++) if (keys[j]!.some((k) => ORDINAL.test(k))) return true;
  return false;
}

/** Whether the conjunction at j joins two adjectives or two adverbs (« administratives et juridiques », « rapidement et efficacement »). */
function coordinatesPair(tokens: AnalyzedToken[], j: number): boolean {
  const before = tokens[j - 1]?.upos;
  return (before === 'ADJ' || before === 'ADV') && tokens[j + 1]?.upos === before;
}

/**
 * An entry and its variants: a verb + preposition + noun entry with the verb's object between
 * (« remettre tout cela en état »); an impersonal verbal entry (il s'agit de, il faut) with the subject
 * after the verb (« s'agit-il de », « faut-il »); a verb + article + noun entry (jouer un rôle,
 * prendre des dispositions) with the noun first and the verb's participle after it (« le rôle joué
 * par », « les dispositions déjà prises »), the article left out as the annotation leaves it out.
 */
function variantsOf(c: Compiled): Compiled[] {
  const split = unhyphenated(c);
  const out = split ? [...verbalVariants(c), ...verbalVariants(split)] : verbalVariants(c);
  const possessive = possessiveVariant(c);
  if (possessive) out.push(possessive);
  const bare = bareNounVariant(c);
  if (bare) out.push(bare);
  const lostEn = lostEnVariant(c);
  if (lostEn) out.push(lostEn);
  const articleless = articlelessVariant(c);
  if (articleless) out.push(articleless);
  const titled = titleAdjectiveVariant(c);
  if (titled) out.push(titled);
  return out.map((v) => withOneShape(v, laterSlots(v.members)));
}

/**
 * The entry with every field of Compiled, in one order, from one object literal: objects get one
 * hidden class in V8 only when made so, and the matcher reads these fields at every entry it tries.
 * The variants spread from their entry (`{ ...c, lostEn: true }`) had a class each, over a thousand
 * in all, which made each of those reads a slow lookup (megamorphic) rather than one load.
 */
function withOneShape(c: Compiled, later: Uint16Array): Compiled {
  return {
    e: c.e, members: c.members, verbal: c.verbal, frozen: c.frozen, ne: c.ne, particle: c.particle, correlative: c.correlative,
    wordCount: c.wordCount, slotCount: c.slotCount, rarity: c.rarity, seen: c.seen, inverted: c.inverted, postposed: c.postposed,
    deComplement: c.deComplement, toutFirst: c.toutFirst, aComplement: c.aComplement, possessive: c.possessive, lostEn: c.lostEn,
    articleless: c.articleless, contentCount: c.contentCount, laterSlots: later,
  };
}

const NO_LATER = new Uint16Array(0);

/** Compiled.laterSlots of these members (the first words are the ones the index already looked for). */
function laterSlots(members: readonly Member[]): Uint16Array {
  let length = 0;
  for (let m = members.length - 1; m > 0; m--) if (members[m]!.kind === MemberKind.Word) length += 1 + members[m]!.keys.length;
  if (length === 0) return NO_LATER;
  const out = new Uint16Array(length);
  let at = 0;
  for (let m = members.length - 1; m > 0; m--) {
    const member = members[m]!;
    if (member.kind !== MemberKind.Word) continue;
    out[at++] = member.keys.length;
    for (const key of member.keys) out[at++] = keyHash(key) & NEAREST_MASK;
  }
  return out;
}

/**
 * Whether every word member after an entry's first may stand before the next full stop, by the
 * table of `nearest` positions (see match): false when one of them surely does not, and matchEntry
 * would fail. A match reaches its members only across words, commas, quotes and slots (skipped
 * words, gaps and adverbial phrases never take other punctuation), and a member's token holds one
 * of its keys (fits). Most entries tried fail, and this costs a few array reads where matchEntry
 * runs its checks and the skipping loop (« en (adj) hausse » was tried at every « en »).
 */
function mayComplete(c: Compiled, nearest: Int32Array, stop: number): boolean {
  const later = c.laterSlots;
  for (let m = 0; m < later.length; ) {
    const end = m + 1 + later[m]!;
    let near = false;
    for (let q = m + 1; q < end && !near; q++) near = nearest[later[q]!]! < stop;
    if (!near) return false;
    m = end;
  }
  return true;
}

/** The size of match's table of nearest positions by key hash (16 KB: it stays in the first-level cache). */
const NEAREST_MASK = 4095;

/** Punctuation no match spans: all but commas and quotes (see mayComplete). */
function endsEveryMatch(t: AnalyzedToken): boolean {
  return t.kind === 'punct' && t.form !== ',' && !QUOTES.has(t.form);
}

/**
 * « en honneur de ses ancêtres »: a complex preposition en + definite article + noun + de (en l'honneur
 * de, en l'absence de, en la présence de) also written without its article, as much text does. Only
 * after en, whose phrases take a bare noun (en vue de, en raison de); « à égard de » is never written.
 * Counted as one slot, so the article's form comes first where both match.
 */
function bareNounVariant(c: Compiled): Compiled | undefined {
  const [en, article, noun, de] = c.members;
  if (c.e.upos !== 'ADP' || c.members.length !== 4 || en!.kind !== MemberKind.Word || en!.keys[0] !== 'en') return undefined;
  if (article!.kind !== MemberKind.Word || !article!.keys.every((k) => DEFINITE_ARTICLES.has(k)) || noun!.kind !== MemberKind.Word || de!.kind !== MemberKind.Word || !de!.keys.includes('du')) return undefined;
  const members = [en!, noun!, de!];
  return { ...c, members, wordCount: c.wordCount - 1, slotCount: c.slotCount + 1, contentCount: contentCount(members) };
}

/**
 * « au plus haut niveau de l'État vue d'améliorer la situation »: a complex preposition en + noun +
 * de (en vue de, en mesure de) whose en the text lost. Tried only where no other reading fits: the
 * bare noun right after a noun (a noun phrase takes no bare noun after it) and de before an
 * infinitive (« la ville vue du ciel » is the participle). Counted as one slot more.
 */
function lostEnVariant(c: Compiled): Compiled | undefined {
  const [en, noun, de] = c.members;
  if (c.e.upos !== 'ADP' || c.members.length !== 3 || en!.kind !== MemberKind.Word || en!.keys[0] !== 'en') return undefined;
  if (noun!.kind !== MemberKind.Word || noun!.keys.some((k) => ARTICLES.has(k)) || de!.kind !== MemberKind.Word || !de!.keys.includes('du')) return undefined;
  const members = [noun!, de!];
  return { ...c, members, wordCount: c.wordCount - 1, slotCount: c.slotCount + 1, contentCount: contentCount(members), lostEn: true };
}

/** Whether a lost-en variant may start at token i: a noun or participle right after a noun (« le match avant de partir » is the preposition avant de). */
function lostEnAt(tokens: AnalyzedToken[], i: number): boolean {
  const before = tokens[i - 1]?.upos;
  const noun = tokens[i]!.upos;
  return (before === 'NOUN' || before === 'PROPN') && (noun === 'NOUN' || noun === 'VERB');
}

/**
 * « des pères d'église », « une grève de faim »: a noun entry with de + definite article + noun
 * (Père de l'Église, grève de la faim) written without the article. Only with that noun in the
 * entry's own number (checked in found): « des représentants d'États africains » is the indefinite
 * plural after de, not représentant de l'État. Counted as one slot more, so the written form comes first.
 */
function articlelessVariant(c: Compiled): Compiled | undefined {
  if (c.e.upos !== 'NOUN') return undefined;
  const k = c.members.findIndex((m, at) => at > 0 && m.kind === MemberKind.Word && m.keys[0] === 'de' && c.members[at + 1]?.kind === MemberKind.Word && c.members[at + 1]!.keys.every((x) => DEFINITE_ARTICLES.has(x)) && c.members[at + 2]?.kind === MemberKind.Word);
  if (k < 0) return undefined;
  const members = [...c.members.slice(0, k + 1), ...c.members.slice(k + 2)];
  const noun = members.slice(0, k + 2).filter((m) => m.kind === MemberKind.Word).length - 1;
  return { ...c, members, wordCount: c.wordCount - 1, slotCount: c.slotCount + 1, contentCount: contentCount(members), articleless: noun };
}

/**
 * « prendre sa succession », « à son égard », « à leur tête »: an entry ending in a definite
 * article, a noun and de (prendre la succession de, à l'égard de, à la tête de) with a possessive
 * standing for the article and the de complement.
 */
function possessiveVariant(c: Compiled): Compiled | undefined {
  const n = c.members.length;
  if (n < 4 || c.ne) return undefined;
  const [article, noun, de] = c.members.slice(n - 3);
  if (article!.kind !== MemberKind.Word || noun!.kind !== MemberKind.Word || de!.kind !== MemberKind.Word) return undefined;
  if (!de!.keys.includes('du') || !article!.keys.some((k) => DEFINITE_ARTICLES.has(k)) || c.members.slice(0, n - 3).some((m) => m.kind !== MemberKind.Word)) return undefined;
  const members = [...c.members.slice(0, n - 3), POSSESSIVE_MEMBER, noun!];
  // Counted as one slot: an entry written with the possessive (sous sa coupe) is the more specific.
  return { ...c, members, wordCount: c.wordCount - 1, slotCount: c.slotCount + 1, contentCount: contentCount(members), possessive: true };
}
const DEFINITE_ARTICLES = new Set(['le', 'la', "l'", 'les']);
const POSSESSIVE_MEMBER: Member = { kind: MemberKind.Word, keys: [POSSESSIVE] };

/**
 * « le ministre iranien des Transports », « le ministère turc des Affaires étrangères » (news3): a
 * minister's or ministry's title (ministre des Transports) with the country's adjective between its
 * noun and its de, as one adjective slot; undefined for any other entry.
 */
function titleAdjectiveVariant(c: Compiled): Compiled | undefined {
  const [title, de] = c.members;
  if (c.e.upos !== 'NOUN' || c.members.length < 3 || title!.kind !== MemberKind.Word || !title!.keys.some((k) => TITLE_NOUNS.has(k))) return undefined;
  if (de!.kind !== MemberKind.Word || !de!.keys.some((k) => TITLE_DE.has(k))) return undefined;
  const members: Member[] = [title!, TITLE_ADJECTIVE, ...c.members.slice(1)];
  return { ...c, members, slotCount: c.slotCount + 1 };
}
const TITLE_NOUNS = new Set(['ministre', 'ministère']);
const TITLE_DE = new Set(['de', 'du', 'des', "d'"]);
const TITLE_ADJECTIVE: Member = { kind: MemberKind.Adj, keys: NO_KEYS };

/** « avions long courrier » (news3): more first pieces that news text writes apart; none is a verb form, unlike peut-être. */
const SPACED_PREFIX_NEWS3 = ['long', 'moyen', 'court'];
/** « jusque là », « ce jour là » (news3): the tokenizer's -là and -ci pieces, which text also writes apart. */
const SPACED_SUFFIX = /^-(?:là|ci)$/;

/** First pieces of a hyphenated word that text often writes without its hyphens: « au delà de », « c'est à dire », « Haut commissariat ». */
const UNHYPHENATED_PREFIX = new Set(['au', 'par', 'là', 'ci', 'vis', "c'est", 'haut', 'demi', 'mi', 'outre', "d'outre", 'non', 'arrière', 'hors', ...SPACED_PREFIX_NEWS3]);

/**
 * The entry with its hyphenated words (au-delà, c'est-à-dire, haut-commissariat) written as
 * separate words, each a member of its own, or undefined when it has none whose first piece is a
 * prefix text often writes apart (not peut-être: « il peut être », nor cessez-le-feu), nor a -là
 * or -ci piece (jusque-là).
 */
function unhyphenated(c: Compiled): Compiled | undefined {
  let changed = false;
  const members: Member[] = [];
  for (const m of c.members) {
    const word = m.kind === MemberKind.Word ? m.keys[0]! : '';
    if (SPACED_SUFFIX.test(word)) {
      changed = true;
      members.push({ kind: MemberKind.Word, keys: [word.slice(1)] });
      continue;
    }
    const hyphen = word.indexOf('-');
    if (hyphen <= 0 || !UNHYPHENATED_PREFIX.has(word.slice(0, hyphen)) || !/\p{L}-\p{L}/u.test(word)) {
      members.push(m);
      continue;
    }
    changed = true;
    for (const t of tokenize(word.replace(/-/g, ' '))) members.push({ kind: MemberKind.Word, keys: [lookupKey(t.form)] });
  }
  if (!changed) return undefined;
  return { ...c, members, wordCount: c.wordCount + members.length - c.members.length, contentCount: contentCount(members) };
}

/** Adverbs a verbal entry may start with, before its verb (mal tourner, bien tourner, tout donner). */
const ADVERB_FIRST = new Set(['mal', 'bien', 'tout']);

function verbalVariants(c: Compiled): Compiled[] {
  const [first, second] = c.members;
  if (!c.verbal || !second) return [c];
  if (c.members.length >= 3 && second.kind === MemberKind.Word && first!.keys.length === 1 && first!.keys[0] === 'il') {
    return [c, { ...c, members: c.members.slice(1), inverted: true }];
  }
  // « le procès a mal tourné », « j'ai tout donné »: an entry written adverb first takes the
  // participle after the auxiliary, like tout before a verb (the same conditions).
  if (first!.kind === MemberKind.Word && ADVERB_FIRST.has(first!.keys[0]!) && second.kind === MemberKind.Word) return [{ ...c, toutFirst: true }];
  const out = [c];
  // « s'en est félicité », « se félicite que »: de and its complement given as en or a que clause.
  const final = c.members[c.members.length - 1]!;
  if (!c.ne && c.members.length >= 3 && final.kind === MemberKind.Word && final.keys.includes('du') && c.members[c.members.length - 2]!.kind === MemberKind.Word) {
    out.push({ ...c, members: c.members.slice(0, -1), wordCount: c.wordCount - 1, deComplement: true });
  }
  // « ils ont tout mis en œuvre », « pour tout mettre en œuvre »: the entry's tout before the
  // participle or infinitive, as French puts it (mettre tout en œuvre).
  const third = c.members[2];
  if (!c.ne && first!.kind === MemberKind.Word && first!.keys[0] !== REFLEXIVE && second.kind === MemberKind.Word && second.keys[0] === 'tout' && third?.kind === MemberKind.Word && !third.keys.some((k) => ARTICLES.has(k))) {
    out.push({ ...c, members: [second, first!, ...c.members.slice(2)], toutFirst: true });
  }
  // « pour leur rendre hommage », « il lui a rendu visite », « elle y a pris part », « il s'y est
  // heurté »: à and its complement given as a dative clitic before the verb (rendre hommage à,
  // prendre part à, se heurter à).
  if (!c.ne && c.members.length >= 3 && final.kind === MemberKind.Word && final.keys.includes('au') && c.members[c.members.length - 2]!.kind === MemberKind.Word) {
    const members = c.members.slice(0, -1);
    out.push({ ...c, members, wordCount: c.wordCount - 1, contentCount: contentCount(members), aComplement: true });
  }
  // « remettre tout cela en état », « mettre les choses au point »: a verb + preposition + noun entry
  // (remettre en état, mettre au point) with its object between the verb and the preposition.
  if (!c.ne && c.members.length >= 3 && first!.kind === MemberKind.Word && second.kind === MemberKind.Word && first!.keys[0] !== REFLEXIVE && !first!.keys.some((k) => NO_OBJECT.has(k)) && second.keys.every((k) => OBJECT_GAP_BEFORE.has(k)) && c.members.every((m) => m.kind === MemberKind.Word)) {
    out.push({ ...c, members: [first!, OBJECT_GAP, ...c.members.slice(1)], slotCount: c.slotCount + 1 });
  }
  // « n'a pas de chance »: a partitive de la / de l' before the entry's noun (avoir de la chance) is a
  // bare de after a negation or sans (a slot more: the written form comes first where both match).
  const partitive = c.members.findIndex((m, k) => k > 0 && k < c.members.length - 2 && m.kind === MemberKind.Word && m.keys[0] === 'de' && c.members[k + 1]!.kind === MemberKind.Word && c.members[k + 1]!.keys.every((x) => x === 'la' || x === "l'" || x === 'le'));
  if (!c.ne && partitive > 0 && c.members[partitive + 2]!.kind === MemberKind.Word) {
    const members = [...c.members.slice(0, partitive + 1), ...c.members.slice(partitive + 2)];
    out.push({ ...c, members, wordCount: c.wordCount - 1, slotCount: c.slotCount + 1, contentCount: contentCount(members) });
  }
  // (A partitive des also takes de, above: its first key says it is the article.)
  const words = c.members.filter((m) => m.kind !== MemberKind.Det && !(m.kind === MemberKind.Word && ARTICLES.has(m.keys[0]!)));
  const [verb, noun] = words;
  if (c.ne || words.length !== 2 || verb !== first || verb!.kind !== MemberKind.Word || noun!.kind !== MemberKind.Word || noun !== c.members[c.members.length - 1]) return out;
  if (verb!.keys[0] === REFLEXIVE || verb!.keys[0] === 'il') return out;
  // « les ponts coupés à la circulation » are bridges cut, not couper les ponts: an idiom writes
  // its definite article (couper les ponts, prendre la fuite), and its noun after the participle is
  // literal; support verbs write un/des, a possessive or none (jouer un rôle, rendre son verdict, porter plainte).
  if (c.members.some((m) => m.kind === MemberKind.Word && m.keys.every((k) => DEFINITE_ARTICLES.has(k)))) return out;
  return [...out, { ...c, members: [noun!, verb!], postposed: true }];
}

/** The prepositions after which a verbal entry's object may stand (mettre … en cause, mettre … au point, prendre … à partie, mettre … entre parenthèses). */
const OBJECT_GAP_BEFORE = new Set(['en', 'à', 'au', 'aux', 'sous', 'sur', 'hors', 'entre']);
const OBJECT_GAP: Member = { kind: MemberKind.Gap, keys: NO_KEYS, object: true };
/** Verbs that take no direct object (être en mesure de, aller à l'encontre de): no object gap, and no cost of trying one at every « est ». */
const NO_OBJECT = new Set(['il', 'être', 'avoir', 'aller', 'venir', 'rester', 'devenir', 'tomber', 'entrer', 'arriver', 'partir']);
/** The words an object gap may hold: a noun phrase or a pronoun, perhaps with an adverb. */
const OBJECT_TAGS = new Set<Upos>(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM', 'ADV']);

/** The determiners an entry's un/une matches in a verbal entry. */
const ANY_DETERMINER: readonly string[] = ['un', 'une', 'le', 'la', "l'", 'les', 'des', 'ce', 'cet', 'cette', 'ces', POSSESSIVE];

/** The articles and possessive an entry may write between its support verb and its noun. */
const ARTICLES = new Set(['un', 'une', 'le', 'la', "l'", 'les', 'des', 'ce', 'cet', 'cette', 'ces', POSSESSIVE]);
/** A past participle's ending (joué, prises, tenue, mis, fait, produit, ouverte). */
const PARTICIPLE = /(?:[éiu]|is|it|[^aeiou]t)(?:e|es|s)?$/;

function compile(e: Expression, lexicon: MemberLexicon | undefined, keyCache: Map<string, string[]>): Compiled | undefined {
  const words = e.words.map((w, i) => ({ w, keys: e.keys?.[i] }));
  let ne = false;
  let particle: string | undefined;
  // Negation written in the entry is a condition on the text, not members in a fixed order.
  if (words.length > 2 && NE.has(lookupKey(words[0]!.w))) {
    ne = true;
    words.shift();
    if (NEGATIVE_PARTICLES.has(lookupKey(words[0]!.w))) particle = lookupKey(words.shift()!.w);
  }
  // A leading slot or gap has nothing to hang on: the entry starts at its first word.
  while (words.length > 0 && isSlot(words[0]!.w)) words.shift();
  const members: Member[] = [];
  let rarity = 0;
  const written = words.map((x) => x.w);
  words.forEach(({ w, keys }, index) => {
    if (w === '(det)') members.push({ kind: MemberKind.Det, keys: NO_KEYS });
    else if (w === '(adj)') members.push({ kind: MemberKind.Adj, keys: NO_KEYS });
    else if (w === '…') members.push({ kind: MemberKind.Gap, keys: NO_KEYS });
    else {
      const final = index === words.length - 1;
      members.push({ kind: MemberKind.Word, keys: keys ? internAll(keys) : memberKeys(w, final, lexicon, keyCache, FROZEN.has(e.upos), numberFreeAt(e.upos, written, index), afterArticle(written, index)) });
      if (e.rarity === undefined) rarity = Math.max(rarity, lexicon?.rank(lookupKey(w)) ?? 0);
    }
  });
  if (e.rarity !== undefined) rarity = e.rarity;
  // « a inscrit le but », « rendra son verdict »: the indefinite article a verbal entry writes
  // (inscrire un but, rendre un verdict) stands for any determiner the object takes.
  if (e.upos === 'VERB') {
    members.forEach((m, k) => {
      if (k > 0 && m.kind === MemberKind.Word && (m.keys[0] === 'un' || m.keys[0] === 'une')) members[k] = { kind: MemberKind.Word, keys: ANY_DETERMINER };
      // « sans faire de bruit », « ne fait pas de bruit »: a partitive du/des before the entry's noun
      // (faire du bruit) is de after a negation or sans.
      else if (k > 0 && k < members.length - 1 && m.kind === MemberKind.Word && (m.keys[0] === 'du' || m.keys[0] === 'des')) members[k] = { kind: MemberKind.Word, keys: [...m.keys, 'de', "d'"] };
    });
  }
  const wordCount = members.filter((m) => m.kind === MemberKind.Word).length + (ne ? 1 : 0) + (particle ? 1 : 0);
  if (members.length === 0 || (wordCount < 2 && !isHyphenatedCompound(e.words))) return undefined;
  const c: Compiled = { e, members, verbal: e.upos === 'VERB', frozen: FROZEN.has(e.upos), ne, wordCount, slotCount: members.length - members.filter((m) => m.kind === MemberKind.Word).length, rarity, seen: 0, contentCount: contentCount(members), laterSlots: NO_LATER };
  if (particle) c.particle = particle;
  if (members.length === 3 && members[1]!.kind === MemberKind.Gap && members[0]!.kind === MemberKind.Word && members[2]!.kind === MemberKind.Word && CORRELATIVES.has(members[0]!.keys[0]!) && CORRELATIVES.has(members[2]!.keys[0]!)) c.correlative = true;
  return c;
}

/** Comparatives that pair across two clauses (plus … plus: the more … the more). */
const CORRELATIVES = new Set(['plus', 'moins', 'autant']);
/** Words after a comparative that make it a quantity or a comparison, not a correlative (plus de, plus que). */
const NOT_CORRELATIVE_AFTER = new Set(['de', "d'", 'du', 'des', 'que', "qu'"]);
/** The longest first clause of a correlative (« plus la proximité génétique est grande, plus »). */
const MAX_CLAUSE_GAP = 12;


/**
 * A hyphenated compound the tokenizer keeps as one word (contre-la-montre, c'est-à-dire, chef-lieu):
 * an expression of one token, since its meaning is not that of its parts.
 */
function isHyphenatedCompound(words: readonly string[]): boolean {
  return words.length === 1 && /\p{L}-\p{L}/u.test(words[0]!);
}

/** Members that carry no content of their own: être/avoir, articles, prepositions, que, clitics, slots. */
const LIGHT_MEMBERS = new Set(['être', 'avoir', 'un', 'une', 'le', 'la', "l'", 'les', 'des', 'du', 'au', 'aux', 'de', "d'", 'à', 'en', 'y', 'que', "qu'", 'par', 'pour', 'sur', 'dans', 'avec', REFLEXIVE, POSSESSIVE]);

function contentCount(members: readonly Member[]): number {
  let n = 0;
  for (const m of members) if (m.kind === MemberKind.Word && !LIGHT_MEMBERS.has(m.keys[0]!)) n++;
  return n;
}

function isSlot(w: string): boolean {
  return w === '(det)' || w === '(adj)' || w === '…';
}

/**
 * Whether an entry's word is written as the plural of that lemma (travaux of travail, forces of
 * force, armées of armé): an entry written in the plural matches the plural only. A feminine
 * singular (bilatérale of bilatéral) is no plural: relation bilatérale matches every form.
 */
function isPluralOf(word: string, lemma: string): boolean {
  if (word === lemma || !(word.endsWith('s') || word.endsWith('x'))) return false;
  return word === lemma + 's' || word === lemma + 'x' || word === lemma + 'es' || (lemma.endsWith('al') && word === lemma.slice(0, -1) + 'ux') || (lemma.endsWith('ail') && word === lemma.slice(0, -2) + 'ux');
}

/**
 * Whether the entry's word at i takes either number although written in the plural: the bare noun
 * after de that closes a noun entry (jeu d'instructions, « un jeu d'instruction »), and a verbal
 * entry's noun after a possessive (prendre ses distances, « ils prennent leur distance »).
 */
function numberFreeAt(upos: Upos, words: readonly string[], i: number): boolean {
  if (i === 0) return false;
  const before = lookupKey(words[i - 1]!);
  if (upos === 'NOUN') return i === words.length - 1 && (before === 'de' || before === "d'");
  return upos === 'VERB' && POSSESSIVES.has(before);
}

/**
 * Whether the entry's word at i follows an article, where ton, son or sa is the noun (hausser le ton,
 * le son du canon), not a possessive standing for any other.
 */
function afterArticle(words: readonly string[], i: number): boolean {
  return i > 0 && NOUN_ARTICLES.has(lookupKey(words[i - 1]!));
}
const NOUN_ARTICLES = new Set(['le', 'la', "l'", 'les', 'un', 'une', 'du', 'des', 'au', 'aux']);

/** The keys an entry word accepts: its own key, its noun/adjective lemmas (not the singular of a plural a noun, verb or adjective entry writes, unless numberFreeAt), fused articles when final. */
function memberKeys(word: string, final: boolean, lexicon: MemberLexicon | undefined, cache: Map<string, string[]>, frozen: boolean, numberFree = false, noun = false): string[] {
  const cacheKey = `${word}${final ? '\u0000' : ''}${frozen ? '\u0001' : ''}${numberFree ? '\u0002' : ''}${noun ? '\u0003' : ''}`;
  let keys = cache.get(cacheKey);
  if (keys) return keys;
  const k = lookupKey(word);
  if (POSSESSIVES.has(k) && !noun) keys = [POSSESSIVE];
  else if (k === 'se' || k === "s'") keys = [REFLEXIVE];
  else {
    keys = [k];
    const elided = ELIDED[k];
    if (elided) keys.push(elided);
    if (k === "l'") keys.push('le', 'la');
    if (final && (k === 'de' || k === "d'")) keys = FINAL_DE.slice();
    if (final && k === 'à') keys = FINAL_A.slice();
    if (lexicon && k.length > 2 && !k.endsWith("'")) {
      for (const lemma of lexicon.nominalLemmas(word)) {
        const lk = lookupKey(lemma);
        // travaux forcés is plural in the entry and in the text: « le travail forcé » is not it (a
        // fixed phrase keeps its singular: en coulisses, « en coulisse »).
        if (!keys.includes(lk) && (frozen || numberFree || !isPluralOf(k, lk))) keys.push(lk);
      }
    }
  }
  keys = internAll(keys);
  cache.set(cacheKey, keys);
  return keys;
}

/** The match of entry c whose first member is token i, or undefined. */
function matchEntry(c: Compiled, tokens: AnalyzedToken[], keys: string[][], i: number): Candidate | undefined {
  const first = c.members[0]!;
  if (!fits(c, first, tokens, keys, i)) return undefined;
  // The variants' own conditions that need no match, first: most of their attempts fail on them
  // (« en cas de » without its en is tried at every « cas de »).
  if (c.lostEn && !lostEnAt(tokens, i)) return undefined;
  if (c.aComplement && dativeOf(c, tokens, i) === undefined) return undefined;
  // An object gap (« mettre tout cela en œuvre »): only worth trying when its preposition is near.
  if (c.members[1]?.object && !prepositionNear(c.members[2]!.keys, keys, i + 2)) return undefined;
  if (c.frozen && tokens[i]!.upos === 'PRON' && CLITICS.has(keys[i]![0]!) && !cliticOpensPhrase(tokens, keys, i)) return undefined;
  // « nous n'en avons vu arriver aucun » is no en vue: a clitic after ne or before an auxiliary is
  // the verb's, whatever the phrase's part of speech (a verbal entry's clitic is its own).
  if (!c.verbal && tokens[i]!.upos === 'PRON' && CLITICS.has(keys[i]![0]!) && i > 0 && (NE.has(keys[i - 1]![0]!) || tokens[i + 1]?.upos === 'AUX')) return undefined;
  // A one-word compound (plate-bande) is an expression only where the word has no gloss of its own:
  // one the lexicon glosses (cessez-le-feu) stays the word the learner knows and reviews.
  // With a fixed negation, only rien (the verb's object: ne rien lâcher) makes one verb an idiom:
  // « il ne souffre pas » is the verb negated (not in pain), not ne pas souffrir (not to tolerate).
  if (c.members.length === 1 && c.particle !== 'rien' && tokens[i]!.glossSource === 'core') return undefined;
  // « a eu lieu »: the auxiliary is not the verb when the participle after it is the same verb.
  if (tokens[i]!.upos === 'AUX' && i + 1 < tokens.length && hasKey(keys[i + 1]!, first.keys)) return undefined;
  // « n'a plus de pouvoirs » is ne … plus (no more), never « plus de » (more than): a meaning reversed;
  // « qui eut le plus de lecteurs » is the superlative (the most), not « more than » either.
  if (first.keys.includes('plus') && (afterNegation(tokens, i) || ARTICLE_FORMS.has(lookupKey(tokens[i - 1]?.form ?? '')))) return undefined;
  // « son plus haut niveau », « la plus grande surface »: an adjective after plus or moins is compared,
  // a free adjective (its highest level), not the first word of a compound noun (haut niveau: elite).
  if (c.e.upos === 'NOUN' && tokens[i]!.upos === 'ADJ' && i > 0 && COMPARATIVES.has(keys[i - 1]![0]!)) return undefined;
  // « l'issue du scrutin »: a noun after a determiner is not the adjective its spelling can also be.
  if (c.e.upos === 'ADJ' && tokens[i]!.upos === 'NOUN' && tokens[i - 1]?.upos === 'DET') return undefined;
  // « le manque d'hygiène »: a word after a determiner is not the verb its spelling can also be.
  // « les différents procédés de dessalement »: also past adjectives after the determiner.
  if (c.verbal && !c.postposed && tokens[i]!.upos !== 'VERB' && tokens[i]!.upos !== 'AUX' && afterDeterminer(tokens, i) && !keys[i]!.includes(REFLEXIVE)) return undefined;
  // « s'est tenu du 9 au 11 »: être after a reflexive is the pronominal verb's auxiliary (se tenir), not être tenu de.
  // « s'y étaient opposées » too: y or en may stand between the reflexive and its auxiliary.
  if (c.verbal && first.keys[0] === 'être' && i > 0 && (keys[i - 1]!.includes(REFLEXIVE) || (i > 1 && ADVERBIAL_CLITICS.has(keys[i - 1]![0]!) && keys[i - 2]!.includes(REFLEXIVE)))) return undefined;
  // « il a eu recours à la force » is avoir recours à: after eu or été only a participle is a verb (not recours).
  // « la police a recours à la force » too: after any form of avoir, a verb is its participle.
  if (c.verbal && !c.postposed && !c.toutFirst && (AUX_PARTICIPLES.has(keys[i - 1]?.[0] ?? '') || tokens[i - 1]?.lemma === 'avoir') && !PARTICIPLE.test(keys[i]![0]!)) return undefined;
  // « C'est alors que », « c'est ainsi que »: a cleft (c'est … que) around an adverb, not the
  // conjunction alors que (but « c'est parce que … que » keeps parce que).
  if (c.frozen && c.members.length === 2 && CLEFT_FOCUS.has(keys[i]![0]!) && c.members[1]!.keys.includes('que') && afterCestAt(tokens, i)) return undefined;
  // Most attempts fail at the second member: the scratch arrays are copied only on success.
  const parts = SCRATCH.parts;
  const state = SCRATCH.state;
  empty(parts);
  parts.push(i);
  state.skipped = 0;
  empty(state.skippedTokens);
  if (!matchFrom(c, 1, i + 1, tokens, keys, parts, state, true)) return undefined;
  // « en moins de deux semaines » is no en moins de deux (in no time): a number word that ends an
  // adverbial counts the noun after it.
  if (c.e.upos === 'ADV') {
    const end = tokens[parts[parts.length - 1]!]!;
    if (end.upos === 'NUM' && /^\p{Ll}+$/u.test(end.form) && tokens[parts[parts.length - 1]! + 1]?.upos === 'NOUN') return undefined;
  }
  // « depuis six jours », « six jours plus tard », « tous les six jours » count days; the race (les
  // six jours) takes its article: a noun entry of a number and a unit of time is the compound after
  // a determiner only (« spécialiste des six jours »: des is de + les), and not after tous les.
  if (c.e.upos === 'NOUN' && parts.length === 2 && tokens[i]!.upos === 'NUM' && TIME_UNITS.has(tokens[parts[1]!]!.lemma) && (!(afterDeterminer(tokens, i) || (i > 0 && FUSED.has(lookupKey(tokens[i - 1]!.form)))) || tokens[i - 2]?.lemma === 'tout')) return undefined;
  return found(c, tokens, parts.some((p) => keys[p] === POSSESSIVE_BEFORE_ORDINAL) ? withoutFreePossessive(c, parts, keys) : parts.slice(), state);
}

/**
 * Whether a determiner or a cardinal stands before token i, perhaps past two adjectives (« le manque »,
 * « les différents procédés », « deux statues »: a number counts things, review 19, 117).
 */
function afterDeterminer(tokens: AnalyzedToken[], i: number): boolean {
  let k = i - 1;
  if (tokens[i]!.upos === 'NOUN') while (k >= i - 2 && tokens[k]?.upos === 'ADJ') k--;
  const before = tokens[k];
  return before?.upos === 'DET' || before?.upos === 'NUM' || contractedArticle(before);
}

/** « face au manque de neige » (news3): au and aux hold an article, and no verb follows an article. */
function contractedArticle(t: AnalyzedToken | undefined): boolean {
  return !!t && t.kind === 'word' && CONTRACTED_ARTICLES.has(lookupKey(t.form));
}
const CONTRACTED_ARTICLES = new Set(['au', 'aux']);

/**
 * « y compris », « tous les pays y compris la France »: a clitic the tagger read as a pronoun still
 * opens a fixed phrase when the word after it is a past participle that is no third-person verb
 * (compris, not fait: « le gouvernement en fait une priorité »), since a clitic stands before a
 * finite verb, never before a bare participle; unless ne, a subject pronoun or another clitic before
 * it makes it the verb's (« je n'y compris rien »).
 */
function cliticOpensPhrase(tokens: AnalyzedToken[], keys: string[][], i: number): boolean {
  const next = tokens[i + 1];
  if (cliticAfterVerb(tokens, i)) return true;
  if (!next || next.upos !== 'VERB' || !BARE_PARTICIPLE.test(keys[i + 1]![0]!)) return false;
  const before = tokens[i - 1];
  const k = keys[i - 1]?.[0] ?? '';
  return !before || before.kind !== 'word' || !(NE.has(k) || (before.upos === 'PRON' && (SUBJECT_PERSON.has(k) || REFLEXIVE_PERSON.has(k) || OBJECT_CLITICS.has(k))));
}
/**
 * « résoudre en partie le problème », « a résolu en partie » (news3): a clitic stands before its own
 * verb (or that verb's auxiliary), never right after a verb or an auxiliary; there it opens a fixed
 * phrase, unless an infinitive follows that it may belong to (« veut en parler »).
 */
function cliticAfterVerb(tokens: AnalyzedToken[], i: number): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (!before || before.kind !== 'word' || !(before.upos === 'VERB' || before.upos === 'AUX') || !next || next.kind !== 'word') return false;
  return !infinitiveAt(tokens, i + 1);
}

/** A past participle's ending that no third-person finite form has (compris, décidé, fini, vendu, vue; not fait, dit). */
const BARE_PARTICIPLE = /(?:[éiu]e?s?|is)$/;

/** The participles of avoir and être: no finite verb follows them (« a eu recours », « a été victime »). */
const AUX_PARTICIPLES = new Set(['eu', 'eus', 'eue', 'eues', 'été']);

/** The relative pronoun before a postposed participle's subject (« la décision qu'il a prise »). */
const RELATIVE_QUE = new Set(['que', "qu'"]);

/** The clitics that may stand between a reflexive and its verb (« s'y opposer », « s'en prendre »). */
const ADVERBIAL_CLITICS = new Set(['y', 'en']);

/** The adverbs that make an adjective comparative or superlative. */
const COMPARATIVES = new Set(['plus', 'moins']);

/** The definite articles (le plus de = the most). */
const ARTICLE_FORMS = new Set(['le', 'la', 'les', "l'"]);

/** Adverbs a cleft puts in focus (« c'est alors que », « c'est ainsi que », « c'est là que »). */
const CLEFT_FOCUS = new Set(['alors', 'ainsi', 'bien', 'là', 'ici', 'tant']);

/** The tokens an object gap's preposition may stand on, from the second after the verb (the match loop scans the same). */
const OBJECT_GAP_WINDOW = 4;

function prepositionNear(wanted: readonly string[], keys: string[][], from: number): boolean {
  for (let j = from; j < from + OBJECT_GAP_WINDOW && j < keys.length; j++) if (hasKey(keys[j]!, wanted)) return true;
  return false;
}

/** Whether token i follows « c'est », « c'était », « ce fut »: the slot of a cleft's focus. */
function afterCestAt(tokens: AnalyzedToken[], i: number): boolean {
  const verb = tokens[i - 1];
  const ce = tokens[i - 2];
  return !!verb && !!ce && verb.lemma === 'être' && (lookupKey(ce.form) === "c'" || lookupKey(ce.form) === 'ce');
}

/** Whether token i closes a negation « ne/n' … »: only the verb, clitics and adverbs stand between. */
function afterNegation(tokens: AnalyzedToken[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const t = tokens[j]!;
    const key = lookupKey(t.form);
    if (key === 'ne' || key === "n'") return true;
    if (t.kind !== 'word' || !(t.upos === 'VERB' || t.upos === 'AUX' || t.upos === 'PRON' || t.upos === 'ADV')) return false;
  }
  return false;
}

/** The working arrays of one attempt (matching is synchronous, so one set serves every call). */
const SCRATCH = { parts: [] as number[], state: { skipped: 0, skippedTokens: [] as number[] } };

/**
 * Empties a scratch array and keeps its storage: `length = 0` frees it, and the next push
 * allocates it again (at every entry tried, most of this module's garbage).
 */
function empty(a: number[]): void {
  while (a.length > 0) a.pop();
}

/** The candidate an attempt found, with the negation its entry fixes; undefined when the text lacks that. */
function found(c: Compiled, tokens: AnalyzedToken[], parts: number[], state: { skipped: number; skippedTokens: number[] }): Candidate | undefined {
  if (literalReading(c.e, tokens, parts) !== undefined) return undefined;
  // The complement en stands for is free, like an object: en is a condition, not a part.
  const en = c.deComplement ? deComplementEn(tokens, parts[0]!, state.skippedTokens) : undefined;
  if (c.deComplement && en === undefined && !queFollows(tokens, parts[parts.length - 1]!) && !dontStandsForDe(tokens, parts)) return undefined;
  // The dative clitic before the verb, read once: the condition of an à-complement variant, and what
  // rules out a later à for an entry ending in a noun and à.
  const finalA = !c.aComplement && c.verbal && nounBeforeFinalA(c);
  const dative = c.aComplement || finalA ? dativeOf(c, tokens, parts[0]!) : undefined;
  if (c.aComplement && dative === undefined) return undefined;
  // « il s'y fit construire une maison »: before an infinitive the verb is causative or a modal, and
  // y the infinitive's place, not the entry's à (se faire à).
  if (c.aComplement && infinitiveAt(tokens, parts[parts.length - 1]! + 1)) return undefined;
  // « un film mal tourné »: after a noun, adverb + participle is an adjective phrase, not the idiom.
  if (c.toutFirst && tokens[parts[0]! - 1]?.upos === 'NOUN') return undefined;
  if (c.toutFirst && (parts[1] !== parts[0]! + 1 || tokens[parts[1]!]!.upos !== 'VERB' || !(PARTICIPLE.test(lookupKey(tokens[parts[1]!]!.form)) || infinitiveAt(tokens, parts[1]!)))) return undefined;
  // « il lui a rendu visite à l'hôpital »: lui/leur is the complement of the noun's à (rendre visite
  // à), so a later à is another one; not so for a verb's own à (« il leur apprend à lire »).
  if (finalA && dative !== undefined && tokens[dative]!.form.toLowerCase() !== 'y') return undefined;
  if (c.e.quantity && !quantityAt(tokens, parts[parts.length - 1]! + 1)) return undefined;
  // « se référant à l'origine de la firme », « remonte à la source du conflit »: right after another
  // verb than être (or se trouver), the à is that verb's and the noun its object, no complex preposition.
  // (So too « à l'origine » = originally, when de follows: « s'intéresse à l'origine de l'univers ».)
  if (CAUSE_PREPOSITIONS.has(c.e.text) && (c.e.upos === 'ADP' || PARTITIVE.has(lookupKey(tokens[parts[parts.length - 1]! + 1]?.form ?? ''))) && objectOfVerbBefore(tokens, parts[0]!)) return undefined;
  // « Plus il parle, plus il convainc »; not « le plus grand et le plus ancien »: each plus opens its clause.
  // « Plus de 300 morts, plus de 20 blessés » is plus de twice (more than), not a correlative.
  if (c.correlative && !(tokens[parts[1]! - 1]?.form === ',' && opensClause(tokens, parts[0]!) && !parts.some((p) => NOT_CORRELATIVE_AFTER.has(lookupKey(tokens[p + 1]?.form ?? ''))))) return undefined;
  if (c.e.infinitive && !infinitiveAfterClitics(tokens, parts[parts.length - 1]! + 1)) return undefined;
  // « à son adresse actuelle » is a place, not à l'adresse de: a possessive's noun with an adjective is literal.
  if (c.possessive && tokens[parts[parts.length - 1]! + 1]?.upos === 'ADJ') return undefined;
  if (c.lostEn && (parts[1] !== parts[0]! + 1 || !infinitiveAt(tokens, parts[1]! + 1))) return undefined;
  if (c.articleless !== undefined && lookupKey(tokens[parts[c.articleless]!]!.form) !== c.members.filter((m) => m.kind === MemberKind.Word)[c.articleless]!.keys[0]) return undefined;
  // « tout en relevant « des retards » » is no relever de: a quotation opens on its own article, so
  // a des after an opening quote mark is not a verbal entry's final de.
  if (c.verbal && c.e.text.endsWith(' de')) {
    const last = parts[parts.length - 1]!;
    if (lookupKey(tokens[last]!.form) === 'des' && OPENING_QUOTE_MARKS.has(tokens[last - 1]?.form ?? '')) return undefined;
  }
  if (c.postposed) {
    const noun = tokens[parts[0]!]!;
    const verb = tokens[parts[1]!]!;
    const form = lookupKey(verb.form);
    if (noun.upos !== 'NOUN' || verb.upos !== 'VERB' || !PARTICIPLE.test(form)) return undefined;
    // « Les autorités n'ont fait aucun commentaire »: a participle after avoir has the noun for its
    // subject, not for its object (faire autorité); after être it is a passive (« les mesures ont été prises »).
    if (auxiliaryBefore(tokens, parts[1]!) === 'avoir' && !relativeBetween(tokens, parts[0]!, parts[1]!)) return undefined;
    // « Cette étape marque le retour »: the noun is the subject of a finite -er verb (marque,
    // publie, continue), which PARTICIPLE's -ue/-ie cannot tell from vendue, finie; an -er verb's
    // participle ends in é.
    if (verb.lemma.endsWith('er') && !/é(?:e|es|s)?$/u.test(form)) return undefined;
  }
  if (c.inverted) {
    const subject = state.skippedTokens.find((j) => INVERTED_IL.has(lookupKey(tokens[j]!.form)));
    if (subject === undefined) return undefined;
    parts.push(subject);
    parts.sort((a, b) => a - b);
  }
  if (c.ne || c.particle) {
    const extra = fixedNegation(c, tokens, parts, state.skippedTokens);
    if (!extra) return undefined;
    parts.push(...extra);
    parts.sort((a, b) => a - b);
  }
  const first = parts[0]!;
  // (The clitic en right before it makes the first word a verb, whatever its tag: « en fait état ».)
  const verbal = isVerbTag(tokens[first]!.upos) || en === first - 1;
  return { c, parts, first, last: parts[parts.length - 1]!, skipped: state.skipped, disagrees: (c.e.upos === 'VERB') === verbal ? 0 : 1 };
}

const OPENING_QUOTE_MARKS = new Set(['«', '“']);

/** The lemma of the auxiliary right before the participle at k, past adverbs and ne (« n'ont pas fait »), or undefined. */
function auxiliaryBefore(tokens: AnalyzedToken[], k: number): string | undefined {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const t = tokens[j]!;
    if (t.upos === 'AUX') return t.lemma;
    if (t.upos !== 'ADV' && !NE.has(lookupKey(t.form))) return undefined;
  }
  return undefined;
}

/** Whether a relative que stands between a noun and its participle (« la décision qu'il a prise »). */
function relativeBetween(tokens: AnalyzedToken[], noun: number, participle: number): boolean {
  for (let j = noun + 1; j < participle; j++) if (RELATIVE_QUE.has(lookupKey(tokens[j]!.form))) return true;
  return false;
}

/** Complex prepositions of a cause, which a copula introduces (être à l'origine de = to be behind). */
const CAUSE_PREPOSITIONS = new Set(["à l'origine de", 'à la base de', 'à la source de', "à l'origine"]);
/** Verbs after which « à l'origine de » keeps its sense (« est à l'origine de », « se trouve à la base de »). */
const CAUSE_VERBS = new Set(['être', 'trouver', 'situer', 'rester', 'demeurer', 'sembler', 'paraître', 'devenir']);

/** Whether the à at `a` follows a verb (perhaps past an adverb) that is no copula: the à is that verb's. */
function objectOfVerbBefore(tokens: AnalyzedToken[], a: number): boolean {
  let k = a - 1;
  if (tokens[k]?.upos === 'ADV') k--;
  const verb = tokens[k];
  return verb?.upos === 'VERB' && !CAUSE_VERBS.has(verb.lemma);
}

/**
 * The clitic en that stands for an entry's de and its complement (« s'en est félicité », « il en a
 * besoin »): among the words skipped after the reflexive, or just before the verb (past ne and the
 * auxiliary); undefined when there is none.
 */
function deComplementEn(tokens: AnalyzedToken[], verbAt: number, skipped: readonly number[]): number | undefined {
  for (const j of skipped) if (isEn(tokens[j]!)) return j;
  for (let j = verbAt - 1; j >= 0 && j >= verbAt - 3; j--) {
    const t = tokens[j]!;
    // « Le rapport en fait état »: en right before the verb is its clitic, whatever tag it was given.
    if (isEn(t) || (j === verbAt - 1 && t.kind === 'word' && lookupKey(t.form) === 'en')) return gerundEn(tokens, j) ? undefined : j;
    if (t.kind !== 'word' || !(t.upos === 'AUX' || NE.has(lookupKey(t.form)))) return undefined;
  }
  return undefined;
}

/**
 * Whether the en at j is a gerund's preposition (« en faisant appel », « en se rendant compte », « en
 * prenant la 6e place » is no « prendre la place de »): right before a present participle, perhaps
 * past a reflexive; not after another en, a reflexive or ne, which make it the clitic (« en en ayant
 * assez », « s'en prenant », « n'en prenant »).
 */
function gerundEn(tokens: AnalyzedToken[], j: number): boolean {
  const next = tokens[j + 1];
  const verb = next && REFLEXIVES.has(lookupKey(next.form)) ? tokens[j + 2] : next;
  if (!verb || verb.upos !== 'VERB' || !lookupKey(verb.form).endsWith('ant')) return false;
  const before = tokens[j - 1];
  const key = before?.kind === 'word' ? lookupKey(before.form) : '';
  return key !== 'en' && !REFLEXIVES.has(key) && !NE.has(key);
}

/** Whether an entry ends in a noun and à after its verb (rendre visite à, faire face à; not apprendre à, se fier à). */
function nounBeforeFinalA(c: Compiled): boolean {
  const n = c.members.length;
  return n >= 3 && c.members[0]!.keys[0] !== REFLEXIVE && c.members[n - 1]!.keys.includes('au') && c.members[n - 2]!.kind === MemberKind.Word && !LIGHT_MEMBERS.has(c.members[n - 2]!.keys[0]!);
}

/**
 * The dative clitic of entry c's match starting at token `at`: for a reflexive entry y right after
 * the reflexive (« il s'y est heurté »), else the clitic before the verb (datives).
 */
function dativeOf(c: Compiled, tokens: AnalyzedToken[], at: number): number | undefined {
  if (c.members[0]!.keys[0] !== REFLEXIVE) return datives(tokens, at);
  const t = tokens[at + 1];
  return t && t.upos === 'PRON' && lookupKey(t.form) === 'y' ? at + 1 : undefined;
}

/**
 * The dative clitic that stands for an entry's à and its complement (« leur rendre hommage », « il
 * lui a rendu visite », « elle y a fait face »): just before the verb, past ne, the auxiliary and
 * the adverbs after it (« il n'y a pas pris part »); undefined when there is none. Not y before the
 * verb avoir itself (« il y a recours » is there is an appeal).
 */
function datives(tokens: AnalyzedToken[], verbAt: number): number | undefined {
  for (let j = verbAt - 1; j >= 0 && j >= verbAt - 4; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return undefined;
    const k = lookupKey(t.form);
    if (t.upos === 'PRON' && (k === 'lui' || k === 'leur' || (k === 'y' && !(j === verbAt - 1 && tokens[verbAt]!.lemma === 'avoir')))) return j;
    if (!(t.upos === 'AUX' || NE.has(k) || t.upos === 'ADV')) return undefined;
  }
  return undefined;
}

function isEn(t: AnalyzedToken): boolean {
  return t.kind === 'word' && t.upos === 'PRON' && lookupKey(t.form) === 'en';
}

/**
 * « l'élégance dont elle a toujours fait preuve », « les pays dont la France fait partie » (news3):
 * the relative dont stands for a verbal entry's de and its complement when it opens the verb's
 * clause: only its subject, auxiliaries, ne and adverbs between (not « Des pays, dont la France, … »,
 * where dont is "including").
 */
function dontStandsForDe(tokens: AnalyzedToken[], parts: readonly number[]): boolean {
  // « dont deux sont loin d'être inconnus »: a de after the entry is its own complement, and this
  // dont is "of whom" for the subject.
  const after = tokens[parts[parts.length - 1]! + 1];
  if (after && DE_FORMS.has(lookupKey(after.form))) return false;
  return dontBefore(tokens, parts[0]!);
}

function dontBefore(tokens: AnalyzedToken[], verbAt: number): boolean {
  for (let j = verbAt - 1; j >= 0 && j >= verbAt - DONT_WINDOW; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (lookupKey(t.form) === 'dont') return true;
    if (!DONT_CLAUSE_TAGS.has(t.upos)) return false;
  }
  return false;
}
const DONT_WINDOW = 6;
const DONT_CLAUSE_TAGS = new Set<Upos>(['PRON', 'AUX', 'ADV', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Whether a que clause follows token j, perhaps after an adverb (« se félicite que », « se félicite aussi qu' »). */
function queFollows(tokens: AnalyzedToken[], j: number): boolean {
  let k = j + 1;
  if (tokens[k]?.upos === 'ADV') k++;
  const t = tokens[k];
  return !!t && t.kind === 'word' && (lookupKey(t.form) === 'que' || lookupKey(t.form) === "qu'");
}

/**
 * Matches members[m..] from token j; `afterWord`: the previous member was a word (skipping is
 * allowed before this one). Backtracks over slot and gap lengths; fills `parts`.
 */
function matchFrom(
  c: Compiled,
  m: number,
  j: number,
  tokens: AnalyzedToken[],
  keys: string[][],
  parts: number[],
  state: { skipped: number; skippedTokens: number[] },
  afterWord: boolean,
): boolean {
  if (m === c.members.length) return true;
  const member = c.members[m]!;
  const skippedBefore = state.skipped;
  const skippedLength = state.skippedTokens.length;
  // Words a match may skip before this member.
  let start = j;
  if (afterWord) {
    const limit = c.verbal ? MAX_SKIPPED_VERBAL : MAX_SKIPPED_OTHER;
    const reflexiveBefore = m > 0 && c.members[m - 1]!.keys[0] === REFLEXIVE;
    // « trouve trace écrite de », « les dispositions administratives et juridiques déjà prises »: in
    // a verbal entry, adjectives after a noun member (joined by et/ou) are the noun's, not a gap.
    const afterNoun = c.verbal && parts.length > 0 && tokens[parts[parts.length - 1]!]!.upos === 'NOUN';
    // « inscrit le 3e but », « a joué un grand rôle »: adjectives before the noun, after the determiner the entry writes.
    const afterDeterminer = c.verbal && parts.length > 0 && tokens[parts[parts.length - 1]!]!.upos === 'DET';
    for (;;) {
      const t = tokens[start];
      if (!t) return false;
      // « s'occupe à ce point des jeunes », « se doter d'ici à 2011 d'un plan »: an adverbial phrase
      // between a verb and its preposition, skipped even when it opens on the entry's final word.
      const phrase = c.verbal && m > 0 ? ADVERBIAL_ENDS[start]! - start : 0;
      // (« a pris l'an dernier la tête de »: a phrase opening on a word the member takes is skipped
      // too when the member also stands right after it.)
      if (phrase > 1 && start - j + phrase <= limit + 3 && (finalPreposition(c, m) || !(member.kind === MemberKind.Word && fits(c, member, tokens, keys, start)) || (member.kind === MemberKind.Word && !!tokens[start + phrase] && fits(c, member, tokens, keys, start + phrase)))) {
        for (let k = 0; k < phrase; k++) state.skippedTokens.push(start + k);
        start += phrase;
        continue;
      }
      if (member.kind === MemberKind.Word && fits(c, member, tokens, keys, start) && !(t.upos === 'AUX' && nextHas(keys, start, member.keys))) break;
      // « a rendu un dernier hommage au », « rendu un vibrant hommage »: a determiner and adjectives
      // before the bare noun right after a verbal entry's verb (rendre hommage à).
      const modified = start - j < limit && t.upos === 'DET' && (keys[start]![0] === 'un' || keys[start]![0] === 'une') && bareNounAfterVerb(c, m) ? modifiedNounLength(c, member, tokens, keys, start) : 0;
      if (modified > 0) {
        for (let k = 0; k < modified; k++) state.skippedTokens.push(start + k);
        start += modified;
        continue;
      }
      // « à cause, précisément, de »: an adverb between commas.
      const aside = adverbAside(tokens, start);
      if (aside > 0 && start - j + aside <= limit + 3) {
        for (let k = 0; k < aside; k++) state.skippedTokens.push(start + k);
        start += aside;
        continue;
      }
      // « ont assisté impuissants à », « a renoncé, épuisée, à »: an adjective agreeing with the
      // subject, right after the verb and before the entry's final à or de.
      const predicative = c.verbal && start === j && finalPreposition(c, m) ? predicativeLength(tokens, keys, parts, start) : 0;
      if (predicative > 0) {
        for (let k = 0; k < predicative; k++) state.skippedTokens.push(start + k);
        start += predicative;
        continue;
      }
      // « la décision qu'il a prise »: the noun first, then a relative clause's que and subject.
      const relative = c.postposed && m === 1 && (start === j ? RELATIVE_QUE.has(lookupKey(t.form)) : start === j + 1 && t.upos === 'PRON' && RELATIVE_QUE.has(lookupKey(tokens[j]!.form)));
      // « prendre la première place provisoire du championnat » is a rank, no « prendre la place de »:
      // an ordinal before a noun of rank is never skipped as an adjective.
      const rank = afterDeterminer && member.kind === MemberKind.Word && member.keys.some((k) => RANK_NOUNS.has(k)) && keys[start]!.some((k) => ORDINAL.test(k));
      const adjective = relative || (afterDeterminer && !rank && (t.upos === 'ADJ' || (t.upos === 'ADV' && tokens[start + 1]?.upos === 'ADJ') || (t.upos === 'CCONJ' && tokens[start - 1]?.upos === 'ADJ' && tokens[start + 1]?.upos === 'ADJ'))) || afterNoun && (t.upos === 'ADJ' || (t.upos === 'VERB' && PARTICIPLE.test(lookupKey(t.form))) || (t.upos === 'CCONJ' && tokens[start - 1]?.upos === 'ADJ' && tokens[start + 1]?.upos === 'ADJ'));
      // « Il peut s'agir de », « il doit y avoir »: a modal verb after an impersonal entry's il.
      const modal = (m === 1 && c.members[0]!.keys[0] === 'il' && isModal(t)) || (c.verbal && isTimeWord(keys, start));
      // « ils tiennent tous deux un rôle »: a floating tous/toutes (and its number) after a verb.
      const floating = c.verbal && m > 0 && (FLOATING.has(lookupKey(t.form)) || (t.upos === 'NUM' && start > j && FLOATING.has(lookupKey(tokens[start - 1]!.form))));
      // « mis rapidement et efficacement en œuvre »: et/ou between two adverbs.
      const coordinated = c.verbal && t.upos === 'CCONJ' && tokens[start - 1]?.upos === 'ADV' && coordinatesPair(tokens, start);
      // « à proximité immédiate du », « compte tenu également du », « au même titre peut-être que »:
      // one adjective or focus adverb inside a fixed preposition or conjunction, before its last word.
      const inserted = c.frozen && start === j && insideFixedPhrase(c, m, t, keys[start]!, tokens[j - 1]!);
      // « l'oreille coupée lors d'un choc »: an adverb whose locution takes the de after it keeps that de (tuning s10f, 122).
      const locution = t.upos === 'ADV' && LOCUTION_BEFORE_DE.has(lookupKey(t.form)) && DE_FORMS.has(lookupKey(tokens[start + 1]?.form ?? ''));
      if (locution || start - j >= limit || !(adjective || modal || floating || inserted || coordinated || skippable(t, c.verbal, reflexiveBefore))) {
        if (member.kind === MemberKind.Word) return false;
        break;
      }
      state.skippedTokens.push(start);
      start++;
    }
    // « Il a été à l'œil de tous » is no avoir à l'œil: an auxiliary skipped between members is the
    // tense of the verb after it, so that member must be a participle (« s'est rendu », « il a été
    // question de »); before anything else, the auxiliary is the clause's own verb.
    if (member.kind === MemberKind.Word && start > j && !participleAt(tokens, keys, start) && auxiliaryAmong(tokens, state.skippedTokens, skippedLength)) {
      state.skippedTokens.length = skippedLength;
      return false;
    }
    state.skipped += start - j;
  }
  if (matchMember(c, member, m, start, tokens, keys, parts, state)) return true;
  state.skipped = skippedBefore;
  state.skippedTokens.length = skippedLength;
  return false;
}

/** Verbs whose adjective after them is their attribute, which governs the à or de after it (« est resté fidèle à »). */
const COPULAS = new Set(['être', 'rester', 'devenir', 'demeurer', 'sembler', 'paraître', 'juger', 'trouver', 'rendre', 'estimer', 'croire', 'dire', 'montrer', 'déclarer', 'avérer', 'révéler']);

/**
 * The length of an adjective at j (or one between commas) that agrees with the subject as a
 * secondary predicate of the verb just before it (« ont assisté impuissants à »): its form shows
 * the agreement (feminine or plural, not the lemma: « jugé utile de » is the adjective's de), and
 * the verb is no copula, whose adjective would govern the preposition. 0 when there is none.
 */
function predicativeLength(tokens: AnalyzedToken[], keys: string[][], parts: readonly number[], j: number): number {
  const before = tokens[j - 1];
  if (parts[parts.length - 1] !== j - 1 || !before) return 0;
  const verb = tokens[parts[0]!]!.upos === 'VERB' ? tokens[parts[0]!]! : before;
  if (verb.upos !== 'VERB' || COPULAS.has(verb.lemma)) return 0;
  const comma = tokens[j]!.form === ',';
  // After the entry's noun (« a pris part, épuisée, aux »), only between commas: right after it, an
  // adjective is the noun's (« une part active »).
  if (before.upos !== 'VERB' && !comma) return 0;
  const adjective = tokens[comma ? j + 1 : j];
  // (Between commas, a participle too: « a renoncé, épuisée, à ».)
  const key = keys[comma ? j + 1 : j]?.[0] ?? '';
  if (!(adjective?.upos === 'ADJ' || (comma && adjective?.upos === 'VERB' && PARTICIPLE.test(key))) || key === lookupKey(adjective.lemma)) return 0;
  if (!comma) return 1;
  return tokens[j + 2]?.form === ',' ? 3 : 0;
}

/** Whether member m is the bare noun right after a verbal entry's verb (hommage in rendre hommage à, part in prendre part à). */
function bareNounAfterVerb(c: Compiled, m: number): boolean {
  if (!c.verbal) return false;
  const verb = c.members[0]!.keys[0] === REFLEXIVE ? 1 : 0;
  const member = c.members[m]!;
  return m === verb + 1 && member.kind === MemberKind.Word && c.members[verb]!.kind === MemberKind.Word && !LIGHT_MEMBERS.has(member.keys[0]!) && !ARTICLES.has(member.keys[0]!) && !QUANTITY_NOUNS.has(member.keys[0]!);
}
/** Nouns that a determiner and an adjective make a quantity (« fait une grande partie de sa carrière » is no faire partie de). */
const QUANTITY_NOUNS = new Set(['partie', 'nombre', 'moitié', 'majorité', 'reste', 'ensemble', 'totalité', 'quantité', 'part']);

/** The length of un/une and one or two adjectives at j before a token member fits (« un dernier », « un vibrant »), else 0. */
function modifiedNounLength(c: Compiled, member: Member, tokens: AnalyzedToken[], keys: string[][], j: number): number {
  let k = j + 1;
  while (k < j + 3 && tokens[k]?.upos === 'ADJ') k++;
  return k > j + 1 && !!tokens[k] && fits(c, member, tokens, keys, k) ? k - j : 0;
}

/** Whether token j is a verb in a participle's form (rendu, été, prises). */
function participleAt(tokens: AnalyzedToken[], keys: string[][], j: number): boolean {
  const t = tokens[j]!;
  return (t.upos === 'VERB' || t.upos === 'AUX') && PARTICIPLE.test(keys[j]![0]!);
}

/** Whether an auxiliary is among the skipped tokens from index `from` on. */
function auxiliaryAmong(tokens: AnalyzedToken[], skipped: readonly number[], from: number): boolean {
  for (let k = from; k < skipped.length; k++) if (tokens[skipped[k]!]!.upos === 'AUX') return true;
  return false;
}

/** Matches member m at token `start` (after any skipped words), then the rest. */
function matchMember(
  c: Compiled,
  member: Member,
  m: number,
  start: number,
  tokens: AnalyzedToken[],
  keys: string[][],
  parts: number[],
  state: { skipped: number; skippedTokens: number[] },
): boolean {
  switch (member.kind) {
    case MemberKind.Word: {
      // Reached only when the token at `start` matches (or no skipping was allowed).
      if (!tokens[start] || !fits(c, member, tokens, keys, start)) return false;
      parts.push(start);
      if (matchFrom(c, m + 1, start + 1, tokens, keys, parts, state, true)) return true;
      parts.pop();
      return false;
    }
    case MemberKind.Det: {
      for (const n of determinerLengths(tokens, keys, start)) {
        if (matchFrom(c, m + 1, start + n, tokens, keys, parts, state, false)) return true;
      }
      return false;
    }
    case MemberKind.Adj: {
      for (const n of adjectiveLengths(tokens, start)) {
        if (matchFrom(c, m + 1, start + n, tokens, keys, parts, state, false)) return true;
      }
      return false;
    }
    case MemberKind.Gap: {
      // The shortest gap first: « appeler les pays à », not a later « à ». A passive participle has
      // no object left to fill the gap: in « accusée de corruption et d'abus », the de right after
      // it is its complement, and a later de (across « de corruption et ») is no match at all.
      const after = c.members[m + 1];
      if (!member.object && m === 1 && after?.kind === MemberKind.Word && tokens[start] && fits(c, after, tokens, keys, start) && passiveParticiple(tokens, start - 1)) return false;
      // « appelle tous ceux qui continuent à … à changer »: an object with its relative clause may run
      // past MAX_GAP, up to an entry's final preposition before an infinitive.
      // « appelle donc dans son communiqué à une solution » is appeler à (to call for): a verb's gap
      // before the entry's final preposition is where its object stands (appeler les parties à),
      // unless a clitic, a relative or a passive subject before the verb is that object (review 15, 27).
      const objectBeforeFinal = !member.object && c.verbal && m === 1 && m + 2 === c.members.length && isPreposition(c.members[m + 1]!) && !objectBeforeVerb(tokens, parts[0]!);
      const longest = c.correlative ? MAX_CLAUSE_GAP : !member.object && m + 2 === c.members.length && finalPreposition(c, m + 1) && relativeOpensGap(tokens, start) ? MAX_RELATIVE_GAP : MAX_GAP;
      for (let n = 1; n <= longest; n++) {
        const t = tokens[start + n - 1];
        if (!t || (t.kind === 'punct' && !QUOTES.has(t.form) && t.form !== ',')) break;
        if (member.object && (t.kind !== 'word' || !OBJECT_TAGS.has(t.upos) || n > 4)) break;
        // « J'appelle tous ceux qui continuent à » is no appeler … à: a preposition right after a
        // finite verb or an infinitive in the gap is that verb's own (a participle may be the object's adjective).
        if (!member.object && (t.upos === 'VERB' || t.upos === 'AUX') && !GAP_PARTICIPLE.test(lookupKey(t.form))) continue;
        if (n > MAX_GAP && !c.correlative && !infinitiveAt(tokens, start + n + 1)) continue;
        if (objectBeforeFinal && !gapHoldsObject(tokens, start, start + n)) continue;
        if (matchFrom(c, m + 1, start + n, tokens, keys, parts, state, false)) return true;
      }
      return false;
    }
  }
}

/** Prepositions a verbal entry may end on after its object's gap (appeler … à, inciter … à, dissuader … de). */
const GAP_FINAL_PREPOSITIONS = new Set(['à', 'au', 'aux', 'de', "d'", 'du', 'des']);

function isPreposition(member: Member): boolean {
  return member.kind === MemberKind.Word && member.keys.some((k) => GAP_FINAL_PREPOSITIONS.has(k));
}

/** Direct object clitics, and a relative que, that take a verb's object before it (« il les appelle », « ceux qu'il appelle »). */
const OBJECT_BEFORE_VERB = new Set(['le', 'la', 'les', "l'", 'me', "m'", 'te', "t'", 'nous', 'vous', 'se', "s'", 'que', "qu'"]);

/**
 * Whether the verb at verbAt has its object before it: a clitic or relative que (over ne, auxiliaries
 * and a subject pronoun), or the subject of a passive participle (« les pays sont appelés à »).
 */
function objectBeforeVerb(tokens: AnalyzedToken[], verbAt: number): boolean {
  if (passiveParticiple(tokens, verbAt)) return true;
  for (let k = verbAt - 1; k >= 0 && k >= verbAt - 4; k--) {
    const t = tokens[k]!;
    const key = lookupKey(t.form);
    if (OBJECT_BEFORE_VERB.has(key)) return true;
    if (t.kind !== 'word' || !(NE.has(key) || t.upos === 'AUX' || t.upos === 'ADV' || (t.upos === 'PRON' && SUBJECT_PERSON.has(key)))) return false;
  }
  return false;
}

/**
 * Whether the gap [from, to) holds a noun phrase or pronoun outside a prepositional phrase: the verb's
 * object (« les pays », « , dans un texte, les pays »), not only an aside (« donc dans son communiqué »).
 */
function gapHoldsObject(tokens: AnalyzedToken[], from: number, to: number): boolean {
  let inPhrase = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.upos === 'ADP') inPhrase = true;
    // (A determiner after the phrase's noun opens another noun phrase: « dans son livre le gouvernement ».)
    else if (t.form === ',' || (t.upos === 'DET' && (tokens[k - 1]!.upos === 'NOUN' || tokens[k - 1]!.upos === 'PROPN'))) inPhrase = false;
    else if (!inPhrase && (t.upos === 'DET' || t.upos === 'NOUN' || t.upos === 'PROPN' || t.upos === 'PRON' || t.upos === 'NUM')) return true;
  }
  return false;
}

/** The longest gap holding an object and its relative clause (« tous ceux qui continuent à vouloir évoquer … »). */
const MAX_RELATIVE_GAP = 24;
const RELATIVE_PRONOUNS = new Set(['qui', 'que', "qu'", 'dont']);

/** Whether a gap opening at j is a noun or pronoun and its relative clause: a relative pronoun among its first four words, right after a noun or pronoun (« tous ceux qui », « les pays qui »). */
function relativeOpensGap(tokens: AnalyzedToken[], j: number): boolean {
  for (let k = j + 1; k < j + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    const before = tokens[k - 1]!.upos;
    if (t.upos === 'PRON' && RELATIVE_PRONOUNS.has(lookupKey(t.form))) return before === 'NOUN' || before === 'PRON' || before === 'PROPN';
  }
  return false;
}

/** Whether token j opens a clause: the text's first word, or after punctuation or a coordinating conjunction. */
function opensClause(tokens: AnalyzedToken[], j: number): boolean {
  const t = tokens[j - 1];
  return !t || t.kind === 'punct' || t.upos === 'CCONJ';
}

/** Object clitics an infinitive may carry before it (« a à le faire », « n'a pas à s'en excuser »). */
const INFINITIVE_CLITICS = new Set(['le', 'la', "l'", 'les', 'lui', 'leur', 'en', 'y', 'se', "s'", 'me', "m'", 'te', "t'", 'nous', 'vous']);

/** Whether an infinitive starts at token j, perhaps after up to two object clitics (an `(inf)` entry's condition). */
function infinitiveAfterClitics(tokens: AnalyzedToken[], j: number): boolean {
  for (let k = j; k < j + 3; k++) {
    if (infinitiveAt(tokens, k)) return true;
    const t = tokens[k];
    if (!t || !INFINITIVE_CLITICS.has(lookupKey(t.form))) return false;
  }
  return false;
}

/** Whether token j is an infinitive (« à changer », « de partir »). */
function infinitiveAt(tokens: AnalyzedToken[], j: number): boolean {
  const t = tokens[j];
  return !!t && t.upos === 'VERB' && INFINITIVE.test(lookupKey(t.form));
}

/** A past participle's ending, not a finite verb's (« concernés », « réunis », « mis »; not « continuent »). */
const GAP_PARTICIPLE = /(?:[éiu]|is|us)(?:e|es|s)?$/;

/**
 * Whether token j is a past participle read as a passive or an adjective (« accusée de », « a été
 * invité à »): a verb with a participle's ending, with no auxiliary avoir just before it.
 */
function passiveParticiple(tokens: AnalyzedToken[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.upos !== 'VERB' || !PARTICIPLE.test(lookupKey(t.form))) return false;
  for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
    const before = tokens[k]!;
    if (before.upos === 'AUX') return before.lemma !== 'avoir';
    if (before.kind !== 'word' || !(before.upos === 'ADV' || before.upos === 'PRON')) return true;
  }
  return true;
}

/**
 * Token j fits a word member: by any of its keys, or for a fixed phrase by its form (keys[j][0]),
 * or its lemma when a capital may hide an accent (A cause de).
 */
function fits(c: Compiled, member: Member, tokens: AnalyzedToken[], keys: string[][], j: number): boolean {
  const have = keys[j]!;
  if (member.keys[0] === REFLEXIVE && !reflexiveAt(tokens, keys, j)) return false;
  if (opensName(c, tokens, j) || namesInside(c, member, tokens, j)) return false;
  if (!c.frozen) return hasKey(have, member.keys);
  if (member.keys.includes(have[0]!)) return true;
  const t = tokens[j]!;
  if (t.form[0] !== t.form[0]!.toLowerCase() && hasKey(have, member.keys)) return true;
  // « En conséquences, »: a fixed adverbial's noun written in the plural, the phrase set apart by
  // punctuation (not « accusé de faits de corruption », which is no de fait).
  if (!(t.upos === 'NOUN' && c.e.upos === 'ADV' && /[sx]$/.test(have[0]!) && hasKey(have, member.keys))) return false;
  return setApart(c, member, tokens, j) || longPhraseEnd(c, member);
}

/**
 * « menées à quelques minutes d'intervalles »: the noun ending a fixed adverbial of four words or
 * more, after its de, also in the plural that text often gives it: the words before it make the
 * phrase (two words, « de faits », are too few to tell from « de fait »).
 */
function longPhraseEnd(c: Compiled, member: Member): boolean {
  const n = c.members.length;
  if (member !== c.members[n - 1] || c.wordCount < 4 || c.slotCount > 0) return false;
  const before = c.members[n - 2];
  return before !== undefined && before.kind === MemberKind.Word && before.keys.some((k) => k === 'de' || k === "d'");
}

/**
 * « élue chef de Projet Montréal »: a word capitalised inside the sentence before another capitalised
 * word opens a name (the party Projet Montréal), so an entry written all in lower case (chef de projet)
 * does not take it (tuning s10b, 60). Entries that write a capital (chef de l'État) are left alone.
 */
function opensName(c: Compiled, tokens: AnalyzedToken[], j: number): boolean {
  const t = tokens[j]!;
  const first = t.form[0]!;
  if (j === 0 || first === first.toLowerCase()) return false;
  const prev = tokens[j - 1]!;
  if (prev.kind === 'punct' && /^[.!?:;«“"(—–-]$/u.test(prev.form)) return false;
  const next = tokens[j + 1];
  if (!next || next.kind === 'punct' || !/^\p{Lu}/u.test(next.form)) return false;
  return !/\p{Lu}/u.test(c.e.text);
}

/**
 * « permettent au Centre de prévision de météo spatiale de »: a noun capitalised inside the sentence
 * opens a name (an agency), so an entry written all in lower case (au centre de) does not take it as a
 * member inside the entry, words of it before and after the name's first word (review 15, 35). Its first
 * member may be capitalised (« le Conseil des ministres » is the conseil des ministres), and so may its
 * last (« faire la Une »); a word after sentence punctuation or an opening quote, a word in capitals,
 * and a title's capitals (the word before it capitalised too) are no name's start.
 */
function namesInside(c: Compiled, member: Member, tokens: AnalyzedToken[], j: number): boolean {
  if (member === c.members[0] || member === c.members[c.members.length - 1]) return false;
  const t = tokens[j]!;
  if (j === 0 || (t.upos !== 'NOUN' && t.upos !== 'PROPN') || !/^\p{Lu}\p{Ll}/u.test(t.form)) return false;
  const prev = tokens[j - 1]!;
  if (prev.kind === 'punct' && /^[.!?:;«“"(—–-]$/u.test(prev.form)) return false;
  if (/^\p{Lu}/u.test(prev.form)) return false;
  return !/\p{Lu}/u.test(c.e.text);
}

/** Whether the phrase whose last member is `member`, at token j, stands between punctuation or the sentence's edges. */
function setApart(c: Compiled, member: Member, tokens: AnalyzedToken[], j: number): boolean {
  if (member !== c.members[c.members.length - 1]) return false;
  const next = tokens[j + 1];
  if (next && next.kind !== 'punct') return false;
  const start = j - (c.members.length - 1);
  const before = tokens[start - 1];
  return !before || before.kind === 'punct';
}

/**
 * The pronoun at j can be a reflexive: its person is its subject's (« Je vous installe » is not
 * s'installer, « il me rend visite » not se rendre, « je vais me rendre » is), nous/vous not in a
 * subject's place (« Nous avons passé » is not se passer, « nous nous sommes rendus » is), and no
 * reflexive before the auxiliary avoir.
 */
function reflexiveAt(tokens: AnalyzedToken[], keys: string[][], j: number): boolean {
  const next = tokens[j + 1];
  if (next && next.upos === 'AUX' && next.lemma === 'avoir') return false;
  const form = keys[j]![0]!;
  const person = REFLEXIVE_PERSON.get(form);
  // The subject: back past ne, adverbs, other clitics and the verbs an infinitive hangs on (va, veut),
  // and past the « de »/« à » that introduces an infinitive with the adjective it hangs on (« Nous sommes
  // tristes de vous annoncer »: vous is annoncer's object, not a reflexive; « je suis prêt à me battre » is).
  const infinitive = j > 0 && tokens[j - 1]!.upos === 'ADP' && INFINITIVE_PREPOSITIONS.has(keys[j - 1]![0] ?? '');
  for (let k = j - 1; k >= 0 && k >= j - (infinitive ? 7 : 5); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    const key = keys[k]![0] ?? '';
    const subject = SUBJECT_PERSON.get(key);
    if (subject !== undefined && t.upos === 'PRON') return subject === person;
    if (infinitive && (k === j - 1 || t.upos === 'ADJ')) continue;
    if (!(NE.has(key) || t.upos === 'ADV' || t.upos === 'AUX' || t.upos === 'VERB' || (t.upos === 'PRON' && OBJECT_CLITICS.has(key)))) {
      // A noun or pronoun subject is a third person: « le ministre me rend visite », « Personne ne
      // savait me dire » (tell me, not se dire), « Cela me semble »; not an object clitic of the
      // reflexive's person, which is the infinitive's subject (« il m'a dit de me taire »).
      const pronounSubject = t.upos === 'PRON' && !REFLEXIVE_PERSON.has(key);
      if ((t.upos === 'NOUN' || t.upos === 'PROPN' || pronounSubject) && person !== 3) return false;
      break;
    }
  }
  // No subject pronoun found: a verb form of the third person says a me/te/nous/vous is its object
  // (« ma profession, du fait de…, m'astreint à » is no s'astreindre: tuning s11b); no first or second
  // person form ends in -t, nor in -a but for -ai.
  if (person !== 3 && thirdPersonVerbAfter(tokens, keys, j)) return false;
  if (form !== 'nous' && form !== 'vous') return true;
  const before = tokens[j - 1];
  if (!before || before.kind !== 'word') return false;
  return !(before.upos === 'CCONJ' || before.upos === 'SCONJ' || SUBJECT_OPENERS.has(lookupKey(before.form)));
}

/** Whether the verb after the clitic at j (past y, en) is a finite form of the third person: « m'astreint », « m'en donna ». */
function thirdPersonVerbAfter(tokens: AnalyzedToken[], keys: string[][], j: number): boolean {
  let k = j + 1;
  while (k < tokens.length && tokens[k]!.upos === 'PRON' && (keys[k]![0] === 'y' || keys[k]![0] === 'en')) k++;
  const verb = tokens[k];
  if (!verb || verb.kind !== 'word' || (verb.upos !== 'VERB' && verb.upos !== 'AUX')) return false;
  return /(?:t|(?<!i)a)$/u.test(verb.form.toLowerCase());
}

/** The prepositions that introduce an infinitive (« tristes de vous annoncer », « prêt à se battre »). */
const INFINITIVE_PREPOSITIONS = new Set(['de', "d'", 'à']);
/** The person of a reflexive pronoun and of a subject pronoun (ce, c' and cela are third persons). */
const REFLEXIVE_PERSON = new Map([['se', 3], ["s'", 3], ['me', 1], ["m'", 1], ['te', 2], ["t'", 2], ['nous', 4], ['vous', 5]]);
const SUBJECT_PERSON = new Map([['je', 1], ["j'", 1], ['tu', 2], ['il', 3], ['elle', 3], ['on', 3], ['ils', 3], ['elles', 3], ['nous', 4], ['vous', 5]]);
/** Object clitics that stand between a subject and a reflexive's verb (« il le lui », « on y »). */
const OBJECT_CLITICS = new Set(['le', 'la', 'les', "l'", 'lui', 'leur', 'y', 'en']);

/** Words after which nous/vous is a subject (« que nous avons », « où vous passez »). */
const SUBJECT_OPENERS = new Set(['que', "qu'", 'qui', 'où', 'dont', 'si', 'quand', 'lorsque', "lorsqu'", 'comme']);

function nextHas(keys: string[][], j: number, wanted: readonly string[]): boolean {
  const next = keys[j + 1];
  return next !== undefined && hasKey(next, wanted);
}

function hasKey(have: readonly string[], wanted: readonly string[]): boolean {
  for (const k of have) if (wanted.includes(k)) return true;
  return false;
}

/** Length of `, ADV ,`, `, ADV ADV ,`, `, ADP ,` or a found adverbial phrase between commas (`, de facto ,`, `, quant à elle ,`) at token j, else 0. */
function adverbAside(tokens: AnalyzedToken[], j: number): number {
  if (tokens[j]?.form !== ',') return 0;
  // « ne s'étaient pas, de facto, opposées à », « est qualifiée, quant à elle, de »
  const phraseEnd = j + 1 < ADVERBIAL_ENDS.length ? ADVERBIAL_ENDS[j + 1]! : 0;
  if (phraseEnd > j + 2 && tokens[phraseEnd]?.form === ',') return phraseEnd - j + 1;
  // « ont pris part, eux aussi, au sommet »: a stressed pronoun, perhaps with aussi or même.
  const pronoun = tokens[j + 1];
  if (pronoun?.upos === 'PRON' && STRESSED_PRONOUNS.has(lookupKey(pronoun.form))) {
    const end = tokens[j + 2]?.upos === 'ADV' ? j + 3 : j + 2;
    if (tokens[end]?.form === ',') return end - j + 1;
  }
  // « ont pris part, samedi, au rassemblement »: a day, perhaps with its part, between commas.
  if (DAYS.has(lookupKey(tokens[j + 1]?.form ?? ''))) {
    const end = DAY_PARTS.has(lookupKey(tokens[j + 2]?.form ?? '')) ? j + 3 : j + 2;
    if (tokens[end]?.form === ',') return end - j + 1;
  }
  // « il s'agit, depuis, d'un hôtel »: a preposition alone between commas is an adverb.
  if (tokens[j + 1]?.upos === 'ADP' && tokens[j + 2]?.form === ',') return 3;
  let k = j + 1;
  while (k < j + 3 && tokens[k]?.upos === 'ADV') k++;
  return k > j + 1 && tokens[k]?.form === ',' ? k - j + 1 : 0;
}

/** Whether member m is the entry's final de or à (se doter de, appeler à). */
function finalPreposition(c: Compiled, m: number): boolean {
  if (m !== c.members.length - 1) return false;
  const keys = c.members[m]!.keys;
  return keys.includes('du') || keys.includes('au');
}

/** A day of the week, or its part after it (« mardi soir »). */
function isTimeWord(keys: string[][], j: number): boolean {
  const k = keys[j]![0];
  if (k === undefined) return false;
  return DAYS.has(k) || (DAY_PARTS.has(k) && j > 0 && DAYS.has(keys[j - 1]![0] ?? ''));
}

/** The verbs an impersonal il keeps before the entry's infinitive (« il peut s'agir », « il semble y avoir »). */
const MODALS = new Set(['pouvoir', 'devoir', 'aller', 'sembler', 'paraître']);

function isModal(t: AnalyzedToken): boolean {
  return t.kind === 'word' && (t.upos === 'VERB' || t.upos === 'AUX') && MODALS.has(t.lemma);
}

/** A word a match skips between two members. */
function skippable(t: AnalyzedToken, verbal: boolean, afterReflexive: boolean): boolean {
  if (t.kind === 'punct') return QUOTES.has(t.form);
  if (t.kind !== 'word') return false;
  if (t.upos === 'AUX') return true;
  if (!verbal) return false;
  const k = lookupKey(t.form);
  // « ne sait pas comment s'y prendre »: an interrogative adverb opens an indirect question, whose
  // verb is not the entry's (not savoir s'y prendre).
  if (t.upos === 'ADV') return !INTERROGATIVES.has(k);
  if (NE.has(k) || NEGATIVE_PARTICLES.has(k) || INVERTED_IL.has(k)) return true;
  // « s'y est rendu », « se l'approprie », « se les partagent »: y, en or an object clitic after the reflexive.
  return afterReflexive && (k === 'y' || k === 'en' || (t.upos === 'PRON' && OBJECT_AFTER_REFLEXIVE.has(k)));
}
const INTERROGATIVES = new Set(['comment', 'pourquoi', 'combien', 'quand', 'où']);
const OBJECT_AFTER_REFLEXIVE = new Set(['le', 'la', "l'", 'les']);
/** A floating quantifier after the verb: « ils ont tous pris part », « tiennent tous deux un rôle ». */
const FLOATING = new Set(['tous', 'toutes']);
/** Adjectives of degree a complex preposition's noun takes (« à proximité immédiate de », « à l'exception notable de », « au détriment direct de »). */
const DEGREE_ADJECTIVES = new Set(['immédiat', 'direct', 'exclusif', 'exprès', 'notable', 'conjoint', 'commun', 'unanime', 'explicite', 'personnel', 'principal', 'total', 'seul']);
/** Focus adverbs a fixed preposition or conjunction takes before its last word (« au moment même de », « compte tenu également du »). */
const FOCUS_ADVERBS = new Set(['même', 'notamment', 'également', 'aussi', 'surtout', 'peut-être', 'précisément', 'justement', 'essentiellement', 'principalement', 'seulement', 'uniquement', 'directement', 'immédiatement']);

/**
 * Whether token t, right after member m - 1 (the token `before`), is a word a fixed phrase takes
 * before its last member: a focus adverb before a final de, à or que after a noun or participle
 * (« au même titre peut-être que », « compte tenu également du », « au moment même de »), or an
 * adjective of degree between a preposition's noun and its final de (« à proximité immédiate du »).
 */
function insideFixedPhrase(c: Compiled, m: number, t: AnalyzedToken, tKeys: readonly string[], before: AnalyzedToken): boolean {
  if (m !== c.members.length - 1 || m < 2 || t.kind !== 'word') return false;
  const last = c.members[m]!.keys;
  const de = last.includes('du');
  if (!de && !last.includes('que')) return false;
  if (before.upos !== 'NOUN' && !(before.upos === 'VERB' && PARTICIPLE.test(lookupKey(before.form)))) return false;
  if (FOCUS_ADVERBS.has(lookupKey(t.form))) return true;
  // Only an adjective of degree: « à l'échelle industrielle des gisements » is on an industrial
  // scale, no à l'échelle de; nor before à (« de manière récurrente à » is no de manière à).
  // A noun of help or backing takes any adjective: « avec l'aide efficace de », « avec le soutien
  // financier de », « avec l'appui militaire de » are still with the help, the backing of.
  if (!de || c.e.upos !== 'ADP' || before.upos !== 'NOUN') return false;
  if (t.upos === 'ADJ' && BACKING_NOUNS.has(lookupKey(before.lemma))) return true;
  // « à l'initiative conjointe de », tagged a noun (une conjointe) or a participle: the word's
  // adjective reading (among its keys) counts when it agrees with the noun.
  return (t.upos === 'ADJ' || t.upos === 'NOUN' || t.upos === 'VERB') && tKeys.some((k) => DEGREE_ADJECTIVES.has(k)) && agreesWith(before, lookupKey(t.form));
}
/** Whether an adjective's form can agree with a noun in gender: « initiative conjointe », not « initiative conjoint ». */
function agreesWith(noun: AnalyzedToken, adjective: string): boolean {
  if (noun.gender === 'f') return /es?$/u.test(adjective);
  if (noun.gender === 'm') return !/(?:ée|ive|elle|ente|ante|ointe|une|esse)s?$/u.test(adjective);
  return true;
}
const BACKING_NOUNS = new Set(['aide', 'soutien', 'appui', 'concours', 'assistance', 'collaboration', 'participation', 'accord', 'aval', 'bénédiction', 'complicité', 'coopération', 'protection', 'parrainage']);

/** Lengths (longest first, then none) a `(det)` slot can take at token j: le, une, sa, de l', du, d'. */
function determinerLengths(tokens: AnalyzedToken[], keys: string[][], j: number): readonly number[] {
  const t = tokens[j];
  // « a fait dix morts », « fit plus de 400 morts », « a fait des dizaines de victimes »: a count
  // stands where the entry's determiner may (faire (det) mort).
  const count = countLength(tokens, j);
  if (count > 0) return [count, 0];
  if (!t || t.kind !== 'word') return NO_DETERMINER;
  const k = lookupKey(t.form);
  if (PARTITIVE.has(k)) {
    const next = tokens[j + 1];
    return next && next.kind === 'word' && next.upos === 'DET' ? TWO_DETERMINERS : ONE_DETERMINER;
  }
  return t.upos === 'DET' || keys[j]!.includes(POSSESSIVE) ? ONE_DETERMINER : NO_DETERMINER;
}
/** Words before a count's number: plus de, près de, environ, au moins, des (dizaines de). */
const BEFORE_COUNT = new Set(['plus', 'moins', 'près', 'environ', 'presque', 'quelque', 'de', "d'", 'au', 'des', 'pas', 'loin', 'bien']);
/** Nouns that count (des dizaines de morts). */
const COUNTING_NOUNS = new Set(['dizaine', 'douzaine', 'quinzaine', 'vingtaine', 'trentaine', 'quarantaine', 'cinquantaine', 'soixantaine', 'centaine', 'millier', 'million', 'milliard']);

/** The length of a count at token j (« dix », « plus de 400 », « des dizaines (de milliers) de », « 1 200 »), or 0. */
function countLength(tokens: AnalyzedToken[], j: number): number {
  let k = j;
  while (k < j + 3 && tokens[k]?.kind === 'word' && BEFORE_COUNT.has(lookupKey(tokens[k]!.form))) k++;
  const t = tokens[k];
  if (!t) return 0;
  if (t.upos === 'NUM' || t.kind === 'number') {
    while (tokens[k + 1]?.upos === 'NUM' || tokens[k + 1]?.kind === 'number') k++;
    return k + 1 - j;
  }
  // « des dizaines de milliers de »: a counting noun may count another.
  let counted = 0;
  while (tokens[k]?.upos === 'NOUN' && COUNTING_NOUNS.has(tokens[k]!.lemma) && PARTITIVE.has(lookupKey(tokens[k + 1]?.form ?? ''))) {
    k += 2;
    counted++;
  }
  return counted > 0 ? k - j : 0;
}

/** determinerLengths' answers, shared rather than made at each attempt (they are only read). */
const TWO_DETERMINERS: readonly number[] = [2, 1, 0];
const ONE_DETERMINER: readonly number[] = [1, 0];
const NO_DETERMINER: readonly number[] = [0];

/** Lengths (longest first) an `(adj)` slot can take at token j: up to two adjectives, each perhaps after an adverb. */
function adjectiveLengths(tokens: AnalyzedToken[], j: number): number[] {
  const ends: number[] = [0];
  let at = j;
  for (let n = 0; n < 2; n++) {
    let k = at;
    if (tokens[k]?.upos === 'ADV' && tokens[k + 1]?.upos === 'ADJ') k++;
    if (tokens[k]?.upos !== 'ADJ') break;
    at = k + 1;
    ends.push(at - j);
  }
  return ends.reverse();
}

/**
 * The tokens of the negation an entry writes (ne cesser de: « n'a cessé de »), or undefined when the
 * text lacks it. ne stands before the entry's first part (perhaps before clitics, the auxiliary or
 * a modal: « il ne veut rien lâcher »); the particle before an infinitive (ne pas connaître), among
 * the words skipped after the verb or auxiliary (« n'a rien lâché »), or right after the finite
 * verb, which may be the entry's last word (« il n'en revient pas », « il ne lâche rien »). An
 * entry's pas stands for any negation of the verb (« n'hésite jamais à » is ne pas hésiter à).
 */
function fixedNegation(c: Compiled, tokens: AnalyzedToken[], parts: readonly number[], skipped: number[]): number[] | undefined {
  const before: number[] = [];
  for (let j = parts[0]! - 1, n = 0; j >= 0 && n < 5; j--, n++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || !(t.upos === 'AUX' || t.upos === 'ADV' || t.upos === 'PRON' || (t.upos === 'VERB' && NEGATED_MODALS.has(t.lemma)))) break;
    before.push(j);
  }
  const near = [...before, ...skipped];
  const find = (want: (k: string) => boolean): number | undefined => near.find((j) => want(lookupKey(tokens[j]!.form)));
  const out: number[] = [];
  if (c.ne) {
    const ne = find((k) => NE.has(k));
    if (ne === undefined) return undefined;
    out.push(ne);
  }
  if (c.particle) {
    const particle = c.particle;
    // « ne manque plus de médecins » is ne … plus de (no more), not ne pas manquer de.
    const fitsParticle = (k: string, j: number): boolean => k === particle || (particle === 'pas' && NOT_PARTICLES.has(k) && !(k === 'plus' && PARTITIVE.has(lookupKey(tokens[j + 1]?.form ?? ''))));
    let p = near.find((j) => fitsParticle(lookupKey(tokens[j]!.form), j));
    // « ne connaissent pas la crise », « n'en revient (toujours) pas »: the particle after the finite
    // verb, perhaps past an adverb (not among skipped words when the entry's next word follows it,
    // nor skipped at all after its last word).
    const verb = parts.find((j) => tokens[j]!.upos === 'VERB' || tokens[j]!.upos === 'AUX') ?? parts[0]!;
    for (let j = verb + 1; p === undefined && j <= verb + 3 && j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.kind !== 'word') break;
      if (fitsParticle(lookupKey(t.form), j)) p = j;
      else if (t.upos !== 'ADV') break;
    }
    if (p === undefined) return undefined;
    out.push(p);
  }
  return out;
}
/** The verbs between ne and a negated infinitive (« il ne veut rien lâcher », « il ne faut pas hésiter à »). */
const NEGATED_MODALS = new Set(['vouloir', 'pouvoir', 'devoir', 'falloir', 'aller', 'savoir', 'oser', 'sembler', 'paraître', 'compter']);
/** The particles that deny a verb as pas does (« n'hésite jamais à », « n'en démord plus »). */
const NOT_PARTICLES = new Set(['pas', 'plus', 'jamais', 'guère', 'point']);

/** 1 for a variant whose final à or de is given as a clitic or a que clause (aComplement, deComplement), else 0. */
function complementClitic(c: Compiled): number {
  return c.aComplement || c.deComplement ? 1 : 0;
}

/** The best matches that share no part, by the rule in the module comment, in text order. */
function choose(found: Candidate[], tokens: AnalyzedToken[]): ExpressionMatch[] {
  const tokenCount = tokens.length;
  if (found.length === 0) return [];
  const candidates = withoutLessAgreeing(found, tokens);
  candidates.sort(
    (a, b) =>
      b.parts.length - a.parts.length ||
      a.c.slotCount - b.c.slotCount ||
      a.last - a.first - a.parts.length - (b.last - b.first - b.parts.length) ||
      // « il y a pris part », « il en a pris le contrôle »: a clitic standing for the entry's final à or
      // de (prendre part à) says more than the same words without them (prendre part).
      complementClitic(b.c) - complementClitic(a.c) ||
      // « ils mettaient en place » is the verb mettre en place, not the noun mise en place (whose
      // participle key also matches): the entry whose head agrees with its first word's tag.
      a.disagrees - b.disagrees ||
      b.c.contentCount - a.c.contentCount ||
      a.c.rarity - b.c.rarity ||
      a.first - b.first ||
      (a.c.e.text < b.c.e.text ? -1 : a.c.e.text > b.c.e.text ? 1 : 0),
  );
  const taken = new Uint8Array(tokenCount);
  const chosen: Candidate[] = [];
  let byFirst: Map<number, Candidate[]> | undefined;
  for (const cand of candidates) {
    if (cand.parts.some((p) => taken[p] === 1)) continue;
    if (cand.c.e.upos === 'NOUN' && yieldsNoun(cand, (byFirst ??= candidatesByToken(candidates, 'first')), tokens)) continue;
    if ((cand.c.verbal || cand.c.e.upos === 'ADV') && nounCompoundOnLast(cand, (byFirst ??= candidatesByToken(candidates, 'first')), tokens)) continue;
    if (cand.c.e.upos === 'ADP' && compoundAcrossDe(cand, (byFirst ??= candidatesByToken(candidates, 'first')), tokens)) continue;
    if (cand.c.e.upos === 'ADP' && objectOfAVerb(cand, (byFirst ??= candidatesByToken(candidates, 'first')), tokens)) continue;
    if (cand.c.verbal && cand.c.members[0]!.keys[0] === 'être' && passiveOfActive(cand, (byFirst ??= candidatesByToken(candidates, 'first')))) continue;
    if (cand.c.verbal && verbOnNoun(tokens, cand.parts)) continue;
    for (const p of cand.parts) taken[p] = 1;
    chosen.push(cand);
  }
  chosen.sort((a, b) => a.first - b.first);
  const around = new ChosenAround(candidates, chosen);
  return chosen.map((cand) => {
    const { parts, first, last } = cand;
    const c = governedEntry(cand, around, tokens) ?? cand.c;
    const m: ExpressionMatch = { lemma: displayLemma(c.e.text), upos: c.e.upos, gloss: contextGloss(c.e.gloss, tokens, first, last), first, last, parts };
    if (c.e.note) m.note = c.e.note;
    return m;
  });
}

/**
 * The candidates less those another entry of the same tag found on the same words beats by spelling
 * more of them as the text does: « sa petite amie » matches petit ami (boyfriend) by its lemmas and
 * petite amie (girlfriend) as written, and only the second is its meaning (review 18, 120). Where
 * neither entry is spelt closer, both stay for the overlap rule.
 */
function withoutLessAgreeing(candidates: Candidate[], tokens: AnalyzedToken[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  let losers: Set<Candidate> | undefined;
  for (const same of candidatesByToken(candidates, 'first').values()) {
    for (let a = 0; a < same.length; a++) {
      const x = same[a]!;
      for (let b = a + 1; b < same.length; b++) {
        const y = same[b]!;
        if (x.last !== y.last || x.c.e.upos !== y.c.e.upos || !sameParts(x.parts, y.parts)) continue;
        const diff = writtenAgreement(x, tokens) - writtenAgreement(y, tokens);
        if (diff !== 0) (losers ??= new Set()).add(diff > 0 ? y : x);
      }
    }
  }
  return losers ? candidates.filter((cand) => !losers.has(cand)) : candidates;
}

function sameParts(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((p, k) => b[k] === p);
}

/** How many of a match's words the text spells as its entry writes them, in either number (amie, amies for amie). */
function writtenAgreement(cand: Candidate, tokens: AnalyzedToken[]): number {
  const written = cand.c.e.words.map(lookupKey);
  let n = 0;
  for (const p of cand.parts) {
    const form = lookupKey(tokens[p]!.form);
    if (written.some((w) => form === w || form === `${w}s` || form === `${w}x`)) n++;
  }
  return n;
}

/**
 * The entry of a verb with its preposition (s'inscrire dans) whose preposition a complex preposition
 * took (« s'inscrit dans la lignée des pays voisins »: dans la lignée de), for the shorter verbal
 * entry chosen on the same words (s'inscrire, to register): the verb still governs that preposition,
 * so its sense is the longer entry's (to be part of), not the bare verb's (review 16, 82).
 */
function governedEntry(cand: Candidate, around: ChosenAround, tokens: AnalyzedToken[]): Compiled | undefined {
  if (!cand.c.verbal) return undefined;
  const preposition = cand.last + 1;
  const taker = around.chosenFrom(preposition);
  if (!taker || taker.c.e.upos !== 'ADP' || tokens[preposition]!.upos !== 'ADP') return undefined;
  const prefix = `${cand.c.e.text} `;
  for (const other of around.endingAt(preposition)) {
    if (!other.c.verbal || other.parts.length !== cand.parts.length + 1) continue;
    if (!other.c.e.text.startsWith(prefix) || other.c.e.text.slice(prefix.length).includes(' ')) continue;
    if (cand.parts.every((p, k) => other.parts[k] === p)) return other.c;
  }
  return undefined;
}

/**
 * Whether a noun entry gives way to another candidate, whatever their lengths:
 *  - to a noun entry that starts on its last word and goes on to the right: the head noun takes its
 *    own compound (« président du Conseil de surveillance », « président du conseil régional » are
 *    presidents of a board, not président du Conseil, the head of government);
 *  - to a verbal entry whose verb stands right before its first word, a bare noun: the noun is the
 *    verb's (« ont eu recours à la force » is avoir recours à, not the noun recours à la force).
 */
function yieldsNoun(cand: Candidate, byFirst: Map<number, Candidate[]>, tokens: AnalyzedToken[]): boolean {
  if (tokens[cand.last]!.upos === 'NOUN') {
    // The compound on the right ends on its own noun or adjective (« Conseil de surveillance »,
    // « conseil régional »), not a preposition (« ordonnance de renvoi devant » keeps its ordonnance).
    for (const other of byFirst.get(cand.last) ?? NO_CANDIDATES) if (other.c.e.upos === 'NOUN' && other.last > cand.last && other.parts.length >= 2 && CONTENT_TAGS.has(tokens[other.last]!.upos)) return true;
  }
  const verb = cand.first - 1;
  if (verb < 0 || tokens[cand.first]!.upos !== 'NOUN' || !isVerbTag(tokens[verb]!.upos)) return false;
  // A verbal match starts at most a few words before its noun (past a reflexive, clitics, ne).
  // Not to one that ends on the noun, which gives way to this compound (nounCompoundOnLast): « battant
  // pavillon de complaisance » would otherwise lose both.
  for (let start = verb; start >= 0 && start >= verb - 4; start--) {
    for (const other of byFirst.get(start) ?? NO_CANDIDATES) if (other.c.verbal && other.parts.includes(verb) && other.parts.includes(cand.first) && other.last !== cand.first) return true;
  }
  return false;
}
const NO_CANDIDATES: Candidate[] = [];

/**
 * Whether a verbal entry's match has no verb: none of its words is tagged one, and its first is a noun
 * after an article, quote marks passed over (« passer par la « voie rouge » » is no voir rouge, whose
 * verb a subjunctive voie spells; « le rôle joué par » is jouer un rôle, its verb after its noun).
 */
function verbOnNoun(tokens: AnalyzedToken[], parts: readonly number[]): boolean {
  for (const q of parts) if (tokens[q]!.upos === 'VERB' || tokens[q]!.upos === 'AUX') return false;
  const p = parts[0]!;
  if (tokens[p]!.upos !== 'NOUN') return false;
  let j = p - 1;
  while (j >= 0 && tokens[j]!.kind === 'punct' && QUOTES.has(tokens[j]!.form)) j--;
  return j >= 0 && tokens[j]!.upos === 'DET';
}

/**
 * Whether a verbal entry ending on a noun (se présenter aux élections) gives way to a noun compound
 * that starts on that noun and goes on to the right (« se présente aux élections municipales »: the
 * noun takes its own compound, élection municipale, and the verb its shorter entry, se présenter à).
 * So does an adverbial ending on a noun: « au fil du temps de travail » is the working time's course,
 * not au fil du temps (over time) (review 16, 8).
 */
function nounCompoundOnLast(cand: Candidate, byFirst: Map<number, Candidate[]>, tokens: AnalyzedToken[]): boolean {
  if (tokens[cand.last]!.upos !== 'NOUN') return false;
  for (const other of byFirst.get(cand.last) ?? NO_CANDIDATES) if (other.c.e.upos === 'NOUN' && other.last > cand.last && other.parts.length >= 2 && CONTENT_TAGS.has(tokens[other.last]!.upos)) return true;
  return false;
}

/**
 * Whether a prepositional entry ending in a noun and de (à l'épreuve de) gives way to a noun compound
 * that starts on that noun and takes the de (« a tourné à l'épreuve de force » is tourner à and
 * épreuve de force, a showdown; no « proof against » across the two).
 */
function compoundAcrossDe(cand: Candidate, byFirst: Map<number, Candidate[]>, tokens: AnalyzedToken[]): boolean {
  const noun = cand.parts[cand.parts.length - 2];
  if (noun === undefined || tokens[noun]!.upos !== 'NOUN' || !DE_FORMS.has(lookupKey(tokens[cand.last]!.form))) return false;
  for (const other of byFirst.get(noun) ?? NO_CANDIDATES) if (other.c.e.upos === 'NOUN' && other.last > cand.last && other.parts.includes(cand.last) && tokens[other.last]!.upos !== 'ADP') return true;
  return false;
}

/**
 * Whether a complex preposition opening on à and ending in de (au retour de) is the object of the
 * verb right before it, one whose entry governs an à of abstract object (résister à, participer à,
 * assister à, s'opposer à: OBJECT_A_ENTRIES): « résiste au retour de l'Américaine » is résister à + le retour (the comeback), no « on
 * returning from », as « se réfère à l'origine de » is no cause. Not when another à follows in the
 * clause, which is then the verb's (« a fait face au sein du parti à une fronde »), nor for a
 * preposition of time or framing, which a verb without its object takes (« il a renoncé au moment
 * de signer », « a participé au cours de l'été », « a voté à la place de son frère »).
 */
function objectOfAVerb(cand: Candidate, byFirst: Map<number, Candidate[]>, tokens: AnalyzedToken[]): boolean {
  const a = cand.first;
  if (!FINAL_A.includes(lookupKey(tokens[a]!.form)) || !DE_FORMS.has(lookupKey(tokens[cand.last]!.form))) return false;
  if (cand.parts.some((p) => FRAME_NOUNS.has(lookupKey(tokens[p]!.lemma)))) return false;
  let verb = a - 1;
  if (tokens[verb]?.upos === 'ADV') verb--;
  if (!tokens[verb] || !isVerbTag(tokens[verb]!.upos) || CAUSE_VERBS.has(tokens[verb]!.lemma)) return false;
  if (laterA(tokens, cand.last + 1)) return false;
  for (let start = verb; start >= 0 && start >= verb - 4; start--) {
    for (const other of byFirst.get(start) ?? NO_CANDIDATES) {
      if (other.c.verbal && other.last === a && other.parts.includes(verb) && OBJECT_A_ENTRIES.has(other.c.e.text)) return true;
    }
  }
  return false;
}
/**
 * Verbal entries whose à takes an abstract object, never a place or a goal reached: after a verb of
 * motion or arrival (arriver, accéder, parvenir, aller), « au sommet de », « à la tête de » may be
 * the place itself.
 */
const OBJECT_A_ENTRIES = new Set([
  'résister à', 'participer à', 'assister à', "s'opposer à", 'contribuer à', 'procéder à', 'faire face à', 'mettre fin à', 'mettre un terme à',
  'succéder à', "s'attaquer à", 'remédier à', 'nuire à', 'adhérer à', "s'intéresser à", 'recourir à', "s'en prendre à", 'porter atteinte à',
  "s'associer à", 'se joindre à', 'prendre part à', 'renoncer à', "s'habituer à", 'se consacrer à', "s'attendre à", 'faire obstacle à',
]);
/**
 * Nouns of the complex prepositions of time, framing, means and measure (au moment de, au cours de,
 * au sein de, au nom de, à la suite de, à l'aide de, à hauteur de: « l'État participe à hauteur de
 * 20 millions »).
 */
const FRAME_NOUNS = new Set([
  'moment', 'cours', 'lendemain', 'veille', 'terme', 'issue', 'début', 'fin', 'milieu', 'approche', 'heure', 'occasion', 'époque', 'sein', 'cœur', 'nom', 'profit',
  'détriment', 'suite', 'instar', 'égard', 'insu', 'encontre', 'lieu', 'titre', 'exception', 'exemple', 'image', 'initiative', 'demande', 'invitation', 'appel', 'place',
  'hauteur', 'raison', 'concurrence', 'aide', 'moyen', 'échelle', 'niveau', 'faveur', 'prix', 'lumière', 'vu', 'regard', 'bénéfice', 'destination', 'travers', 'mesure', 'rythme', 'risque', 'mépris', 'défaut',
]);

/** Whether an à (au, aux) follows from j before the clause ends. */
function laterA(tokens: AnalyzedToken[], j: number): boolean {
  for (let k = j; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && CLAUSE_ENDS.has(t.form)) return false;
    if (t.kind === 'word' && FINAL_A.includes(lookupKey(t.form))) return true;
  }
  return false;
}
const CLAUSE_ENDS = new Set(['.', '!', '?', ';', ':', ',']);

/**
 * Whether an entry written with être (être pris au piège, être à l'origine de, être loin de) found
 * the same words as another entry without être (prendre au piège, à l'origine de, loin de): être is
 * then the passive's auxiliary or the copula, which the scheme leaves out (« est pris au piège » is
 * prendre au piège, like « a été mis sur pied »; « est à l'origine de » is à l'origine de).
 */
function passiveOfActive(cand: Candidate, byFirst: Map<number, Candidate[]>): boolean {
  const rest = cand.parts.slice(1);
  for (const other of byFirst.get(rest[0]!) ?? NO_CANDIDATES) {
    if (other.parts.length === rest.length && other.parts.every((p, k) => p === rest[k])) return true;
  }
  return false;
}
const CONTENT_TAGS = new Set<Upos>(['NOUN', 'ADJ', 'PROPN']);

/**
 * The chosen match that starts at a token and the candidates that end at one, for governedEntry,
 * which asks at every chosen verbal match: a search of every chosen match there grew with the
 * square of the text's length (a quarter of the first-level cache misses of a steady pass over the
 * GSD text, and 4% of its instructions).
 */
class ChosenAround {
  private byLast: Map<number, Candidate[]> | undefined;

  /** `chosen` is in text order and its matches share no token. */
  constructor(
    private readonly candidates: readonly Candidate[],
    private readonly chosen: readonly Candidate[],
  ) {}

  chosenFrom(first: number): Candidate | undefined {
    let low = 0;
    let high = this.chosen.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.chosen[mid]!.first < first) low = mid + 1;
      else high = mid;
    }
    const found = this.chosen[low];
    return found !== undefined && found.first === first ? found : undefined;
  }

  /** The candidates whose last part is token `last`, in the candidates' order (indexed on first use: few texts ask). */
  endingAt(last: number): readonly Candidate[] {
    this.byLast ??= candidatesByToken(this.candidates, 'last');
    return this.byLast.get(last) ?? NO_CANDIDATES;
  }
}

/** The candidates by their first (or last) token, each list in the candidates' order. */
function candidatesByToken(candidates: readonly Candidate[], end: 'first' | 'last'): Map<number, Candidate[]> {
  const out = new Map<number, Candidate[]>();
  const byFirst = end === 'first';
  for (const c of candidates) {
    // Not c[end]: a property read by a computed name takes V8's generic lookup at every candidate.
    const at = byFirst ? c.first : c.last;
    const list = out.get(at);
    if (list) list.push(c);
    else out.set(at, [c]);
  }
  return out;
}

function isVerbTag(upos: Upos): boolean {
  return upos === 'VERB' || upos === 'AUX';
}

/**
 * Feminine noun endings and their masculine (conseillère -> conseiller, directrice -> directeur,
 * procureure -> procureur, doyenne -> doyen, baronne -> baron, adjointe -> adjoint, présidente ->
 * président, avocate -> avocat).
 */
const FEMININE_ENDINGS: [string, string][] = [['ère', 'er'], ['euse', 'eur'], ['eure', 'eur'], ['trice', 'teur'], ['enne', 'en'], ['onne', 'on'], ['ointe', 'oint'], ['ente', 'ent'], ['ante', 'ant'], ['ate', 'at']];

/** Words of a gloss that say nothing of its meaning, and the sex a feminine's gloss adds (« senator (woman) »). */
const GLOSS_FILLERS = new Set(['the', 'and', 'for', 'with', 'who', 'woman', 'women', 'girl', 'female', 'fem']);

function glossWords(gloss: string): string[] {
  return gloss.toLowerCase().split(/[^a-z]+/u).filter((w) => w.length > 2 && !GLOSS_FILLERS.has(w));
}

/**
 * Whether a noun the lexicon lemmatizes to itself is the feminine of the noun its ending makes
 * (présidente of président, avocate of avocat) and not another word that ends alike (vente is no
 * vent, mère no mer, pente no « pent »): the lexicon gives the masculine as one of its readings'
 * lemmas, or the two glosses share a word (« president; chairwoman », « president; chairman »). A
 * token with no gloss of its own (doyenne, whose gloss is the masculine's) is one when the masculine is
 * a noun with a gloss.
 */
function isFeminineOf(t: { gloss?: string }, masculine: string, readings: ReadonlyArray<{ lemma: string; upos: Upos }> | undefined, nounGloss: (lemma: string) => string | undefined): boolean {
  if (readings?.some((r) => (r.upos === 'NOUN' || r.upos === 'ADJ') && lookupKey(r.lemma) === masculine)) return true;
  const theirs = nounGloss(masculine);
  if (theirs === undefined) return false;
  if (t.gloss === undefined) return true;
  const words = glossWords(theirs);
  return glossWords(t.gloss).some((w) => words.includes(w));
}

/**
 * The keys a text token can match an expression word by (form, lemma, possessive or reflexive slot).
 * `readings`: the token's other readings in the lexicon, whose verb lemmas it also matches by when
 * the tagger chose a noun, adjective or preposition (« prête serment », « entre en vigueur »).
 * `nounGloss`: the authored gloss of a noun lemma, by which a noun that looks like a feminine is told
 * from the feminine of another noun (isFeminineOf); without it every such noun also takes the masculine.
 */
export function expressionKeysOf(
  t: Pick<AnalyzedToken, 'form' | 'lemma' | 'upos' | 'kind' | 'glossSource' | 'gloss'>,
  readings?: ReadonlyArray<{ lemma: string; upos: Upos }>,
  nounGloss?: (lemma: string) => string | undefined,
): string[] {
  const ordinal = ordinalWords(t.form);
  if (ordinal) return ordinal;
  if (t.kind !== 'word') return NO_KEYS;
  const form = lookupKey(t.form);
  if (POSSESSIVES.has(form) && t.upos === 'DET') return [POSSESSIVE];
  if (FUSED.has(form)) return [form];
  // « au cours desquelles », « à l'issue duquel », « grâce auquel »: de/à + lequel is the fused article
  // a complex preposition's final de or à matches, first so that a fixed phrase takes it by form.
  const relative = FUSED_RELATIVES.get(form);
  if (relative && t.upos !== 'NOUN') return [relative, form];
  const keys = [form];
  // « A partir de »: a capital loses its accent in much typed text.
  if (t.form === 'A') keys.push('à');
  if (readings && (t.upos === 'NOUN' || t.upos === 'ADJ' || t.upos === 'ADP')) {
    for (const r of readings) {
      const lemma = lookupKey(r.lemma);
      if (r.upos === 'VERB' && lemma !== 'être' && lemma !== 'avoir' && !keys.includes(lemma)) keys.push(lemma);
    }
  }
  // « Issue d'une famille », « une pédale issue du »: a noun the tagger chose also matches by its
  // adjective readings (issu), for an adjective entry (issu de) not after a determiner (matchEntry).
  if (readings && t.upos === 'NOUN') {
    for (const r of readings) {
      const lemma = lookupKey(r.lemma);
      if (r.upos === 'ADJ' && !keys.includes(lemma)) keys.push(lemma);
    }
  }
  // « adjointe au maire »: a participle the tagger chose also matches by its noun and adjective
  // readings (adjoint), so a title noun's feminine is not lost to the verb's lemma (adjoindre).
  // « le ministre mise sur », « il recouvre la liberté »: a verb form of two verbs (mettre and miser,
  // recouvrir and recouvrer) also matches by the lemma the tagger did not choose.
  if (readings && t.upos === 'VERB') {
    for (const r of readings) {
      const lemma = lookupKey(r.lemma);
      if ((r.upos === 'NOUN' || r.upos === 'ADJ' || (r.upos === 'VERB' && lemma !== 'être' && lemma !== 'avoir')) && !keys.includes(lemma)) keys.push(lemma);
    }
  }
  const lemma = lookupKey(t.lemma);
  // « dans le vent » is not « dans les ventes »: an entry that writes a singular definite article is a
  // fixed singular, so the plural article does not match it by its lemma (review 17, 112).
  const pluralArticle = t.upos === 'DET' && form === 'les';
  if (lemma !== form && !keys.includes(lemma) && !pluralArticle) keys.push(lemma);
  // « les unes aux autres » is les uns aux autres: a feminine plural also matches its masculine
  // plural, for an entry written in the plural (which matches the plural only).
  if (form.length > 3 && form === `${lemma}es`) keys.push(`${lemma}s`);
  // était disposée à matches être disposé à, adjointe matches adjoint: a participle also matches
  // its masculine singular.
  if (t.upos === 'VERB' || t.upos === 'ADJ') {
    const masculine = form.replace(/([éiu])e?s?$/, '$1').replace(/([^e][ts])es?$/, '$1');
    if (masculine !== form && masculine !== lemma) keys.push(masculine);
  }
  // conseillère générale matches conseiller général when the lexicon lemmatizes the noun to itself.
  if (t.upos === 'NOUN' || t.upos === 'ADJ') {
    const singular = lemma.endsWith('s') && !form.endsWith('s') ? lemma : lemma.replace(/s$/, '');
    const masculine = FEMININE_ENDINGS.reduce((w, [f, m]) => (w.endsWith(f) ? w.slice(0, -f.length) + m : w), singular);
    // « les cours martiales », « injections létales »: a plural the lexicon leaves as its own lemma
    // (cours) or does not know (létales, lemma guessed) also matches by its singular form (cour, létale).
    if ((lemma === form || t.glossSource === undefined) && form.length > 3 && form.endsWith('s')) {
      const singularForm = form.slice(0, -1);
      if (!keys.includes(singularForm)) keys.push(singularForm);
    }
    // « les chevaux de bataille », « matériaux critiques »: so too a plural in -x the lexicon leaves as
    // its own lemma (-aux of -al and -au, -eaux, -eux).
    if (lemma === form && form.length > 3 && form.endsWith('x')) {
      for (const singularForm of form.endsWith('aux') ? [form.slice(0, -1), `${form.slice(0, -3)}al`] : [form.slice(0, -1)]) {
        if (!keys.includes(singularForm)) keys.push(singularForm);
      }
    }
    // « les ventes de panique » are no « vent de panique »: a noun takes the key only as that noun's feminine.
    if (masculine !== singular && !keys.includes(masculine) && (t.upos !== 'NOUN' || !nounGloss || isFeminineOf(t, masculine, readings, nounGloss))) keys.push(masculine);
  }
  // « marins-pompiers », « châteaux-forts », « États-nations » (tagged as a name): a compound of two
  // nouns takes the plural on both parts, which a guessed lemma leaves on the first (marins-pompier);
  // it also matches by both parts' singular (marin-pompier), and by the first's alone when the second
  // stays as it is (« paniers-repas », « plateaux-repas »).
  if ((t.upos === 'NOUN' || t.upos === 'ADJ' || t.upos === 'PROPN') && form.includes('-') && /[sx]$/.test(form)) {
    for (const k of compoundSingulars(form)) if (!keys.includes(k)) keys.push(k);
  }
  if (REFLEXIVES.has(form) && t.upos === 'PRON') keys.push(REFLEXIVE);
  // « l'ex-ministre de la Justice », « les ex-Premiers ministres »: ex- glued to a title leaves the
  // title's entry whole, so the token also matches by the title's own keys (as a noun: the tagger
  // takes « ex-Premiers » for a name).
  if (form.length > 4 && form.startsWith('ex-')) {
    const title = { ...t, form: t.form.slice(3), lemma: /^ex-/iu.test(t.lemma) ? t.lemma.slice(3) : t.lemma, upos: t.upos === 'PROPN' ? 'NOUN' as const : t.upos };
    for (const k of expressionKeysOf(title, readings, nounGloss)) if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

/** The singulars of a plural compound of two words: both parts' (cités-États -> cité-état), and the first's alone (plateaux-repas -> plateau-repas). */
function compoundSingulars(form: string): string[] {
  const parts = form.split('-');
  if (parts.length !== 2 || !parts.every((p) => p.length > 2)) return NO_KEYS;
  const singular = (p: string): string | undefined => (/[sx]$/.test(p) ? p.slice(0, -1) : undefined);
  const [a, b] = parts.map(singular);
  const out: string[] = [];
  if (a && b) out.push(`${a}-${b}`);
  if (a) out.push(`${a}-${parts[1]}`);
  return out;
}

/** The ordinals in words, from 1 to 20: « 1re division » is première division, « Ve République » Cinquième République. */
const ORDINALS = ['', 'premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième', 'dix-septième', 'dix-huitième', 'dix-neuvième', 'vingtième'];
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
/** An ordinal in figures: 1er, 1re, 1ère, 2e, 2nd, 2nde, 3ème, IIIe, Ve, Ier. */
const ORDINAL_FIGURE = /^(\d{1,2}|[IVX]{1,5})(er|re|ère|e|ème|è|nde?|de?)$/u;

/**
 * The keys of an ordinal written in figures: the figure and the ordinal in words (1er: premier;
 * 1re: première; 2e: deuxième, second, seconde), or undefined for any other token.
 */
function ordinalWords(text: string): string[] | undefined {
  const m = ORDINAL_FIGURE.exec(text);
  if (!m) return undefined;
  const [, figure, suffix] = m as unknown as [string, string, string];
  let n = 0;
  if (/\d/.test(figure)) n = Number(figure);
  else for (let k = 0; k < figure.length; k++) {
    const v = ROMAN[figure[k]!]!;
    const after = ROMAN[figure[k + 1] ?? ''] ?? 0;
    n += v < after ? -v : v;
  }
  const word = ORDINALS[n];
  if (!word) return undefined;
  const first = suffix === 'er' || suffix === 're' || suffix === 'ère';
  const second = /^n?de?$/.test(suffix);
  if (first !== (n === 1) || (second && n !== 2)) return undefined;
  const key = lookupKey(text);
  if (n === 1) return suffix === 'er' ? [key, 'premier'] : [key, 'première', 'premier'];
  if (n === 2) return second ? [key, suffix.endsWith('e') ? 'seconde' : 'second', 'second'] : [key, word, 'second', 'seconde'];
  return [key, word];
}

/**
 * The entry as a learner reads it (card, glossary, progress key): an optional slot is shown as
 * « … » like a gap, since "(det)" and "(adj)" are notation for the matcher, not French:
 * `attacher (det) (adj) importance à` reads « attacher … importance à ». The verb of an
 * impersonal entry is conjugated: `il s'agir de` reads « il s'agit de » (impersonal.ts).
 */
export function displayLemma(entry: string): string {
  if (!entry.includes('(')) return impersonalHeadword(entry);
  return impersonalHeadword(entry.replace(/\s*\((?:qty|inf)\)$/, '').replace(/(?:\((?:det|adj)\)\s*)+/g, '… ').replace(/…\s+…/g, '…').replace(/\s+/g, ' ').trim());
}
