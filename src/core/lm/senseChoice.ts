// The senses a model may choose: for a glossary row whose English holds several senses ("to ensure;
// to assert") and whose word the offline sense rules (text/senses.ts) leave undecided in its
// sentence, the model is shown the sentence and the numbered senses and answers with a number per
// word, nothing else. A number out of range, or an answer that is not the JSON asked for, is
// refused: no text of the model's ever reaches the glossary, only the order of the lexicon's senses.
import * as l10n from '@vscode/l10n';
import type { Lesson } from '../lesson/model';
import { glossSenses } from '../text/senses';
import type { Analysis, AnalyzedToken } from '../text/types';
import { oneLine, readJsonAnswer } from './answerJson';
import { ModelAnswerError } from './errors';
import { schemaProblems, type JsonSchema } from './jsonSchema';

export interface SenseQuestion {
  /** Index of the row in the lesson's glossary. */
  row: number;
  headword: string;
  pos: string;
  /** The row's senses, in the row's order: the model answers with a number into this list (from 1). */
  senses: string[];
  /** The sentence of the word's first occurrence. */
  sentence: string;
}

/** What the row's note says once a model chose its sense (the reader shows the note on the card). */
export const MODEL_SENSE_NOTE = /\bsense chosen by a language model\b/;

export function modelSenseNote(modelName: string): string {
  return `sense chosen by a language model (${modelName.replace(/[|\n]/g, ' ').trim()})`;
}

/**
 * The glossary rows the offline rules are not sure of: several senses, a word in the text, and no
 * sense rule matching its first occurrence (`ruled` says whether one does), nor a model's choice already.
 */
export function uncertainSenses(lesson: Lesson, analysis: Analysis, ruled: (tokens: AnalyzedToken[], i: number) => boolean): SenseQuestion[] {
  const questions: SenseQuestion[] = [];
  lesson.glossary.forEach((entry, row) => {
    if (/\s/.test(entry.headword) || (entry.note && MODEL_SENSE_NOTE.test(entry.note))) return;
    const senses = glossSenses(entry.gloss);
    if (senses.length < 2) return;
    const headword = entry.headword.toLowerCase();
    const i = analysis.tokens.findIndex((t) => t.upos === entry.pos && (t.lemma === headword || t.form.toLowerCase() === headword));
    if (i < 0 || ruled(analysis.tokens, i)) return;
    const token = analysis.tokens[i]!;
    const sentence = analysis.sentences.find((s) => s.start <= token.start && token.end <= s.end);
    if (!sentence) return;
    questions.push({ row, headword: entry.headword, pos: entry.pos, senses, sentence: oneLine(analysis.text.slice(sentence.start, sentence.end)) });
  });
  return questions;
}

const SENSES_SCHEMA = (n: number): JsonSchema => ({
  type: 'object',
  required: ['choices'],
  additionalProperties: false,
  properties: { choices: { type: 'array', minItems: n, maxItems: n, items: { type: 'integer' } } },
});

/** The request: each word with its sentence and its numbered senses. Nothing else is sent. */
export function sensesRequest(questions: readonly SenseQuestion[]): string {
  return [
    'For each numbered French word below, choose the number of the English sense it has in its sentence, among the senses listed only.',
    `Answer with one JSON object that conforms to this JSON Schema, and nothing else: ${JSON.stringify(SENSES_SCHEMA(questions.length))}`,
    'The nth number of "choices" is the sense of the nth word, counted from 1.',
    '',
    ...questions.map((q, i) => [`${i + 1}. ${q.headword} (${q.pos}) in: ${q.sentence}`, ...q.senses.map((s, k) => `   ${k + 1}) ${s}`)].join('\n')),
  ].join('\n');
}

export interface SenseAnswer {
  /** Per question, the chosen sense's index into its `senses` (0-based), or undefined when refused. */
  chosen: (number | undefined)[];
  /** One line per refused choice. */
  refused: string[];
}

/** Reads the model's numbers. Throws ModelAnswerError when the answer is not the JSON asked for. */
export function parseSensesAnswer(answer: string, questions: readonly SenseQuestion[]): SenseAnswer {
  const value = readJsonAnswer(answer, (start) => l10n.t('The model declined to choose senses: “{0}”', start));
  const problems = schemaProblems(value, SENSES_SCHEMA(questions.length));
  if (problems.length) throw new ModelAnswerError(l10n.t('The model\'s answer is not the list of sense numbers asked for ({0}).', problems[0]!), 'malformed');
  const numbers = (value as { choices: number[] }).choices;
  const refused: string[] = [];
  const chosen = questions.map((q, i) => {
    const n = numbers[i]!;
    if (n >= 1 && n <= q.senses.length) return n - 1;
    refused.push(l10n.t('{0}: sense {1} is not one of its {2} senses', q.headword, n, q.senses.length));
    return undefined;
  });
  return { chosen, refused };
}

/**
 * The lesson source with each chosen sense first in its row's English cell, the others after it
 * in their order, and the row's note saying a model chose it. Only rows' English and Note cells change.
 */
export function withChosenSenses(source: string, lesson: Lesson, questions: readonly SenseQuestion[], chosen: readonly (number | undefined)[], modelName: string): string {
  const lines = source.split('\n');
  questions.forEach((q, i) => {
    const k = chosen[i];
    if (k === undefined) return;
    const entry = lesson.glossary[q.row]!;
    const senses = [q.senses[k]!, ...q.senses.filter((_, j) => j !== k)];
    const note = [entry.note, modelSenseNote(modelName)].filter(Boolean).join('; ');
    const cell = (s: string | undefined) => oneLine(s ?? '').replace(/\|/g, '\\|');
    const at = entry.line - 1;
    // A table without a Note column has nowhere to say a model chose: that row is left as it is.
    if ((lines[at] ?? '').trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).length < 5) return;
    const cr = lines[at]?.endsWith('\r') ? '\r' : '';
    lines[at] = `| ${cell(entry.headword)} | ${entry.pos} | ${entry.gender ?? ''} | ${cell(senses.join('; '))} | ${cell(note)} |${cr}`;
  });
  return lines.join('\n');
}
