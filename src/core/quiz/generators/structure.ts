// The dispatch's structure (issue 12): which sentence gives the news and which recall the
// background. A dispatch opens on its news (the lead, the first sentence after the headline) and
// goes back in time to explain it: the past perfect (« avaient signé »), « depuis le début de… »,
// « rappelle-t-on », « l'an dernier ». Only the first lesson of an imported dispatch has its lead.
import * as l10n from '@vscode/l10n';
import { excerpt, frenchPunctuation, LETTER, quote, quotesBalanced } from '../french';
import { MONTHS, WEEKDAYS } from '../places';
import { REPORTING_VERBS } from '../reporting';
import { placeAnswer, sample, type Rng } from '../rng';
import { slice, wordCount } from '../snippets';
import { hasFiniteVerb, insideQuotation } from '../clauses';
import type { QuizSource } from '../source';
import type { ComprehensionItem, Span } from '../types';

type Draft = Omit<ComprehensionItem, 'id'>;

export const MAIN_EVENT_PROMPT = 'Quelle est l’information principale de cette dépêche ?';
export const SENTENCE_ROLE_PROMPT = 'Dans la dépêche, que donne cette phrase ?';
export const ROLE_NEWS = 'la nouvelle elle-même, l’événement principal';
export const ROLE_BACKGROUND = 'un rappel du contexte, ce qui s’était passé avant';

const B = `(?<![${LETTER}])`;
const E = `(?![${LETTER}])`;
const PARTICIPLE = `[${LETTER}]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes)`;

/**
 * The verbs whose compound tenses take « être »: « était arrivé » is a past perfect, where « étaient
 * partagées » (être and an adjective-like participle) is an imperfect, no time before the news (review
 * 10, item 105: « Les réactions étaient partagées… », the reactions that followed it).
 */
const ETRE_PARTICIPLE = '(?:allé|venu|arrivé|parti|reparti|entré|sorti|ressorti|né|mort|devenu|redevenu|resté|tombé|monté|descendu|retourné|revenu|rentré|décédé|parvenu|intervenu|survenu|apparu|passé)(?:e|s|es)?';
const PAST_PERFECT = new RegExp(
  `${B}(?:(?:avait|avaient)(?: déjà| été)? ${PARTICIPLE}|(?:s['’]|se |me |m['’]|te |t['’]|nous |vous )(?:étais|était|étaient|étions|étiez)(?: déjà)? ${PARTICIPLE}|(?:était|étaient) déjà ${PARTICIPLE}|(?:était|étaient) ${ETRE_PARTICIPLE})${E}`,
  'iu',
);
/**
 * « que », « si » before the past perfect: it is then reported speech's tense, not background; and
 * « lorsque », « où », « qui »…: it is a subordinate clause's, while the main clause may give the news.
 */
const SUBORDINATE = new RegExp(`${B}(?:que(?=\\s)|qu['’]|si(?=\\s)|lorsque|lorsqu['’]|quand|puisque|comme|où|dont|qui)(?![${LETTER}])`, 'iu');

// The cues' names are read when an explanation is written, in the interface language of that moment.
const PAST_PERFECT_CUE = (): string => l10n.t('the past perfect');
const NUMBER_WORD = '(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|\\d+)';

/**
 * « alors qu'il est au pouvoir depuis 2012 », « tandis que… »: a subordinate clause set against the
 * main one, from its conjunction to the next comma or the end; and a relative clause between commas
 * (« Pila, qui l'année dernière a enregistré… »). Their time words are not the sentence's.
 */
const CONTRAST_CLAUSE = new RegExp(`${B}(?:(?:alors|tandis|bien|même) (?:que\\s|qu['’])|même si\\s|lorsque\\s|lorsqu['’]|puisque\\s|puisqu['’]|quand\\s)[^,;]*|,\\s*qui\\s[^,;]*`, 'giu');

/** The sentence without its contrast and time clauses: where a background cue must stand. */
export function mainClause(sentence: string): string {
  return sentence.replace(CONTRAST_CLAUSE, ' ');
}

/** « rappelle-t-on », « Pour rappel »: the explanation quotes the words the text uses (tuning s9c, 51). */
const RECALL = new RegExp(`${B}(?:rappelle-t-on|rappelons-le|pour rappel)${E}`, 'iu');

/**
 * « Cela fait trois mois qu'a eu lieu l'attentat », « Il y a deux ans que le séisme a frappé »: a time
 * counted from now back to an event told in the past is background (tuning s11b, 53); « cela fait trois
 * jours que les manifestants occupent la place » (a state that lasts) is not.
 */
const ELAPSED_SINCE = new RegExp(
  `${B}(?:(?:cela|ça) fait|il y a)(?: [${LETTER}'’-]+){0,5} (?:jours?|semaines?|mois|ans|années)(?: que |\\s*qu['’])(?:[^,;.]*? )?(?:a|ont|est|sont)(?: [${LETTER}]+)? ${PARTICIPLE}${E}`,
  'iu',
);

const SINCE_CUE = '« depuis »';
/** « depuis » and a time before the news: « depuis le début », « depuis trois ans », « depuis mars », « depuis 2014 ». */
const SINCE_EARLIER = new RegExp(`${B}depuis (?:le début|la fin|la chute|l['’]assassinat|le coup d['’]État|l['’]an|des (?:mois|années|décennies)|plusieurs (?:mois|années)|(?:plus d['’]|près d['’]|plus de |près de )?${NUMBER_WORD} (?:ans?|mois|années)|(?:${MONTHS.join('|')})|\\d{4})${E}`, 'iu');

/** What sends a sentence back in time, each with the name the explanation gives it. */
const BACKGROUND_CUES: readonly [(s: string) => boolean, (s: string) => string][] = [
  [(s) => { const m = PAST_PERFECT.exec(s); return m !== null && !SUBORDINATE.test(s.slice(0, m.index)); }, PAST_PERFECT_CUE],
  [(s) => RECALL.test(s), (s) => `« ${RECALL.exec(s)?.[0] ?? 'rappelle-t-on'} »`],
  [(s) => SINCE_EARLIER.test(s), () => SINCE_CUE],
  [(s) => new RegExp(`${B}(?:l['’]an dernier|l['’]année dernière|l['’]an passé|(?:${MONTHS.join('|')}) dernier|il y a (?:\\S+ )?(?:ans|mois|années)|la veille|auparavant|précédemment)${E}`, 'iu').test(s), () => l10n.t('a time before the news')],
  [(s) => ELAPSED_SINCE.test(s), () => l10n.t('a time before the news')],
];

/** What marks a sentence as today's news: its day, what is due to happen, someone speaking now. */
const NEWS_MARKERS = new RegExp(
  `${B}(?:${WEEKDAYS.join('|')}|aujourd['’]hui|hier|ce (?:matin|soir|week-end)|doit|doivent|devra|devront|devrait|devraient|va|vont|sera|seront|selon|d['’]après|a-t-il|a-t-elle|(?:a|ont) (?:\\S+ )?(?:${REPORTING_VERBS.map((v) => v.participle).join('|')}))${E}`,
  'iu',
);

/** A sentence that opens on unnamed many: « De nombreux chercheurs », « La plupart des pays », « Bien des familles ». */
const GENERIC_OPENING = /^(?:De nombreu(?:x|ses)|Beaucoup d(?:e|['’])|Bien des|Nombre d(?:e|['’])|Nombreu(?:x|ses) sont|La plupart d(?:es|e|['’])|La majorité des)\s*/u;
/** What dates a sentence as the news's day: a weekday, « hier », « ce matin », a day of a month. */
const NEWS_TIME = new RegExp(`${B}(?:${WEEKDAYS.join('|')}|aujourd['’]hui|hier|ce (?:matin|soir|midi|week-end|weekend)|cette (?:nuit|semaine)|\\d{1,2}(?:er)? (?:${MONTHS.join('|')}))${E}`, 'iu');

/**
 * A verb in the simple future (« deviendra », « pourront », « verra »): what is to come is never a recall of
 * what happened before (review 17, 3). Lower case and a future's own endings, so that no « front » nor « opéra ».
 */
const FUTURE_VERB = new RegExp(`(?<![${LETTER}])\\p{Ll}[${LETTER}]*(?:e|i|d|v|rr|au)(?:ra|ront)(?![${LETTER}'’-])`, 'u');

/**
 * « le plus jeune Président … depuis 1872 », « une première depuis 1998 »: « depuis » measuring a record
 * looks back to no earlier event; a superlative or a first before it in the clause makes it no cue.
 */
const RECORD_BEFORE_SINCE = new RegExp(`${B}(?:(?:le|la|les) (?:plus|moins)|premi(?:er|ère)s?|seule?s?|record|jamais|inédite?s?)${E}[^,;:]*?${B}depuis${E}`, 'iu');

/** The cue that makes the sentence background (its explanation's words), or undefined. */
export function backgroundCue(sentence: string): string | undefined {
  if (NEWS_MARKERS.test(sentence)) return undefined;
  // Someone's words are background only when the saying itself is past perfect (« avait indiqué la veille »).
  const main = mainClause(sentence);
  if (FUTURE_VERB.test(main)) return undefined;
  const cue = BACKGROUND_CUES.find(([test, name]) => test(main) && !(name(main) === SINCE_CUE && RECORD_BEFORE_SINCE.test(main)))?.[1];
  return cue && (cue === PAST_PERFECT_CUE || !/[«»“”"]/u.test(sentence)) ? cue(main) : undefined;
}

/** Whether the lesson starts its dispatch: an imported lesson, first of its series. */
function holdsTheLead(source: QuizSource): boolean {
  const { meta } = source.lesson;
  return (meta.tags ?? []).includes('imported') && (meta.order ?? 1) <= 1;
}

interface Stated {
  span: Span;
  text: string;
}

/**
 * The sentences that state something: a full stop at the end, one line, long enough to say it, a
 * main clause of its own (not only relative clauses) and not inside a quotation of earlier sentences.
 */
function statedSentences(source: QuizSource): Stated[] {
  return source.sentences
    .map((s) => ({ span: { start: s.start, end: s.start + slice(source, s).trimEnd().length }, text: slice(source, s).trim() }))
    .filter((s) => /[.»”]$/u.test(s.text) && !s.text.includes('\n') && wordCount(s.text) >= 8);
}

const asserts = (source: QuizSource, s: Stated): boolean => hasFiniteVerb(source, s.span) && !insideQuotation(source.text, s.span.start);

/** The lead: the first stated sentence of the lesson that starts the dispatch, if it reads as news. */
export function leadSentence(source: QuizSource): Stated | undefined {
  if (!holdsTheLead(source)) return undefined;
  const first = statedSentences(source)[0];
  if (!first || !asserts(source, first) || /^[«“"]/u.test(first.text) || BACKGROUND_CUES.some(([test]) => test(first.text))) return undefined;
  // « L'enquête concernant l'affaire Troadec avance. Les enquêteurs ont retrouvé… »: a short opening
  // sentence is the lead, though too short to ask about; the next one is not the lead, so no lead.
  if (/[.!?»”]\s/u.test(source.text.slice(0, first.span.start))) return undefined;
  // « De nombreux scientifiques ont consacré leur vie à l'étude de la lèpre… Une analyse publiée jeudi
  // révèle… »: an opening on unnamed many with no time of its own, before a sentence that dates the
  // news, introduces the subject; the news is in the next sentence, so no lead (tuning s12b, 10).
  const next = statedSentences(source)[1];
  if (GENERIC_OPENING.test(first.text) && !NEWS_TIME.test(first.text) && next && NEWS_TIME.test(next.text)) return undefined;
  if (introducesItsSubject(source, first)) return undefined;
  if (timelessOpening(source, first)) return undefined;
  return first;
}

/** A year (« en 2018 ») or a month: a time the sentence gives itself. */
const YEAR_OR_MONTH = new RegExp(`${B}(?:1[89]\\d\\d|20\\d\\d|${MONTHS.join('|')})${E}`, 'iu');
const YEAR = new RegExp(`${B}(?:1[89]\\d\\d|20\\d\\d)${E}`, 'iu');
/** « chaque année », « tous les samedis », « traditionnellement »: what recurs, not what happened. */
const HABITUAL = new RegExp(
  `${B}(?:(?:chaque|tous les|toutes les) (?:ans?|années?|mois|semaines?|jours?|soirs?|matins?|week-ends?|étés?|hivers?|printemps|automnes?|` +
    `${WEEKDAYS.map((d) => `${d}s?`).join('|')})|habituellement|traditionnellement|d['’]habitude)${E}`,
  'giu',
);

/**
 * Whether a sentence gives itself a time: a day, a year, a month. In a habitual sentence (« se déroule
 * chaque année durant les derniers jours du mois d'août », review 19, 8) a bare month or the recurring
 * day tells when it recurs, not when the news happened: only a year or a dated day are its own.
 */
function givesItsOwnTime(sentence: string): boolean {
  const habitual = sentence.search(HABITUAL) >= 0;
  const rest = sentence.replace(HABITUAL, ' ');
  return NEWS_TIME.test(rest) || NEWS_MARKERS.test(rest) || (habitual ? YEAR.test(rest) : YEAR_OR_MONTH.test(rest));
}

/**
 * « L'affaire Benalla n'en finit plus de défrayer la chronique. … La commission a interrogé ce lundi
 * plusieurs personnalités »: an opening in the present with no time and no event of its own (no day,
 * month or year, no compound tense, no one speaking, nothing due), before a sentence of its paragraph or
 * the next that dates the news, introduces the subject; which sentence gives the news is not clear,
 * and no question is better than a wrong one (review 18, 66; tuning s12b's rule for openings on
 * unnamed many, for any subject). With no dated sentence after it, nothing says the news is elsewhere,
 * unless the opening says what recurs.
 */
function timelessOpening(source: QuizSource, first: Stated): boolean {
  if (givesItsOwnTime(first.text) || FUTURE_VERB.test(first.text)) return false;
  if (tellsAnEvent(source, first.span)) return false;
  // « Le festival se déroule chaque année … »: what recurs, with no event nor time of its own, is no
  // news wherever the news is dated (review 19, 8: three paragraphs on).
  if (first.text.search(HABITUAL) >= 0) return true;
  const end = paragraphEnd(source.text, paragraphEnd(source.text, first.span.end) + 2);
  return source.sentences.some((s) => s.start >= first.span.end && s.start < end && datesAnEvent(source, s) && !insideQuotation(source.text, s.start));
}

/**
 * « La commission a interrogé ce lundi… »: a sentence whose main clause dates the event it tells; a
 * date in a relative clause or between brackets (« qui devait se tenir le 2 janvier ») dates no news.
 */
function datesAnEvent(source: QuizSource, sentence: Span): boolean {
  return NEWS_TIME.test(mainClause(slice(source, sentence).replace(/\([^)]*\)/gu, ' '))) && tellsAnEvent(source, sentence);
}

/** The offset of the blank line that ends the paragraph around `from`, or the text's end. */
function paragraphEnd(text: string, from: number): number {
  const at = text.indexOf('\n\n', from);
  return at < 0 ? text.length : at;
}

const REPORTING_LEMMAS = new Set(REPORTING_VERBS.map((v) => v.lemma));

/**
 * Whether the sentence tells an event of its own: an auxiliary and its participle (« a provoqué », « a
 * été entendu »), someone speaking now (« Le Conseil d'État estime que… », « appelle le Burundi à… »),
 * or « venir de » and an infinitive (« vient de dépasser »).
 */
function tellsAnEvent(source: QuizSource, sentence: Span): boolean {
  let afterAuxiliary = false;
  let comeBefore = false;
  for (const t of source.tokens) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    if (t.upos === 'VERB' && (afterAuxiliary || REPORTING_LEMMAS.has(t.lemma))) return true;
    if (comeBefore && /^d(?:e|['’])$/iu.test(t.form)) return true;
    comeBefore = t.upos === 'VERB' && t.lemma === 'venir';
    if (t.upos !== 'ADV' && t.upos !== 'PART') afterAuxiliary = t.upos === 'AUX';
  }
  return false;
}

/** « Mars 2018, … »: an opening on a month is a time, no description. */
const MONTH_OPENING = new RegExp(`^(?:${MONTHS.join('|')})${E}`, 'iu');

/** « a déjà foré », « sont déjà partis »: a perfect with « déjà », what was done so far. */
const PERFECT_SO_FAR = new RegExp(`${B}(?:a|ont|est|sont) déjà ${PARTICIPLE}${E}`, 'iu');

/**
 * The words before the first comma when they describe the subject the rest names, with no
 * determiner of their own: « Géant de l'industrie vidéo-ludique, le studio… », « Arrivé sur Mars le
 * 6 août 2012, le rover… ». A time (« Samedi, », « Fin 2016, ») or a place (« À Vincennes, ») is no description.
 */
function detachedDescription(source: QuizSource, sentence: Span): Span | undefined {
  const tokens = source.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  const comma = tokens.findIndex((t) => t.form === ',');
  const head = tokens[0];
  const subject = tokens[comma + 1];
  if (comma < 2 || !head || !subject || !['NOUN', 'ADJ', 'VERB'].includes(head.upos) || !['DET', 'PROPN', 'PRON'].includes(subject.upos)) return undefined;
  const opening = { start: head.start, end: tokens[comma]!.start };
  const words = source.text.slice(opening.start, opening.end);
  if (head.upos !== 'VERB' && (tokens.slice(0, comma).some((t) => t.upos === 'NUM') || NEWS_TIME.test(words) || MONTH_OPENING.test(words))) return undefined;
  return opening;
}

/**
 * « Géant de l'industrie vidéo-ludique, le studio… doit son succès à des titres… », « Arrivé sur Mars le
 * 6 août 2012, le rover Curiosity a déjà foré à quinze reprises… »: an opening that describes its subject
 * before naming it, or that sums up with « déjà » what was done so far, introduces the subject; unless its
 * own clause dates the news (« Élu en 2012, le maire a annoncé lundi… »), which sentence gives the news is
 * not clear, and no question is better than a wrong one (review 15, items 53 and 80).
 */
function introducesItsSubject(source: QuizSource, first: Stated): boolean {
  const described = detachedDescription(source, first.span);
  const rest = mainClause(described ? source.text.slice(described.end, first.span.end) : first.text);
  if (NEWS_TIME.test(rest)) return false;
  const perfect = PERFECT_SO_FAR.exec(rest);
  return described !== undefined || (perfect !== null && !SUBORDINATE.test(rest.slice(0, perfect.index)));
}

/** Forms of the past perfect's auxiliary and of the imperfect: a clause in them stays in the past. */
const PAST_FORM = /(?:ais|ait|aient|ions|iez)$/iu;
/** A participle or an infinitive after « et »: coordinated with the past perfect's participle, not a clause of its own. */
const NON_FINITE_FORM = /(?:é|ée|és|ées|er|ir|re|i|is|it|ie|ies|u|us|ue|ues|ant)$/iu;

/**
 * « Ce parti avait été fondé en 2009, et semble remporter les élections »: a clause joined by « et » or
 * « mais » after the past perfect whose verb is in the present, the perfect or the future gives the news,
 * so the sentence is both background and news and is asked as neither (review 14, item 155).
 */
function joinsNewsClause(source: QuizSource, sentence: Span): boolean {
  const tokens = source.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  const pastAt = tokens.findIndex((t) => t.upos === 'AUX' && /^(?:avait|avaient|était|étaient)$/iu.test(t.form));
  if (pastAt < 0) return false;
  for (let i = pastAt + 1; i < tokens.length; i++) {
    if (!/^(?:et|mais)$/iu.test(tokens[i]!.form)) continue;
    let j = i + 1;
    while (j < tokens.length && (tokens[j]!.upos === 'PRON' || tokens[j]!.upos === 'ADV' || tokens[j]!.upos === 'PART' || tokens[j]!.kind !== 'word')) j++;
    const verb = tokens[j];
    if (verb && (verb.upos === 'VERB' || verb.upos === 'AUX') && !PAST_FORM.test(verb.form) && !NON_FINITE_FORM.test(verb.form)) return true;
  }
  return false;
}

/** The sentences of the lesson that recall the background, with their cue. */
export function backgroundSentences(source: QuizSource): (Stated & { cue: string })[] {
  const lead = leadSentence(source);
  return statedSentences(source).flatMap((s) => {
    const cue = s.span.start === lead?.span.start || !asserts(source, s) || joinsNewsClause(source, s.span) ? undefined : backgroundCue(s.text);
    return cue ? [{ ...s, cue }] : [];
  });
}

/** The sentence as a choice: its first words, cut before a quotation the cut would leave open. */
function shown(s: Stated): string {
  const cut = excerpt(s.text.replace(/[\s.]+$/u, ''), 20);
  if (quotesBalanced(cut)) return cut;
  const open = cut.search(/[«“"]/u);
  return `${cut.slice(0, open).trim().replace(/[,;:]$/u, '')}…`;
}

/**
 * « Quelle est l'information principale ? »: the lead against sentences that recall the
 * background; and, per sentence, whether it gives the news or recalls the context.
 */
export function structureQuestions(source: QuizSource, rng: Rng): Draft[] {
  const lead = leadSentence(source);
  if (!lead) return [];
  const background = backgroundSentences(source);
  const drafts: Draft[] = [];
  const draft = (prompt: string, right: string, wrong: string[], evidence: Span, explanation: string): Draft => {
    const { choices, answer } = placeAnswer(right, wrong, rng);
    return { kind: 'comprehension', focus: 'main-event', format: 'choice', prompt: frenchPunctuation(prompt), choices, answer, evidence, explanation, keys: [] };
  };
  const cues = [...new Set(background.map((b) => b.cue))].join(', ');
  if (background.length >= 2) {
    const wrong = sample(background, 3, rng).map(shown);
    drafts.push(draft(MAIN_EVENT_PROMPT, shown(lead), wrong, lead.span,
      l10n.t('The lead, the first sentence after the headline, gives the news; the others go back in time to explain it ({0}).', cues)));
  }
  drafts.push(draft(`${SENTENCE_ROLE_PROMPT} ${quote(shown(lead))}`, ROLE_NEWS, [ROLE_BACKGROUND], lead.span,
    l10n.t('It is the lead: the first sentence after the headline gives the news (who did what, when, where).')));
  for (const b of background) {
    drafts.push(draft(`${SENTENCE_ROLE_PROMPT} ${quote(shown(b))}`, ROLE_BACKGROUND, [ROLE_NEWS], b.span,
      l10n.t('It goes back in time to explain the news ({0}); the news is in the lead: {1}.', b.cue, quote(shown(lead)))));
  }
  return drafts;
}
