// The lesson's full text as one string: the coordinate system of every quiz evidence span.
// Convention: the paragraphs' texts (inline markup removed) joined by PARAGRAPH_SEPARATOR.
// The analysis passed to the quiz must be of exactly this string.
import type { Evidence } from '../lesson/model';
import type { Span } from './types';

export const PARAGRAPH_SEPARATOR = '\n\n';

/** All these functions need of a lesson: its paragraphs' texts (the reader rebuilds them from its document). */
type Paragraphs = { paragraphs: readonly { text: string }[] };

export function lessonText(lesson: Paragraphs): string {
  return lesson.paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR);
}

/** Offset in the full text where each paragraph starts. */
export function paragraphStarts(lesson: Paragraphs): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of lesson.paragraphs) {
    starts.push(at);
    at += p.text.length + PARAGRAPH_SEPARATOR.length;
  }
  return starts;
}

/** A full-text span back in paragraph coordinates (for the reader, which renders paragraphs). */
export function locateSpan(lesson: Paragraphs, span: Span): { paragraph: number; start: number; end: number } {
  const starts = paragraphStarts(lesson);
  let paragraph = 0;
  for (let i = 0; i < starts.length; i++) if ((starts[i] as number) <= span.start) paragraph = i;
  const base = starts[paragraph] ?? 0;
  return { paragraph, start: span.start - base, end: span.end - base };
}

/**
 * An authored question's evidence as a full-text span. The lesson gives the paragraph and offsets
 * within it; the quote is checked against them, and searched for when they disagree.
 */
export function evidenceSpan(lesson: Paragraphs, evidence: Evidence): Span | undefined {
  const text = lessonText(lesson);
  const base = paragraphStarts(lesson)[evidence.paragraph];
  if (base !== undefined) {
    const start = base + evidence.start;
    const end = base + evidence.end;
    if (text.slice(start, end) === evidence.quote) return { start, end };
    if (text.slice(evidence.start, evidence.end) === evidence.quote) return { start: evidence.start, end: evidence.end };
  }
  const at = evidence.quote ? text.indexOf(evidence.quote) : -1;
  return at < 0 ? undefined : { start: at, end: at + evidence.quote.length };
}
