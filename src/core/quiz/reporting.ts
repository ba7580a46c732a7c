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
}

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  { lemma: 'déclarer', participle: 'déclaré', nuance: 'statement', meaning: 'stated it formally, on the record' },
  { lemma: 'indiquer', participle: 'indiqué', nuance: 'statement', meaning: 'said it (a neutral report)' },
  { lemma: 'affirmer', participle: 'affirmé', nuance: 'statement', meaning: 'asserted it as true' },
  { lemma: 'souligner', participle: 'souligné', nuance: 'emphasis', meaning: 'stressed it, gave it weight' },
  { lemma: 'insister', participle: 'insisté', nuance: 'emphasis', meaning: 'insisted on it' },
  { lemma: 'rappeler', participle: 'rappelé', nuance: 'reminder', meaning: 'recalled something already known or agreed' },
  { lemma: 'démentir', participle: 'démenti', nuance: 'denial', meaning: 'denied a report, said it was false' },
  { lemma: 'nier', participle: 'nié', nuance: 'denial', meaning: 'denied it' },
  { lemma: 'estimer', participle: 'estimé', nuance: 'opinion', meaning: 'gave it as an opinion' },
  { lemma: 'juger', participle: 'jugé', nuance: 'opinion', meaning: 'judged it, gave a view' },
  { lemma: 'ajouter', participle: 'ajouté', nuance: 'addition', meaning: 'added a further point' },
  { lemma: 'préciser', participle: 'précisé', nuance: 'precision', meaning: 'made a detail clear' },
  { lemma: 'appeler', participle: 'appelé', nuance: 'appeal', meaning: 'called on someone to act' },
  { lemma: 'exhorter', participle: 'exhorté', nuance: 'appeal', meaning: 'urged someone strongly to act' },
  { lemma: 'annoncer', participle: 'annoncé', nuance: 'announcement', meaning: 'made new information public' },
  { lemma: 'avertir', participle: 'averti', nuance: 'warning', meaning: 'warned of a danger' },
  { lemma: 'dénoncer', participle: 'dénoncé', nuance: 'condemnation', meaning: 'denounced it publicly' },
  { lemma: 'condamner', participle: 'condamné', nuance: 'condemnation', meaning: 'condemned it' },
  { lemma: 'reconnaître', participle: 'reconnu', nuance: 'concession', meaning: 'admitted it, conceded a point' },
  { lemma: 'assurer', participle: 'assuré', nuance: 'assurance', meaning: 'gave an assurance' },
  { lemma: 'saluer', participle: 'salué', nuance: 'praise', meaning: 'welcomed it, praised it' },
  { lemma: 'regretter', participle: 'regretté', nuance: 'regret', meaning: 'expressed regret' },
  { lemma: 'déplorer', participle: 'déploré', nuance: 'regret', meaning: 'deplored it' },
];

const PARTICIPLES = REPORTING_VERBS.map((v) => escapeRegExp(v.participle)).join('|');

/** « a déclaré », « a, pour sa part, indiqué »: the auxiliary, an optional aside, the participle. */
const VERB_PHRASE = new RegExp(`\\b(?:a|ont|avait|avaient)(?:\\s*,[^,.«»"]{1,40},)?\\s+(${PARTICIPLES})(?![${LETTER}])`, 'gu');

export interface VerbUse {
  verb: ReportingVerb;
  /** « a, pour sa part, indiqué » as it stands. */
  span: Span;
  text: string;
}

export function findReportingVerbs(source: QuizSource): VerbUse[] {
  const uses: VerbUse[] = [];
  for (const m of source.text.matchAll(VERB_PHRASE)) {
    const verb = REPORTING_VERBS.find((v) => v.participle === m[1]);
    if (verb) uses.push({ verb, span: { start: m.index, end: m.index + m[0].length }, text: m[0] });
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
