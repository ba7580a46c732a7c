// Repairs the damage wire copy picks up on its way to the learner: lost characters (`Sergue?`,
// U+FFFD), UTF-8 read as Latin-1 (`Ã©`), missing accents on capitals (`Etat`), and words that
// lost an accent and became another word (`tache` for `tâche`), quote marks typed for the
// apostrophe (`c‘est`), « et demi » after a feminine noun, an elision left out before a vowel
// (`que Ali` for `qu'Ali`) or made before a consonant Y (`qu'Yulia`), a small word typed twice
// (`à à`), a name glued to « et » (`Alaphilippeet`), a misspelt locution (`au dépend de`, `prés d'une minute`).
// Each repair is reported, so the lesson can say what was changed and why.
import { CLOSED_CLASS } from '../text/closedClass';
import { ELIDABLE_WORDS } from '../text/tokenizer';
import { fixConfusions } from './repairContext';

export type RepairKind = 'encoding' | 'confusion' | 'accent' | 'elision' | 'typo';

export interface Repair {
  kind: RepairKind;
  from: string;
  to: string;
  /** One plain English sentence for the lesson's repair note. */
  why: string;
}

/** What the repairer needs to know about French words: the analysis engine's lexicon answers it. */
export interface WordChecker {
  isKnownWord(form: string): boolean;
  /**
   * The lexicon's readings of the exact form (part of speech; for verbs, whether it is the
   * infinitive or the past participle): the context rules use them to tell *a dû partir* from
   * *a du pain*. Without it those rules only act where the words around settle the case alone.
   */
  readings?(form: string): WordReading[];
  /**
   * Frequency rank of the word (1 = most frequent), or undefined when rare: when a lost letter
   * makes two words (m?me: même, môme), one far more frequent than the other settles it.
   */
  rank?(form: string): number | undefined;
}

export interface WordReading {
  upos: string;
  verbForm?: 'infinitive' | 'participle' | 'other';
}

export interface RepairResult {
  paragraphs: string[];
  repairs: Repair[];
  /** Damage found but not repaired: the lesson flags it for the learner. */
  unresolved: string[];
}

// ---- UTF-8 decoded as Windows-1252 ("mojibake") ----

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function cp1252Byte(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code;
  // Read as Latin-1, the bytes 0x80-0x9F become the C1 controls U+0080-U+009F.
  if (code >= 0x80 && code <= 0xff) return code;
  const index = CP1252_HIGH.indexOf(ch);
  return index >= 0 ? 0x80 + index : undefined;
}

const MOJIBAKE = new RegExp(`[ÂÃÅÆ][${CP1252_HIGH}\u0080-\u00bf]+`, 'g');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `à` is C3 A0 in UTF-8: read as Latin-1 it is `Ã` and a no-break space, which is often turned
 * into a plain space; the space after it, if any, is the word space that followed `à`.
 */
const LONE_A_GRAVE = /(?<=^|\s)Ã[\u00a0 ]?(?=\s)/g;

function fixMojibake(text: string, repairs: Repair[]): string {
  const withA = text.replace(LONE_A_GRAVE, () => {
    repairs.push({ kind: 'encoding', from: 'Ã', to: 'à', why: '“Ã” is “à” whose UTF-8 bytes were read as Latin-1 (mojibake).' });
    return 'à';
  });
  return withA.replace(MOJIBAKE, (run) => {
    const bytes = [...run].map(cp1252Byte);
    if (bytes.some((b) => b === undefined)) return run;
    try {
      const decoded = utf8.decode(Uint8Array.from(bytes as number[]));
      repairs.push({
        kind: 'encoding', from: run, to: decoded,
        why: `“${run}” is “${decoded}” whose UTF-8 bytes were read as Latin-1 (mojibake).`,
      });
      return decoded;
    } catch {
      return run;
    }
  });
}

// ---- A lost character inside a word: `Sergue?`, `r\uFFFDunion`, `Jean-No?l`, `l'?lection` ----

const ACCENTED = ['é', 'è', 'ê', 'ë', 'à', 'â', 'î', 'ï', 'ô', 'û', 'ù', 'ü', 'ç', 'œ'];
const ACCENTED_CAPITALS = ['É', 'È', 'Ê', 'À', 'Ç', 'Ô', 'Î'];
/** A run of letters, apostrophes, hyphens and lost characters: one damaged word is found whole. */
const CHUNK = /[\p{L}\p{M}'’\-?\uFFFD]*[?\uFFFD][\p{L}\p{M}'’\-?\uFFFD]*/gu;
const LOST_CHAR = /[?\uFFFD]/;
/** Elided words written before a vowel: l'?lection, d'op?ration, jusqu'?... */
const ELISION = /^(?:l|d|qu|s|n|j|m|t|c|jusqu|lorsqu|puisqu)['’](?=.)/i;
const UPPER_LETTER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
/** At most this many lost characters in one word are tried together (14² spellings). */
const MAX_LOST = 2;

/** Russian names transliterated into French end in -eï, -aï, -oï (Sergueï, Nikolaï, Tolstoï). */
function nameWithTrema(word: string): string | undefined {
  const m = /^(\p{Lu}\p{Ll}*[aeo])\?$/u.exec(word);
  return m ? `${m[1]}ï` : undefined;
}

/** A spelling the lexicon knows as it is, in lower case, or (a name) with a capital. */
function knownSpelling(word: string, words: WordChecker): boolean {
  if (words.isKnownWord(word)) return true;
  const lower = word.toLowerCase();
  if (lower !== word && words.isKnownWord(lower)) return true;
  const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
  return capital !== word && words.isKnownWord(capital);
}

/** Known as a whole, or every hyphenated part that had a lost character is known (Jean-Noël). */
function knownRepair(candidate: string, damagedParts: Set<number>, words: WordChecker): boolean {
  if (knownSpelling(candidate, words)) return true;
  const parts = candidate.split('-');
  return parts.length > 1 && [...damagedParts].every((i) => knownSpelling(parts[i]!, words));
}

/** The letters a lost character may have been, upper case where the word is in capitals there. */
function lettersFor(word: string, at: number): string[] {
  const before = word[at - 1] ?? '';
  const after = word[at + 1] ?? '';
  const wordStart = at === 0 || before === '-';
  if (UPPER_LETTER.test(after) && (wordStart || UPPER_LETTER.test(before))) return ACCENTED_CAPITALS;
  if (wordStart) return [...ACCENTED, ...ACCENTED_CAPITALS];
  return ACCENTED;
}

/** Every spelling with each lost character replaced by one accented letter. */
function spellings(word: string): string[] {
  let out = [''];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const options = LOST_CHAR.test(ch) ? lettersFor(word, i) : [ch];
    out = out.flatMap((prefix) => options.map((o) => prefix + o));
  }
  return out;
}

/**
 * The one repair of a damaged word, or undefined. A word-initial lost letter may be a capital
 * (?tats-Unis) or not (l'?lection): both are tried, and the capital is kept only where the
 * lexicon knows the word with one or the sentence starts there.
 */
function repairWord(word: string, words: WordChecker, sentenceStart: boolean): string | undefined {
  const damagedParts = new Set<number>();
  word.split('-').forEach((part, i) => {
    if (LOST_CHAR.test(part)) damagedParts.add(i);
  });
  const known = spellings(word).filter((w) => knownRepair(w, damagedParts, words));
  // The same letter in upper and lower case is one repair; its case is decided below.
  const byLetters = new Map<string, string[]>();
  for (const w of known) {
    const key = w.toLowerCase();
    byLetters.set(key, [...(byLetters.get(key) ?? []), w]);
  }
  const chosen = byLetters.size === 1 ? [...byLetters.keys()][0] : mostFrequent([...byLetters.keys()], words);
  if (chosen === undefined) return undefined;
  const forms = byLetters.get(chosen)!;
  if (forms.length === 1) return forms[0];
  const capital = forms.find((w) => UPPER_LETTER.test(w[0]!))!;
  const lower = forms.find((w) => w !== capital)!;
  if (sentenceStart) return capital;
  return words.isKnownWord(lower) || words.isKnownWord(lower.toLowerCase()) ? lower : capital;
}

/** How much more frequent one spelling must be than every other to be chosen over them. */
const FREQUENCY_MARGIN = 10;

/** The spelling far more frequent than the others (même, not môme), or undefined. */
function mostFrequent(spellings: string[], words: WordChecker): string | undefined {
  if (!words.rank) return undefined;
  const ranked = spellings
    .map((w) => ({ w, rank: words.rank!(w) ?? Infinity }))
    .sort((a, b) => a.rank - b.rank);
  const [best, next] = ranked;
  return best && next && best.rank !== Infinity && next.rank >= best.rank * FREQUENCY_MARGIN ? best.w : undefined;
}

/** Whether the lexicon ranks `word` far above `other` (passé above pass, in "pass?"). */
function muchMoreFrequent(word: string, other: string, words: WordChecker): boolean {
  const a = words.rank?.(word);
  const b = words.rank?.(other) ?? Infinity;
  return a !== undefined && b >= a * FREQUENCY_MARGIN;
}

/** Whether the text before `at` ends a sentence (or is the paragraph's start). */
function startsSentenceAt(text: string, at: number): boolean {
  const from = Math.max(0, at - 12);
  const before = text.slice(from, at);
  return (from === 0 && /^[\s«"“—–-]*$/.test(before)) || /[.!?…]\s+[«"“—–-]?\s*$/.test(before);
}

function fixLostCharacters(text: string, words: WordChecker, repairs: Repair[], unresolved: string[]): string {
  return text.replace(CHUNK, (chunk: string, offset: number) => {
    // Hyphens and apostrophes at the edges, and question marks at the end, are punctuation.
    const lead = /^['’\-?]*/.exec(chunk)![0].replace(/\?+$/, '');
    const core = chunk.slice(lead.length).replace(/['’-]+$/, '');
    const tail = chunk.slice(lead.length + core.length);
    const questionMarks = /\?+$/.exec(core);
    const word = questionMarks ? core.slice(0, questionMarks.index) : core;
    const trailing = questionMarks?.[0] ?? '';
    const elision = ELISION.exec(word)?.[0] ?? '';
    const stem = word.slice(elision.length);
    const start = offset + lead.length + elision.length;
    const sentenceStart = elision === '' && startsSentenceAt(text, start);
    const damaged = LOST_CHAR.test(stem) && (LETTER.test(stem) || elision !== '');
    // A final ? is a question mark after a word, unless the word is unknown without it and one
    // letter in its place makes a known word (arriv? -> arrivé, Sergue? -> Sergueï).
    if (!damaged && trailing.length === 1 && stem !== '') {
      const repaired = repairWord(`${stem}?`, words, sentenceStart) ?? (knownSpelling(stem, words) ? undefined : nameWithTrema(`${stem}?`));
      if (repaired && (!knownSpelling(stem, words) || muchMoreFrequent(repaired, stem, words))) {
        repairs.push(lostRepair(`${elision}${stem}?`, elision + repaired));
        return lead + elision + repaired + tail;
      }
    }
    if (!damaged) return chunk;
    // A question mark between a word and a capitalised one ("quoi?Rien", "quoi ?Rien") is punctuation.
    if (/^\?\p{Lu}/u.test(stem)) return chunk;
    if (/\p{L}\?\p{Lu}/u.test(stem) && !stem.includes('\uFFFD')) return chunk;
    const lost = (stem.match(/[?\uFFFD]/g) ?? []).length;
    // Alone after qu' or jusqu', the lost letter is à (qu'à l'avenir, jusqu'à demain).
    const lone = !LETTER.test(stem) ? (/^(?:jusqu|qu|lorsqu|puisqu)/i.test(elision) && lost === 1 ? 'à' : undefined) : undefined;
    const repaired = lone ?? (lost <= MAX_LOST && LETTER.test(stem) ? repairWord(stem, words, sentenceStart) : undefined);
    if (!repaired) {
      unresolved.push(elision + stem);
      return chunk;
    }
    repairs.push(lostRepair(elision + stem, elision + repaired));
    return lead + elision + repaired + trailing + tail;
  });
}

function lostRepair(from: string, to: string): Repair {
  return { kind: 'encoding', from, to, why: `The source lost a character it could not encode: “${from}” is “${to}”.` };
}

// ---- A quote-like mark typed for the apostrophe: `c‘est`, `l`armée`, `qu´il` ----

/** An elided word, then ‘ ʼ ` ´ or ′ in the apostrophe's place, then a letter. */
const MARK_APOSTROPHE = new RegExp(`(?<![\\p{L}\\p{M}'’-])(${ELIDABLE_WORDS})[‘ʼ\`´′](?=\\p{L})`, 'giu');

function fixApostropheMarks(text: string, repairs: Repair[]): string {
  return text.replace(MARK_APOSTROPHE, (match: string, elided: string) => {
    const fixed = `${elided}’`;
    repairs.push({ kind: 'encoding', from: match, to: fixed, why: `“${match}” has a quotation mark or accent where French writes the apostrophe: “${fixed}”.` });
    return fixed;
  });
}

// ---- Capitals that lost their accent: `Etat`, `Etats-Unis`, `Elysée`, `A un mois` ----

/** Spellings the lexicon does not settle (names it knows both ways, or does not know). A Map: a word spelt « constructor » finds nothing. */
const CAPITAL_ACCENTS = new Map<string, string>(
  Object.entries({
    Etat: 'État', Etats: 'États', 'Etats-Unis': 'États-Unis', Elysée: 'Élysée', Egypte: 'Égypte',
    Equateur: 'Équateur', Ethiopie: 'Éthiopie', Emirats: 'Émirats', Erythrée: 'Érythrée',
    Eglise: 'Église', Ecole: 'École', Economie: 'Économie', Education: 'Éducation', Elections: 'Élections',
    Etienne: 'Étienne', Edouard: 'Édouard',
  }),
);
const CAPITAL_VARIANTS: Record<string, string[]> = { E: ['É', 'È', 'Ê'], A: ['À', 'Â'] };
const CAPITAL_WORD = /(?<![\p{L}\p{M}-])[EA]\p{Ll}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*(?![\p{L}\p{M}'’-])/gu;
/** "A" opening a sentence before a space is the preposition: a sentence never starts with the verb a. */
const SENTENCE_INITIAL_A = /(^|[.!?…]\s+|^[«"“—–-]\s*|[.!?…]\s+[«"“—–-]\s*)A(?=[ \u00a0])/g;

/** A word whose first letter is the damaged one: the whole word, or its first hyphenated part. */
function knownCapitalized(word: string, words: WordChecker): 'common' | 'name' | undefined {
  const dash = word.indexOf('-');
  const lower = word.toLowerCase();
  if (words.isKnownWord(lower) || (dash > 0 && words.isKnownWord(lower.slice(0, dash)))) return 'common';
  if (words.isKnownWord(word) || (dash > 0 && words.isKnownWord(word.slice(0, dash)))) return 'name';
  return undefined;
}

/**
 * The accented spelling of a capitalised E/A word, when the lexicon says the word is not right
 * as it is: unknown as written (Etats-Unis, Ecole), or known only as a name while its accented
 * form is a common word. Names known as written (Emmanuel, Europe, Eric) stay.
 */
function accentedCapital(word: string, words: WordChecker): string | undefined {
  const table = CAPITAL_ACCENTS.get(word);
  if (table) return table;
  const asIs = knownCapitalized(word, words);
  if (asIs === 'common') return undefined;
  const known = (CAPITAL_VARIANTS[word[0]!] ?? [])
    .map((c) => c + word.slice(1))
    .map((w) => ({ w, how: knownCapitalized(w, words) }))
    .filter((c) => c.how !== undefined);
  if (known.length !== 1) return undefined;
  if (asIs === 'name' && known[0]!.how !== 'common') return undefined;
  return known[0]!.w;
}

const WORD_BEFORE = /([\p{L}\p{M}]+)[\s\u00a0]+$/u;
const WORD_AFTER = /^[\s\u00a0]+([\p{L}\p{M}]+)/u;

/**
 * Whether a capitalised word that is neither a French word nor a name the lexicon is sure of
 * (Europe) stands next to the word: then it is part of a foreign name or title (Ultimate Edition,
 * Ultimate Echo Echo), which keeps its own spelling.
 */
function besideForeignName(text: string, start: number, end: number, words: WordChecker): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
  return [before, after].some(
    (w) => w !== undefined && UPPER_LETTER.test(w[0]!) && !words.isKnownWord(w.toLowerCase()) &&
      (!words.isKnownWord(w) || accentedCapital(w, words) !== undefined),
  );
}

/** A lower-case word of plain letters that French does not have (« day » in « Election day »): an English phrase's. */
function englishWord(word: string, words: WordChecker): boolean {
  return /^[a-z]{2,}$/u.test(word) && !frenchWord(word, words);
}

function fixCapitalAccents(text: string, words: WordChecker, repairs: Repair[], seen: Set<string>): string {
  const note = (from: string, to: string, why: string): void => {
    if (seen.has(from)) return;
    seen.add(from);
    repairs.push({ kind: 'accent', from, to, why });
  };
  const withA = text.replace(SENTENCE_INITIAL_A, (_m, before: string) => {
    note('A', 'À', 'French keeps accents on capitals: a sentence that starts with the preposition “à” starts with “À”.');
    return `${before}À`;
  });
  return withA.replace(CAPITAL_WORD, (word: string, offset: number) => {
    if (!CAPITAL_ACCENTS.get(word) && !startsSentenceAt(withA, offset) && besideForeignName(withA, offset, offset + word.length, words)) return word;
    // « Election day »: the head of an English phrase keeps its English spelling, even opening a sentence.
    const next = WORD_AFTER.exec(withA.slice(offset + word.length, offset + word.length + 40))?.[1];
    if (!CAPITAL_ACCENTS.get(word) && next !== undefined && englishWord(next, words)) return word;
    const fixed = accentedCapital(word, words);
    if (!fixed || fixed === word) return word;
    note(word, fixed, `French keeps accents on capitals: “${word}” is written “${fixed}”.`);
    return fixed;
  });
}

// ---- An elision left out before a vowel: `que Ali`, `de avions`, `si il` ----

/** The words French elides before a vowel, and the word before them that may not be a letter, an apostrophe or a hyphen. */
const FULL_FORM = /(?<![\p{L}\p{M}'’-])(que|de|le|la|je|ne|se|me|te|si) (?=([\p{L}][\p{L}\p{M}]*(?:-[\p{L}][\p{L}\p{M}]*)*)(?![\p{L}\p{M}'’]))/gu;
/**
 * A written vowel that is no vowel sound, or a word French does not elide before: « ou » before a vowel
 * (« oui », « ouest », « Ouattara »: a w), « i » before a vowel (« Iouri »: a y), « onze », « uhlan ».
 * Words with h or y are never repaired: many names have an aspirated h (« de Hollande »).
 */
const NO_ELISION = /^(?:ou[aeiouéèêîy]|i[aeiouéèêo]|onz|uh)/iu;
/** The verb forms before which « ne » may be « né » that lost its accent (« il est ne en 1950 »). */
const NE_AFTER = /^(?:est|sont|était|étaient|suis|es|sommes|êtes|fut|furent|été|a|ont|avait)$/u;
/** Prepositions and conjunctions after which « le »/« la » is surely the article of the next word. */
const ARTICLE_AFTER = /^(?:de|à|par|pour|sur|dans|avec|sans|contre|vers|chez|entre|selon|après|avant|depuis|pendant|sous|et|ou|mais)$/u;
const WORD_ENDING = /([\p{L}\p{M}'’-]+)[\s\u00a0]*$/u;

/** Whether the lexicon reads the word as a verb (or an auxiliary). */
function isVerbForm(word: string, words: WordChecker): boolean {
  return [...(words.readings?.(word) ?? []), ...(CLOSED_CLASS.get(word) ?? [])].some((r) => r.upos === 'VERB' || r.upos === 'AUX');
}

/** A French word: the lexicon's, or a grammatical word of the closed classes (« il », « on », « au »). */
function frenchWord(word: string, words: WordChecker): boolean {
  return knownSpelling(word, words) || CLOSED_CLASS.has(word.toLowerCase());
}

/**
 * The elided form of `little` before `next`, or undefined where the text may be right as it is.
 * Only a word that starts with a written vowel sounded as one is repaired (never h or y), only
 * where the words around are French (a Spanish « que es » stays), never « de » inside a name
 * (« Manoel de Oliveira »), « le un », « la une », an acronym, or a « ne » that may be « né ».
 */
function elidedBefore(little: string, next: string, previous: string | undefined, words: WordChecker): string | undefined {
  if (next.length < 2 || !/^[aeiouâàäéèêëîïôöûùüœæ]/iu.test(next) || NO_ELISION.test(next)) return undefined;
  if (/^\p{Lu}{2}/u.test(next)) return undefined;
  if (/^(?:le|la|de)$/u.test(little) && /^(?:un|une|uns|unes|unième)$/iu.test(next)) return undefined;
  if (previous !== undefined && /^\p{Ll}/u.test(previous) && !/['’]$/u.test(previous) && !frenchWord(previous, words)) return undefined;
  const name = /^\p{Lu}/u.test(next);
  if (little === 'si') return /^ils?$/u.test(next) ? "s" : undefined;
  // A name: only after « que » (« qu'Ali Bongo »). Before a name, « de » and an article are also
  // written in full on purpose (« traductions de Emmanuel Régis », a foreign title « le Eton Candle »).
  if (name) return little === 'que' ? 'qu' : undefined;
  if (!frenchWord(next, words)) return undefined;
  // An article only where nothing may be missing before its noun: after a preposition or a
  // conjunction (« est la [40e] édition » lost a word, not an elision).
  if ((little === 'le' || little === 'la') && (previous === undefined || !ARTICLE_AFTER.test(previous.toLowerCase()))) return undefined;
  if (little === 'ne' && previous !== undefined && NE_AFTER.test(previous)) return undefined;
  if (['je', 'ne', 'se', 'me', 'te'].includes(little) && next !== 'en' && !isVerbForm(next, words)) return undefined;
  return little === 'que' ? 'qu' : little.slice(0, -1);
}

/**
 * « qu'Yulia Surikova »: a Y before a vowel opens a name with a consonant sound (« que Yulia », like « de
 * Yoon », « le Yémen »), so the source's elision before it is undone (tuning s10c; the quiz's check
 * rejects it in every item quoting the sentence). Only after que and its compounds: « d'York », « l'Yonne »
 * keep their old elision.
 */
const ELIDED_BEFORE_Y = /(?<![\p{L}\p{M}'’-])(qu|jusqu|lorsqu|puisqu|Qu)['’](?=Y[aeiouéèêâîô])/gu;

function fixElisionBeforeConsonantY(text: string, repairs: Repair[]): string {
  return text.replace(ELIDED_BEFORE_Y, (match: string, little: string, offset: number) => {
    const full = `${little}e `;
    const next = /^[\p{L}-]+/u.exec(text.slice(offset + match.length))?.[0] ?? '';
    repairs.push({ kind: 'elision', from: `${match}${next}`, to: `${full}${next}`, why: `“${match}${next}”: a Y before a vowel is a consonant sound, so French writes “${full}${next}”.` });
    return full;
  });
}

function fixMissingElisions(text: string, words: WordChecker, repairs: Repair[]): string {
  // The text's own apostrophe: the typographic one where it uses it.
  const apostrophe = (text.match(/’/gu) ?? []).length > (text.match(/'/gu) ?? []).length ? '’' : "'";
  return text.replace(FULL_FORM, (match: string, little: string, next: string, offset: number) => {
    const previous = WORD_ENDING.exec(text.slice(Math.max(0, offset - 30), offset))?.[1];
    const elided = elidedBefore(little, next, previous, words);
    if (elided === undefined) return match;
    const from = `${little} ${next}`;
    const to = `${elided}${apostrophe}${next}`;
    repairs.push({
      kind: 'elision', from, to,
      why: `French elides “${little}” before a vowel: “${from}” is written “${to}”. (Only words that start with a vowel letter are repaired: before an h, elision depends on the word.)`,
    });
    return `${elided}${apostrophe}`;
  });
}

// ---- Typing slips: a doubled small word (`à à Stockholm`), a name glued to « et » (`Alaphilippeet le`) ----

/** Small words never written twice in a row (not « nous nous », « vous vous », « en en »). */
const DOUBLED = /(?<![\p{L}\p{M}'’-])(à|de|du|des|le|la|les|un|une|au|aux|et|dans|pour|par|sur|avec) \1 ([\p{L}\p{M}'’-]+)/gu;

function fixDoubledWords(text: string, repairs: Repair[]): string {
  return text.replace(DOUBLED, (match: string, word: string, next: string) => {
    const fixed = `${word} ${next}`;
    repairs.push({ kind: 'typo', from: match, to: fixed, why: `“${match}” has “${word}” twice: “${fixed}”.` });
    return fixed;
  });
}

/**
 * « au dépend de », « aux dépends de »: the locution is « aux dépens de » (at the expense of), which no
 * other phrase spells like; misspelt, « au » + a verb form is read as « à » of whatever verb comes before
 * (« se fasse au dépend de » matched « se faire à »: tuning s10c).
 */
const DEPENS = /(?<![\p{L}\p{M}'’-])([Aa])ux? dépen(?:ds?|s)(?= (?:de|du|des)\b| d['’])/gu;

/**
 * « un écart de prés d'une minute », « à prés de 40 km »: « prés » (meadows) takes a determiner, so with none
 * before it and « de » + an amount after, it is « près de » (nearly) misspelt; read as « pré » it taught
 * « meadow » (tuning s10f, 68). « les prés de la vallée » keeps its meadows.
 */
const PRES = /(?<!(?:^|[\s(])(?:les|des|ces|aux|nos|vos|leurs|mes|tes|ses|quelques|plusieurs|beaux|grands|verts)[ \u00a0]+)(?<![\p{L}\p{M}'’-])([Pp])rés(?= (?:de (?:\d|un |une |quelques |plus |moins |la moitié|deux |trois |dix |cent |mille )|d['’](?:un |une |\d)))/gu;

function fixMisspeltLocutions(text: string, repairs: Repair[]): string {
  const depens = text.replace(DEPENS, (match: string, a: string) => {
    const fixed = `${a}ux dépens`;
    if (match === fixed) return match;
    repairs.push({ kind: 'typo', from: match, to: fixed, why: `“${match}” is the locution “aux dépens de” misspelt: “${fixed}”.` });
    return fixed;
  });
  return depens.replace(PRES, (match: string, p: string) => {
    const fixed = `${p}rès`;
    repairs.push({ kind: 'typo', from: match, to: fixed, why: `“${match}” before an amount is “près de” (nearly) misspelt: “${fixed}”.` });
    return fixed;
  });
}

const CAPITALISED = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}]+(?:-\p{L}[\p{L}\p{M}]*)*(?![\p{L}\p{M}'’-])/gu;

function capitalisedWords(text: string): string[] {
  return [...text.matchAll(CAPITALISED)].map((m) => m[0]);
}

/**
 * The capitalised words of the evidence, read once per evidence: the importer repairs a text one
 * paragraph at a time with the whole text as evidence, which would otherwise be read again for each.
 */
const evidenceNames = new WeakMap<readonly string[], ReadonlySet<string>>();
function capitalisedIn(evidence: readonly string[]): ReadonlySet<string> {
  let names = evidenceNames.get(evidence);
  if (names === undefined) {
    names = new Set(evidence.flatMap(capitalisedWords));
    evidenceNames.set(evidence, names);
  }
  return names;
}

/**
 * « Julian Alaphilippeet le cycliste »: a capitalised word that French does not know, ending in « et » before a
 * lower-case word, whose part before « et » stands as a name elsewhere in the text, is that name and « et ».
 * Without that evidence (« Edward Theunset ») the word stays as it is.
 */
function fixGluedEt(paragraphs: string[], evidence: readonly string[], words: WordChecker, repairs: Repair[]): string[] {
  const names = new Set([...capitalisedIn(evidence), ...paragraphs.flatMap(capitalisedWords)]);
  return paragraphs.map((p) => p.replace(CAPITALISED, (word: string, offset: number) => {
    const name = word.slice(0, -2);
    if (!word.endsWith('et') || name.length < 2 || !names.has(name) || words.isKnownWord(word) || words.isKnownWord(word.toLowerCase())) return word;
    if (!/^[ \u00a0]+\p{Ll}/u.test(p.slice(offset + word.length))) return word;
    const fixed = `${name} et`;
    repairs.push({ kind: 'typo', from: word, to: fixed, why: `“${word}” is the name “${name}” glued to “et”: “${fixed}”.` });
    return fixed;
  }));
}

/** The same repair made in several places is reported once. */
export function uniqueRepairs(repairs: Repair[]): Repair[] {
  return [...new Map(repairs.map((r) => [`${r.kind}|${r.from}|${r.to}`, r])).values()];
}

/**
 * Repairs every paragraph; repairs of the same kind and text are reported once. `evidence` is the
 * rest of the text, when the paragraphs are repaired one at a time: a name it holds is known.
 */
export function repairText(paragraphs: string[], words: WordChecker, evidence: readonly string[] = []): RepairResult {
  const repairs: Repair[] = [];
  const unresolved: string[] = [];
  const accentsSeen = new Set<string>();
  const repaired = fixGluedEt(paragraphs, evidence, words, repairs).map((p) => {
    let text = fixMojibake(p, repairs);
    text = fixApostropheMarks(text, repairs);
    text = fixLostCharacters(text, words, repairs, unresolved);
    text = fixCapitalAccents(text, words, repairs, accentsSeen);
    text = fixMissingElisions(text, words, repairs);
    text = fixElisionBeforeConsonantY(text, repairs);
    text = fixDoubledWords(text, repairs);
    text = fixMisspeltLocutions(text, repairs);
    return fixConfusions(text, words, repairs);
  });
  return { paragraphs: repaired, repairs: uniqueRepairs(repairs), unresolved: [...new Set(unresolved)] };
}
