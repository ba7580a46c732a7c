// Comprehension questions: the lesson's authored ones, and for imported dispatches questions built
// from what dispatches are made of: reported speech (who said what), names, places and days
// (who, where, when), and true/false statements with one element swapped or negated.
import type { Entities, Mention, Person } from '../entities';
import { excerpt, fold, frenchPunctuation, LETTER, quote } from '../french';
import { evidenceSpan } from '../lessonText';
import { fitsArticle, WEEKDAYS } from '../places';
import { findReportedSpeech } from '../reporting';
import { placeAnswer, sample, type Rng } from '../rng';
import { around, BLANK, contextOf, sentenceOf, slice, wordCount } from '../snippets';
import type { QuizSource } from '../source';
import type { ComprehensionFocus, ComprehensionItem, Span } from '../types';
import { pickOthers } from '../distractors';

type Draft = Omit<ComprehensionItem, 'id'>;

function item(focus: ComprehensionFocus, prompt: string, right: string, wrong: string[], evidence: Span, explanation: string, rng: Rng): Draft {
  const { choices, answer } = placeAnswer(right, wrong, rng);
  return { kind: 'comprehension', focus, format: 'choice', prompt: frenchPunctuation(prompt), choices, answer, evidence, explanation, keys: [] };
}

export function authoredQuestions(source: QuizSource): Draft[] {
  const drafts: Draft[] = [];
  for (const q of source.lesson.questions) {
    const evidence = evidenceSpan(source.lesson, q.evidence);
    if (!evidence) continue;
    drafts.push({
      kind: 'comprehension',
      focus: 'authored',
      format: q.kind,
      prompt: frenchPunctuation(q.prompt),
      choices: q.choices.slice(),
      answer: q.answer,
      evidence,
      explanation: q.explanation,
      keys: [],
    });
  }
  return drafts;
}

/** People mentioned in a sentence. */
function peopleIn(entities: Entities, sentence: Span): Set<Person> {
  return new Set(entities.people.filter((p) => p.mentions.some((m) => m.span.start >= sentence.start && m.span.end <= sentence.end)));
}

/** Who said what: « …, a déclaré M. Wang » -> « Qui a déclaré : « … » ? ». */
export function speakerQuestions(source: QuizSource, entities: Entities, rng: Rng): Draft[] {
  return findReportedSpeech(source, entities).flatMap((rs) => {
    const others = entities.people.filter((p) => p !== rs.speaker).map((p) => p.name);
    const wrong = pickOthers(others, [rs.speaker.name], 3, rng);
    if (wrong.length < 2) return [];
    const said = excerpt(rs.content, 14);
    const direct = rs.contentSpan.start < rs.verb.span.start;
    const verb = `a ${rs.verb.verb.participle}`;
    const prompt = direct
      ? `D'après le texte, qui ${verb} : ${quote(said)} ?`
      : `D'après le texte, qui ${verb} que ${said} ?`;
    const attribution = direct
      ? `${quote(`…, ${slice(source, { start: rs.verb.span.start, end: rs.span.end })}`)}`
      : quote(excerpt(slice(source, rs.span), 10));
    const explanation = `${rs.speaker.name} said it: ${attribution}.`;
    return [item('speaker', prompt, rs.speaker.name, wrong, rs.span, explanation, rng)];
  });
}

/** Who: a person's mention blanked in its sentence, to be filled from the people of the text. */
export function whoQuestions(source: QuizSource, entities: Entities, rng: Rng): Draft[] {
  const drafts: Draft[] = [];
  for (const person of entities.people) {
    for (const mention of person.mentions) {
      const sentence = sentenceOf(source, mention.span);
      const present = peopleIn(entities, sentence);
      const label = (p: Person): string => (mention.text === person.name ? p.name : p.short);
      const others = entities.people.filter((p) => !present.has(p)).map(label);
      const wrong = pickOthers(others, [mention.text], 3, rng);
      if (wrong.length < 2) continue;
      drafts.push(blankQuestion(source, 'who', 'qui', sentence, mention, wrong, rng));
    }
  }
  return drafts;
}

function blankQuestion(source: QuizSource, focus: ComprehensionFocus, asking: string, sentence: Span, mention: Mention, wrong: string[], rng: Rng): Draft {
  const { before, after } = around(source, sentence, mention.span, 14);
  const prompt = `D'après le texte, ${asking} complète la phrase ? ${quote(`${before}${BLANK}${after}`)}`;
  const explanation = `The text says: ${quote(contextOf(source, sentence, mention.span, 8))}.`;
  return item(focus, prompt, mention.text, wrong, sentence, explanation, rng);
}

/** Where: a place blanked, the wrong answers other places of the same kind named in the text. */
export function whereQuestions(source: QuizSource, entities: Entities, rng: Rng): Draft[] {
  const drafts: Draft[] = [];
  for (const place of entities.places) {
    for (const mention of place.mentions) {
      const sentence = sentenceOf(source, mention.span);
      const excluded = new Set(
        entities.places
          .filter((p) => p.group === place.group || p.mentions.some((m) => m.span.start >= sentence.start && m.span.end <= sentence.end))
          .map((p) => p.group),
      );
      excluded.add(place.group);
      const before = source.text.slice(Math.max(sentence.start, mention.span.start - 6), mention.span.start);
      // « Asie » is not wrong enough against « Asie pacifique »: one name may not contain the other.
      const nested = (name: string): boolean => fold(name).includes(fold(mention.text)) || fold(mention.text).includes(fold(name));
      const fits = (name: string): boolean => fitsArticle(name, place.category, before) && !nested(name);
      const fromText = entities.places.filter((p) => p.category === place.category && !excluded.has(p.group)).map((p) => p.name).filter(fits);
      // Wrong answers come from the text only (the issue's rule): a text that names fewer than three
      // places of a kind asks no where-question about them.
      const wrong = pickOthers(fromText, [mention.text], 3, rng);
      if (wrong.length < 2) continue;
      drafts.push(blankQuestion(source, 'where', 'quel lieu', sentence, mention, wrong, rng));
    }
  }
  return drafts;
}

/** When: a day or date blanked, the wrong answers other days (from the text first). */
export function whenQuestions(source: QuizSource, entities: Entities, rng: Rng): Draft[] {
  const drafts: Draft[] = [];
  for (const time of entities.times) {
    const sentence = sentenceOf(source, time.span);
    const inSentence = entities.times.filter((t) => t.span.start >= sentence.start && t.span.end <= sentence.end).map((t) => t.text);
    let pool: string[];
    if (time.kind === 'weekday') {
      const inText = entities.times.filter((t) => t.kind === 'weekday').map((t) => t.text);
      pool = [...pickOthers(inText, inSentence, 3, rng), ...pickOthers(WEEKDAYS, [...inSentence, ...inText], 3, rng)];
    } else {
      const [day, month, year] = time.text.split(' ');
      const n = day === '1er' ? 1 : Number(day);
      pool = [n + 1, n + 7, n - 1, n - 7]
        .filter((d) => d >= 1 && d <= 28)
        .map((d) => [d === 1 ? '1er' : String(d), month, year].filter(Boolean).join(' '));
    }
    const wrong = pickOthers(pool.slice(0, 3), inSentence, 3, rng);
    if (wrong.length < 2) continue;
    drafts.push(blankQuestion(source, 'when', 'quel moment', sentence, time, wrong, rng));
  }
  return drafts;
}

const NEGATABLE: Record<string, string> = {
  a: "n'a pas", ont: "n'ont pas", est: "n'est pas", sont: 'ne sont pas', était: "n'était pas", étaient: "n'étaient pas",
  avait: "n'avait pas", avaient: "n'avaient pas", sera: 'ne sera pas', seront: 'ne seront pas', va: 'ne va pas',
  vont: 'ne vont pas', peut: 'ne peut pas', peuvent: 'ne peuvent pas', doit: 'ne doit pas', doivent: 'ne doivent pas',
};
const AUX_RE = new RegExp(`(?<![${LETTER}'’])(${Object.keys(NEGATABLE).join('|')}) ([${LETTER}]+)(?= )`, 'u');
/** A participle, an infinitive or « prêt(e)(s) »: what can follow the auxiliary in a simple negation. */
const VERBAL = new RegExp(`^(?:[${LETTER}]+(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ert|er|ir|re)|prête?s?)$`, 'u');
const PARTITIVE = new RegExp(`^ (?:des|du|de la|un|une) (?=[${LETTER}])`, 'u');
const ALREADY_NEGATIVE = new RegExp(`(?<![${LETTER}])(?:ne|n['’]|pas|jamais|aucun|aucune|personne|rien|ni)(?![${LETTER}])`, 'iu');

/** The statement with its main verb negated (« a rencontré » -> « n'a pas rencontré »), if it can be done cleanly. */
export function negate(statement: string): string | undefined {
  if (ALREADY_NEGATIVE.test(statement)) return undefined;
  const m = AUX_RE.exec(statement);
  if (!m || !VERBAL.test(m[2] as string)) return undefined;
  const before = statement.slice(0, m.index);
  // Not « il y a », and not the reporting verb after a quotation (« "…", a déclaré X »).
  if (/\by $/u.test(before) || /[»"”]\s*,\s*$/u.test(before)) return undefined;
  const negated = `${statement.slice(0, m.index)}${NEGATABLE[m[1] as string]} ${m[2]}`;
  // Under negation an indefinite or partitive article becomes « de »: « pas fait des préparatifs » -> « pas fait de préparatifs ».
  const rest = statement.slice(m.index + m[0].length).replace(PARTITIVE, ' de ').replace(/^ de l['’]/u, " d'");
  return negated + rest.replace(/^ de ([aeiouyhâàéèêîôû])/iu, " d'$1");
}

/** True/false: the sentence as it stands (true), or with a person, a place or the polarity changed (false). */
export function trueFalseQuestions(source: QuizSource, entities: Entities, rng: Rng): Draft[] {
  const drafts: Draft[] = [];
  for (const sentence of source.sentences) {
    const original = slice(source, sentence).trim();
    if (wordCount(original) < 6 || wordCount(original) > 45 || original.includes('\n')) continue;
    const variants: { statement: string; why: string }[] = [];
    const present = peopleIn(entities, sentence);
    for (const person of present) {
      const mention = person.mentions.find((m) => m.span.start >= sentence.start && m.span.end <= sentence.end);
      const other = entities.people.filter((p) => !present.has(p));
      if (!mention || other.length === 0) continue;
      const swap = sample(other, 1, rng)[0] as Person;
      const replacement = mention.text === person.name ? swap.name : swap.short;
      variants.push({ statement: replaceSpan(source, sentence, mention.span, replacement), why: `${quote(mention.text)}, not ${quote(replacement)}` });
    }
    for (const place of entities.places) {
      const mention = place.mentions.find((m) => m.span.start >= sentence.start && m.span.end <= sentence.end);
      const other = entities.places.filter((p) => p.category === place.category && p.group !== place.group && !p.mentions.some((m) => m.span.start >= sentence.start && m.span.end <= sentence.end));
      if (!mention || other.length === 0) continue;
      const swap = sample(other, 1, rng)[0] as (typeof other)[number];
      variants.push({ statement: replaceSpan(source, sentence, mention.span, swap.name), why: `${quote(mention.text)}, not ${quote(swap.name)}` });
    }
    const negated = negate(original);
    if (negated) variants.push({ statement: negated, why: 'the statement negates what the text affirms' });

    const evidence = { start: sentence.start, end: sentence.start + slice(source, sentence).trimEnd().length };
    const isTrue = variants.length === 0 || rng.next() < 1 / 3;
    const chosen = isTrue ? { statement: original, why: '' } : (sample(variants, 1, rng)[0] as { statement: string; why: string });
    drafts.push({
      kind: 'comprehension',
      focus: 'truefalse',
      format: 'truefalse',
      prompt: frenchPunctuation(`Vrai ou faux ? ${quote(chosen.statement)}`),
      choices: ['Vrai', 'Faux'],
      answer: isTrue ? 0 : 1,
      evidence,
      explanation: isTrue
        ? `True: the text says exactly this.`
        : `False: ${chosen.why}. The text says: ${quote(original)}`,
      keys: [],
    });
  }
  return drafts;
}

function replaceSpan(source: QuizSource, sentence: Span, span: Span, replacement: string): string {
  const text = source.text;
  return `${text.slice(sentence.start, span.start)}${replacement}${text.slice(span.end, sentence.end)}`.trim();
}

/** Generated comprehension questions, all focuses. */
export function generatedComprehension(source: QuizSource, entities: Entities, rng: Rng): Draft[] {
  return [
    ...speakerQuestions(source, entities, rng),
    ...whoQuestions(source, entities, rng),
    ...whereQuestions(source, entities, rng),
    ...whenQuestions(source, entities, rng),
    ...trueFalseQuestions(source, entities, rng),
  ];
}
