// What the generators draw on: the lesson's text, its sentences, and its vocabulary with every
// occurrence located in the full text. Built once per quiz from the lesson, reader document and analysis.
import { segmentText, type GlossOrigin, type Lesson, type ReaderDocument } from '../lesson/model';
import type { Analysis, AnalyzedToken, Gender, Upos } from '../text/types';
import { englishParticiple } from '../text/glosses';
import { MULTIPLICATIVES } from '../text/tagger';
import { fold, LETTER } from './french';
import { lessonText, paragraphStarts } from './lessonText';
import { AUTOMATIC_GLOSS_NOTE } from '../import/vocabulary';
import { inName, nameWordsOf } from '../import/nameWord';
import { REPORTING_VERBS } from './reporting';
import { MONTHS, WEEKDAYS } from './places';
import { QuizInputError, type QuizOptions, type Span } from './types';

export interface Occurrence {
  surface: string;
  span: Span;
  sentence: Span;
}

export interface VocabEntry {
  key: string;
  lemma: string;
  pos: Upos;
  gender?: Gender;
  /** The whole gloss, senses separated by `;`. */
  gloss: string;
  /** The senses, most relevant first. */
  senses: string[];
  note?: string;
  multiword: boolean;
  origin: GlossOrigin;
  /** Frequency band: 0 most frequent .. 3 rarest (see frequencyBand). */
  band: number;
  /**
   * Whether the first sense is known to be the one the text uses: a one-sense word or expression,
   * a gloss written for this lesson by hand, or a reporting verb used as one (« a assuré que »).
   * Only settled entries are translated in a quiz (« fonctions » is not « function » in « démis de ses fonctions »).
   */
  settled: boolean;
  occurrences: Occurrence[];
}

export interface QuizSource {
  lesson: Lesson;
  text: string;
  sentences: Span[];
  tokens: AnalyzedToken[];
  vocab: VocabEntry[];
}

const NOT_LETTER = new RegExp(`[^${LETTER}]`, 'gu');

/** Parts of speech worth a vocabulary question. */
const TEACHABLE = new Set<Upos>(['NOUN', 'VERB', 'ADJ', 'ADV']);

/**
 * Grammatical words, never quizzed as vocabulary even where a lesson glosses them: they carry no
 * content to translate (« ne » = "not" is grammar, not vocabulary).
 */
const FUNCTION_WORDS = new Set(
  ('ne pas plus que qu y en le la les un une des du de d à au aux et ou mais donc or ni car si se sa son ses leur leurs ' +
    'ce cet cette ces qui quoi dont où il elle ils elles on nous vous je tu me te lui eux entre dans sur sous par pour ' +
    'avec sans chez vers contre depuis pendant selon comme très trop peu non oui tout tous toute toutes aucun aucune ' +
    // « ci » of « celui-ci » written apart (« celui ci ») is no word = here.
    'ci ' +
    // The interrogatives, like « où »: « on ne voit pas comment elle a pu… » is grammar, not « comment » = how.
    'comment pourquoi quand combien quel quelle quels quelles ' +
    // The possessive pronouns: « une galaxie proche de la nôtre » is grammar, not « nôtre » = ours.
    'mien mienne miens miennes tien tienne tiens tiennes sien sienne siens siennes nôtre nôtres vôtre vôtres')
    .split(' ')
    // Folded as the lookup folds the lemma: « très », « où », « à » are found.
    .map(fold),
);
const CLOSED_CLASS = new Set<string>(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'NUM', 'SYM', 'X', 'INTJ']);

/** A single grammatical word (« ne », « le », « entre »): no vocabulary item may exercise it. */
export function isFunctionWord(lemma: string, pos: string): boolean {
  return !/\s/u.test(lemma.trim()) && (CLOSED_CLASS.has(pos) || FUNCTION_WORDS.has(fold(lemma)));
}

/** Words too common to quiz unless the lesson itself glosses them. */
const TOO_COMMON = new Set(
  ('être avoir faire dire pouvoir aller voir savoir vouloir devoir venir prendre mettre donner ' +
    'plus très aussi bien tout autre même deux premier grand nouveau ainsi encore déjà alors ' +
    'an année jour fois chose homme temps monde part cas')
    .split(' ')
    .map(fold),
);

/** Days and months: when-questions ask about them; as vocabulary distractors they are giveaways. */
const CALENDAR = new Set([...WEEKDAYS, ...MONTHS]);

/**
 * Frequency band of a lemma: from the caller's rank when known, else from where its gloss came
 * from (the core lexicon holds the frequent words, automatic glosses the rare ones) and its shape.
 */
export function frequencyBand(
  unit: { lemma: string; pos: Upos; origin: GlossOrigin; multiword: boolean },
  rank?: QuizOptions['rank'],
): number {
  const r = rank?.(unit.lemma, unit.pos);
  if (r !== undefined) return r <= 1000 ? 0 : r <= 5000 ? 1 : r <= 20000 ? 2 : 3;
  if (unit.multiword) return 2;
  if (unit.origin === 'auto') return 3;
  if (unit.origin === 'core') return unit.lemma.length <= 6 ? 0 : 1;
  return unit.lemma.length <= 6 ? 1 : 2;
}

export function splitSenses(gloss: string): string[] {
  return gloss
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A verb's senses without the English participle a bare participle puts first (« les œuvres,
 * peintes au XVIIe siècle »: painted; to paint): the same meaning as the verb's sense after it, not a
 * sense of its own for the quiz to doubt between.
 */
function withoutParticipleSense(senses: string[]): string[] {
  return senses.length > 1 && senses[1]!.startsWith('to ') && englishParticiple(senses[1]!) === senses[0] ? senses.slice(1) : senses;
}

/** The sentence containing an offset (or the whole paragraph-free text when none does). */
export function sentenceAt(sentences: readonly Span[], offset: number, text: string): Span {
  for (const s of sentences) if (s.start <= offset && offset < s.end) return s;
  return { start: 0, end: text.length };
}

/** Full-text spans of each unit occurrence, found by walking the document's segments in order. */
function unitSpans(lesson: Lesson, doc: ReaderDocument): Map<number, Span> {
  const spans = new Map<number, Span>();
  const starts = paragraphStarts(lesson);
  doc.paragraphs.forEach((para, pi) => {
    const text = lesson.paragraphs[pi]?.text;
    const base = starts[pi];
    if (text === undefined || base === undefined) return;
    let cursor = 0;
    for (const sentence of para.sentences) {
      for (const seg of sentence.segments) {
        const piece = segmentText(seg, 'unit' in seg ? doc.units[seg.unit] : undefined);
        if (!piece) continue;
        const at = text.indexOf(piece, cursor);
        if (at < 0) continue;
        if ('unit' in seg) {
          // A discontinuous unit spans from its first part to its last.
          const earlier = seg.part ? spans.get(seg.unit) : undefined;
          spans.set(seg.unit, { start: earlier?.start ?? base + at, end: base + at + piece.length });
        }
        cursor = at + piece.length;
      }
    }
  });
  return spans;
}

/** Lessons written by the importer carry this tag: their glossary rows are the lexicon's, not a teacher's choice of sense. */
const IMPORTED_TAG = 'imported';

/**
 * A sense the engine is not sure of, whatever the number of its senses: an automatic gloss (made
 * up from the word's parts, « retransmettre » = "to pass on again" for "to broadcast"), or a past
 * participle read as a noun and glossed word for word (« une charte, baptisée… » = "baptised" for
 * "named"). Teaching it would teach a wrong sense.
 */
export function senseInDoubt(entry: Pick<VocabEntry, 'lemma' | 'pos' | 'origin' | 'note' | 'senses' | 'multiword'>): boolean {
  if (entry.origin === 'inline') return false;
  if (entry.origin === 'auto' || (entry.note ?? '').includes(AUTOMATIC_GLOSS_NOTE)) return true;
  return !entry.multiword && entry.pos === 'NOUN' && /(?:é|ée|és|ées)$/u.test(entry.lemma) && /^(?:to )?[a-z]+(?:ed|en)$/u.test(entry.senses[0] ?? '');
}

function senseSettled(entry: VocabEntry, lesson: Lesson): boolean {
  if (senseInDoubt(entry)) return false;
  if (entry.senses.length === 1 || entry.origin === 'inline') return true;
  return entry.origin === 'lesson' && !(lesson.meta.tags ?? []).includes(IMPORTED_TAG);
}

/**
 * How an entry is shown: its lemma, except an impersonal expression, whose lemma keeps the
 * infinitive for matching (« il en être de même ») and is no French: it is shown in the text's
 * own words (« il en est de même »).
 */
function citationForm(unit: { lemma: string; text: string; multiword: boolean }, spanText: string): string {
  if (!unit.multiword || !/^il\s/iu.test(unit.lemma) || !/^il\s/iu.test(unit.text)) return unit.lemma;
  // « Il a suffi de »: the expression's words skip the auxiliary (« il … suffi de »), which is no
  // French; the words of the text from its first to its last are.
  // Quotation marks of the text between the parts go: « il suffisait « simplement de » » would show
  // an unbalanced « in the choices and the matching column.
  const words = /[…]/u.test(unit.text) ? spanText.replace(/[«»“”"]/gu, ' ').replace(/\s+/gu, ' ').trim() : unit.text;
  if (/[…]/u.test(words) || words.split(' ').length > unit.text.split(/\s+/u).length + 2) return unit.lemma;
  return `i${words.slice(1)}`;
}

/** The second words of a negation (« ne … point », « ne … guère »): without a « ne » they are other words (a point, ever). */
const NEGATION_ADVERBS = new Set(['point', 'guere', 'jamais', 'nullement', 'aucunement']);
const NE_BEFORE = /(?:^|[^\p{L}])(?:ne\s|n['’])/iu;

/** « s'est félicitée », « s'y conformer », « s'en est pris »: a clitic « se » before the verb (maybe with « y »/« en » and its auxiliary). */
const REFLEXIVE_BEFORE = /(?:^|[\s«“(])(?:se|s['’])\s*(?:(?:y|en)\s+)?(?:(?:est|sont|était|étaient|sera|seront|serait)\s+)?$/iu;

/** A determiner or a preposition's article just before a word: it then stands as a noun (« les tués », « des blessés »). */
const NOUN_DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:le|la|les|l['’]|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos|quelques|plusieurs|deux|trois|de|d['’])\s*$/iu;

/** Nouns of an approximate number: « une centaine » is about a hundred, « des centaines » hundreds. */
const APPROXIMATE_NUMBERS = new Set('dizaine douzaine quinzaine vingtaine trentaine quarantaine cinquantaine soixantaine centaine millier'.split(' '));

/**
 * An occurrence whose sense the entry does not give: a verb used pronominally but glossed as the
 * plain verb (« s'est félicitée » taught as « féliciter » = to congratulate, for « se féliciter » =
 * to welcome), an adjective taken for a verb's second person (« conformes »), a participle taken for a
 * noun (« tué en Syrie »), or an expression matched in a form of another meaning (« le travail forcé », forced
 * labour, matched as « travaux forcés » = hard labour).
 */
export function occurrenceInDoubt(unit: { lemma: string; pos: string; text: string; multiword: boolean; origin: GlossOrigin }, before: string): boolean {
  if (unit.origin === 'inline') return false;
  // An expression too: « L'ouverture se fera avec Daniel Radcliffe » (se faire, to take place) is no « faire avec ».
  if (unit.pos === 'VERB' && !/^s(?:e\s|['’])/iu.test(unit.lemma) && REFLEXIVE_BEFORE.test(before)) return true;
  // « élections conformes à la loi » read as « tu conformes » (conformer = to comply): news has no
  // second person, so the form is an adjective the analysis took for the verb.
  if (!unit.multiword && unit.pos === 'VERB' && /er$/u.test(unit.lemma) && fold(unit.text) === `${fold(unit.lemma).slice(0, -1)}s`) return true;
  // « un jihadiste tué en Syrie »: a past participle after a noun, with no determiner of its own, is
  // the verb's participle the analysis took for the noun (« les tués » = the dead stays a noun).
  if (!unit.multiword && unit.pos === 'NOUN' && /(?:é|ée|és|ées)$/u.test(unit.lemma) && !NOUN_DETERMINER_BEFORE.test(before)) return true;
  // « des centaines de partisans » (hundreds): the gloss « about a hundred » is the singular's.
  if (!unit.multiword && unit.pos === 'NOUN' && APPROXIMATE_NUMBERS.has(fold(unit.lemma)) && /s$/u.test(unit.text)) return true;
  if (unit.multiword) {
    const lemmaHead = fold(unit.lemma).split(/\s+/u)[0] ?? '';
    const surfaceHead = fold(unit.text).split(/\s+/u)[0] ?? '';
    // A lexicalised plural (« travaux forcés », « droits de l'homme ») met in the singular is another phrase.
    if (lemmaHead !== surfaceHead && /[sx]$/u.test(lemmaHead) && !/[sx]$/u.test(surfaceHead)) return true;
  }
  return false;
}

/**
 * Adjectives that stand before their noun (« l'ancien président », « un nouveau gouvernement », « la
 * seule issue »): after a determiner they are in their place, not a noun the analysis misread.
 */
const PREPOSED_ADJECTIVES = new Set(
  ('grand petit nouveau nouvel ancien premier dernier deuxième second troisième jeune vieux vieil bon mauvais beau bel haut ' +
    'long gros seul prochain principal même autre certain différent divers nombreux fameux véritable vrai faux simple pur ' +
    'meilleur pire moindre large lourd court plein bref éventuel futur présumé prétendu soi-disant double triple énorme ' +
    'immense important fort terrible violent récent actuel ultime unique précédent rare propre dit potentiel')
    .split(' ')
    .map(fold),
);

/**
 * A reading of one word that its neighbours contradict, so that the gloss is likely of another word
 * of the same spelling (the analysis cannot see it; the quiz can see the context):
 * - an adjective right after a determiner that is not one of those that stand before a noun: a noun
 *   read as the adjective (« l'offensive » read as the adjective *offensif*, taught « offensive »);
 * - an infinitive right after a name and a comma: an apposed noun read as the verb (« Damien
 *   Saillier, officier au centre d'appel » taught as *officier* = to officiate);
 * - a verb right after a determiner, or a determiner and an adjective (« la marche », « le vote »,
 *   « un remarquable triplé » read as verbs).
 */
export function readingInDoubt(tokens: readonly AnalyzedToken[], index: number, text: string): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (!token || !previous) return false;
  const surface = text.slice(token.start, token.end);
  // « les Iraniens », « les Syriens »: a people, the adjective's sense; not a misreading.
  const people = /^\p{Lu}/u.test(surface) && /[sx]$/u.test(surface);
  if (token.upos === 'ADJ' && previous.upos === 'DET' && !people && !PREPOSED_ADJECTIVES.has(fold(token.lemma))) return true;
  if (token.upos === 'VERB' && previous.upos === 'DET') return true;
  // « un remarquable triplé »: past an adjective too, a determiner makes a noun (not *tripler*).
  if (token.upos === 'VERB' && previous.upos === 'ADJ' && tokens[index - 2]?.upos === 'DET') return true;
  // « la sonde, qui orbite autour de Saturne »: right after « qui », a subject pronoun or « ne », a
  // word is a verb, not a noun (review 10, item 90: « orbite = orbit » shown with the verb).
  if (token.upos === 'NOUN' && /^(?:qui|ne|n['’]|il|elle|ils|elles|on|je|j['’]|tu)$/iu.test(text.slice(previous.start, previous.end))) return true;
  // « confié au Parisien »: a demonym in the singular, capitalised after « le », « au », « du » with no
  // name after it, is a title (a newspaper); « l'Iranien Hassan Rohani », « les Iraniens », « le
  // Parlement » keep their sense.
  const next = tokens[index + 1];
  if (
    (token.upos === 'NOUN' || token.upos === 'ADJ') &&
    /^\p{Lu}\p{Ll}/u.test(surface) &&
    !/[sx]$/u.test(surface) &&
    /(?:ien|ienne|ais|aise|ois|oise|ain|aine)$/u.test(token.lemma) &&
    /^(?:le|la|l['’]|au|du)$/iu.test(text.slice(previous.start, previous.end)) &&
    next?.upos !== 'PROPN'
  ) return true;
  // « en perdant sur un score de 6 à 1 »: after « en », a form in -ant is a gerund, not the noun or
  // adjective (*perdant* = loser) the analysis read (as « en maintenant », tuning s10f).
  if ((token.upos === 'NOUN' || token.upos === 'ADJ') && /ant$/u.test(fold(surface)) && /^en$/iu.test(text.slice(previous.start, previous.end))) return true;
  // « la compagnie aérienne française »: a people's noun (its gloss a capitalised English word,
  // « Frenchwoman ») in lower case right after a noun or adjective is the adjective of that noun.
  if (token.upos === 'NOUN' && /^\p{Ll}/u.test(surface) && (previous.upos === 'NOUN' || previous.upos === 'ADJ') && /^\p{Lu}/u.test(token.gloss ?? '')) return true;
  // « le quintuple champion », « le double vainqueur »: a multiplying numeral before a noun is the
  // adjective (five-time), not the noun (five times as much), whatever tag the noun after it got.
  if (token.upos === 'NOUN' && MULTIPLICATIVES.has(token.lemma.toLowerCase()) && (next?.upos === 'NOUN' || next?.upos === 'ADJ')) return true;
  const name = tokens[index - 2];
  if (token.upos === 'VERB' && fold(surface) === fold(token.lemma) && previous.upos === 'PUNCT' && text.slice(previous.start, previous.end) === ',' && name?.upos === 'PROPN') return true;
  return false;
}

type ReadingsOf = NonNullable<QuizOptions['readings']>;

/** Two lemmas of one word family: they share all but the last two letters of the shorter, at least three (« menace »/« menacer », not « est »/« être »). */
function sameFamily(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 3 && common >= Math.min(a.length, b.length) - 2;
}

/**
 * A spelling the lexicon also reads as a word of another lemma, at an instance where nothing around
 * it backs the analysis's choice: « c‘est » read as the noun *est* (east) beside *être*, « Saturne,
 * est en orbite ». The analysis picks one reading; a teacher who cannot tell which would not teach
 * the word from there. A noun is backed by a determiner, numeral or preposition before it (maybe
 * past one adjective: « son premier tour »); a verb by its subject (a pronoun, a noun, a name), an
 * auxiliary, an adverb or « ne » before it; an adjective by the noun, determiner, auxiliary or adverb
 * before it or the noun after it; an adverb by a verb before it. A reading of the same word family
 * (« menace », *menacer*) is no competitor. Other instances of the word may still teach it.
 */
export function homographInDoubt(tokens: readonly AnalyzedToken[], index: number, text: string, readings: ReadingsOf | undefined): boolean {
  const token = tokens[index];
  if (!token || !readings) return false;
  const surface = text.slice(token.start, token.end);
  const chosen = fold(token.lemma);
  const all = [...readings(surface), ...(/^\p{Lu}/u.test(surface) ? readings(surface.toLowerCase()) : [])];
  // A reading of the same word family (« menace » the noun or *menacer*, « armés » *armé* or
  // *armer*) teaches about the same thing; only another word is a competitor (*est* and *être*).
  if (!all.some((r) => r.upos !== 'PROPN' && r.upos !== 'PUNCT' && !sameFamily(fold(r.lemma), chosen))) return false;
  const previous = tokens[index - 1];
  const before = tokens[index - 2];
  const next = tokens[index + 1];
  const is = (t: AnalyzedToken | undefined, ...upos: Upos[]): boolean => t !== undefined && upos.includes(t.upos);
  switch (token.upos) {
    case 'NOUN':
      return !(is(previous, 'DET', 'NUM', 'ADP') || (is(previous, 'ADJ') && is(before, 'DET')));
    case 'VERB':
      // « tout en reconnaissant »: « en » and a present participle is a gerund.
      if (/ant$/u.test(surface) && /^en$/iu.test(previous ? text.slice(previous.start, previous.end) : '')) return false;
      return !(is(previous, 'PRON', 'AUX', 'NOUN', 'PROPN', 'ADV') || /^(?:ne|n['’])$/iu.test(previous ? text.slice(previous.start, previous.end) : ''));
    case 'ADJ':
      return !(is(previous, 'NOUN', 'AUX', 'ADV', 'DET') || is(next, 'NOUN'));
    case 'ADV':
      return !is(previous, 'VERB', 'AUX');
    default:
      return false;
  }
}

/**
 * An expression met where its words are as likely to be read freely, so that the match alone does
 * not show the text uses it (a teacher would not teach it from there):
 * - a preposition and an infinitive right after a verb or adjective, which may govern the
 *   preposition (« tarder à venir », « il aime à venir » are no « à venir » = upcoming; « les
 *   semaines à venir » is);
 * - « en » + a verb met as a gerund (« en revenant à la chambre basse » is no « en revenir à »);
 * - an « avoir » expression inside « il y a » (« il y a aussi le choix du président » is no « avoir
 *   le choix », « il y en avait assez » no « en avoir assez »);
 * - a verb expression ending in its preposition where a time phrase follows (« la partie a failli
 *   basculer dans les 10 dernières minutes » is no « basculer dans » = to tip into: « dans » says when);
 * - « de » + a noun after a number (or « un », « plusieurs », « quelques ») and a noun, which the noun
 *   may complement (« 4 buts d'avance », « une minute d'avance » are a lead, no « d'avance » = in advance).
 */
export function expressionLiteralProne(
  tokens: readonly AnalyzedToken[],
  expression: { lemma: string; upos?: Upos; parts: readonly number[] } | undefined,
  text: string,
): boolean {
  if (!expression || expression.parts.length < 2) return false;
  const words = expression.parts.map((i) => tokens[i]);
  const [a, b] = words;
  if (!a || !b || words.some((t) => t === undefined)) return false;
  const form = (t: AnalyzedToken | undefined): string => (t ? fold(text.slice(t.start, t.end)) : '');
  const lemmaWords = fold(expression.lemma).split(/\s+/u);
  const previous = tokens[(expression.parts[0] ?? 0) - 1];
  if (words.length === 2 && a.upos === 'ADP' && (b.upos === 'VERB' || b.upos === 'AUX')) return previous !== undefined && ['VERB', 'AUX', 'ADJ'].includes(previous.upos);
  if (lemmaWords[0] === 'en' && form(a) === 'en' && ['VERB', 'AUX', 'NOUN', 'ADJ'].includes(b.upos) && /ant$/u.test(form(b))) return true;
  const first = expression.parts[0] ?? 0;
  const last = expression.parts[expression.parts.length - 1] ?? 0;
  // « dans l'ensemble du pays », « pour la plupart des êtres vivants », « au quotidien du soir »,
  // « procédé à l'essai réussi d'un missile »: an adverbial phrase ending in a noun that a « de »
  // complement follows (past its adjectives) is a longer phrase, its noun another's head.
  if (expression.upos === 'ADV' && tokens[last]?.upos === 'NOUN' && deComplementAfter(tokens, last + 1, text)) return true;
  // « avoir peu à gagner » (to have little to gain) is no « avoir à » (to have to): a quantity
  // before a verbal entry's final preposition is that preposition's object.
  const final = form(tokens[last]);
  if (expression.upos === 'VERB' && (final === 'a' || final === 'de' || final === "d'") && QUANTITY_ADVERBS.has(form(tokens[last - 1])) && !expression.parts.includes(last - 1)) return true;
  // « ne contrôlent maintenant que quelques quartiers » is ne … que (only), no « maintenant que »
  // (now that): the analysis read the final que as the restriction's adverb.
  if (lemmaWords[lemmaWords.length - 1] === 'que' && /^qu(?:e|['’])$/u.test(form(tokens[last])) && tokens[last]?.upos === 'ADV') return true;
  const avoir = words.find((t) => t !== undefined && fold(t.lemma) === 'avoir');
  if (avoir && lemmaWords.includes('avoir')) {
    const at = tokens.indexOf(avoir);
    return [tokens[at - 1], tokens[at - 2]].some((t) => form(t) === 'y');
  }
  if ((expression.upos === 'VERB' || a.upos === 'VERB') && tokens[last]?.upos === 'ADP' && timePhraseAt(tokens, last + 1, text)) return true;
  // « trois fois de suite » stays: « fois » counts events and measures nothing.
  const counted = tokens[first - 1];
  const quantity = tokens[first - 2];
  // The quantity may be « un », « une », « plusieurs », « quelques » too: « plus d'une minute d'avance » is a lead (tuning s10c).
  const counts = quantity?.upos === 'NUM' || /^\d/u.test(form(quantity)) || (quantity?.upos === 'DET' && COUNTING_DETERMINERS.has(form(quantity)));
  if (words.length === 2 && /^d(?:e|['’])$/u.test(form(a)) && b.upos === 'NOUN' && counted?.upos === 'NOUN' && form(counted) !== 'fois' && counts) return true;
  return false;
}

/** What stands before a sentence's first word, or a headline's after its rubric (« Informatique : »). */
const OPENING_BEFORE = /^[\s«“"(—–-]*$|^[^.!?:«»]{1,40}:\s*$/u;

/**
 * A capitalised common noun with no determiner opening a sentence or a headline, right before its
 * verb (past a clitic): « Informatique : Oracle se positionne », « Orange annonce ». French gives a
 * common noun subject its determiner; without one, the word is a name (a company, a brand).
 */
export function bareNameOpening(tokens: readonly AnalyzedToken[], index: number, text: string, sentenceStart: number): boolean {
  const token = tokens[index];
  if (!token || token.upos !== 'NOUN' || !/^\p{Lu}\p{Ll}/u.test(text.slice(token.start, token.end))) return false;
  if (!OPENING_BEFORE.test(text.slice(sentenceStart, token.start))) return false;
  let next = index + 1;
  while (tokens[next]?.upos === 'PRON' && /^(?:se|s['’]|y|en|ne|n['’]|le|la|les|l['’]|lui|leur)$/iu.test(text.slice(tokens[next]!.start, tokens[next]!.end))) next++;
  const verb = tokens[next];
  return verb !== undefined && (verb.upos === 'VERB' || verb.upos === 'AUX');
}

/**
 * Heads of the set phrases of institutions, offices, titles and unique events, which French writes
 * with a capital inside a sentence (« le Conseil départemental », « la Communauté d'agglomération »,
 * « le Président du Conseil », « la Guerre civile burundaise », « la Station spatiale internationale »).
 */
const INSTITUTION_HEADS = new Set(
  ('conseil cour assemblée union communauté commission comité parlement sénat chambre ministère secrétariat tribunal ' +
    'parquet agence autorité banque caisse office organisation organisme fédération confédération ligue association ' +
    'alliance parti front mouvement gouvernement haut-commissariat direction inspection institut académie école ' +
    'université centre bureau service conférence convention forum fonds programme armée état-major gendarmerie police ' +
    'garde force forces église état république compagnie société groupe syndicat établissement collège conservatoire ' +
    'président présidente premier première ministre secrétaire directeur directrice chef procureur juge maire député ' +
    'sénateur ambassadeur haut-représentant haut-commissaire guerre révolution traité accord accords pacte jeux coupe ' +
    'championnat tour sommet station déclaration charte code constitution élection élections grand grande')
    .split(' ')
    .map(fold),
);

/**
 * A set phrase that names something here, while the lexicon writes it in lower case and it is no
 * institution, office or event: alone inside quotation marks with a capital, in mid-sentence (« se
 * nomment « Zones rouges » »), or capitalised in mid-sentence with the name going on past it in a
 * lower-case adjective (« le Stade olympique chambérien », a club). `next` is the index of the
 * token after the phrase; the lexicon's readings tell an adjective the analysis read as a noun.
 */
export function phraseAsName(
  unit: { lemma: string; pos: Upos },
  span: Span,
  text: string,
  sentenceStart: number,
  next: number | undefined,
  tokens: readonly AnalyzedToken[],
  readings?: ReadingsOf,
): boolean {
  if (unit.pos !== 'NOUN' || /\p{Lu}/u.test(unit.lemma) || !/^\p{Lu}\p{Ll}/u.test(text.slice(span.start, span.end))) return false;
  const head = fold(unit.lemma.split(/\s+/u)[0] ?? '');
  if (INSTITUTION_HEADS.has(head) || INSTITUTION_HEADS.has(head.split('-')[0] ?? '')) return false;
  const before = text.slice(sentenceStart, span.start);
  const quoted = /[«“"]\s*$/u.test(before) && /^\s*[»”"]/u.test(text.slice(span.end));
  if (quoted) return !/^[\s«“"(—–-]*$/u.test(before);
  if (OPENING_BEFORE.test(before) || /[«“"]\s*$/u.test(before)) return false;
  const after = next === undefined ? undefined : tokens[next];
  if (!after) return false;
  const word = text.slice(after.start, after.end);
  // « chambérien », « grenoblois »: an adjective, whatever reading the analysis chose there.
  return /^\p{Ll}/u.test(word) && (after.upos === 'ADJ' || (readings?.(word).some((r) => r.upos === 'ADJ') ?? false));
}

/** Adverbs of quantity that stand as a verb's object (« avoir peu à gagner », « beaucoup à concéder »), folded. */
const QUANTITY_ADVERBS = new Set(['peu', 'beaucoup', 'rien', 'tout', 'trop', 'assez', 'tant', 'autant', 'moins', 'plus', 'davantage']);

/** Whether « de » (du, des, d') starts at `index`, perhaps past two adjectives or participles (« l'essai réussi d'un »). */
function deComplementAfter(tokens: readonly AnalyzedToken[], index: number, text: string): boolean {
  for (let i = index; i < index + 3; i++) {
    const t = tokens[i];
    if (!t) return false;
    if (/^(?:de|d['’]|du|des)$/iu.test(text.slice(t.start, t.end))) return true;
    if (!(t.upos === 'ADJ' || (t.upos === 'VERB' && /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$/u.test(text.slice(t.start, t.end).toLowerCase())))) return false;
  }
  return false;
}

/** Determiners that count what follows them, like a figure (folded). */
const COUNTING_DETERMINERS = new Set(['un', 'une', 'plusieurs', 'quelques']);

/** Nouns of a stretch or point of time: after a preposition they make a time phrase. */
const TIME_NOUNS = new Set(
  'seconde minute heure jour journée nuit matin matinée soir soirée après-midi semaine week-end mois an année décennie siècle mi-temps instant moment'
    .split(' ')
    .map(fold),
);

/**
 * Whether a time phrase starts at `index`: determiners, numerals and adjectives, then a noun of time
 * (« les 10 dernières minutes », « la nuit »). Not one that « de » follows: « met fin à des mois
 * d'accalmie », « condamné à 30 ans de prison » measure what the preposition governs.
 */
function timePhraseAt(tokens: readonly AnalyzedToken[], index: number, text: string): boolean {
  for (let i = index; i < index + 5; i++) {
    const t = tokens[i];
    if (!t) return false;
    if (TIME_NOUNS.has(fold(t.lemma)) || TIME_NOUNS.has(fold(text.slice(t.start, t.end)))) {
      const next = tokens[i + 1];
      return !next || !/^(?:de|d['’]|du|des)$/iu.test(text.slice(next.start, next.end));
    }
    if (!['DET', 'NUM', 'ADJ'].includes(t.upos)) return false;
  }
  return false;
}

/** Whether the analysed token is the unit's word: the same lemma and part of speech (an auxiliary counts as a verb). */
function sameWord(token: AnalyzedToken | undefined, unit: { lemma: string; pos: Upos }): boolean {
  if (!token) return true;
  const verbal = (p: Upos): Upos => (p === 'AUX' ? 'VERB' : p);
  return fold(token.lemma) === fold(unit.lemma) && verbal(token.upos) === verbal(unit.pos);
}

/** The « que » of a comparative after its noun, in the same clause: « plus d'étoiles que l'on ne le croit ». */
const COMPARATIVE_QUE = /^[^,;.:()«»]*?\s(?:que|qu['’])/u;
/** « ne » or « n' », the clitics a verb may take after it (y, en, lui, se, l'…), then the verb itself: « plus » after this is the negation's. */
const NEGATED_VERB_BEFORE = /(?:^|[^a-zà-ÿ])(?:ne\s+|n['’])(?:(?:y|en|le|la|les|lui|leur|me|te|se|nous|vous)\s+|[lmst]['’])*\S+\s+$/iu;

/** What completes « ne » after the verb: « ne … point », « ne … guère », « ne … jamais », « ne … rien », « ne … personne ». */
const NEGATION_SECOND_HALF = new Set(['point', 'guere', 'jamais', 'plus', 'rien', 'personne', 'nullement', 'aucunement']);

/** A subject that is no speaker, just before the verb: « rien n'indique », « cela indique », « aucun élément n'indique ». */
const NO_SPEAKER_BEFORE = /(?:^|[^\p{L}])(?:rien|aucune?(?:\s+\p{L}+)?|cela|ceci|ça|tout)\s+(?:ne\s+|n['’])?$/iu;

/** « a assuré que », « ont appelé … à »: a reporting verb in use takes its reporting sense (to maintain, to call on). */
function useReportingSense(entry: VocabEntry, text: string): void {
  const verb = REPORTING_VERBS.find((v) => v.lemma === entry.lemma);
  if (!verb || entry.pos !== 'VERB' || entry.multiword) return;
  const reporting = entry.occurrences.find((o) => {
    const after = text.slice(o.span.end, o.span.end + 60);
    const before = text.slice(Math.max(0, o.span.start - 12), o.span.start);
    // Nobody speaks in « rien n'indique que », « cela indique que »: the verb means to suggest, to show.
    if (NO_SPEAKER_BEFORE.test(text.slice(Math.max(0, o.span.start - 24), o.span.start))) return false;
    return /^\s+(?:que\s|qu['’])/u.test(after) || /[»”"]\s*,\s*(?:a|ont|avait|avaient)?\s*$/u.test(before) || (verb.lemma === 'appeler' && /\sà\s/u.test(after));
  });
  if (!reporting) return;
  entry.senses = [verb.sense];
  entry.settled = true;
  entry.occurrences = [reporting, ...entry.occurrences.filter((o) => o !== reporting)];
}

export function buildQuizSource(
  lesson: Lesson,
  doc: ReaderDocument,
  analysis: Analysis,
  rank?: QuizOptions['rank'],
  readings?: QuizOptions['readings'],
): QuizSource {
  const text = lessonText(lesson);
  if (analysis.text !== text) {
    throw new QuizInputError(`The analysis passed for lesson ${lesson.id} is not of the lesson's text.`);
  }
  const sentences = analysis.sentences.map((s) => ({ start: s.start, end: s.end }));
  const spans = unitSpans(lesson, doc);
  const byKey = new Map<string, VocabEntry>();
  const names = nameWordsOf(text, (offset) => sentenceAt(sentences, offset, text).start);
  const tokenAt = new Map(analysis.tokens.map((t, i) => [t.start, i]));
  for (const unit of doc.units) {
    const span = spans.get(unit.id);
    if (!span || !unit.gloss) continue;
    const authored = unit.origin === 'lesson' || unit.origin === 'inline';
    // Names are for comprehension questions; abbreviations (« M. ») are not vocabulary to quiz.
    if (unit.pos === 'PROPN' || unit.lemma.replace(NOT_LETTER, '').length < 2) continue;
    if (!unit.multiword && isFunctionWord(unit.lemma, unit.pos)) continue;
    if (CALENDAR.has(unit.lemma.toLowerCase())) continue;
    if (!authored && !unit.multiword && (!TEACHABLE.has(unit.pos) || TOO_COMMON.has(fold(unit.lemma)))) continue;
    let entry = byKey.get(unit.key);
    if (!entry) {
      entry = {
        key: unit.key,
        lemma: citationForm(unit, text.slice(span.start, span.end)),
        pos: unit.pos,
        gender: unit.gender,
        gloss: unit.gloss,
        senses: unit.pos === 'VERB' ? withoutParticipleSense(splitSenses(unit.gloss)) : splitSenses(unit.gloss),
        note: unit.note,
        multiword: unit.multiword,
        origin: unit.origin,
        band: frequencyBand(unit, rank),
        settled: false,
        occurrences: [],
      };
      entry.settled = senseSettled(entry, lesson);
      byKey.set(unit.key, entry);
    }
    // « n'a plus de président » is « ne … plus », not « plus de » (more than): the analysis took the negation for the expression.
    // The verb may follow clitics (« il n'y aura plus de », « ne lui en donne plus »: tuning s10a).
    if (fold(unit.lemma).startsWith('plus') && NEGATED_VERB_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) continue;
    // « ne répand point de fumée »: the second half of a negation is grammar there, not « point » = point (review 16).
    if (!unit.multiword && NEGATION_SECOND_HALF.has(fold(unit.lemma)) && NEGATED_VERB_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) continue;
    if (occurrenceInDoubt(unit, text.slice(Math.max(0, span.start - 16), span.start))) continue;
    // « beaucoup plus d'étoiles que l'on ne croit » is a comparative (more… than), not « plus de » = more than a figure.
    if (/^(?:plus|moins) d/u.test(fold(unit.lemma)) && !/^\s*\d/u.test(text.slice(span.end)) && COMPARATIVE_QUE.test(text.slice(span.end, span.end + 60))) continue;
    // « l'offensive » read as the adjective *offensif*: a reading the words around contradict.
    const at = tokenAt.get(span.start);
    // A gloss a teacher wrote for this lesson is their reading, not the analysis's: it stays.
    const chosenByHand = unit.origin === 'inline' || (unit.origin === 'lesson' && !(lesson.meta.tags ?? []).includes(IMPORTED_TAG));
    if (!chosenByHand && !unit.multiword && at !== undefined && readingInDoubt(analysis.tokens, at, text)) continue;
    // « L'armée syrienne » under an imported glossary's « armé = armed »: a word shown as an instance
    // must be the entry's word, its lemma and part of speech as the analysis reads it there, not a
    // spelling that matches (review 10, item 78).
    if (!chosenByHand && !unit.multiword && at !== undefined && !sameWord(analysis.tokens[at], unit)) continue;
    // « c'est » read as the noun *est* (east): a spelling another word shares, with nothing around backing the reading.
    if (!chosenByHand && !unit.multiword && at !== undefined && homographInDoubt(analysis.tokens, at, text, readings)) continue;
    // « tarder à venir » is no « à venir » = upcoming: an expression whose words are as likely free there.
    const match = at === undefined ? undefined : analysis.tokens[at]?.expression;
    if (!chosenByHand && unit.multiword && match !== undefined && expressionLiteralProne(analysis.tokens, analysis.expressions[match], text)) continue;
    const sentence = sentenceAt(sentences, span.start, text);
    // « le parti Alternative pour l'Allemagne », « à La Souterraine »: a word of a name tagged as the common word.
    if (unit.origin !== 'inline' && !unit.multiword && inName(text, span.start, span.end, sentence.start, names)) continue;
    // « sur la plateforme change.org »: a word of a web address is part of a name, not the common word (change = exchange).
    if (unit.origin !== 'inline' && !unit.multiword && (/^\.\p{L}{2,}/u.test(text.slice(span.end, span.end + 8)) || /\p{L}\.$/u.test(text.slice(Math.max(0, span.start - 2), span.start)))) continue;
    // « Informatique : Oracle se positionne »: a company's name opening a sentence or a headline, read as the common word.
    if (unit.origin !== 'inline' && !unit.multiword && at !== undefined && bareNameOpening(analysis.tokens, at, text, sentence.start)) continue;
    // « le Stade olympique chambérien », « se nomment « Zones rouges » »: a name, not the set phrase.
    if (unit.origin !== 'inline' && unit.multiword && phraseAsName(unit, span, text, sentence.start, tokenAt.get(span.end + (/^\s*/u.exec(text.slice(span.end))?.[0].length ?? 0)), analysis.tokens, readings)) continue;
    // « Autre point pénalisant »: a negation word with no « ne » before it in its sentence is another word.
    if (unit.origin !== 'inline' && !unit.multiword && NEGATION_ADVERBS.has(fold(unit.lemma)) && !NE_BEFORE.test(text.slice(sentence.start, span.start))) continue;
    entry.occurrences.push({ surface: unit.text, span, sentence });
  }
  for (const entry of byKey.values()) useReportingSense(entry, text);
  const vocab = [...byKey.values()].filter((e) => e.senses.length > 0 && e.occurrences.length > 0);
  return { lesson, text, sentences, tokens: analysis.tokens, vocab };
}
