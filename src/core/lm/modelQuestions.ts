// A model's proposed questions go through the same checks as the offline generator's items
// (quiz/validate.ts for the structure, quiz/quality.ts for what a teacher objects to), plus the
// checks a model needs that a generator does not: its evidence must stand in the text word for
// word, and for who/where/when the right answer must be in that evidence and no wrong choice may
// be. What passes is kept; the offline generator fills the rest; the Questions section written
// says which questions the model wrote.
import * as l10n from '@vscode/l10n';
import { parseLesson } from '../lesson/parser';
import { modelQuestionsMarker } from '../lesson/sections/questions';
import { findEntities, type Entities } from '../quiz/entities';
import { fold, frenchPunctuation, quote } from '../quiz/french';
import { generatedComprehension } from '../quiz/generators/comprehension';
import { teacherProblems } from '../quiz/quality';
import { createRng, deriveSeed } from '../quiz/rng';
import type { QuizSource } from '../quiz/source';
import type { ComprehensionItem, Span } from '../quiz/types';
import { itemProblems } from '../quiz/validate';
import { oneLine } from './answerJson';
import type { ProposedQuestion } from './questionsPrompt';

export type QuestionDraft = Omit<ComprehensionItem, 'id'>;

/** How many comprehension questions a lesson gets (the model is asked for a few more). */
export const LESSON_QUESTIONS = 5;

/** One character for one character (offsets stay valid): spaces of any width and both apostrophes compare equal. */
function loose(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/[’‘]/g, "'");
}

/** Where a quote stands in the full text, word for word (typographic spaces and apostrophes aside). */
export function findQuote(text: string, evidence: string): Span | undefined {
  const needle = loose(oneLine(evidence)).replace(/^[«“"\s]+|[»”"\s]+$/g, '');
  if (needle.length < 3) return undefined;
  const at = loose(text).indexOf(needle);
  return at < 0 ? undefined : { start: at, end: at + needle.length };
}

/** Folded, letters and digits only: for « appears in » tests that ignore case, accents and punctuation. */
function bare(s: string): string {
  return ` ${fold(s).replace(/[^a-z0-9]+/gu, ' ').trim()} `;
}

/** A proposal as a quiz item, or the one reason it cannot be one. */
export function proposalItem(p: ProposedQuestion, text: string): QuestionDraft | string {
  const evidence = findQuote(text, p.evidence);
  if (!evidence) return 'its evidence is not in the text word for word';
  const choices = p.choices.map(oneLine);
  const explanation = oneLine(p.explanation);
  if (p.kind === 'truefalse') {
    return {
      kind: 'comprehension', focus: 'truefalse', format: 'truefalse', keys: [], evidence, explanation, choices, answer: p.answer,
      prompt: frenchPunctuation(`Vrai ou faux ? ${quote(oneLine(p.question))}`),
    };
  }
  const focus = p.kind === 'who' || p.kind === 'where' || p.kind === 'when' ? p.kind : 'authored';
  return { kind: 'comprehension', focus, format: 'choice', keys: [], evidence, explanation, choices, answer: p.answer, prompt: frenchPunctuation(oneLine(p.question)) };
}

/** Why an item would not have one right answer: a wrong choice the evidence also names, or a right one it does not. */
function answerProblems(item: QuestionDraft, text: string): string[] {
  if (item.format === 'truefalse') return [];
  const said = bare(text.slice(item.evidence.start, item.evidence.end));
  const right = item.choices[item.answer] ?? '';
  const problems: string[] = [];
  const strict = item.focus !== 'authored';
  if (strict && !said.includes(bare(right))) problems.push(`the evidence does not name the answer ${right}`);
  if (strict || said.includes(bare(right))) {
    for (const [i, c] of item.choices.entries()) if (i !== item.answer && said.includes(bare(c))) problems.push(`the evidence also names ${c}, a wrong choice`);
  }
  return problems;
}

/** Every objection to a model's item: the offline checks, then those a model's item needs. */
export function modelItemProblems(item: QuestionDraft, text: string, entities: Entities): string[] {
  const full = { ...item, id: 'model' } as ComprehensionItem;
  const shown = [item.prompt, item.explanation, ...item.choices];
  const structure = itemProblems(full, text);
  if (structure.length) return structure;
  return [
    ...teacherProblems(full, text, entities),
    ...answerProblems(item, text),
    ...(shown.some((s) => /[\r\n<>|`#]|^\s*(?:[-*+]|\d+[.)])\s/.test(s)) ? ['Markdown or HTML in the question'] : []),
  ];
}

export interface CheckedQuestions {
  /** The proposals that passed, in the model's order. */
  kept: QuestionDraft[];
  /** One line per proposal refused: its number (1-based) and why. */
  refused: string[];
}

/** Runs every proposal through the checks; a question asked twice (same prompt) is kept once. */
export function checkProposals(proposals: readonly ProposedQuestion[], source: QuizSource, entities: Entities = findEntities(source)): CheckedQuestions {
  const kept: QuestionDraft[] = [];
  const refused: string[] = [];
  proposals.forEach((p, i) => {
    const item = proposalItem(p, source.text);
    if (typeof item === 'string') return refused.push(`${i + 1}: ${item}`);
    const problems = modelItemProblems(item, source.text, entities);
    if (kept.some((k) => bare(k.prompt) === bare(item.prompt))) problems.push('asked twice');
    if (problems.length) return refused.push(`${i + 1}: ${problems.join('; ')}`);
    kept.push(item);
  });
  return { kept, refused };
}

/** The offline generator's comprehension items that pass its own checks, for the questions the model did not give. */
export function offlineQuestions(source: QuizSource, seed: number, entities: Entities = findEntities(source)): QuestionDraft[] {
  return generatedComprehension(source, entities, createRng(deriveSeed(seed, 'comprehension'))).filter(
    (d) => itemProblems({ ...d, id: 'offline' } as ComprehensionItem, source.text).length === 0 && teacherProblems({ ...d, id: 'offline' } as ComprehensionItem, source.text, entities).length === 0,
  );
}

export interface LessonQuestion {
  item: QuestionDraft;
  byModel: boolean;
}

/** The model's questions first, then offline ones on other evidence, up to `count`. */
export function mergeQuestions(model: readonly QuestionDraft[], offline: readonly QuestionDraft[], count = LESSON_QUESTIONS): LessonQuestion[] {
  const chosen: LessonQuestion[] = model.slice(0, count).map((item) => ({ item, byModel: true }));
  for (const item of offline) {
    if (chosen.length >= count) break;
    const overlaps = chosen.some((c) => c.item.evidence.start < item.evidence.end && item.evidence.start < c.item.evidence.end);
    if (!overlaps && !chosen.some((c) => bare(c.item.prompt) === bare(item.prompt))) chosen.push({ item, byModel: false });
  }
  return chosen;
}

export class QuestionsWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuestionsWriteError';
  }
}

/** One question in the lesson format: prompt, task list, evidence quote, explanation. */
function questionMarkdown(n: number, item: QuestionDraft, text: string): string[] {
  return [
    `${n}. ${item.prompt}`,
    ...item.choices.map((c, i) => `   - [${i === item.answer ? 'x' : ' '}] ${c}`),
    '',
    `   > ${text.slice(item.evidence.start, item.evidence.end)}`,
    '',
    `   ${item.explanation}`,
    '',
  ];
}

/**
 * The lesson source with a `## Questions` section holding `questions`, the model's named in the
 * section's first comment. Placed before `## Notes` when the lesson has it, else at the end. A
 * question that would not read back exactly as checked is left out; throws QuestionsWriteError when
 * the lesson already has questions or none is left.
 */
export function withLessonQuestions(source: string, file: string, questions: readonly LessonQuestion[], modelName: string): { source: string; written: LessonQuestion[] } {
  const before = parseLesson(source, file);
  if (before.questions.length) throw new QuestionsWriteError(l10n.t('{0} already has questions; Dépêche does not replace them.', file));
  const text = before.paragraphs.map((p) => p.text).join('\n\n');
  const build = (list: readonly LessonQuestion[]): string => {
    const byModel = list.flatMap((q, i) => (q.byModel ? [i + 1] : []));
    const section = ['## Questions', '', ...(byModel.length ? [modelQuestionsMarker(modelName, byModel), ''] : []), ...list.flatMap((q, i) => questionMarkdown(i + 1, q.item, text))];
    const lines = source.split(/\r?\n/);
    const frontMatterEnd = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
    const at = lines.findIndex((l, i) => i > frontMatterEnd && /^## Notes[ \t]*$/.test(l));
    if (at >= 0) return [...lines.slice(0, at), ...section, ...lines.slice(at)].join('\n');
    return `${lines.join('\n').replace(/\n*$/, '')}\n\n${section.join('\n')}`;
  };
  const readsBack = (list: readonly LessonQuestion[], result: string): boolean => {
    try {
      const read = parseLesson(result, file).questions;
      return read.length === list.length && read.every((q, i) => {
        const want = list[i]!;
        return q.prompt === want.item.prompt && q.answer === want.item.answer && q.choices.join('\n') === want.item.choices.join('\n') && (q.machine !== undefined) === want.byModel;
      });
    } catch {
      return false;
    }
  };
  const written = questions.filter((q) => readsBack([q], build([q])));
  if (written.length === 0) throw new QuestionsWriteError(l10n.t('No question for {0} reads back as written in Markdown; nothing was written.', file));
  const result = build(written);
  if (!readsBack(written, result)) throw new QuestionsWriteError(l10n.t('The questions for {0} do not read back as written in Markdown; nothing was written.', file));
  return { source: result, written };
}
