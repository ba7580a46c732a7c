// What a French teacher checks in a generated item, beyond its structure (validate.ts): every
// quotation mark closed, no true/false statement copied from the text, no grammatical word taught
// as vocabulary, and in a who/where/when question every choice of the answer's kind (people for
// people, institutions for institutions, places, days and dates) and fitting the words before the gap.
import { escapeRegExp, withArticle, type Entities } from './entities';
import { fold, frenchPunctuation, quotesBalanced } from './french';
import { frenchProblems, nameParticle } from './frenchCheck';
import { backgroundCue, MAIN_EVENT_PROMPT, ROLE_BACKGROUND, ROLE_NEWS } from './generators/structure';
import { fitsArticle, MONTHS, WEEKDAYS, type PlaceCategory } from './places';
import { BLANK } from './snippets';
import { isFunctionWord, senseInDoubt } from './source';
import type { QuizItem } from './types';

export type ChoiceKind = 'person' | 'institution' | 'place' | 'time' | 'other';

const TIME = new RegExp(`^(?:${WEEKDAYS.join('|')}|(?:1er|\\d{1,2}) (?:${MONTHS.join('|')})(?: \\d{4})?)$`, 'u');

/** What a choice names, by the entities of the text. */
export function choiceKind(choice: string, entities: Entities): ChoiceKind {
  const c = fold(choice);
  if (entities.people.some((p) => fold(p.name) === c || fold(p.short) === c)) return 'person';
  if (entities.organisations.some((o) => fold(o.name) === c || fold(withArticle(o)) === c)) return 'institution';
  if (entities.places.some((p) => fold(p.name) === c)) return 'place';
  if (TIME.test(choice.trim())) return 'time';
  return 'other';
}

function placeCategory(choice: string, entities: Entities): PlaceCategory | undefined {
  return entities.places.find((p) => fold(p.name) === fold(choice))?.category;
}

/** The statement of a generated true/false prompt: what stands between its « ». */
function statementOf(prompt: string): string {
  return /«\u00a0(.*)\u00a0»\s*$/su.exec(prompt)?.[1] ?? '';
}

/** Letters and digits only, quotation marks and spacing aside: « “C'est” » and "C'est" compare equal. */
function bare(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/gu, ' ').trim();
}

/** The French word and the English sense a vocabulary item teaches, for the nouns among its keys. */
function taughtSenses(item: QuizItem): [string, string][] {
  const nouns = item.keys.filter((k) => k.endsWith('|NOUN')).map((k) => k.slice(0, -'|NOUN'.length));
  switch (item.kind) {
    case 'fr-en':
      return nouns.map((n) => [n, item.choices[item.answer] as string]);
    case 'en-fr':
      return nouns.map((n) => [n, item.gloss]);
    case 'cloze':
      return nouns.map((n) => [n, item.hint.replace(/,[^,]*$/u, '')]);
    case 'match':
      return item.left.flatMap((l, i): [string, string][] => (item.keys[i]?.endsWith('|NOUN') ? [[l, item.right[item.answer[i] as number] as string]] : []));
    default:
      return [];
  }
}

/**
 * Where an excerpt shown as a choice stands in the text (its « … » cut aside), or -1. Any run of spaces
 * matches any other: the text has no-break spaces before « : » and inside « » where a choice may have
 * ordinary ones (review 16).
 */
export function locate(choice: string, text: string): number {
  const excerpt = choice.replace(/…$/u, '').replace(/^[«\s]+|[»\s]+$/gu, '');
  if (!excerpt) return text.indexOf(excerpt);
  const pattern = excerpt.split(/\s+/u).map(escapeRegExp).join('\\s+');
  return new RegExp(pattern, 'u').exec(text)?.index ?? -1;
}

/** The sentence of the text that starts at an offset: up to its full stop. */
function sentenceFrom(text: string, at: number): string {
  const end = text.slice(at).search(/[.!?](?:\s|$)/u);
  return text.slice(at, end < 0 ? undefined : at + end + 1);
}

/**
 * Main event vs background: the news must be the lead (nothing stated before it but the headline),
 * and every sentence offered or classed as background must go back in time (backgroundCue).
 */
function structureProblems(item: Extract<QuizItem, { kind: 'comprehension' }>, text: string): string[] {
  const problems: string[] = [];
  const isLead = (at: number): boolean => at >= 0 && !/[.!?»”]\s/u.test(text.slice(0, at)) && backgroundCue(sentenceFrom(text, at)) === undefined;
  const right = item.choices[item.answer] as string;
  if (item.prompt.startsWith(frenchPunctuation(MAIN_EVENT_PROMPT))) {
    if (!isLead(locate(right, text))) problems.push('the main news offered is not the lead');
    for (const c of item.choices) {
      if (c !== right && !backgroundCue(sentenceFrom(text, Math.max(0, locate(c, text))))) problems.push(`${c.slice(0, 40)} is not background`);
    }
  } else {
    const at = item.evidence.start;
    if (right === ROLE_NEWS && !isLead(at)) problems.push('a sentence other than the lead given as the news');
    if (right === ROLE_BACKGROUND && !backgroundCue(text.slice(at, item.evidence.end))) problems.push('a sentence given as background with nothing that sends it back in time');
    if (right !== ROLE_NEWS && right !== ROLE_BACKGROUND) problems.push('a sentence role that is neither news nor background');
  }
  return problems;
}

/** « de un », « au mois de août », « avant de aller »: French elides these (not before « onze », « oui »). */
const MISSING_ELISION = /(?<![\p{L}'’])(?:de|que) (?!onze|oui|ouate)[aeiouéèêàâîôû]/giu;

/** The first missing elision of a French string, a name's particle aside (« Maëlys de Araujo »: review 13). */
function missingElision(s: string): string | undefined {
  for (const m of s.matchAll(MISSING_ELISION)) {
    if (/^de /u.test(m[0]) && nameParticle(s.slice(0, m.index), s.slice(m.index + 3))) continue;
    return m[0];
  }
  return undefined;
}

/**
 * A passive statement's agreement (« La résolution a été adoptée », « Les sanctions ont été
 * levées »): the auxiliary with the subject's number, the participle with its gender and number.
 */
export function passiveProblem(statement: string): string | undefined {
  const m = /^(Les|Des|Ses|Leurs|La|Une|Sa|Le|Un|Son|Leur|L['’])\s?[^,;]*? (a|ont) été ([\p{L}]+)/u.exec(statement);
  // « Les eurodéputés espèrent une adoption qui a été… »: the auxiliary is a relative clause's, not the subject's.
  if (!m || /(?<![\p{L}])(?:qui|que|qu['’]|dont|où|et)(?![\p{L}])/u.test(m[0])) return undefined;
  const [, det = '', aux, participle = ''] = m;
  const plural = /^(?:Les|Des|Ses|Leurs)$/u.test(det);
  const feminine = /^(?:La|Une|Sa)$/u.test(det);
  if ((aux === 'ont') !== plural) return `« ${det} … ${aux} été »: the auxiliary does not agree with the subject`;
  if (plural && !participle.endsWith('s')) return `« ${det} … ont été ${participle} »: the participle does not agree`;
  if (feminine && !/es?$/u.test(participle)) return `« ${det} … a été ${participle} »: the participle does not agree`;
  return undefined;
}

/**
 * « la salle qui avait accueillie le concours »: after avoir the participle agrees only with an object
 * before it, so a feminine one followed by its object (an article) is the source's slip (tuning s10a).
 */
export function participleAgreementProblem(statement: string): string | undefined {
  for (const m of statement.matchAll(/(?<![\p{L}'’])(?:a|ont|avait|avaient|aura|auront|aurait|auraient|avoir|ayant)(?:\s+(?:déjà|aussi|bien|également|encore|toujours|enfin|même|pourtant|ainsi))?\s+(\p{L}+(?:ée|ées|ie|ies|ue|ues|ise|ises|ite|ites))\s+(?:le|la|les|un|une|des|l['’])(?![\p{L}])/gu)) {
    // « qui l'avait embauchée un mois auparavant »: an object pronoun before the auxiliary is what it agrees with.
    if (/(?:^|[^\p{L}])(?:[lmt]['’]|(?:la|les|me|te|nous|vous|que)\s+|qu['’])$/iu.test(statement.slice(Math.max(0, m.index - 8), m.index))) continue;
    return `« ${m[0]} »: the participle agrees though its object follows`;
  }
  return undefined;
}

const ARTICLE_START = /^(?:le|la|les|l['’])\s*/iu;

/** A teacher's objections to the item (empty when there are none). `text` is the lesson's full text. */
export function teacherProblems(item: QuizItem, text: string, entities: Entities): string[] {
  const problems: string[] = [];
  const shown = [item.prompt, item.explanation, ...('choices' in item ? item.choices : []), ...('left' in item ? [...item.left, ...item.right] : [])];
  for (const s of shown) if (!quotesBalanced(s)) problems.push(`unbalanced quotation marks: ${s.slice(0, 60)}`);

  if (item.kind !== 'comprehension' || item.focus !== 'authored') {
    if (item.keys.some((k) => {
      const [lemma = '', pos = ''] = k.split('|');
      return pos !== 'EXPR' && isFunctionWord(lemma, pos);
    })) problems.push(`exercises a grammatical word (${item.keys.join(', ')})`);
  }
  for (const [lemma, sense] of taughtSenses(item)) {
    if (senseInDoubt({ lemma, pos: 'NOUN', origin: 'lesson', senses: [sense], multiword: false })) problems.push(`teaches « ${lemma} » as ${sense}: a participle read as a noun`);
  }
  if (item.kind !== 'comprehension' && /automatic gloss/iu.test(item.explanation)) problems.push('teaches an automatic gloss');
  if (item.kind === 'collocation' && !item.keys.every((k) => /\s|\|EXPR$/u.test(k))) problems.push('a collocation outside an expression');

  // The French the item shows (its English explanation aside).
  const french = [item.prompt, ...('choices' in item ? item.choices : []), ...('left' in item ? item.left : [])];
  for (const s of french) {
    const missing = missingElision(s);
    if (missing) problems.push(`a missing elision: ${missing}`);
  }

  if (item.kind === 'comprehension' && item.format === 'truefalse' && item.focus !== 'authored') {
    const statement = bare(statementOf(item.prompt));
    if (!statement) problems.push('true/false without a statement');
    else if (bare(text).includes(statement)) problems.push('true/false statement copied from the text');
    const passive = passiveProblem(statementOf(item.prompt)) ?? participleAgreementProblem(statementOf(item.prompt));
    if (passive) problems.push(passive);
  }

  // The item's French as the learner reads it, each choice in its frame (frenchCheck.ts).
  problems.push(...frenchProblems(item, text, entities));

  if (item.kind === 'comprehension' && item.focus === 'main-event') problems.push(...structureProblems(item, text));

  if (item.kind === 'comprehension' && (item.focus === 'who' || item.focus === 'where' || item.focus === 'when' || item.focus === 'speaker')) {
    const right = item.choices[item.answer] as string;
    const kind = choiceKind(right, entities);
    if (kind === 'other') problems.push(`the answer ${right} is of no known kind`);
    for (const c of item.choices) {
      if (choiceKind(c, entities) !== kind) problems.push(`${c} is not a ${kind} like ${right}`);
    }
    const gap = item.prompt.indexOf(BLANK);
    if (gap >= 0) {
      // The quoted sentence must say something besides the gap: « _____. » (a date line left as a
      // paragraph, tuning s12a) is completed by any date, so it asks nothing.
      const open = item.prompt.lastIndexOf('«', gap);
      const close = item.prompt.indexOf('»', gap);
      const frame = item.prompt.slice(open + 1, close >= 0 ? close : undefined).replace(BLANK, '');
      if (!/\p{L}/u.test(frame)) problems.push('the blank stands alone: no sentence around it');
      const before = item.prompt.slice(Math.max(0, gap - 12), gap);
      for (const c of item.choices) {
        const category = placeCategory(c, entities);
        if (category && !fitsArticle(c, category, before)) problems.push(`« ${before.trim()} ${c} » does not agree`);
        // An article in the choice after an article or a preposition that would contract with it.
        if (ARTICLE_START.test(c) && /(?:^|\s)(?:le|la|les|l['’]|du|des|au|aux|de|à)\s*$/iu.test(before) && !/(?:^|\s)de\s$/iu.test(before)) problems.push(`« ${before.trim()} ${c} » has two articles`);
        if (/^(?:le|les)\s/iu.test(c) && /(?:^|\s)(?:de|à)\s$/iu.test(before)) problems.push(`« ${before.trim()} ${c} » should contract`);
      }
      // A title just before the gap (« la commissaire européenne, ___ ») tells the gender: every person offered must fit it.
      const person = entities.people.find((p) => fold(p.name) === fold(right) || fold(p.short) === fold(right));
      const mention = person?.mentions.find((m) => m.span.start >= item.evidence.start && m.span.end <= item.evidence.end && m.text === right);
      const titled = person?.title && mention && person.title.span.end <= mention.span.start && /^[\s,]*$/u.test(text.slice(person.title.span.end, mention.span.start));
      if (kind === 'person' && person?.feminine !== undefined && (titled || mention?.form === 'short')) {
        for (const c of item.choices) {
          const other = entities.people.find((p) => fold(p.name) === fold(c) || fold(p.short) === fold(c));
          if (other?.feminine !== undefined && other.feminine !== person.feminine) problems.push(`${c} does not fit the gender the text gives ${right}`);
        }
      }
    }
  }
  return problems;
}
