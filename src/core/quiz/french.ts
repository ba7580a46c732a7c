// French text helpers for prompts and answer checking: accent folding, typography, elision.

const NBSP = '\u00a0';

// Letter classes for the Latin script French is written in. Written out rather than \p{L}:
// V8 takes milliseconds to compile each pattern with a Unicode property class.
export const UPPER = 'A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚŒŠŸŽ';
export const LOWER = 'a-zß-öø-ÿāăąćĉċčďđēĕėęěœšžſ\u0300-\u036f';
/** Any letter (or combining accent): for word boundaries. */
export const LETTER = `${UPPER}${LOWER}`;
const NNBSP = '\u202f';

/** Lower case, NFC, curly apostrophes straightened, spaces collapsed. */
export function normalize(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[’ʼ`´]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** `normalize` with the accents and cedillas removed: « tâche » and « tache » fold together. */
export function fold(s: string): string {
  return normalize(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/**
 * « text » with non-breaking spaces inside; quotation marks already in the text become “ ”.
 * An excerpt cut inside a quotation gets the mark it lost, so every “ has its ”.
 */
export function quote(text: string): string {
  const inner = text
    .trim()
    .replace(/«[\s\u00a0\u202f]*/gu, '“')
    .replace(/[\s\u00a0\u202f]*»/gu, '”')
    .replace(/"([^"]*)"/gu, '“$1”');
  return `«${NBSP}${balanceQuotes(inner)}${NBSP}»`;
}

/**
 * Closes what a cut left open: a ” without its “ gets one at the start, a “ without its ” one at
 * the end (« “Nous ne pouvons… » becomes « “Nous ne pouvons…” »).
 */
export function balanceQuotes(text: string): string {
  // A cut made just after a quoted word (« classe «T» sur leur… ») opens on its closing mark, which
  // closes nothing shown: it goes, rather than open an empty quotation « “…” sur leur » (tuning s10a).
  const s = text.replace(/^(…?)[\s\u00a0\u202f]*”[\s\u00a0\u202f]*/u, '$1');
  let depth = 0;
  let missingOpen = 0;
  for (const c of s.replace(/"/gu, '')) {
    if (c === '“') depth++;
    else if (c === '”') {
      if (depth > 0) depth--;
      else missingOpen++;
    }
  }
  let out = s;
  if (missingOpen > 0) out = `${'“'.repeat(missingOpen)}${out}`;
  if (depth > 0) out = `${out}${'”'.repeat(depth)}`;
  return out;
}

/** Whether every « has its » and every “ its ”, in order (the check the quiz validity test makes). */
export function quotesBalanced(s: string): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { '»': '«', '”': '“' };
  for (const c of s) {
    if (c === '«' || c === '“') stack.push(c);
    else if (c === '»' || c === '”') {
      if (stack.pop() !== pairs[c]) return false;
    }
  }
  return stack.length === 0 && (s.match(/"/gu)?.length ?? 0) % 2 === 0;
}

/** French spacing: a narrow no-break space before ? ! ; and a no-break space before :. */
export function frenchPunctuation(s: string): string {
  return s
    .replace(/[ \u00a0\u202f]*([?!;])/g, `${NNBSP}$1`)
    .replace(/([^\d\s\u00a0\u202f])[ \u00a0\u202f]*:(?=\s|$)/g, `$1${NBSP}:`);
}

/** Straight quotes "…" in a dispatch become « … » with non-breaking spaces. */
export function guillemets(s: string): string {
  return s.replace(/"([^"]+)"/g, (_m, inner: string) => quote(inner));
}

/**
 * Whether a word's first letter is a vowel, whatever its diacritics (« Álvaro », « Öcalan », « Œdipe »):
 * folded first, so that no accented capital is ever missed. One test for the writer and the check.
 */
export function startsWithVowelLetter(word: string): boolean {
  return /^[aeiouyø]/i.test(fold(word.slice(0, 3)));
}

/** A vowel letter or an h (taken as mute). */
function vowelStart(word: string): boolean {
  return /^[hH]/u.test(word) || startsWithVowelLetter(word);
}

/**
 * Whether the next word takes an elided article or preposition: a vowel sound. A capital H (a
 * foreign name: « de Huang ») and a Y before a vowel (« de Yoon », a consonant sound) do not;
 * « Haïti » does, and so do French given names with a mute h (« d'Hubert ») and a name the text
 * itself elides before (« qu'Hugues Martin »), when the text is given.
 */
export function elidesBefore(next: string, text?: string): boolean {
  if (startsWithConsonantY(next)) return false;
  if (/^H/u.test(next)) return hasMuteH(next) || (text !== undefined && elidedInText(next, text));
  return vowelStart(next);
}

/** « Yoon », « Yémen »: a Y before a vowel is a consonant sound (« de Yoon », « le Yémen »). */
export function startsWithConsonantY(word: string): boolean {
  return /^Y[aeiouéèêâîô]/u.test(word);
}

/**
 * Names whose h is mute, which news French elides before (« d'Hubert », « d'Hélène », « en Haïti »,
 * « d'Helsinki »): one list for the generators and the safety net, so that they never disagree.
 */
const MUTE_H_NAMES = new Set(
  'hubert hervé henri henry hélène hugo hugues héloïse hector hippolyte honoré horace hortense hilaire hillary hadrien haïti haiti helsinki'.split(' '),
);

/** Whether a name's first word is one whose h is mute (« Hubert Caouissin », « Haïti »). */
export function hasMuteH(name: string): boolean {
  const first = /^[\p{L}]+/u.exec(name)?.[0];
  return first !== undefined && MUTE_H_NAMES.has(first.normalize('NFC').toLowerCase());
}

/** Whether the text writes an elided word (« d' », « qu' », « l' ») right before the first word of `name`. */
function elidedInText(name: string, text: string): boolean {
  const first = /^[\p{L}-]+/u.exec(name)?.[0];
  if (!first) return false;
  return new RegExp(`(?<![\\p{L}])(?:[dlnsjm]|qu|jusqu|lorsqu|puisqu)['’]${first}(?![\\p{L}])`, 'iu').test(text);
}

/**
 * « le » + « amitié » → « l'amitié »; « de » + « Asie » → « d'Asie »; « de » + « Yoon » → « de Yoon »;
 * « de » + « Hubert » → « d'Hubert » where `text` elides before him.
 */
export function elide(word: 'le' | 'la' | 'de' | 'que' | 'ne', next: string, text?: string): string {
  return elidesBefore(next, text) ? `${word.slice(0, -1)}'${next}` : `${word} ${next}`;
}

/** Whether a word begins with a vowel sound for elision (h taken as mute). */
export function startsWithVowel(word: string): boolean {
  return vowelStart(word);
}

/** Shortens a long quotation to about `words` words, ending with an ellipsis. */
export function excerpt(s: string, words: number): string {
  const parts = s.trim().split(/\s+/);
  if (parts.length <= words) return s.trim();
  return `${parts.slice(0, words).join(' ').replace(/[,;:]$/, '')}…`;
}

/** Upper-cases the first letter. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
