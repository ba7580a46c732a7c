// "Explain this sentence": the one sentence of the lesson the learner asked about goes to the model,
// which answers in a few lines of plain English on its grammar and meaning. The answer is shown as
// text (never as HTML), marked as the model's, and cut to a length a card can hold.
import * as l10n from '@vscode/l10n';
import { segmentText, type ReaderDocument } from '../lesson/model';
import { clip, REFUSAL } from './answerJson';
import { ModelAnswerError } from './errors';

/** A card holds a short paragraph or two; a longer answer is cut at a sentence end before this. */
export const EXPLANATION_MAX = 900;

/** The text of the sentence holding unit `unitId`, as the reader shows it, or undefined. */
export function sentenceOfUnit(doc: ReaderDocument, unitId: number): string | undefined {
  for (const paragraph of doc.paragraphs) {
    for (const sentence of paragraph.sentences) {
      if (sentence.segments.some((s) => 'unit' in s && s.unit === unitId)) {
        return sentence.segments.map((s) => segmentText(s, 'unit' in s ? doc.units[s.unit] : undefined)).join('').replace(/\s+/g, ' ').trim();
      }
    }
  }
  return undefined;
}

/** The request: the sentence and, when given, the word the learner was looking at. Nothing else is sent. */
export function explainRequest(sentence: string, word?: string): string {
  return [
    'Explain this French sentence to an English-speaking learner of French (level B1 to C1), in plain English, in at most 120 words:',
    'first what it means, then the grammar worth noticing (tenses, agreement, pronouns, constructions).',
    'Answer in plain text: no Markdown, no headings, no lists.',
    ...(word ? [`The learner was looking at the word « ${word} ».`] : []),
    '',
    sentence,
  ].join('\n');
}

/** The explanation to show: plain text, one blank line between paragraphs, at most EXPLANATION_MAX characters. */
export function readExplanation(answer: string): string {
  const text = answer
    .replace(/\r\n?/g, '\n')
    .replace(/^```\w*\n?|\n?```$/g, '')
    .replace(/[ \t]+/g, ' ')
    .split(/\n{2,}/)
    .map((p) => p.replace(/\n/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
  if (text === '') throw new ModelAnswerError(l10n.t('The model gave an empty answer.'), 'empty');
  if (REFUSAL.test(text.slice(0, 60))) throw new ModelAnswerError(l10n.t('The model declined to explain the sentence: “{0}”', clip(text)), 'refusal');
  if (text.length <= EXPLANATION_MAX) return text;
  const cut = text.slice(0, EXPLANATION_MAX);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.\n'));
  return end > EXPLANATION_MAX / 2 ? cut.slice(0, end + 1) : `${cut.slice(0, EXPLANATION_MAX - 1)}…`;
}
