// Pieces of the lesson text shown in prompts: a window of words around a span, a sentence with a blank.
import type { QuizSource } from './source';
import type { QuizItem, Span } from './types';

export const BLANK = '_____';

/** Up to `words` words of `s` from its end (`fromEnd`) or start, with « … » where cut. */
function keepWords(s: string, words: number, fromEnd: boolean): string {
  const parts = s.split(/(?<=\s)(?=\S)/u);
  if (parts.length <= words) return s;
  return fromEnd ? `…${parts.slice(-words).join('')}` : `${parts.slice(0, words).join('').trimEnd()}…`;
}

/** The text before and after `span` within its sentence, cut to `radius` words each side. */
export function around(source: QuizSource, sentence: Span, span: Span, radius = 12): { before: string; after: string } {
  const text = source.text;
  const before = keepWords(text.slice(sentence.start, span.start).replace(/^\s+/u, ''), radius, true);
  const after = keepWords(text.slice(span.end, sentence.end).replace(/\s+$/u, ''), radius, false);
  return { before, after };
}

/** The sentence (or a window of it) with `span` kept, for context in a prompt. */
export function contextOf(source: QuizSource, sentence: Span, span: Span, radius = 10): string {
  const { before, after } = around(source, sentence, span, radius);
  return `${before}${source.text.slice(span.start, span.end)}${after}`;
}

/** The sentence containing `span`. */
export function sentenceOf(source: QuizSource, span: Span): Span {
  return source.sentences.find((s) => s.start <= span.start && span.end <= s.end) ?? { start: span.start, end: span.end };
}

/** Same words, in the text's own order: « Les deux parties ont convenu… ». */
export function slice(source: QuizSource, span: Span): string {
  return source.text.slice(span.start, span.end);
}

/** The smallest span covering all of `spans`. */
export function cover(spans: readonly Span[]): Span {
  return {
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
  };
}

/** Words in a string. */
export function wordCount(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

/** Markdown emphasis removed, for notes quoted in plain explanations. */
export function plain(markdown: string): string {
  return markdown.replace(/\*\*?([^*]+)\*\*?/g, '$1').replace(/_([^_]+)_/g, '$1');
}

const LETTERS = /[\p{L}\p{M}]/u;

/**
 * What a typed or chosen gap item must keep out of sight in the reader's text while it is open: the
 * blank itself, and for a typed cloze every other place the text has the same word (« armée » twice).
 * Empty for items without a gap.
 */
export function answerSpans(item: QuizItem, text: string): Span[] {
  if (item.kind !== 'cloze' && item.kind !== 'collocation') return [];
  const spans: Span[] = [{ start: item.blank.start, end: item.blank.end }];
  if (item.kind !== 'cloze') return spans;
  const needle = item.answer.toLowerCase();
  const haystack = text.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (at === item.blank.start || LETTERS.test(text.charAt(at - 1)) || LETTERS.test(text.charAt(end))) continue;
    spans.push({ start: at, end });
  }
  return spans.sort((a, b) => a.start - b.start);
}
