// A capitalised word inside a proper name (« Alternative pour l'Allemagne », « La Souterraine »)
// that the analysis tagged as the common word: taught, it would teach *alternatif* or *souterrain*
// from a party or a town. Shared by the importer's glossary choice and the quiz's vocabulary.

/** Small words that join the capitalised words of one name: « Alternative pour l'Allemagne », « Banque de France ». */
const NAME_LINKS = new Set(['de', 'du', 'des', 'd', 'pour', 'la', 'le', 'les', 'l', 'et', 'sur', 'en', 'à', 'au', 'aux']);

const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;

function capitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Whether the word at [start, end) of text, in the sentence starting at sentenceStart, is a piece
 * of a proper name: capitalised, not the first word of its sentence (nor of a quotation), and
 * either next to another capitalised word (through the small words that join a name's parts), after
 * a capitalised article « La/Le/Les » in mid-sentence, or opening a parenthesis in mid-sentence.
 */
export function wordOfName(text: string, start: number, end: number, sentenceStart: number): boolean {
  const word = text.slice(start, end);
  if (!capitalised(word)) return false;
  const before = text.slice(sentenceStart, start);
  // The first word of the sentence, of a quotation or after a colon is capitalised anyway.
  if (/^[\s«“"(—–-]*$/u.test(before) || /[«“":]\s*$/u.test(before)) return false;
  // « a chanté (Utile) », « (La Marseillaise) »: mid-sentence, a parenthesis opens on a capital only
  // for a name or a title (tuning s11b, 55: the song taught as *utile* = useful).
  if (/\(\s*$/u.test(before)) return true;
  const words = (s: string) => [...s.matchAll(WORD)].map((m) => m[0]);
  const previous = words(before);
  // « la revue scientifique américaine Science », « le quotidien Libération », « le film Titanic »: a
  // capitalised word after a noun of a publication or a work, with at most two adjectives between,
  // is its title (tuning s12b: the journal taught as *science*).
  if (afterWorkNoun(before)) return true;
  // « La Souterraine » in mid-sentence: an article capitalised there belongs to a name.
  const article = previous[previous.length - 1];
  if (article !== undefined && /^L(?:a|e|es)$/u.test(article) && previous.length > 1) return true;
  if (/\bL['’]$/u.test(before) && previous.length > 1) return true;
  const nextCapital = (list: string[]) => {
    for (const w of list) {
      if (capitalised(w)) return true;
      if (!NAME_LINKS.has(w.toLowerCase())) return false;
    }
    return false;
  };
  // The word just before capitalised (and not the sentence's first, capitalised anyway), or the
  // next capitalised word reached through the links of a name.
  const prevCapital = previous.length > 1 && /\p{Lu}[\p{L}\p{M}-]*\s+$/u.test(before);
  // « au Parc des Princes », « la Promenade des Anglais »: a capitalised plural right after « des »
  // and a capitalised word (not the sentence's first) ends a name; French writes a common plural
  // there in lower case (« l'Afrique de l'Ouest » keeps its singular noun).
  const pluralAfterDes = previous.length > 2 && /[sx]$/u.test(word) && /\p{Lu}[\p{L}\p{M}-]*\s+des\s+$/u.test(before);
  const sentenceEnd = text.slice(end).search(/[.!?;,:]/u);
  const after = text.slice(end, sentenceEnd < 0 ? undefined : end + sentenceEnd);
  return prevCapital || pluralAfterDes || nextCapital(words(after).slice(0, 4));
}

/** Nouns of a publication or a work, that a title follows: « la revue Science », « l'album Blackstar ». */
const WORK_NOUNS = new Set([
  'revue', 'journal', 'quotidien', 'hebdomadaire', 'mensuel', 'magazine', 'périodique', 'film', 'livre', 'roman', 'album', 'chanson',
  'pièce', 'série', 'émission', 'documentaire', 'opéra', 'ballet', 'essai', 'recueil', 'feuilleton', 'téléfilm', 'spectacle',
]);
/** An adjective's ending, for the words between the noun and its title (scientifique, américaine, satirique). */
const ADJECTIVE_ENDING = /(?:ique|aire|ien|ienne|ais|aise|ain|aine|al|ale|el|elle|if|ive|eux|euse|in|ine|ois|oise|and|ande|ard|arde|é|ée)s?$/u;

/** Whether the text before a word ends on a noun of a work and at most two adjectives, with no pause. */
function afterWorkNoun(before: string): boolean {
  const tail = /((?:[\p{Ll}\p{M}-]+\s+){1,3})$/u.exec(before)?.[1];
  if (tail === undefined) return false;
  const list = tail.trim().split(/\s+/u);
  for (let k = list.length - 1; k >= 0; k--) {
    if (WORK_NOUNS.has(list[k]!)) return true;
    if (!ADJECTIVE_ENDING.test(list[k]!)) return false;
  }
  return false;
}

/**
 * The capitalised words of the text that are a piece of a name at one of their occurrences
 * (« D'après Le Parisien »): their other capitalised occurrences are the same name, where nothing
 * around them says so (« au Parisien », « Le Parisien précise… » opening a sentence).
 */
export function nameWordsOf(text: string, sentenceStartAt: (offset: number) => number): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    if (capitalised(m[0]) && !names.has(m[0]) && wordOfName(text, m.index, m.index + m[0].length, sentenceStartAt(m.index))) names.add(m[0]);
  }
  return names;
}

/** Whether the word at [start, end) is a piece of a name: by its own context, or as a name word found elsewhere in the text. */
export function inName(text: string, start: number, end: number, sentenceStart: number, names: ReadonlySet<string>): boolean {
  return names.has(text.slice(start, end)) || wordOfName(text, start, end, sentenceStart);
}
