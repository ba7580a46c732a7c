// Reporting verbs and reported speech: who said what, and how (a déclaré, a souligné, a démenti).
import { escapeRegExp, type Entities, type Person } from './entities';
import { LETTER } from './french';
import type { QuizSource } from './source';
import type { Span } from './types';

/** How a reporting verb frames what was said. Verbs of one nuance are near-synonyms. */
export type Nuance =
  | 'statement' | 'emphasis' | 'reminder' | 'denial' | 'opinion' | 'addition' | 'precision'
  | 'appeal' | 'announcement' | 'warning' | 'condemnation' | 'concession' | 'assurance' | 'praise' | 'regret';

export interface ReportingVerb {
  lemma: string;
  participle: string;
  nuance: Nuance;
  /** What the verb conveys, in English. */
  meaning: string;
  /** Its gloss as a reporting verb (« assurer que » = to maintain), the sense a vocabulary item teaches. */
  sense: string;
  /**
   * The verb's other sense when its object is people (« rappeler le personnel » = to call the staff
   * back home): then nobody speaks, so the use is no reporting verb unless it frames words (review 16).
   */
  peopleObjectSense?: string;
}

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  { lemma: 'déclarer', participle: 'déclaré', nuance: 'statement', meaning: 'stated it formally, on the record' , sense: 'to state' },
  { lemma: 'indiquer', participle: 'indiqué', nuance: 'statement', meaning: 'said it (a neutral report)' , sense: 'to say, to state' },
  { lemma: 'affirmer', participle: 'affirmé', nuance: 'statement', meaning: 'asserted it as true' , sense: 'to assert' },
  { lemma: 'souligner', participle: 'souligné', nuance: 'emphasis', meaning: 'stressed it, gave it weight' , sense: 'to stress' },
  { lemma: 'insister', participle: 'insisté', nuance: 'emphasis', meaning: 'insisted on it' , sense: 'to insist' },
  { lemma: 'rappeler', participle: 'rappelé', nuance: 'reminder', meaning: 'recalled something already known or agreed' , sense: 'to point out, to recall', peopleObjectSense: 'to call back' },
  { lemma: 'démentir', participle: 'démenti', nuance: 'denial', meaning: 'denied a report, said it was false' , sense: 'to deny' },
  { lemma: 'nier', participle: 'nié', nuance: 'denial', meaning: 'denied it' , sense: 'to deny' },
  { lemma: 'estimer', participle: 'estimé', nuance: 'opinion', meaning: 'gave it as an opinion' , sense: 'to consider, to believe' },
  { lemma: 'juger', participle: 'jugé', nuance: 'opinion', meaning: 'judged it, gave a view' , sense: 'to consider, to judge' },
  { lemma: 'ajouter', participle: 'ajouté', nuance: 'addition', meaning: 'added a further point' , sense: 'to add' },
  { lemma: 'préciser', participle: 'précisé', nuance: 'precision', meaning: 'made a detail clear' , sense: 'to specify' },
  { lemma: 'appeler', participle: 'appelé', nuance: 'appeal', meaning: 'called on someone to act' , sense: 'to call on (to)' },
  { lemma: 'exhorter', participle: 'exhorté', nuance: 'appeal', meaning: 'urged someone strongly to act' , sense: 'to urge' },
  { lemma: 'annoncer', participle: 'annoncé', nuance: 'announcement', meaning: 'made new information public' , sense: 'to announce' },
  { lemma: 'avertir', participle: 'averti', nuance: 'warning', meaning: 'warned of a danger' , sense: 'to warn' },
  { lemma: 'dénoncer', participle: 'dénoncé', nuance: 'condemnation', meaning: 'denounced it publicly' , sense: 'to denounce' },
  { lemma: 'condamner', participle: 'condamné', nuance: 'condemnation', meaning: 'condemned it' , sense: 'to condemn' },
  { lemma: 'reconnaître', participle: 'reconnu', nuance: 'concession', meaning: 'admitted it, conceded a point' , sense: 'to admit' },
  { lemma: 'assurer', participle: 'assuré', nuance: 'assurance', meaning: 'maintained it firmly, as a claim or a promise' , sense: 'to maintain, to assert' },
  { lemma: 'saluer', participle: 'salué', nuance: 'praise', meaning: 'welcomed it, praised it' , sense: 'to welcome, to hail' },
  { lemma: 'regretter', participle: 'regretté', nuance: 'regret', meaning: 'expressed regret' , sense: 'to regret' },
  { lemma: 'déplorer', participle: 'déploré', nuance: 'regret', meaning: 'deplored it' , sense: 'to deplore' },
];

const PARTICIPLES = REPORTING_VERBS.map((v) => escapeRegExp(v.participle)).join('|');

/** « a déclaré », « a, pour sa part, indiqué »: the auxiliary, an optional aside, the participle. */
const VERB_PHRASE = new RegExp(`(?<![${LETTER}])(a|ont|avait|avaient)(?:\\s*,[^,.«»"]{1,40},)?\\s+(${PARTICIPLES})(?![${LETTER}])`, 'gu');

export interface VerbUse {
  verb: ReportingVerb;
  /** « a, pour sa part, indiqué » as it stands. */
  span: Span;
  text: string;
  /** The auxiliary as the text has it: « ont » in « ont appelé ». */
  auxiliary: string;
}

/** « que », « qu' », a quotation or a colon next, an aside (« dimanche, dans un entretien, ») allowed before it. */
const FRAMES_WORDS = /^(?:\s+[^,.;:!?«»"“]{1,40},[^.;:!?«»"“]{1,60},)?\s*(?:que\s|qu['’]|[«"“:])/u;

/**
 * Nouns of people a verb can take as its object: staff, envoys, troops, players, citizens
 * (« ont rappelé leur ambassadeur », « plus de la moitié du personnel »).
 */
const PEOPLE_NOUN = /^(?:personnel|employés?|salariés?|agents?|fonctionnaires|ambassadeurs?|ambassadrices?|diplomates?|consuls?|envoyés?|émissaires?|délégations?|délégués?|représentants?|troupes?|soldats?|militaires|forces|contingents?|réservistes|casques|joueurs?|joueuses?|internationaux|sélectionneurs?|entraîneurs?|équipes?|ressortissants?|citoyens?|expatriés?|familles?|membres?|médecins|experts?|inspecteurs?|observateurs?)$/iu;

/** The object after a participle names people: a people noun among its first words, or a title and a name. */
function objectIsPeople(after: string): boolean {
  const object = /^[^,.;:!?«»"“]*/u.exec(after)?.[0] ?? '';
  const words = object.trim().split(/[\s'’]+/u).slice(0, 8);
  return words.some((w) => PEOPLE_NOUN.test(w)) || /^\s*(?:M\.|Mme|Mlle|le (?:général|colonel|ministre|président))\s/u.test(object);
}

/** The verb is used in its sense of speech: a verb with a people-object sense frames words, or has no people as its object. */
function speaks(verb: ReportingVerb, text: string, span: Span): boolean {
  if (!verb.peopleObjectSense) return true;
  const after = text.slice(span.end);
  const afterQuote = /[»"”]\s*,\s*$/u.test(text.slice(0, span.start));
  return afterQuote || FRAMES_WORDS.test(after) || !objectIsPeople(after);
}

export function findReportingVerbs(source: QuizSource): VerbUse[] {
  const uses: VerbUse[] = [];
  for (const m of source.text.matchAll(VERB_PHRASE)) {
    const verb = REPORTING_VERBS.find((v) => v.participle === m[2]);
    if (verb && speaks(verb, source.text, { start: m.index, end: m.index + m[0].length })) uses.push({ verb, span: { start: m.index, end: m.index + m[0].length }, text: m[0], auxiliary: m[1] as string });
  }
  return uses;
}

/** Something a named person said, with the words reported and where it all stands. */
export interface ReportedSpeech {
  speaker: Person;
  verb: VerbUse;
  /** What was said: the quotation, or the clause after « que ». */
  content: string;
  contentSpan: Span;
  /** The whole reporting sentence (or quotation plus attribution). */
  span: Span;
}

const QUOTE = /«\s*([^»]+?)\s*»|"([^"]+)"|“([^”]+)”/gu;

export function findReportedSpeech(source: QuizSource, entities: Entities): ReportedSpeech[] {
  const { text } = source;
  const verbs = findReportingVerbs(source);
  const speakerAt = (offset: number): Person | undefined =>
    entities.people.find((p) => p.mentions.some((m) => m.span.start === offset));
  const found: ReportedSpeech[] = [];

  // « …quotation… », a déclaré M. Wang.
  for (const q of text.matchAll(QUOTE)) {
    const inner = q[1] ?? q[2] ?? q[3] ?? '';
    const after = q.index + q[0].length;
    const tail = /^\s*,\s*/u.exec(text.slice(after));
    if (!tail) continue;
    const verb = verbs.find((v) => v.span.start === after + tail[0].length);
    if (!verb) continue;
    const who = /^\s+/u.exec(text.slice(verb.span.end));
    const speaker = speakerAt(verb.span.end + (who?.[0].length ?? 0));
    if (!speaker) continue;
    const innerStart = text.indexOf(inner, q.index);
    const mention = speaker.mentions.find((m) => m.span.start >= verb.span.end);
    found.push({
      speaker,
      verb,
      content: inner,
      contentSpan: { start: innerStart, end: innerStart + inner.length },
      span: { start: q.index, end: mention?.span.end ?? verb.span.end },
    });
  }

  // M. Lavrov a, pour sa part, indiqué que…
  for (const verb of verbs) {
    const justBefore = (m: { span: Span }): boolean =>
      m.span.end <= verb.span.start && /^\s+$/u.test(text.slice(m.span.end, verb.span.start));
    const speaker = entities.people.find((p) => p.mentions.some(justBefore));
    const mention = speaker?.mentions.find(justBefore);
    if (!speaker || !mention) continue;
    const que = /^\s+(?:que\s+|qu['’])/u.exec(text.slice(verb.span.end));
    if (!que) continue;
    const contentStart = verb.span.end + que[0].length;
    const sentence = source.sentences.find((s) => s.start <= contentStart && contentStart < s.end);
    const end = sentence ? sentence.end : text.length;
    const content = text.slice(contentStart, end).replace(/[\s.]+$/u, '');
    if (content.split(/\s+/).length < 4) continue;
    found.push({
      speaker,
      verb,
      content,
      contentSpan: { start: contentStart, end: contentStart + content.length },
      span: { start: mention.span.start, end: contentStart + content.length },
    });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
