// What a subject pronoun il or elle stands for, as far as a reader sees it without parsing: the
// subject of its own sentence when one comes before it (« Le gouvernement a annoncé qu'il… »),
// otherwise the subject of the sentence before (« La commission a publié son rapport. Elle
// estime… »). A wire dispatch keeps one subject from sentence to sentence, so the subject is the
// likeliest antecedent (a noun, or the name of a country or an organisation: « Le Soudan… il »);
// where the subject is not there, is plural or of the other gender, nothing is decided. A sense
// rule may then ask that the pronoun stand for a thing (`_>THING`: « it »), which it does only when
// no one else is in sight: a name, a singular noun that may be a person, or *lui* between the
// antecedent's sentence and the pronoun may be what it stands for (« l'épreuve… une victoire
// qu'elle obtient »). A plural noun is no such rival (« Le bateau… transportait soixante-dix
// personnes. Il s'est brisé »).
import { WEEKDAYS } from './calendar';
import { isPersonNoun, surelyPerson } from './expressionContext';
import { isCapitalised, lookupKey } from './tagger';
import type { AnalyzedToken } from './types';

/** Determiners that make their noun plural: what a singular il or elle cannot stand for. */
const PLURAL_DETERMINERS = new Set(['les', 'des', 'ces', 'leurs', 'mes', 'tes', 'ses', 'nos', 'vos', 'plusieurs', 'quelques', 'certains', 'certaines', 'différents', 'différentes', 'divers', 'diverses', 'aux', 'deux', 'trois']);
/** What may stand between a subject pronoun and its verb. */
const AFTER_SUBJECT = new Set(['ne', "n'", 'se', "s'", 'y', 'en', 'le', 'la', "l'", 'les', 'lui', 'leur']);
/** Subject pronouns: after one, a noun before them was no subject (« Le 27 mai, il… »). */
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on']);
/**
 * Relative words before the pronoun: « le but qu'il s'était fixé », « le pays où il vit » stand in
 * a clause about an earlier noun, whose subject may be anyone.
 */
const RELATIVES = new Set(['dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'auquel', 'duquel']);
/** Nouns that date a verb rather than head a relative clause (« a annoncé vendredi qu'elle »). */
const DATING_NOUNS = new Set([...WEEKDAYS, 'soir', 'matin', 'hier', 'aujourd’hui', "aujourd'hui"]);
/** Ends a sentence. */
const SENTENCE_END = new Set(['.', '!', '?', '…']);
/** How many pronouns back a chain of il/elle is followed (« Elle… Elle… Elle… »). */
const CHAIN_DEPTH = 3;

/**
 * The first sense of a gloss that names a person or a group of people (triathlète: "triathlete",
 * gens: "people"; computer and river are caught too, as a cue must be sure; a word in -ment is no
 * person: government, parliament; nor is one in -ess but those listed: press, access, progress).
 */
const PERSON_GLOSS = /(?:er|or|ist|ian|ant|(?<!m)ent|ee|(?:actr|princ|host|waitr|godd|heir|empr|count|duch|marchion|mistr|steward|seamstr|lion|poet|abb|baron|prior|patron|shepherd|sorcer|govern|ambassadr|murder|adventur)ess|ete|man|men|person|people|child|children|member|friend|parent|king|queen|prince|princess|god|champion|oligarch|fan|ally|enemy|hero|heroine|character|team|group|family|couple|quartet|trio|crowd|population|public|staff|sister|brother|son|daughter|wife|husband|girl|boy|youth|citizen|doctor|chief|head|guest|client|customer|pope|saint|soldier|troop|police|sovereign|monarch|uncle|aunt|cousin|nephew|niece|widow|victim|candidate|deputy|judge|spouse|official|pilot|rival|colleague|mother|baby|woman|women|neighbou?r|lady|ladies|gentleman|gentlemen|marquis|duke|earl|lord|knight)s?\b/i;

/**
 * Whether a noun token surely names no person: not a person noun by lemma or suffix (personNoun),
 * not a people with a capital (les Allemands), and no English gloss of a person (PERSON_GLOSS) first.
 */
export function namesThing(t: AnalyzedToken): boolean {
  if (t.upos !== 'NOUN' || personNoun(t)) return false;
  // A capital makes a noun an institution (le Conseil, la Commission: glossed in lower case) or a
  // people (les Allemands: glossed German, with the capital English gives it).
  if (isCapitalised(t.form) && !LOWER_CASE_START.test(t.gloss ?? '')) return false;
  return !namedPerson(t.gloss);
}
const LOWER_CASE_START = /^[a-z]/;

/**
 * namesThing for the noun at `at`, unless it is the complement of a person's noun before it (« le
 * ministre de la Défense, qui », « le porte-parole du gouvernement, qui »: qui is the person).
 */
export function namesThingAt(tokens: readonly AnalyzedToken[], at: number): boolean {
  if (!namesThing(tokens[at]!)) return false;
  let j = at - 1;
  if (tokens[j]?.upos === 'DET') j--;
  if (tokens[j]?.upos !== 'ADP' || tokens[j]!.lemma !== 'de') return true;
  j--;
  while (tokens[j]?.upos === 'ADJ') j--;
  const head = tokens[j];
  return !(head !== undefined && head.upos === 'NOUN' && mayBePerson(head));
}

/**
 * Whether a noun or a name surely names no person. A name does when its authored gloss gives it a
 * gender, as the glosses do for countries, regions and organisations only (le Soudan, la BCE). (Not
 * for the THING cue: « le ministère du Burundi qui » is about the ministry, the noun before the name.)
 */
function namesThingOrPlace(t: AnalyzedToken): boolean {
  return t.upos === 'PROPN' ? t.gender === 'm' || t.gender === 'f' : namesThing(t);
}

/** Prepositions that make a name the complement of the noun before it (le ministère du Burundi, MSF pour la Syrie). */
const COMPLEMENT_PREPOSITIONS = new Set(['de', 'pour']);

/**
 * Whether the token at `at` is the name of a country, a region or an organisation that is no noun's
 * complement (« L'Égypte, qui », « un accord avec l'Azerbaïdjan, qui »; not « le ministère du Burundi
 * qui », « le chef de mission de MSF pour la Syrie qui », where qui is about the noun before the name).
 */
export function placeName(tokens: readonly AnalyzedToken[], at: number): boolean {
  const t = tokens[at]!;
  if (t.upos !== 'PROPN' || !namesThingOrPlace(t)) return false;
  const before = tokens[at - 1];
  if (before === undefined) return true;
  if (before.upos === 'ADP') return !COMPLEMENT_PREPOSITIONS.has(before.lemma);
  return !(before.upos === 'DET' && tokens[at - 2]?.upos === 'ADP' && COMPLEMENT_PREPOSITIONS.has(tokens[at - 2]!.lemma));
}

/**
 * isPersonNoun, but a feminine noun in -eur is a person only by its lemma (la vigueur, la valeur,
 * la peur: the suffix of vendeur is a person's in the masculine only).
 */
function personNoun(t: AnalyzedToken): boolean {
  return t.gender === 'f' && FEMININE_EUR.test(t.lemma) ? surelyPerson(t) : isPersonNoun(t);
}
const FEMININE_EUR = /eur$/;

/**
 * Whether a noun may name the person a pronoun stands for: a person noun by the lexicon (journaliste,
 * otage), or one whose gloss names a person; its suffix alone decides only when it has no gloss
 * (février ends like ouvrier, and is no rival).
 */
function mayBePerson(t: AnalyzedToken): boolean {
  if (surelyPerson(t)) return true;
  return t.gloss === undefined ? personNoun(t) : namedPerson(t.gloss);
}

/** Whether a gloss's first sense names a person; undefined (no gloss) counts as one, to be sure. */
function namedPerson(gloss: string | undefined): boolean {
  if (gloss === undefined) return true;
  const end = gloss.indexOf('; ');
  const first = end < 0 ? gloss : gloss.slice(0, end);
  // A remark in brackets is about the sense, not the sense: « attack (terrorist) » names no person.
  return PERSON_GLOSS.test(first.includes('(') ? first.replace(REMARK, '') : first);
}
const REMARK = /\s*\([^)]*\)/g;

function lower(t: AnalyzedToken): string {
  return lookupKey(t.form);
}

/** The gender il or elle asks of its antecedent, or undefined for any other token. */
function pronounGender(t: AnalyzedToken): 'm' | 'f' | undefined {
  if (t.upos !== 'PRON') return undefined;
  const form = lower(t);
  return form === 'il' ? 'm' : form === 'elle' ? 'f' : undefined;
}

/**
 * Whether the pronoun at i is the subject of a main or an adverbial clause: its verb, or a clitic
 * before it, follows (not « pour elle »), and no relative word stands before it.
 */
function isSubject(tokens: readonly AnalyzedToken[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev !== undefined && (prev.upos === 'ADP' || RELATIVES.has(lower(prev)))) return false;
  // « le but qu'il s'était fixé »: que after a noun is the relative pronoun; not after a day or a
  // time of day, which dates the verb before it (« a annoncé vendredi qu'elle »).
  const beforeQue = tokens[i - 2];
  if (prev !== undefined && prev.lemma === 'que' && beforeQue !== undefined && (beforeQue.upos === 'NOUN' || beforeQue.upos === 'PRON') && !DATING_NOUNS.has(beforeQue.lemma)) return false;
  const next = tokens[i + 1];
  if (next === undefined) return false;
  return next.upos === 'VERB' || next.upos === 'AUX' || AFTER_SUBJECT.has(lower(next));
}

/** The index of the first token of the sentence holding token i. */
function sentenceStart(tokens: readonly AnalyzedToken[], i: number): number {
  let j = i - 1;
  while (j >= 0 && !(tokens[j]!.kind === 'punct' && SENTENCE_END.has(tokens[j]!.form))) j--;
  return j + 1;
}

/**
 * The subject of the clause that runs from `from` to before `to`: the first noun, name or subject
 * pronoun before the first verb, not inside a prepositional phrase (« Selon le rapport, la
 * commission… » is la commission), with that verb after it (« Le 27 mai, il… »: mai is none).
 */
function subjectIn(tokens: readonly AnalyzedToken[], from: number, to: number): number | undefined {
  let inPhrase = false;
  let subject: number | undefined;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.upos === 'VERB' || t.upos === 'AUX') return subject;
    if (subject !== undefined) {
      if (t.upos === 'PRON' && SUBJECT_PRONOUNS.has(lower(t))) return undefined;
      continue;
    }
    if (t.upos === 'ADP') inPhrase = true;
    else if (t.kind === 'punct' && t.form === ',') inPhrase = false;
    else if (t.upos === 'NOUN' || t.upos === 'PROPN') {
      if (!inPhrase) subject = j;
    } else if (t.upos === 'PRON' && !inPhrase && pronounGender(t) !== undefined) subject = j;
  }
  return undefined;
}

/** Whether the noun at j is singular: no plural determiner before it, and not a plural spelling of its lemma. */
function singularNoun(tokens: readonly AnalyzedToken[], j: number): boolean {
  const t = tokens[j]!;
  for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
    const d = tokens[k]!;
    if (d.upos === 'DET' || d.upos === 'NUM' || (d.upos === 'ADP' && lower(d) === 'aux')) {
      if (PLURAL_DETERMINERS.has(lower(d))) return false;
      break;
    }
    if (d.upos !== 'ADJ' && d.upos !== 'ADV') break;
  }
  const form = lower(t);
  return form === t.lemma || !/[sx]$/.test(form);
}

/** Whether only conjunctions, adverbs and punctuation stand from `from` to before `to`. */
function nothingButLinks(tokens: readonly AnalyzedToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && t.upos !== 'CCONJ' && t.upos !== 'ADV') return false;
  }
  return true;
}

/**
 * The index of the token il or elle at i stands for (a noun of its gender and number, the subject
 * of its own clause or of the sentence before), or undefined when no such subject is in sight. A
 * pronoun that stands for an earlier pronoun is followed back to that one's antecedent.
 */
export function antecedentOf(tokens: readonly AnalyzedToken[], i: number, depth = 0): number | undefined {
  const gender = pronounGender(tokens[i]!);
  if (gender === undefined || !isSubject(tokens, i)) return undefined;
  const start = sentenceStart(tokens, i);
  // Its own sentence's subject when one stands before it; else, when the pronoun opens its
  // sentence (« Mais elle… »), the sentence before's.
  let subject = subjectIn(tokens, start, i);
  if (subject === undefined && start > 0 && nothingButLinks(tokens, start, i)) subject = subjectIn(tokens, sentenceStart(tokens, start - 1), start - 1);
  if (subject === undefined) return undefined;
  const s = tokens[subject]!;
  if (s.upos === 'PRON') return depth < CHAIN_DEPTH && pronounGender(s) === gender ? antecedentOf(tokens, subject, depth + 1) : undefined;
  if ((s.upos !== 'NOUN' && s.upos !== 'PROPN') || s.gender !== gender || !singularNoun(tokens, subject)) return undefined;
  return subject;
}

/**
 * Whether the subject pronoun il or elle at i stands for a thing: its antecedent names a thing, and
 * no person is in sight from the antecedent's sentence to the pronoun: no name but a place's or an
 * organisation's, no singular noun that may be a person (mayBePerson), no *lui*.
 */
export function standsForThing(tokens: readonly AnalyzedToken[], i: number): boolean {
  const antecedent = antecedentOf(tokens, i);
  if (antecedent === undefined || !namesThingOrPlace(tokens[antecedent]!)) return false;
  for (let k = sentenceStart(tokens, antecedent); k < i; k++) {
    const t = tokens[k]!;
    if ((t.upos === 'PROPN' && !namesThingOrPlace(t) && !afterArticle(tokens, k) && !complementOfThing(tokens, k)) || (t.upos === 'PRON' && lower(t) === 'lui')) return false;
    if (t.upos === 'NOUN' && mayBePerson(t) && singularNoun(tokens, k)) return false;
  }
  return true;
}

/**
 * Whether the name at k, or the name it ends (la Sierra Leone), follows an article: a person's name
 * takes none, a country's or a region's does.
 */
function afterArticle(tokens: readonly AnalyzedToken[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && tokens[j]!.upos === 'PROPN') j--;
  return j >= 0 && tokens[j]!.upos === 'DET' && ARTICLES.has(lower(tokens[j]!));
}
const ARTICLES = new Set(['le', 'la', "l'", 'les']);

/**
 * Whether the name at k is the complement of a noun that names a thing (« la direction de Valmer »):
 * a company's or a place's, not a person in sight.
 */
function complementOfThing(tokens: readonly AnalyzedToken[], k: number): boolean {
  const de = tokens[k - 1];
  const head = tokens[k - 2];
  return de !== undefined && head !== undefined && de.upos === 'ADP' && de.lemma === 'de' && namesThing(head);
}
