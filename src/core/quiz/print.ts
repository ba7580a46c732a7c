// A quiz as text for the command line (French typography kept), and as plain JSON records.
import type { Quiz, QuizItem, Span } from './types';

/** The CLI's JSON shape of one item: `answer` an index (choice), indices (matching) or the text to type. */
export interface QuizItemRecord {
  id: string;
  kind: QuizItem['kind'];
  prompt: string;
  /** For matching: the right-hand column; empty for typed items. */
  choices: string[];
  answer: number | number[] | string;
  evidence: Span;
  explanation: string;
  /** For matching: the left-hand column. */
  left?: string[];
}

export function itemRecord(item: QuizItem): QuizItemRecord {
  const base = { id: item.id, kind: item.kind, prompt: item.prompt, evidence: { start: item.evidence.start, end: item.evidence.end }, explanation: item.explanation };
  switch (item.kind) {
    case 'cloze':
      return { ...base, choices: [], answer: item.answer };
    case 'match':
    case 'title-person':
      return { ...base, left: item.left, choices: item.right, answer: item.answer };
    default:
      return { ...base, choices: item.choices, answer: item.answer };
  }
}

const LETTERS = 'abcdefghij';

function indent(lines: string[]): string {
  return lines.map((l) => `   ${l}`).join('\n');
}

function body(item: QuizItem): string[] {
  switch (item.kind) {
    case 'cloze':
      return ['(type the missing word)'];
    case 'match':
    case 'title-person': {
      const width = Math.max(...item.left.map((l) => l.length));
      return item.left.map((l, i) => `${LETTERS[i]}) ${l.padEnd(width)}   ${i + 1}) ${item.right[i]}`);
    }
    default:
      return item.choices.map((c, i) => `${i + 1}) ${c}`);
  }
}

function key(item: QuizItem): string {
  switch (item.kind) {
    case 'cloze':
      return item.answer;
    case 'match':
    case 'title-person':
      return item.answer.map((r, i) => `${LETTERS[i]}–${r + 1}`).join(', ');
    default:
      return `${item.answer + 1}) ${item.choices[item.answer]}`;
  }
}

/** The quiz as the learner reads it, then the answers with their explanations and evidence. */
export function formatQuiz(quiz: Quiz, title: string, text: string): string {
  const out: string[] = [`Quiz — ${title} · ${quiz.items.length} questions · seed ${quiz.seed}`, ''];
  quiz.items.forEach((item, n) => {
    out.push(`${n + 1}. [${item.kind}] ${item.prompt}`, indent(body(item)), '');
  });
  out.push('Answers', '');
  quiz.items.forEach((item, n) => {
    const evidence = text.slice(item.evidence.start, item.evidence.end).replace(/\s+/gu, ' ');
    const shown = evidence.length > 160 ? `${evidence.slice(0, 157)}…` : evidence;
    out.push(`${n + 1}. ${key(item)}`, indent([item.explanation, `Evidence [${item.evidence.start}–${item.evidence.end}]: ${shown}`]), '');
  });
  return out.join('\n');
}
