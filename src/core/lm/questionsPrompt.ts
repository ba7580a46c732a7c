// What Dépêche asks a model for comprehension questions on a lesson, and the shape it accepts back:
// a JSON object validated against QUESTIONS_SCHEMA (sent in the prompt). A proposal that does not
// fit the schema is dropped with its reason; an answer that is not such an object at all is a
// ModelAnswerError. Whether a well-formed proposal is a good question is modelQuestions.ts's work.
import { readJsonAnswer, oneLine } from './answerJson';
import { ModelAnswerError } from './errors';
import { schemaProblems, type JsonSchema } from './jsonSchema';
import * as l10n from '@vscode/l10n';

/** What a question asks about: who/where/when have answers of a kind the text's entities tell. */
export const QUESTION_KINDS = ['who', 'where', 'when', 'what', 'why', 'truefalse'] as const;
export type ProposedKind = (typeof QUESTION_KINDS)[number];

export interface ProposedQuestion {
  kind: ProposedKind;
  /** In French. For truefalse, the statement to judge (without « Vrai ou faux ? »). */
  question: string;
  /** In French; for truefalse exactly Vrai, Faux. */
  choices: string[];
  /** 0-based index of the right choice. */
  answer: number;
  /** Words copied exactly from the text that show the answer. */
  evidence: string;
  /** In English, for the learner, after answering. */
  explanation: string;
}

export const QUESTIONS_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['questions'],
  properties: {
    questions: {
      type: 'array',
      maxItems: 12,
      items: {
        type: 'object',
        required: ['kind', 'question', 'choices', 'answer', 'evidence', 'explanation'],
        additionalProperties: false,
        properties: {
          kind: { type: 'string', enum: QUESTION_KINDS },
          question: { type: 'string', minLength: 5, maxLength: 300 },
          choices: { type: 'array', minItems: 2, maxItems: 4, items: { type: 'string', minLength: 1, maxLength: 120 } },
          answer: { type: 'integer', minimum: 0, maximum: 3 },
          evidence: { type: 'string', minLength: 3, maxLength: 400 },
          explanation: { type: 'string', minLength: 3, maxLength: 400 },
        },
      },
    },
  },
};

/** The request: the instructions, the schema, then the lesson's French text. Nothing else is sent. */
export function questionsRequest(paragraphs: readonly string[], count: number): string {
  return [
    `Write ${count} multiple-choice comprehension questions in French on the French news text below, for a learner of French (level B1 to C1).`,
    'Each question has one right answer only, and the wrong choices are of the same kind as the right one (people for a person, places for a place, dates for a date).',
    'Quote the evidence word for word from the text. Write the explanation in English.',
    'For kind "truefalse", "question" is the statement to judge, in your own words (never copied from the text), and "choices" are exactly ["Vrai", "Faux"].',
    'Answer with one JSON object that conforms to this JSON Schema, and nothing else:',
    JSON.stringify(QUESTIONS_SCHEMA),
    '',
    'The text:',
    '',
    ...paragraphs.map(oneLine),
  ].join('\n');
}

export interface ProposalsRead {
  proposals: ProposedQuestion[];
  /** Proposals dropped because they do not fit the schema, with why. */
  dropped: string[];
}

/** The schema-conforming proposals of an answer. Throws ModelAnswerError when the answer is no such object. */
export function parseQuestionsAnswer(answer: string): ProposalsRead {
  const value = readJsonAnswer(answer, (start) => l10n.t('The model declined to write questions: “{0}”', start));
  const list = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { questions?: unknown }).questions : undefined;
  if (!Array.isArray(list)) {
    throw new ModelAnswerError(l10n.t('The model\'s answer is JSON but has no list of questions.'), 'malformed');
  }
  const itemSchema = QUESTIONS_SCHEMA.properties!.questions!.items!;
  const proposals: ProposedQuestion[] = [];
  const dropped: string[] = [];
  list.slice(0, QUESTIONS_SCHEMA.properties!.questions!.maxItems).forEach((item, i) => {
    const problems = schemaProblems(item, itemSchema, `questions[${i}]`);
    if (problems.length) dropped.push(problems.join('; '));
    else proposals.push(item as ProposedQuestion);
  });
  if (list.length > 0 && proposals.length === 0 && dropped.length === list.length && list.every((q) => typeof q !== 'object')) {
    throw new ModelAnswerError(l10n.t('The model\'s answer is JSON but has no list of questions.'), 'malformed');
  }
  return { proposals, dropped };
}
