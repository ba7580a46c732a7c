// The validity check every generated item passes before it reaches a learner; invalid items are dropped.
import { fold } from './french';
import type { QuizItem, Span } from './types';

function spanInside(span: Span, text: string): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= text.length;
}

function unique(values: readonly string[]): boolean {
  return new Set(values.map(fold)).size === values.length;
}

/** What is wrong with an item (empty when it is valid). `text` is the lesson's full text. */
export function itemProblems(item: QuizItem, text: string): string[] {
  const problems: string[] = [];
  if (!item.prompt.trim()) problems.push('empty prompt');
  if (!item.explanation.trim()) problems.push('empty explanation');
  if (!spanInside(item.evidence, text)) problems.push('evidence outside the text');
  switch (item.kind) {
    case 'cloze': {
      if (!item.answer.trim()) problems.push('empty answer');
      if (!spanInside(item.blank, text) || text.slice(item.blank.start, item.blank.end) !== item.answer) {
        problems.push('cloze answer not at its place in the sentence');
      }
      if (!(item.evidence.start <= item.blank.start && item.blank.end <= item.evidence.end)) problems.push('blank outside the evidence');
      break;
    }
    case 'match':
    case 'title-person': {
      const n = item.left.length;
      if (n < 3 || n > 5 || item.right.length !== n || item.answer.length !== n) problems.push('pairs of unequal length or count');
      if (!unique(item.left) || !unique(item.right)) problems.push('repeated entry');
      if (new Set(item.answer).size !== n || item.answer.some((a) => !Number.isInteger(a) || a < 0 || a >= n)) problems.push('answer is not a pairing');
      if (item.pairEvidence.length !== n || item.pairEvidence.some((s) => !spanInside(s, text))) problems.push('pair evidence outside the text');
      break;
    }
    default: {
      const { choices, answer } = item;
      if (choices.length < 2 || choices.length > 5) problems.push('needs 2 to 5 choices');
      if (!Number.isInteger(answer) || answer < 0 || answer >= choices.length) problems.push('answer index out of range');
      if (choices.some((c) => !c.trim())) problems.push('empty choice');
      if (!unique(choices)) problems.push('repeated choice');
      if (item.kind === 'comprehension' && item.format === 'truefalse' && (choices.join('|') !== 'Vrai|Faux')) {
        problems.push('true/false choices must be Vrai, Faux');
      }
      if (item.kind === 'collocation') {
        const right = choices[answer];
        if (!spanInside(item.blank, text) || text.slice(item.blank.start, item.blank.end) !== right) {
          problems.push('collocation answer not at its place in the sentence');
        }
      }
    }
  }
  return problems;
}

export function validateItem(item: QuizItem, text: string): boolean {
  return itemProblems(item, text).length === 0;
}
