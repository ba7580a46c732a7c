// French tokenizer: splits text into tokens with exact offsets, so that the tokens and the text
// between them give back the input. Follows Universal Dependencies (French-GSD) boundaries:
// elided articles/pronouns split (l'|amitié), inverted subject pronouns split (a|-t-il),
// lexicalised hyphenated compounds kept (États-Unis), contractions (du, au) kept as one token.
import { SpellingTable } from './spellings';
import type { AnalyzedToken, Sentence, Token, TokenKind } from './types';

/** The words French elides before a vowel (l', d', qu', jusqu'…), without their apostrophe: a regex alternation. */
export const ELIDABLE_WORDS = 'l|d|qu|s|n|j|m|t|c|jusqu|lorsqu|puisqu|quoiqu|presqu';

/** Elided words that end in an apostrophe and are split off the word they lean on. */
const ELIDED = new RegExp(`^(?:${ELIDABLE_WORDS}|quelqu(?=['’]une?s?\\b))['’ʼ]`, 'i');

/** An elided word on its own, before a quote or other punctuation: l'« ennemi », d'« alerte ». */
const ELIDED_ALONE = new RegExp(`^(?:${ELIDABLE_WORDS})['’]$`, 'i');
/**
 * Marks that sources type for the apostrophe (‘ ` ´ ′; ʼ is a letter and is taken by ELIDED): between
 * an elidable word and a letter (« c‘est », « l`armée ») they are its apostrophe. Compared, not a
 * Set: this is asked after every word, and Set.has costs some 50 instructions.
 */
function isQuoteApostrophe(c: number): boolean {
  return c === 0x2018 || c === 0x60 || c === 0xb4 || c === 0x2032;
}
const ELIDABLE = new RegExp(`^(?:${ELIDABLE_WORDS})$`, 'i');
const LETTER_AFTER = /^\p{L}/u;

/** Words with an inner apostrophe that are one word, not an elision (lower case, straight quote). */
const APOSTROPHE_WORDS = new Set([
  "aujourd'hui", "quelqu'un", "quelqu'une", "quelqu'uns", "quelqu'unes", "presqu'île", "presqu'îles",
  "prud'homme", "prud'hommes", "prud'homal", "prud'homale", "c'est-à-dire", "l'on", "entr'ouvert",
  "main-d'œuvre", "hors-d'œuvre", "chef-d'œuvre", "chefs-d'œuvre", "d'ores", "mi-clos",
]);

/** Inverted subject (or object) pronouns attached to a verb by a hyphen: a-t-il, dit-il, pourra-t-on. */
const INVERTED = /-(?:t-)?(?:il|elle|on|ils|elles|je|tu|nous|vous|ce|le|la|les|lui|leur|leurs|moi|toi|en|y)$|-(?:ci|là)$/i;

/** Demonstrative pronouns whose -ci/-là is part of the word (cette fois-ci splits, celui-ci does not). */
const DEMONSTRATIVE_HEADS = new Set(['celui', 'celle', 'ceux', 'celles', 'ici', 'là', 'par', 'de', 'ce']);

/** Hyphenated words that end like an inversion but are one lexical word. */
const HYPHEN_WORDS = new Set([
  'rendez-vous', "c'est-à-dire", 'va-t-en', 'vis-à-vis', 'sur-le-champ', 'cessez-le-feu',
  'contre-la-montre', 'hors-la-loi', 'pot-de-vin', 'mont-de-piété', 'qu’en-dira-t-on', "qu'en-dira-t-on",
  'face-à-face', 'tête-à-tête', 'porte-à-porte', 'au-delà', 'm’as-tu-vu', "m'as-tu-vu",
]);

/** Abbreviations that keep their full stop (lower case). Single capital initials are handled apart. */
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'mr', 'etc', 'art',
  'av', 'apr', 'cf', 'p', 'pp', 'vol', 'chap', 'éd', 'ed', 'coll', 'env', 'fig', 'hab', 'min',
  'max', 'no', 'nos', 'cie', 'ste', 'inc', 'ltd', 'bd', 'gal', 'gén', 'col', 'cdt', 'lt', 'sgt', 'vs',
  'janv', 'févr', 'avr', 'juil', 'oct', 'nov', 'déc', 'jr', 'sr', 'adj', 'dép', 'hist', 'op',
  'cit', 'ibid', 'id', 'mlle', 'mmes', 'ms', 'ph', 'prof', 'vve',
]);

/**
 * Word characters, as the complement of spacing, ASCII punctuation and symbols, Latin-1
 * punctuation (« » ° …) and general punctuation (’ “ ” – — …): letters, marks and digits of every
 * script. Written without Unicode property escapes, whose compilation costs a cold start
 * milliseconds per pattern.
 */
const NON_WORD = String.raw`\s!-\/:-@\[-\`{-~ -¿ -⁯₠-⃏℀-⅏←-⯿　-〿︰-﹏！-／`;
const WORD_CHAR_CLASS = `[^${NON_WORD}]`;
const UPPER = String.raw`A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩА-Я`;

const sticky = (source: string): RegExp => new RegExp(source, 'y');

/** Token shapes, each a sticky pattern tried at the current position (dispatch on its first char). */
const URL = sticky(String.raw`(?:https?://|ftp://|www\.)[^\s<>"«»]*[^\s<>"«».,;:!?)\]'’]`);
const EMAIL = sticky(String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`);
const NUMERO = sticky(String.raw`[nN]°`);
/** 19h51, 22H00 as wire copy writes it, 22h (19 h 51 stays three tokens). */
const TIME = sticky(String.raw`\d{1,2}[hH](?:\d{2})?(?!${WORD_CHAR_CLASS})`);
/** 04/02/2022, 04/02. */
const DATE = sticky(String.raw`\d{1,2}/\d{1,2}(?:/\d{2,4})?(?!${WORD_CHAR_CLASS}|/)`);
/** 80 000 (space or non-breaking space thousands), 3.600, 0,6, -3, 1er, 24e, 2020-2021. */
const NUMBER = sticky(
  String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?!${WORD_CHAR_CLASS})|[-+−]?\d+(?:[.,']\d+)*(?:-\d+)*(?:er|re|ère|e|ème|es|èmes|ers|res|nd|nde|ᵉ|ʳᵉ|ᵉʳ)?(?!${WORD_CHAR_CLASS})`,
);
/** Dotted initials and acronyms: J.-C., R.E.M., U.S.A. */
const INITIALS = sticky(String.raw`(?:[${UPPER}]\.-?)+[${UPPER}]\.(?!${WORD_CHAR_CLASS})`);
/**
 * A character lost in transmission, written `?`, inside a word: before a lower-case letter, after a
 * letter, apostrophe or hyphen (Jean-No?l, l'?lection). A question mark before a space, the end or
 * a capital (quoi ?, quoi?, Rien?Non) stays punctuation. (U+FFFD is a word character already.)
 */
const LOST_MARK = String.raw`\?(?=[a-zß-öø-ÿœ])`;
const WORD_RUN = String.raw`(?:${WORD_CHAR_CLASS}|_)+(?:${LOST_MARK}(?:${WORD_CHAR_CLASS}|_)+)*`;
/** Letters, digits, inner hyphens and apostrophes; a final apostrophe before a space (jusqu' à). */
const WORD = sticky(String.raw`${WORD_RUN}(?:[-'’‐](?:${LOST_MARK})?${WORD_RUN})*(?:['’](?=\s|$))?`);
const ELLIPSIS = sticky(String.raw`\.{2,}|…|--+`);
/** Currency, maths and other symbols (the rest of non-word characters is punctuation). */
const SYMBOL_CHAR = /[$+<=>^`|~¢£¤¥¦¨©¬®¯°±´¶¸×÷€₽₹™←-⇿∀-⋿]/;
const IS_WORD_START = new RegExp(`${WORD_CHAR_CLASS}|_`);
const IS_SPACE = /\s/;

/** Whether text[i] is what \s matches (the regular expression decides for the rare non-ASCII character). */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x202f || IS_SPACE.test(text[i]!);
}

function matchAt(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(text) ? re.lastIndex : -1;
}

/** Splits text into tokens. Never throws; whitespace is the only text left between tokens. */
export function tokenize(text: string): Token[] {
  analysisShape = false;
  return scan(text);
}

/**
 * The same tokens, created with every property of an analysed token (lemma '' and upos 'X' until
 * the analyzer fills them in): one object per token instead of two, all of one hidden class.
 */
export function tokenizeForAnalysis(text: string): AnalyzedToken[] {
  analysisShape = true;
  try {
    return scan(text) as AnalyzedToken[];
  } finally {
    analysisShape = false;
  }
}

/** The canonical strings of words' spellings (see SpellingTable), shared by every scan of the process. */
const spellings = new SpellingTable(12, 16);

/** Whether makeToken builds analysed-token objects (set for the length of one synchronous scan). */
let analysisShape = false;

/**
 * The tokens of a text as the scan makes them, in chunks joined once at the end. Pushed to one
 * array from empty, a long text's tokens were copied at every 1.5× growth, the last times into large
 * objects that V8 maps afresh page by page (4% of a steady analysis of the GSD dev text); a chunk
 * stays small, and the joined array is made once, at its size.
 */
class TokenList {
  private readonly chunks: Token[][] = [];
  private chunk: Token[] = [];

  push(token: Token): void {
    if (this.chunk.length === TOKEN_CHUNK) {
      this.chunks.push(this.chunk);
      this.chunk = [];
    }
    this.chunk.push(token);
  }

  last(): Token | undefined {
    return this.chunk[this.chunk.length - 1];
  }

  done(): Token[] {
    return this.chunks.length === 0 ? this.chunk : ([] as Token[]).concat(...this.chunks, this.chunk);
  }
}

/** Tokens per chunk of a TokenList: its array stays under V8's large-object size (128 KB). */
const TOKEN_CHUNK = 8192;

function scan(text: string): Token[] {
  const tokens = new TokenList();
  let pos = 0;
  // Where the next @ is: the e-mail pattern is only worth trying shortly before one.
  let nextAt = -1;
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    const ch = text[pos]!;
    let end: number;
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || (c > 127 && IS_SPACE.test(ch))) {
      // A loop rather than the sticky \s+ at each of the text's gaps (one token in two): a regular
      // expression call costs some 150 instructions, most gaps are one space.
      end = pos + 1;
      while (end < text.length && isSpaceAt(text, end)) end++;
      pos = end;
      continue;
    }
    const isDigit = c >= 48 && c <= 57;
    const signed = (c === 45 || c === 43 || c === 0x2212) && isDigitAt(text, pos + 1) && !isWordCharAt(text, pos - 1);
    if (isDigit || signed) {
      end = isDigit ? Math.max(matchAt(TIME, text, pos), matchAt(DATE, text, pos)) : -1;
      if (end < 0) end = matchAt(NUMBER, text, pos);
      if (end > 0) {
        tokens.push(makeToken(text, pos, end, 'number'));
        pos = end;
        continue;
      }
    }
    if (isDigit || (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 : IS_WORD_START.test(ch))) {
      end = -1;
      if (c === 104 || c === 102 || c === 119) end = matchAt(URL, text, pos);
      if (nextAt !== Infinity && nextAt < pos) {
        const at = text.indexOf('@', pos);
        nextAt = at < 0 ? Infinity : at;
      }
      if (end < 0 && c < 128 && nextAt - pos < 64) end = matchAt(EMAIL, text, pos);
      if (end > 0) {
        tokens.push(makeToken(text, pos, end, 'symbol'));
        pos = end;
        continue;
      }
      end = c === 110 || c === 78 ? matchAt(NUMERO, text, pos) : -1;
      if (end < 0 && text.charCodeAt(pos + 1) === 46) end = matchAt(INITIALS, text, pos);
      if (end < 0 && c >= 65 && c <= 90) end = ampersandAcronymEnd(text, pos);
      if (end > 0) {
        tokens.push(makeToken(text, pos, end, 'word'));
        pos = end;
        continue;
      }
      end = scanPlainWord(text, pos);
      // A plain word has no apostrophe or hyphen to split at.
      const plain = end >= 0;
      if (!plain) end = matchAt(WORD, text, pos);
      // l'« ennemi »: the apostrophe belongs to the elided word even when no letter follows it.
      const next = text.charCodeAt(end);
      if (end > pos && (next === 39 || next === 0x2019) && end - pos <= 7 && ELIDED_ALONE.test(text.slice(pos, end + 1))) end++;
      // « c‘est », « l`armée »: a quote-like mark between an elidable word and a letter is its apostrophe.
      if (end > pos && isQuoteApostrophe(next) && end - pos <= 7 && ELIDABLE.test(text.slice(pos, end)) && LETTER_AFTER.test(text.slice(end + 1, end + 3))) {
        tokens.push(makeToken(text, pos, end + 1, 'word'));
        pos = end + 1;
        continue;
      }
      if (end > pos) {
        pos = pushWord(text, pos, end, tokens, plain);
        continue;
      }
    }
    end = matchAt(ELLIPSIS, text, pos);
    if (end > 0) {
      tokens.push(makeToken(text, pos, end, 'punct'));
      pos = end;
      continue;
    }
    // 44 °C, 98°F: the degree sign and its scale are one symbol (C alone would read as a name).
    if (c === 0xb0 && (text.charCodeAt(pos + 1) === 67 || text.charCodeAt(pos + 1) === 70) && !isWordCharAt(text, pos + 2)) {
      tokens.push(makeToken(text, pos, pos + 2, 'symbol'));
      pos += 2;
      continue;
    }
    // One character: a symbol or punctuation (a lone surrogate half counts as a symbol).
    const isSurrogate = c >= 0xd800 && c <= 0xdfff;
    end = isSurrogate && c <= 0xdbff && (text.charCodeAt(pos + 1) & 0xfc00) === 0xdc00 ? pos + 2 : pos + 1;
    tokens.push(makeToken(text, pos, end, isSurrogate || SYMBOL_CHAR.test(ch) ? 'symbol' : 'punct'));
    pos = end;
  }
  return tokens.done();
}

/** Latin letters and digits (ASCII, Latin-1, Latin Extended-A/B) without × and ÷. */
function isLatinWordCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/**
 * The end of a plain word (Latin letters only, ended by a space or ASCII punctuation other than a
 * hyphen or apostrophe), found without a regular expression; -1 when the word pattern must decide.
 */
function scanPlainWord(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isLatinWordCode(text.charCodeAt(i))) i++;
  if (i === text.length) return i;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 39) return -1;
  // A lost character inside the word (No?l): the word pattern decides.
  if (c === 63 && i > pos && isLowerLatinAt(text, i + 1)) return -1;
  if (c < 128 || c === 0xa0 || c === 0xab || c === 0xbb || c === 0x202f) return i;
  return -1;
}

function isLowerLatinAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || c === 0x153;
}

/**
 * S&D, AT&T, R&D: capitals joined by an ampersand are one acronym (S alone would read as a name, &
 * as a symbol). The end of it from pos, or -1.
 */
function ampersandAcronymEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && i - pos < 5 && isCapitalAt(text, i)) i++;
  if (i === pos || text.charCodeAt(i) !== 38 || !isCapitalAt(text, i + 1)) return -1;
  let end = i + 1;
  while (end < text.length && end - i <= 5 && isCapitalAt(text, end)) end++;
  return isWordCharAt(text, end) ? -1 : end;
}

function isCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isWordCharAt(text: string, i: number): boolean {
  return i >= 0 && IS_WORD_START.test(text[i]!);
}

function makeToken(text: string, start: number, end: number, kind: TokenKind): Token {
  return tokenOf(kind === 'word' ? spellings.spelling(text, start, end) : text.slice(start, end), start, end, kind);
}

function tokenOf(form: string, start: number, end: number, kind: TokenKind): Token {
  if (!analysisShape) return { form, start, end, kind };
  return new PlainAnalyzedToken(form, start, end, kind);
}

/**
 * An analysed token made by `new`, not as an object literal: tokens outlive many young-generation
 * collections, so V8 pretenures a literal's allocation site into the old generation, which cost
 * ~15% of steady analysis on long text (`new` sites are not pretenured). Its prototype is
 * Object.prototype, so the token stays a plain object (deepStrictEqual, JSON, spread).
 */
const PlainAnalyzedToken = function (this: AnalyzedToken, form: string, start: number, end: number, kind: TokenKind): void {
  this.form = form;
  this.start = start;
  this.end = end;
  this.kind = kind;
  this.lemma = '';
  this.upos = 'X';
  this.gender = undefined;
  this.gloss = undefined;
  this.glossSource = undefined;
  this.senses = undefined;
  this.expression = undefined;
} as unknown as new (form: string, start: number, end: number, kind: TokenKind) => AnalyzedToken;
PlainAnalyzedToken.prototype = Object.prototype;

const apostrophes = /’/g;
function lowerKey(s: string): string {
  return s.toLowerCase().replace(apostrophes, "'");
}

/**
 * Pushes the tokens of one word chunk [start, end): elisions split off the front, inverted
 * pronouns off the back, an abbreviation's full stop taken in. Returns where scanning resumes.
 */
function pushWord(text: string, start: number, end: number, tokens: TokenList, plain: boolean): number {
  let s = start;
  let e = end;
  const chunkText = plain ? spellings.spelling(text, start, end) : text.slice(start, end);
  const hasApostrophe = !plain && (chunkText.includes("'") || chunkText.includes('’') || chunkText.includes('ʼ'));
  const hasHyphen = !plain && chunkText.includes('-');
  if (!hasApostrophe && !hasHyphen) {
    if (text.charCodeAt(end) === 46 && isAbbreviation(text, start, end) && !letterEndsSentence(text, start, end, tokens)) {
      tokens.push(makeToken(text, start, end + 1, 'word'));
      return end + 1;
    }
    tokens.push(tokenOf(chunkText, start, end, 'word'));
    return end;
  }
  // Elisions, possibly stacked (qu'l' is not French, but d'l'... appears in noisy text).
  for (;;) {
    const rest = text.slice(s, e);
    const restKey = lowerKey(rest);
    if (APOSTROPHE_WORDS.has(restKey)) break;
    const m = ELIDED.exec(rest);
    // What follows the elision is never empty, so the loop goes on to look for another one.
    if (!m || m[0].length >= rest.length) break;
    if (m[0].length === 2 && restKey === "l'on") break;
    tokens.push(makeToken(text, s, s + m[0].length, 'word'));
    s += m[0].length;
  }
  const chunk = text.slice(s, e);
  const key = lowerKey(chunk);
  // Inverted pronouns: split the tail(s) off, e.g. "pourra-t-on", "dit-il", "donne-le-moi".
  const tails: Array<[number, number]> = [];
  // Every inversion starts with a hyphen.
  if (hasHyphen && !HYPHEN_WORDS.has(key) && !APOSTROPHE_WORDS.has(key)) {
    let cut = e;
    for (;;) {
      const head = text.slice(s, cut);
      const m = INVERTED.exec(head);
      if (!m || m.index === 0 || HYPHEN_WORDS.has(lowerKey(head))) break;
      if (/^-(?:ci|là)$/i.test(m[0]) && DEMONSTRATIVE_HEADS.has(lowerKey(head.slice(0, m.index)))) break;
      tails.unshift([s + m.index, cut]);
      cut = s + m.index;
    }
    if (tails.length > 0 && isInversionHead(text.slice(s, cut))) e = cut;
    else tails.length = 0;
  }
  // Abbreviations and initials take the following full stop: M., Mme., etc., J.-C.
  let wordEnd = e;
  if (tails.length === 0 && text[e] === '.' && e === end && isAbbreviation(text, s, e)) wordEnd = e + 1;
  tokens.push(makeToken(text, s, wordEnd, 'word'));
  for (const [ts, te] of tails) tokens.push(makeToken(text, ts, te, 'word'));
  return tails.length > 0 ? tails[tails.length - 1]![1] : Math.max(wordEnd, e);
}

const INVERSION_HEAD = new RegExp(`^(?:(?!\\d)${WORD_CHAR_CLASS})+$`);

/** A head that can take an inverted pronoun: one plain word (a verb), not a compound. */
function isInversionHead(head: string): boolean {
  return INVERSION_HEAD.test(head);
}

/** Lower-case words after which a capital letter is a name's initial: titles and function words (le professeur A. Martin, selon J. Dupont). */
const BEFORE_INITIAL = new Set([
  'de', 'du', 'des', "d'", 'à', 'au', 'aux', 'par', 'pour', 'avec', 'selon', 'et', 'ou', 'le', 'la', 'les', "l'", 'un', 'une', 'chez', 'sans', 'entre', 'contre',
  'président', 'présidente', 'général', 'professeur', 'docteur', 'maître', 'ministre', 'sénateur', 'député', 'juge', 'père', 'frère', 'sœur', 'saint', 'sainte', 'abbé', 'capitaine', 'colonel', 'lieutenant', 'commandant', 'maréchal', 'cardinal', 'pape', 'roi', 'reine', 'prince', 'princesse', 'lord', 'sir', 'madame', 'monsieur', 'mademoiselle',
]);

/** Capitalised words that open a clause (a determiner, a pronoun, a conjunction): « La Corée… », « Il… ». */
const CLAUSE_OPENERS = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'je', 'nous', 'vous', 'mais', 'et', 'or', 'donc',
  'selon', 'pour', 'dans', 'en', 'au', 'aux', 'du', 'de', "d'", 'son', 'sa', 'ses', 'leur', 'leurs', 'cependant', 'toutefois', 'ainsi', 'après', 'avant', 'depuis', 'lors', 'si', 'quand', 'lorsque', "lorsqu'",
]);

/** The word after a full stop, when it starts with a capital (its elided form with the apostrophe). */
const NEXT_WORD = new RegExp(String.raw`^\s+([${UPPER}][^\s'’.,;:!?«»]*['’]?)`);

/**
 * A capital letter with a full stop after a lower-case common noun, followed by a capitalised word
 * that opens a clause (« l'essai de la bombe H. La Corée du Sud a… », « le plan B. Il… »): the
 * letter is a symbol and the stop ends the sentence. After a title, a name or a function word
 * (le professeur A. Martin, George W. Bush, selon J. Dupont) it is an initial, and so it is before a
 * name (« la bombe H. Kim Jong-un »).
 */
function letterEndsSentence(text: string, s: number, e: number, tokens: TokenList): boolean {
  // M. is Monsieur: « a déclaré M. Le Drian ».
  if (e - s !== 1 || ABBREVIATIONS.has(text[s]!.toLowerCase())) return false;
  const prev = tokens.last();
  const c = prev?.form[0] ?? '';
  if (!prev || prev.kind !== 'word' || prev.end === s || c === c.toUpperCase() || BEFORE_INITIAL.has(lowerKey(prev.form))) return false;
  const m = NEXT_WORD.exec(text.slice(e + 1, e + 40));
  return !!m && CLAUSE_OPENERS.has(lowerKey(m[1]!));
}

function isAbbreviation(text: string, s: number, e: number): boolean {
  const word = text.slice(s, e);
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A single capital initial: J. Dupont, M. Wang.
  return word.length === 1 && word !== word.toLowerCase();
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

const SENTENCE_END = /^(?:[.!?…]|\.{2,}|[!?]{2,})$/;
const CLOSERS = /^[»"”’)\]]$/;
/** What a new sentence starts with: a capital, a digit, an opening quote or a dash. */
function startsSentence(form: string): boolean {
  const c = form[0] ?? '';
  return c !== c.toLowerCase() || /^[\d«"“—–-]/.test(c);
}

/** A closing quote or bracket that belongs to the sentence before it (» even after a space). */
function isCloser(t: Token, prev: Token): boolean {
  return CLOSERS.test(t.form) && (t.form === '»' || t.start === prev.end);
}

/**
 * Sentence spans: a sentence ends at . ! ? … (and the closing quotes or brackets after it) when
 * the next token starts with a capital, a digit or an opening quote; and always at a line break.
 */
export function splitSentences(text: string, tokens: Token[] = tokenize(text)): Sentence[] {
  return splitSentencesAt(text, tokens, []);
}

/**
 * The sentences, with the index of each one's last token pushed to `lastTokens`: the analyzer walks
 * the sentences by these, where finding each one's tokens by their offsets read every token again
 * (a pass over a long text's tokens costs a cache miss or two a token).
 */
export function splitSentencesAt(text: string, tokens: Token[], lastTokens: number[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (first < 0) first = i;
    const next = tokens[i + 1];
    let ends = next === undefined || (next.start > t.end && hasNewline(text, t.end, next.start));
    if (!ends && t.kind === 'punct' && SENTENCE_END.test(t.form)) {
      let j = i;
      while (tokens[j + 1] && isCloser(tokens[j + 1]!, tokens[j]!)) j++;
      const after = tokens[j + 1];
      if (!after || startsSentence(after.form)) {
        i = j;
        ends = true;
      }
    }
    if (ends) {
      sentences.push({ start: tokens[first]!.start, end: tokens[i]!.end });
      lastTokens.push(i);
      first = -1;
    }
  }
  return sentences;
}
