// The who, where and when of a dispatch: named people (with their titles and the « M. X » forms
// that refer back to them), places and days, each mention located in the full text.
import { levenshtein } from '../text/editDistance';
import { fold, LETTER, LOWER, UPPER } from './french';
import { startsWithGivenName } from './givenNames';
import { humanVerbSubject, listNeighbours, nonPersonFrame, roleFrame, WORK_OR_BODY_WORDS } from './personEvidence';
import { MONTHS, PLACE_GROUPS, WEEKDAYS, type PlaceCategory, type PlaceGroup } from './places';
import type { QuizSource } from './source';
import type { Span } from './types';

export interface Mention {
  span: Span;
  text: string;
}

export interface Person {
  /** The full name as the text first gives it (« Sergueï Lavrov »), or « M. X » when it never does. */
  name: string;
  /** The form used on second mention (« M. Lavrov »). */
  short: string;
  /** The title the text gives (« ministre russe des Affaires étrangères »), with its span. */
  title?: Mention;
  /** From the title's article or form (« la porte-parole »), when the text tells. */
  feminine?: boolean;
  /**
   * How the text shows the name as a person's: `strong` (a title, « M. », a role, kin or age, a note),
   * `weak` (a verb only people do, « selon », a list beside a person, a given name the lists know), or
   * undefined: no sign either way (review 16: a product, a company may slip through with none).
   */
  evidence?: 'strong' | 'weak';
  mentions: (Mention & { form: 'full' | 'short' })[];
}

export interface Place {
  name: string;
  category: PlaceCategory;
  /** Index of the place's group: two names of one place share it. */
  group: number;
  mentions: Mention[];
}

/** An institution, army or agency: « la Ligue arabe », « les Forces de soutien rapide », « l'Otan ». */
export interface Organisation {
  name: string;
  /** The article the text gives it (« la », « l'», « les ») where it first stands after one; '' when never. */
  article: string;
  /** Two names of one institution (« ONU », « Nations unies ») share it. */
  group: number;
  mentions: Mention[];
}

export interface TimeMention extends Mention {
  kind: 'weekday' | 'date';
}

export interface Entities {
  people: Person[];
  organisations: Organisation[];
  places: Place[];
  times: TimeMention[];
}

const L = `[${UPPER}]`;
const l = `[${LOWER}'’-]`;
const NAME_WORD = `${L}${l}+(?:-${L}${l}+)?`;
const BEFORE = `(?<![${LETTER}])`;
const AFTER = `(?![${LETTER}])`;

/** First words of the names of institutions: « Ligue arabe » is an organisation, never a person. */
const ORG_HEADS = [
  'Ligue', 'Union', 'Forces', 'Force', 'Conseil', 'Commission', 'Organisation', 'Agence', 'Institut', 'Haut-Commissariat',
  'Parlement', 'Alliance', 'Communauté', 'Banque', 'Fonds', 'Cour', 'Tribunal', 'Assemblée', 'Nations', 'Armée', 'Front',
  'Parti', 'Mouvement', 'Comité', 'Programme', 'Office', 'Fédération', 'Association', 'Croix-Rouge', 'Kremlin', 'Maison-Blanche',
  'Élysée', 'Pentagone', 'Otan', 'ONU', 'UE', 'UA', 'OCDE', 'AIEA', 'HCR', 'Cédéao', 'OMS', 'FMI', 'Unicef', 'Amnesty',
  'Médecins', 'Reporters', 'Human Rights Watch', 'Gendarmerie', 'Gardiens',
];
/** Institutions named by one word. */
const SINGLE_WORD_ORGS = new Set(['Kremlin', 'Maison-Blanche', 'Élysée', 'Pentagone', 'Otan', 'ONU', 'UE', 'UA', 'OCDE', 'AIEA', 'HCR', 'Cédéao', 'OMS', 'FMI', 'Unicef']);
/** English words of a glossary's gloss that say a name is an institution (« Arab League »). */
const ORG_GLOSS = /\b(?:League|Union|Forces?|Council|Commission|Organi[sz]ation|Agency|Institute|High Commissioner|Parliament|Alliance|Community|Bank|Fund|Court|Assembly|Nations|Army|Front|Party|Movement|Committee|Programme|Office|Federation|Association|Cross|Kremlin|White House|NATO|UN|EU|AU|OECD|IAEA|UNHCR|ECOWAS|WHO|IMF|UNICEF|International)\b/u;

/** Capitalised words that start sentences or name institutions, never people. */
const NOT_NAME = new Set(
  ('le la les l un une des du de ce cette ces il ils elle elles on nous son sa ses leur leurs dans pour selon ' +
    'notant lors après avant depuis mais et ou si en au aux par sur avec entre comme conseiller conseil etat état ' +
    'affaires union initiative ceinture route jeux nations unies sécurité parlement assemblée commission ' +
    'organisation ministère président présidente premier ministre république gouvernement monsieur madame ' +
    // Articles of other languages and the German word for party: « Die Linke », « The Left », « Partei » name bodies.
    'die das the los las partei ' +
    // Common nouns that head the name of a case, an event or a thing named after someone: « Affaire
    // Troadec : … » in a headline is the case, not a person (nor « Tempête Zeus », « Opération Sentinelle »).
    'affaire affaires procès dossier opération tempête ouragan cyclone typhon loi plan pacte traité accord accords sommet ' +
    'conférence réseau famille clan maison prix stade rue place avenue boulevard pont gare aéroport hôpital lycée ' +
    'collège école université musée palais église cathédrale mosquée fondation festival ' +
    // English heads of a place's or a body's name: « Utah Beach », « World Triathlon Corporation » (tuning s9d).
    'beach island islands county city lake river valley corporation company inc ltd league council committee ' +
    'foundation institute federation association agency university airport stadium street ' +
    // And of a day's or an event's: « à l'occasion d'Australia Day » (tuning s10c), « World Triathlon
    // Series » (tuning s10e).
    'day cup games awards series championship championships trophy ' +
    // And of a club's: « Paul Pogba à Manchester United » (tuning s10f).
    'united ' +
    // And of a science project's or an instrument's: « le projet Dark Energy Survey » (tuning s11b).
    'survey project telescope observatory ' +
    // And the English words of a work's or a body's name: « Pixar Animation Studios », « Academy Award » (review 14).
    WORK_OR_BODY_WORDS + ' ' +
    ORG_HEADS.join(' ').toLowerCase() + ' international internationale')
    .split(' ')
    // Folded as the lookup folds the word: « État », « Élysée », « Sécurité » are found.
    .map(fold),
);

/** The Chinese surnames most often in the news: they come first in the name (Xi Jinping -> M. Xi). */
const SURNAME_FIRST = new Set('wang xi li zhang liu chen yang zhao huang zhou wu hu qin han zhu ma guo he lin'.split(' '));

const TITLE_HEAD =
  "(?:vice-)?pr[ée]sidente?|premi[eè]re? ministre|ministre|conseill[eè]re? d['’][ée]tat|secr[ée]taire (?:g[ée]n[ée]rale?|d['’][ée]tat)|" +
  "chanceli[eè]re?|porte-parole|ambassad(?:eur|rice)|roi|reine|prince|princesse|directeur|directrice|" +
  "cheff?e? (?:de la diplomatie|d['’][ée]tat|du gouvernement)|haute? repr[ée]sentante?|commissaire|s[ée]nat(?:eur|rice)|" +
  "d[ée]put[ée]e?|maire|gouverneur|g[ée]n[ée]ral|(?:vice-|contre-)?amiral|(?:lieutenant-)?colonel|mar[ée]chal|pape|[ée]mir|envoy[ée]e? sp[ée]ciale?|homologue";
/**
 * « Nimr Baqer al-Nimr »: a word joined to the Arabic article ends the name (tuning s10d, 46: « Nimr Baqer »
 * alone was swapped, giving « Mohammed Abdallah al-Nimr »). Only after two capitalised words: one word and
 * « al-… » is as often a group or a town (« Ahrar al-Cham », « Ma'arrat al-Numan »).
 */
const ARTICLE_NAME_WORD = `(?:al|el)-${NAME_WORD}`;
const FULL_NAME_RE = new RegExp(`${BEFORE}${NAME_WORD}(?: ${NAME_WORD}){1,2}(?: ${ARTICLE_NAME_WORD})?${AFTER}`, 'gu');
const SHORT_NAME_RE = new RegExp(`${BEFORE}(M\\.|Mme|MM\\.)\\s(${NAME_WORD})${AFTER}`, 'gu');
/** A capitalised word right before a « M. », and the text before that word. */
const WORD_BEFORE_INITIAL = new RegExp(`(${L}${l}+) $`, 'u');

/**
 * « Télescope Víctor M. Blanco », « Michael J. Fox »: a « M. » right after a capitalised word that does
 * not open its sentence is a middle initial, not « Monsieur » (tuning s11b, 3); « Selon M. Blanco » keeps the title.
 */
function middleInitial(text: string, at: number): boolean {
  // « l'observatoire W.M. Keck »: an initial glued to the one before.
  if (/\p{Lu}\.$/u.test(text.slice(Math.max(0, at - 2), at))) return true;
  const m = WORD_BEFORE_INITIAL.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return false;
  const before = text.slice(0, at - m[0].length).trimEnd();
  return before !== '' && !/[.!?…:«“"(\n]$/u.test(before);
}
/** « l'ancien président », « la nouvelle ministre »: the adjective between article and title tells the gender too. */
const TITLE_ADJECTIVE = "(?:ancien|ancienne|nouveau|nouvel|nouvelle|futur|future|actuel|actuelle|ex-)";
const TITLE_RE = new RegExp(`${BEFORE}(le|la|l['’]|du|de la|de l['’]|au)\\s*(?:(${TITLE_ADJECTIVE})\\s*)?(${TITLE_HEAD})${AFTER}`, 'giu');
/** Feminine title forms, for « l'ambassadrice » where the article does not tell. */
const FEMININE_TITLE = /(?:ente|ère|rice|ée|ale|esse|eine)$/u;

const IS_LETTER = new RegExp(`[${LETTER}]`, 'u');

/**
 * Every whole-word occurrence of `needle`. A plain search with a boundary check: a regular
 * expression per name would cost milliseconds each to compile (Unicode classes).
 */
function findAll(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (!needle) return spans;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!IS_LETTER.test(text.charAt(at - 1)) && !IS_LETTER.test(text.charAt(end))) spans.push({ start: at, end });
  }
  return spans;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

const PLACE_NAMES = new Set(PLACE_GROUPS.flatMap((g) => g.names.map(fold)));
/** Each place name to its group, and one pattern for them all, longest names first. */
const PLACE_INDEX = new Map(PLACE_GROUPS.flatMap((g, i) => g.names.map((n) => [n, i] as const)));
const PLACE_RE = new RegExp(
  `${BEFORE}(?:${[...PLACE_INDEX.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})${AFTER}`,
  'gu',
);

const PLACE_LISTED_BEFORE = new RegExp(`(?:${[...PLACE_INDEX.keys()].map(escapeRegExp).join('|')}),\\s*$`, 'u');
const PLACE_LISTED_AFTER = new RegExp(`^\\s*(?:,|et|ou)\\s+(?:${[...PLACE_INDEX.keys()].map(escapeRegExp).join('|')})${AFTER}`, 'u');

/**
 * « Dubaï, Abu Dhabi, Doha et Istanbul »: a name listed beside a known place is a place, not a
 * person. A place and a comma before it alone is no list (« À Paris, Emmanuel Macron a dit »).
 */
function listedWithPlaces(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 40);
  if (PLACE_LISTED_AFTER.test(after)) return true;
  return PLACE_LISTED_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) && /^\s*(?:,|et|ou)\s/u.test(after);
}

/** Lower-case words a person's name may hold: « Ursula von der Leyen », « Ahmed ben Ali ». */
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'd', 'von', 'van', 'der', 'den', 'la', 'le', 'al', 'el', 'ben', 'bin', 'ibn', 'da', 'dos', 'di', 'ould', 'ag']);

/** Every word capitalised but a particle: « Médecins sans frontières » is no person's name. */
function capitalisedName(name: string): boolean {
  return name.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w.replace(/['’]$/u, '')));
}

/**
 * « crié "Allah Akbar" »: words quoted whole are no one's name; « près de Bad Aibling en Bavière »:
 * a name after « près de », « au large de », « non loin de » is a place.
 */
function quotedOrLocated(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  const after = text.slice(span.end, span.end + 3);
  if (/[«“"][ \u00a0\u202f]*$/u.test(before) && /^[ \u00a0\u202f]*[»”"]/u.test(after)) return true;
  return placeFramed(text, span);
}

/** The words for a place: « la ville de », « le village de », « dans la province de »… */
const PLACE_NOUN_BEFORE = /(?:ville|village|localité|commune|bourgade|bourg|région|province|district|quartier|municipalité|département|préfecture) d(?:e |['’])$/u;
/**
 * « le lieu historique Independence Hall », « le stade Pierre-Mauroy »: a name right after a word for a
 * building or a site names that place, even one named after a person (tuning s9c, 99); so after a place of
 * worship, a school, a hospital, a prison or a camp (« la mosquée sunnite Mohammed Abdallah al-Joubouri »: the
 * safety net read the mosque there, tuning s10d).
 */
const PLACE_NOUN_NAMED = /(?:^|[\s(])(?:le|la|l['’]|du|au|un|une)\s*(?:lieu|site|bâtiment|salle|stade|palais|musée|aéroport|gare|monument|parc|pont|théâtre|hôtel|complexe|mosquée|église|cathédrale|basilique|chapelle|synagogue|temple|école|lycée|collège|université|hôpital|prison|camp)(?:\s+[\p{Ll}-]+)?\s+$/u;
/**
 * « commercer avec le Moyen Orient »: a bare article right before a name makes it no person's (French
 * puts none before a full name, « le Désiré Uwamahoro » is no French: tuning s9c, 59); a title or a
 * demonym stands between them where one does (« le colonel X », « l'Espagnol Mario Mola »).
 */
const ARTICLE_ONLY_BEFORE = /(?:^|[\s(])(?:le|la|les|l['’]|du|au|aux|des)\s*$/iu;
/** A direction or a place word after a name: « à Khan Cheikhoune dans le nord-ouest de la Syrie », « à Mocoa, en Colombie ». */
const PLACE_DESCRIPTION_AFTER = new RegExp(
  String.raw`^,?\s+(?:(?:dans|au|à|vers)\s+(?:le\s+|la\s+|l['’]|les\s+)?(?:nord|sud|est|ouest|centre|cœur|nord-ouest|nord-est|sud-ouest|sud-est|province|région|pays|ville|département|gouvernorat)(?![\p{L}])` +
    // « à Grand Rapids dans le Michigan » (tuning s9c, 92): a region or a state named after « dans ».
    String.raw`|dans\s+(?:le\s+|la\s+|les\s+|l['’])\p{Lu}` +
    String.raw`|(?:près|non loin|au large|aux environs|à proximité)\s+d|en\s+\p{Lu}|(?:à|au)\s+(?:\d+\s+)?(?:km|kilomètres)\b)`,
  'u',
);

/**
 * « particulièrement en Sierra Leone »: « en » before a name is the preposition of countries and regions
 * (tuning s10d, 9, 17, 21); before a person it follows « voir », « croire », « confiance », « foi »
 * (« il voit en Jean Dupont un successeur »).
 */
const EN_BEFORE = /(?:^|[\s(])[eE]n $/u;
const EN_OF_A_PERSON = /(?:^|[\s'’])(?:voi\p{L}*|voy\p{L}*|vu|vue|vus|croi\p{L}*|croy\p{L}*|cru|confiance|foi|espoir)\s+en $/iu;

/**
 * « près de Bad Aibling en Bavière », « au nord de Homs », « la ville de Mossoul »: the frame makes the
 * name a place; « une attaque chimique à Khan Cheikhoune dans le nord-ouest de la Syrie »: a name after
 * « à » that the text then locates is one too (review 10, item 72), where « à » alone may be a person's
 * (« rendu hommage à Jean Dupont »).
 */
function placeFramed(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  // « l'est de », « nord-est de », never « c'est de ».
  if (/(?:près|proximité|large|loin|environs|nord|sud|(?:l['’]|-)est|ouest) d(?:e |['’])$/u.test(before) || PLACE_NOUN_BEFORE.test(before)) return true;
  if (PLACE_NOUN_NAMED.test(before) || ARTICLE_ONLY_BEFORE.test(before)) return true;
  if (EN_BEFORE.test(before) && !EN_OF_A_PERSON.test(before)) return true;
  return /(?:^|[\s(])[àÀ] $/u.test(before) && PLACE_DESCRIPTION_AFTER.test(text.slice(span.end, span.end + 60));
}

/**
 * « World Nuclear Industry Status Report »: a run of more capitalised words than a name holds is a
 * title (of a report, a body), cut in pieces by the name pattern; no piece is a person.
 */
function partOfLongerRun(text: string, span: Span): boolean {
  return /^ \p{Lu}/u.test(text.slice(span.end, span.end + 2)) || /\p{Lu}[\p{L}'’-]* $/u.test(text.slice(Math.max(0, span.start - 30), span.start));
}

/**
 * « Rogue One: A Star Wars Story »: a name with capitalised words on both sides is a piece of a longer
 * title. Both sides: a capitalised word on one side only is also a demonym (« l'Espagnol Mario Mola »)
 * or a sentence's first word.
 */
function insideLongerRun(text: string, span: Span): boolean {
  return /^ \p{Lu}/u.test(text.slice(span.end, span.end + 2)) && /(?:^|\s)\p{Lu}[\p{L}'’-]* $/u.test(text.slice(Math.max(0, span.start - 30), span.start));
}

/** « la formation de gauche Die Linke », « le parti Les Verts »: a name after the word for a body is the body's. */
const BODY_BEFORE = /(?:parti|partis|formation|mouvement|coalition|syndicat|groupe|organisation|association|alliance|entreprise|société|compagnie|club|équipe)(?:\s+(?:de\s+)?[\p{Ll}-]+){0,2}\s+$/u;

function namedAsBody(text: string, span: Span): boolean {
  return BODY_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start));
}

/**
 * « le Sud-Africain Henri Schoeman », « l'Espagnol Mario Mola », « la Néo-Zélandaise Andrea Hewitt »:
 * a capitalised demonym before a name says who the person is, it is no part of the name. A demonym is
 * told by its ending and a country's or continent's name that starts with its stem (« coréen » of
 * Corée, « africain » of Afrique, the c written qu), on the last part of a compound; a few irregular
 * ones (« Allemand », « Belge ») are listed. Cities are left out: « Damien » is no inhabitant of Damas.
 */
const DEMONYM_ENDINGS = ['ienne', 'éenne', 'aine', 'aise', 'oise', 'ien', 'éen', 'ain', 'ais', 'ois', 'ane', 'ole', 'ine', 'ite', 'an', 'ol', 'in'];
const IRREGULAR_DEMONYMS = new Set(
  ('allemand allemande belge suisse suissesse russe turc turque grec grecque britannique anglais anglaise tcheque slovaque bulgare ' +
    'polonais polonaise neerlandais neerlandaise bermudien bermudienne peruvien peruvienne asiatique arabe kurde ' +
    'irlandais irlandaise ecossais ecossaise gallois galloise basque catalan catalane breton bretonne corse')
    .split(' '),
);
const PLACE_WORDS = [
  ...new Set(
    PLACE_GROUPS.filter((g) => g.category !== 'city')
      .flatMap((g) => g.names)
      .flatMap((n) => fold(n).split(/[\s'’-]+/u))
      .filter((w) => w.length >= 3),
  ),
];

export function isDemonym(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const last = fold(word.split('-').pop() ?? '');
  if (IRREGULAR_DEMONYMS.has(last)) return true;
  for (const ending of DEMONYM_ENDINGS) {
    const folded = fold(ending);
    if (!last.endsWith(folded)) continue;
    const stem = last.slice(0, -folded.length);
    if (stem.length < 3) continue;
    const stems = [stem, stem.replace(/c$/u, 'q')];
    if (PLACE_WORDS.some((w) => stems.some((st) => w.startsWith(st)))) return true;
  }
  return false;
}

/**
 * The gender a capitalised demonym gives a person (true: feminine): « l'Allemande », « la Suissesse »,
 * « l'Australienne » are women, « l'Allemand », « l'Espagnol » men; « le Belge », « la Russe » say
 * nothing from the word (tuning s9d: « l'Allemand _____ » offered Kristin Möller).
 */
export function demonymFeminine(word: string): boolean | undefined {
  if (!isDemonym(word)) return undefined;
  const last = fold(word.split('-').pop() ?? '');
  if (/(?:enne|aine|aise|oise|ande|ole|ane|ine|esse|ecque|rque)$/u.test(last)) return true;
  if (/(?:ien|een|ain|ais|ois|and|ol|an|in|ec|rc)$/u.test(last)) return false;
  return undefined;
}

/**
 * « Sebastian Kienle » and « Sebastien Kienle » in one text: the same person spelt two ways, so never
 * two choices of one question (tuning s9d). Same words but one, and that one two letters apart at most
 * (one, if it has three letters); or the same words but for their accents.
 */
export function nameVariants(a: string, b: string): boolean {
  const x = fold(a).split(/\s+/u);
  const y = fold(b).split(/\s+/u);
  if (x.length !== y.length || x.length < 2) return false;
  const differ = x.map((w, i) => [w, y[i] ?? ''] as const).filter(([v, w]) => v !== w);
  // « Benoît Nicolas » and « Benoit Nicolas »: the same once the accents are folded (tuning s10f, validity test).
  if (differ.length === 0) return true;
  if (differ.length !== 1) return false;
  const [v, w] = differ[0]!;
  // « Toys Story » and « Toy Story » (review 14, item 119): a short word one letter apart is a misspelling too.
  const shorter = Math.min(v.length, w.length);
  if (shorter < 3) return false;
  const distance = levenshtein(v, w, 2);
  return distance <= (shorter >= 4 ? 2 : 1);
}

/** An article or a possessive right before a word: « le », « l'», « du », « son »; what makes « le Sud-Africain » a noun. */
const DETERMINER_BEFORE = /(?:^|[\s(])(?:le|la|les|l['’]|du|des|au|aux|de la|de l['’]|un|une|son|sa|leur|ce|cette)\s*$/iu;

/**
 * The name without a demonym before it: « Henri Schoeman » of « Sud-Africain Henri Schoeman » where the
 * text says « le Sud-Africain Henri Schoeman ». Two name words must remain; `start` moves with the name.
 */
function withoutDemonym(text: string, name: string, start: number): { name: string; start: number } {
  if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return { name, start };
  const rest = dropDemonym(name);
  return { name: rest, start: start + name.length - rest.length };
}

/** A minister's portfolio, capitalised before the name: « le ministre de la Culture Frédéric Mitterrand » (tuning s9, 41). */
const PORTFOLIOS = new Set(
  'culture justice défense intérieur économie santé éducation travail agriculture environnement écologie finances budget sports armées industrie logement transports'
    .split(' ')
    .map(fold),
);

/**
 * A name of three words or more without its first, where that is a demonym (« Sud-Africain Henri
 * Schoeman ») or a portfolio (« Culture Frédéric Mitterrand »).
 */
function dropDemonym(name: string): string {
  const words = name.split(/\s+/u);
  const first = words[0] ?? '';
  return words.length >= 3 && (isDemonym(first) || PORTFOLIOS.has(fold(first))) ? words.slice(1).join(' ') : name;
}

function looksLikeName(candidate: string): boolean {
  const words = candidate.split(/\s+/);
  return words.length >= 2 && !PLACE_NAMES.has(fold(candidate)) && words.every((w) => !NOT_NAME.has(fold(w)) && !PLACE_NAMES.has(fold(w)));
}

/** The title just before a name in its sentence: « le président russe Vladimir Poutine ». */
function titleBefore(text: string, sentenceStart: number, at: number, people: Span[]): (Mention & { feminine: boolean }) | undefined {
  const prefix = text.slice(sentenceStart, at);
  const last = lastMatch(prefix, TITLE_RE);
  const [, article, adjective, head] = last ?? [];
  if (!last || article === undefined || head === undefined) return undefined;
  const feminine = adjective !== undefined && adjective !== 'ex-'
    ? /(?:e|elle)$/iu.test(adjective)
    : /^(?:la|de la)$/iu.test(article) || (/l['’]$/iu.test(article) && FEMININE_TITLE.test(head));
  const headStart = sentenceStart + last.index + last[0].length - head.length;
  const between = text.slice(headStart, at);
  if (between.length > 90 || /[.;:«»"!?]/.test(between)) return undefined;
  if (people.some((p) => p.start >= headStart && p.end <= at)) return undefined;
  const nearer = possessedTitle(between);
  const start = headStart + (nearer?.start ?? 0);
  const title = text.slice(start, at).replace(/[\s,]+$/u, '');
  return { text: title, span: { start, end: start + title.length }, feminine: nearer?.feminine ?? feminine };
}

/** The last match of a global regular expression in `text`. */
function lastMatch(text: string, re: RegExp): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(re)) last = m;
  return last;
}

/** A title after a possessive (« son Premier ministre »), which the article-led TITLE_RE does not take. */
const POSSESSED_TITLE_RE = new RegExp(`${BEFORE}(son|sa|leur)\\s+(?:(?:${TITLE_ADJECTIVE})\\s*)?(${TITLE_HEAD})${AFTER}`, 'giu');

/**
 * « le président en tête-à-tête avec son Premier ministre Édouard Philippe »: the last title after a
 * possessive in the phrase from an article-led title to the name is the name's own; the farther one
 * is another person's, and the words between them are narrative. Where its head starts in `phrase`.
 */
function possessedTitle(phrase: string): { start: number; feminine: boolean } | undefined {
  const last = lastMatch(phrase, POSSESSED_TITLE_RE);
  const [, possessive, head] = last ?? [];
  if (!last || possessive === undefined || head === undefined) return undefined;
  return { start: last.index + last[0].length - head.length, feminine: /^sa$/iu.test(possessive) || FEMININE_TITLE.test(head) };
}

/** Whether another name follows a name, joined by « et », « ou » or a comma: « X et Y », « X, Y ». */
function opensCoordinatedNames(text: string, sp: Span, people: readonly Span[]): boolean {
  const joint = /^[ \u00a0]*(?:,[ \u00a0]*(?:et|ou)?|et|ou)[ \u00a0]+/u.exec(text.slice(sp.end, sp.end + 12));
  return joint !== null && people.some((p) => p.start === sp.end + joint[0].length);
}

/**
 * Strong evidence of a person, which outweighs a work's or a body's frame: a title, « M. », a role,
 * kinship or age noun around the mention, a demonym before it (« l'Espagnol Mario Mola »).
 */
function strongPersonEvidence(source: QuizSource, sp: Span, people: Span[]): boolean {
  const text = source.text;
  if (titleBefore(text, sentenceStartOf(source, sp.start), sp.start, people) !== undefined || roleFrame(text, sp)) return true;
  if (/(?:^|[\s(])(?:M\.|Mme|MM\.|Dr|Mgr|Sir|Lady)[ \u00a0]+$/u.test(text.slice(Math.max(0, sp.start - 6), sp.start))) return true;
  const demonym = /(?:^|[\s(])(?:[Ll]es?|[Ll]a|[Ll]['’])[ \u00a0]*(\p{Lu}[\p{L}-]+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, sp.start - 40), sp.start));
  if (demonym !== null && isDemonym(demonym[1]!)) return true;
  // A candidate span that holds its demonym (« Espagnol Hugo Marin » after « l' »).
  return isDemonym(text.slice(sp.start, sp.end).split(' ')[0] ?? '') && DETERMINER_BEFORE.test(text.slice(Math.max(0, sp.start - 8), sp.start));
}

/**
 * Whether a mention shows its name as a person's: strong evidence, « selon » or « par » before it, a
 * verb right after it as its subject or a verb of speech before it, or a list it shares with a name of
 * strong evidence (« Mario Lopez et l'Espagnol Hugo Marin »).
 */
function shownAsPerson(source: QuizSource, sp: Span, people: Span[]): boolean {
  const text = source.text;
  if (strongPersonEvidence(source, sp, people) || humanVerbSubject(source, sp)) return true;
  if (listNeighbours(text, sp, people).some((n) => strongPersonEvidence(source, n, people))) return true;
  if (/(?:selon|d['’]après|par|M\.|Mme) $/iu.test(text.slice(Math.max(0, sp.start - 10), sp.start))) return true;
  const next = source.tokens.find((t) => t.start >= sp.end);
  return next !== undefined && /^\s*$/u.test(text.slice(sp.end, next.start)) && (next.upos === 'VERB' || next.upos === 'AUX');
}

/**
 * « ce qui s'est passé à Khan Cheikhoun », « l'épreuve d'ouverture à Abou Dabi »: a name met after « à »
 * that no mention shows as a person (no title before it, no verb right after it as its subject, no
 * « selon » before it) is a place (review 11, items 82 and 99); « rendu hommage à Jean Dupont » keeps a
 * person where the text titles him or makes him a subject elsewhere.
 */
function placeAfterA(source: QuizSource, name: string, spans: readonly Span[], people: Span[]): boolean {
  const text = source.text;
  // « remis à Pierre Lambert »: a name that starts with a given name the lists know is a person's.
  if (startsWithGivenName(name)) return false;
  // « chez X » as well: where a name is never shown as a person's, it is a business's (« chez Renault »: review 16).
  if (!spans.some((sp) => /(?:^|[\s(])(?:[àÀ]|[Cc]hez) $/u.test(text.slice(Math.max(0, sp.start - 5), sp.start)))) return false;
  return !spans.some((sp) => shownAsPerson(source, sp, people));
}

/**
 * The words that introduce a work: a verb of making one (« réalisant », « a tourné », « publie ») or a
 * noun for one (« le film », « un opéra intitulé », « la saga », « son spectacle »: tuning s12c). « mettre
 * en scène » is left out: « une vidéo mettant en scène Jean Dupont » shows a person.
 */
const WORK_CUE = new RegExp(
  `(?<![${LETTER}])(?:réalis(?:e|es|ent|er|é|ée|és|ées|ait|ant|a)|tourn(?:e|er|é|ée|és|ait|ant|a)|écri(?:t|te|ts|tes|re|vait|vant)|publi(?:e|er|é|ée|és|ait|ant|a)|` +
    `film|pièce|livre|roman|album|documentaire|opéra|œuvre|série|chanson|ballet|essai|recueil|saga|trilogie|spectacle|feuilleton|émission|intitulée?)s?(?![${LETTER}])`,
  'giu',
);
/**
 * After the cue: an adverb or two, or a comma, or one aside with no name in it set off by a comma
 * (« le film sorti cette année, Night Crossing », « le dernier film, Dark Tide »: tuning s12c), then
 * titles listed (« Le Crapaud-Buffle, L’Enclos et »), each starting with a capital.
 */
const WORK_LIST =
  /^(?:(?:[ \u00a0]+(?:notamment|aussi|également|ainsi|surtout|entre autres))*|(?:[ \u00a0]+\p{Ll}[^,;.:«»()\p{Lu}]*)?,)[ \u00a0]+(?:\p{Lu}[^,;.:«»]*?(?:[ \u00a0]*,|[ \u00a0]+et|[ \u00a0]+ou)[ \u00a0]+)*$/u;

/**
 * « réalisant notamment Le Crapaud-Buffle, L’Enclos (…) et El Otro Cristobal », « un opéra intitulé
 * Roger Rouxel »: a name in the list of works a verb of making or a noun for a work introduces is a
 * title, never a person (review 12, item 29). Not a name the verb has as its subject after a quotation
 * (« « … », écrit Jean Dupont »).
 */
function introducedAsWork(source: QuizSource, sp: Span): boolean {
  const text = source.text;
  // The asides in brackets (« (représentant Cuba) ») are no part of the list.
  const before = text.slice(Math.max(sentenceStartOf(source, sp.start), sp.start - 200), sp.start).replace(/\([^()]*\)/gu, '');
  const cue = lastMatch(before, WORK_CUE);
  if (!cue) return false;
  if (/[»”"][ \u00a0]*,?[ \u00a0]*(?:a|avait|ont|avaient)?[ \u00a0]*$/u.test(before.slice(0, cue.index))) return false;
  return WORK_LIST.test(before.slice(cue.index + cue[0].length));
}

/**
 * « le concurrent de Magento Shopify, Inc »: two names run together with no comma nor « et » between,
 * where the text writes the first elsewhere without the rest and frames it there as a body's (« l'entreprise
 * Magento Commerce »), are two names, never one person's (review 16, 95). A given name written alone
 * (« Jonathan revient de blessure ») or with another surname (« Richard Murray ») is no such frame, nor
 * is a surname (« M. Wang » beside « Wang Yi »).
 */
function runTogether(text: string, name: string): boolean {
  const words = name.split(' ');
  if (startsWithGivenName(name) || SURNAME_FIRST.has(fold(words[0] ?? ''))) return false;
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k).join(' ');
    const rest = ` ${words.slice(k).join(' ')}`;
    const apart = findAll(text, head).filter(
      (sp) => !text.startsWith(rest, sp.end) && !/(?:M\.|Mme|MM\.)[ \u00a0]$/u.test(text.slice(Math.max(0, sp.start - 4), sp.start)),
    );
    if (apart.length > 0 && apart.some((sp) => nonPersonFrame(text, sp))) return true;
  }
  return false;
}

/** Strong evidence on a mention of the full name, or of its surname alone (« M. Luckey », « Luckey, 83 ans »). */
function strongAnywhere(source: QuizSource, name: string, spans: readonly Span[], people: Span[]): boolean {
  const surname = surnameOf(name);
  const alone = surname === name ? [] : findAll(source.text, surname).filter((sp) => !spans.some((x) => overlaps(x, sp)));
  return [...spans, ...alone].some((sp) => strongPersonEvidence(source, sp, people));
}

function sentenceStartOf(source: QuizSource, offset: number): number {
  return source.sentences.find((s) => s.start <= offset && offset < s.end)?.start ?? 0;
}

export function findPeople(source: QuizSource): Person[] {
  const { text, lesson } = source;
  const known = new Set<string>();
  // A glossary's or a note's name keeps no demonym either (« Sud-Africain Henri Schoeman » as one headword).
  for (const g of lesson.glossary) if (g.pos === 'PROPN' && looksLikeName(g.headword) && capitalisedName(g.headword)) known.add(dropDemonym(g.headword));
  for (const n of lesson.notes) {
    const name = dropDemonym(n.title.replace(/\s*[(,—–].*$/u, '').trim());
    if (n.kind === 'person' && name.split(/\s+/).length >= 2) known.add(name);
  }
  const propn = new Set(source.tokens.filter((t) => t.upos === 'PROPN').map((t) => t.start));
  const candidates = [...text.matchAll(FULL_NAME_RE)];
  const allSpans = candidates.map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const m of candidates) {
    const { name, start } = withoutDemonym(text, m[0], m.index);
    if (known.has(name) || !looksLikeName(name)) continue;
    const span = { start, end: start + name.length };
    // The run is measured with the demonym: « le Sud-Africain Henri Schoeman » is no longer run of capitals.
    const matched = { start: m.index, end: m.index + m[0].length };
    if (listedWithPlaces(text, span) || quotedOrLocated(text, span) || partOfLongerRun(text, matched) || namedAsBody(text, span)) continue;
    const titled = titleBefore(text, sentenceStartOf(source, start), start, allSpans) !== undefined;
    const allPropn = name.split(' ').every((_, i, words) => propn.has(start + words.slice(0, i).join(' ').length + (i ? 1 : 0)));
    if (titled || allPropn) known.add(name);
  }

  const noted = new Set(lesson.notes.filter((n) => n.kind === 'person').map((n) => dropDemonym(n.title.replace(/\s*[(,—–].*$/u, '').trim())));
  const people: Person[] = [];
  for (const name of known) {
    const spans = findAll(text, name);
    // A glossary's name too: one the text frames as a place anywhere is no person (review 10, item 72).
    if (spans.length === 0 || spans.some((sp) => placeFramed(text, sp))) continue;
    if (!noted.has(name) && placeAfterA(source, name, spans, allSpans)) continue;
    // A work's title that no mention shows as a person is no person (« réalisant … El Otro Cristobal »),
    // nor is a name met inside a longer title (« Rogue One: A Star Wars Story »: tuning s12c).
    if (!noted.has(name) && spans.some((sp) => introducedAsWork(source, sp) || insideLongerRun(text, sp)) && !spans.some((sp) => shownAsPerson(source, sp, allSpans))) continue;
    // A name a work's, a body's or a place's noun governs (« le journal Novaïa Gazeta », « Forza Italia, le
    // parti de … ») is none of a person's, unless a mention of it or of its surname shows one strongly.
    // Searched once, when first asked (it looks for the surname through the text).
    let strong: boolean | undefined;
    const shownStrongly = (): boolean => (strong ??= strongAnywhere(source, name, spans, allSpans));
    if (!noted.has(name) && spans.some((sp) => nonPersonFrame(text, sp)) && !shownStrongly()) continue;
    if (!noted.has(name) && runTogether(text, name) && !shownStrongly()) continue;
    const evidence = noted.has(name) || shownStrongly()
      ? 'strong'
      : startsWithGivenName(name) || spans.some((sp) => shownAsPerson(source, sp, allSpans)) ? 'weak' : undefined;
    people.push({ name, short: '', mentions: spans.map((span) => ({ span, text: name, form: 'full' as const })), ...(evidence ? { evidence } : {}) });
  }
  people.sort((a, b) => (a.mentions[0]?.span.start ?? 0) - (b.mentions[0]?.span.start ?? 0));

  // Second mentions: « M. Wang », « Mme Merkel »; a name seen only this way is a person too.
  for (const m of text.matchAll(SHORT_NAME_RE)) {
    if (m[1] === 'M.' && middleInitial(text, m.index)) continue;
    const surname = m[2] as string;
    const span = { start: m.index, end: m.index + m[0].length };
    let person = people.find((p) => p.name.split(/\s+/).includes(surname));
    if (!person) {
      person = { name: m[0], short: m[0], mentions: [] };
      people.push(person);
    }
    person.short ||= m[0];
    // « M. Wang », « Mme Merkel »: a title, strong evidence of a person.
    person.evidence = 'strong';
    person.mentions.push({ span, text: m[0], form: 'short' });
  }
  const spans = people.flatMap((q) => q.mentions.map((x) => x.span));
  for (const p of people) {
    p.mentions.sort((a, b) => a.span.start - b.span.start);
    for (const mention of p.mentions.filter((x) => x.form === 'full')) {
      // « le ministre et le secrétaire d'État à l'Intérieur, Christophe Castaner et Laurent Nuñez »: a title
      // before coordinated names is shared or taken respectively, never the first name's alone (review 19, 130).
      if (opensCoordinatedNames(text, mention.span, spans)) continue;
      const title = titleBefore(text, sentenceStartOf(source, mention.span.start), mention.span.start, spans);
      if (!title) continue;
      p.title = { text: title.text, span: title.span };
      p.feminine = title.feminine;
      break;
    }
    // « l'Allemande Kristin Möller », « l'Allemand Sebastian Kienle »: a demonym noun before the name tells it too,
    // at a sentence's start as well (« L'Allemand Andreas Böcherer »; not the i flag: it would let \p{Lu} match any letter).
    for (const mention of p.mentions.filter((x) => p.feminine === undefined && x.form === 'full')) {
      const before = /(?:^|[\s(])(?:[Ll]e|[Ll]a|[Ll]['’])\s*(\p{Lu}[\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, mention.span.start - 40), mention.span.start));
      if (before) p.feminine = demonymFeminine(before[1]!);
    }
    // « Mme Merkel », « M. Schröder » in the text tell the gender where no title does.
    const said = p.mentions.find((x) => x.form === 'short')?.text;
    if (p.feminine === undefined && said !== undefined) p.feminine = said.startsWith('Mme');
    p.short ||= `${p.feminine ? 'Mme' : 'M.'} ${surnameOf(p.name)}`;
  }
  return people;
}

/** « Wang » in Wang Yi, « Lavrov » in Sergueï Lavrov, « von der Leyen » in Ursula von der Leyen. */
const LOWER_START = new RegExp(`^[${LOWER}]`, 'u');

function surnameOf(name: string): string {
  const words = name.split(/\s+/);
  if (SURNAME_FIRST.has(fold(words[0] ?? ''))) return words[0] as string;
  const particle = words.findIndex((w, i) => i > 0 && LOWER_START.test(w));
  return particle > 0 ? words.slice(particle).join(' ') : (words[words.length - 1] as string);
}

export function findPlaces(source: QuizSource, people: readonly Person[]): Place[] {
  const personSpans = people.flatMap((p) => p.mentions.map((m) => m.span));
  const found: { name: string; group: number; span: Span }[] = [];
  for (const m of source.text.matchAll(PLACE_RE)) {
    const group = PLACE_INDEX.get(m[0]);
    if (group !== undefined) found.push({ name: m[0], group, span: { start: m.index, end: m.index + m[0].length } });
  }
  // Longest first: « Asie pacifique » is one place, not « Asie » followed by a word.
  found.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start));
  const kept: typeof found = [];
  for (const f of found) {
    if (personSpans.some((s) => overlaps(s, f.span)) || kept.some((k) => overlaps(k.span, f.span))) continue;
    kept.push(f);
  }
  const places: Place[] = [];
  for (const f of kept.sort((a, b) => a.span.start - b.span.start)) {
    let place = places.find((p) => p.name === f.name);
    if (!place) {
      place = { name: f.name, category: (PLACE_GROUPS[f.group] as PlaceGroup).category, group: f.group, mentions: [] };
      places.push(place);
    }
    place.mentions.push({ span: f.span, text: f.name });
  }
  return places;
}

const WEEKDAY_RE = new RegExp(`${BEFORE}(${WEEKDAYS.join('|')})${AFTER}`, 'gu');
const DATE_RE = new RegExp(`${BEFORE}(1er|[12]?\\d|3[01]) (${MONTHS.join('|')})(?: (\\d{4}))?${AFTER}`, 'gu');

export function findTimes(source: QuizSource): TimeMention[] {
  const times: TimeMention[] = [];
  for (const m of source.text.matchAll(WEEKDAY_RE)) {
    times.push({ kind: 'weekday', text: m[0], span: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of source.text.matchAll(DATE_RE)) {
    times.push({ kind: 'date', text: m[0], span: { start: m.index, end: m.index + m[0].length } });
  }
  return times.sort((a, b) => a.span.start - b.span.start);
}

const ORG_ADJ = `(?!(?:de|des|du|et|en)(?![${LETTER}]))[${LOWER}]+(?:e|es|ne|nes|al|ale|aux|que|ques|ain|aine|ien|ienne|iens|is|ise|ois|oise)`;
/**
 * « Union africaine », « Forces de soutien rapide », « Conseil de paix et de sécurité », « Communauté
 * économique des États de l'Afrique de l'Ouest »: a head, an adjective, then « de … » complements.
 */
const ORG_RE = new RegExp(
  `${BEFORE}(?:${ORG_HEADS.map(escapeRegExp).join('|')})(?: ${ORG_ADJ})?(?: (?:et )?(?:de|des|du) (?:la |l['’])?[${LETTER}-]+(?: ${ORG_ADJ})?){0,3}${AFTER}`,
  'gu',
);
/** Names of one institution: a distractor is never another name of the right answer. */
const ORG_ALIASES: readonly (readonly string[])[] = [
  ['ONU', 'Nations unies', 'Organisation des Nations unies'], ['UE', 'Union européenne'], ['Otan', 'OTAN', 'Alliance atlantique'],
  ['UA', 'Union africaine'], ['OMS', 'Organisation mondiale de la santé'], ['FMI', 'Fonds monétaire international'],
];
const ARTICLE_BEFORE = /(?:^|[\s(])(la|le|les|l['’])\s*$/iu;

/** Institutions: the glossary's names glossed as one (« Arab League »), then names built on an institution's head word. */
export function findOrganisations(source: QuizSource, people: readonly Person[]): Organisation[] {
  const { text, lesson } = source;
  const names = new Set<string>();
  for (const g of lesson.glossary) {
    const head = g.headword.split(/\s+/)[0] ?? '';
    if (g.pos === 'PROPN' && (ORG_GLOSS.test(g.gloss) || ORG_HEADS.includes(head))) names.add(g.headword);
  }
  const adjectiveAt = new Set(source.tokens.filter((t) => t.upos === 'ADJ').map((t) => t.start));
  const verbAt = new Set(source.tokens.filter((t) => t.upos === 'VERB' || t.upos === 'AUX').map((t) => t.start));
  for (const m of text.matchAll(ORG_RE)) {
    // A head word alone (« Union », « Conseil ») is not a name; an acronym or a one-word institution is.
    // The word after the head must be an adjective (« Union africaine »), not a verb (« l'ONU appelle »).
    const words = m[0].split(' ');
    const complement = words.length > 1 && /^(?:de|des|du)$/u.test(words[1] as string);
    let name = complement || adjectiveAt.has(m.index + (words[0] as string).length + 1) ? m[0] : (words[0] as string);
    // A verb taken for an adjective at the end (« Conseil de sécurité autorise ») is not part of the name
    // (a participle is: « Nations unies »).
    const last = name.lastIndexOf(' ');
    if (last > 0 && verbAt.has(m.index + last + 1) && !/(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$/u.test(name)) name = name.slice(0, last);
    if (name.includes(' ') || SINGLE_WORD_ORGS.has(name)) names.add(name);
  }
  const personSpans = people.flatMap((p) => p.mentions.map((m) => m.span));
  const taken: Span[] = [];
  const orgs: Organisation[] = [];
  // Longest names first, so « Union européenne » is not also « Union ».
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const spans = findAll(text, name).filter((sp) => !taken.some((t) => overlaps(t, sp)) && !personSpans.some((t) => overlaps(t, sp)));
    if (spans.length === 0) continue;
    taken.push(...spans);
    let article = '';
    for (const sp of spans) {
      const a = ARTICLE_BEFORE.exec(text.slice(Math.max(0, sp.start - 6), sp.start));
      if (a) {
        article = (a[1] as string).toLowerCase().replace('’', "'");
        break;
      }
    }
    orgs.push({ name, article, group: -1, mentions: spans.map((span) => ({ span, text: name })) });
  }
  // One group per institution: the aliases above, « Agence … (AIEA) » where the text gives the acronym,
  // and a short form of a longer name (« Conseil de sécurité » of « Conseil de sécurité des Nations unies »).
  let next = 0;
  for (const org of orgs) {
    if (org.group >= 0) continue;
    org.group = next++;
    const alias = ORG_ALIASES.find((a) => a.includes(org.name));
    const acronyms = org.mentions.map((m) => /^\s*\(([^)\s]+)\)/u.exec(text.slice(m.span.end))?.[1]).filter((a): a is string => a !== undefined);
    for (const other of orgs) {
      const prefix = other.name.startsWith(`${org.name} `) || org.name.startsWith(`${other.name} `);
      if (other !== org && other.group < 0 && (prefix || alias?.includes(other.name) || acronyms.includes(other.name) || other.mentions.some((m) => /^\s*\(([^)\s]+)\)/u.exec(text.slice(m.span.end))?.[1] === org.name))) other.group = org.group;
    }
  }
  return orgs.sort((a, b) => (a.mentions[0]?.span.start ?? 0) - (b.mentions[0]?.span.start ?? 0));
}

/** « la Ligue arabe », « l'Otan »: the name with the article the text gives it. */
export function withArticle(org: Organisation): string {
  if (!org.article) return org.name;
  return org.article.endsWith("'") ? `${org.article}${org.name}` : `${org.article} ${org.name}`;
}

export function findEntities(source: QuizSource): Entities {
  const people = findPeople(source);
  const organisations = findOrganisations(source, people);
  const orgSpans = organisations.flatMap((o) => o.mentions.map((m) => m.span));
  const places = findPlaces(source, people).filter((p) => (p.mentions = p.mentions.filter((m) => !orgSpans.some((o) => overlaps(o, m.span)))).length > 0);
  return { people, organisations, places, times: findTimes(source) };
}
