// Splits a dispatch into lessons of readable length at paragraph boundaries.
import { looksLikeHeadline } from './dateline';

export interface SplitOptions {
  minWords: number;
  maxWords: number;
}

export const DEFAULT_SPLIT: SplitOptions = { minWords: 100, maxWords: 200 };

const WORD = /[\p{L}\p{N}]+/gu;

/** Running words: letter sequences, an elided article counting as a word of its own. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** A paragraph of a lesson, or the sentences of a long one, with the index of the source paragraph. */
export interface LessonPiece {
  text: string;
  paragraph: number;
}

/** splitIntoParts without the source paragraphs: each lesson's paragraphs. */
export function splitIntoLessons(
  paragraphs: string[],
  sentencesOf: (paragraph: string) => string[],
  options: SplitOptions = DEFAULT_SPLIT,
  wordsOf: (paragraph: string) => number = countWords,
): string[][] {
  return splitIntoParts(paragraphs, sentencesOf, options, wordsOf).map((part) => part.map((p) => p.text));
}

/**
 * Groups consecutive paragraphs into chunks of minWords..maxWords where the paragraphs allow it.
 * A paragraph longer than maxWords is cut at sentence ends (`sentencesOf`); a short tail is merged
 * into the chunk before it rather than left as a lesson of a few lines. `wordsOf` counts a
 * paragraph's running words (the importer passes the analysis's own count).
 */
export function splitIntoParts(
  paragraphs: string[],
  sentencesOf: (paragraph: string) => string[],
  options: SplitOptions = DEFAULT_SPLIT,
  wordsOf: (paragraph: string) => number = countWords,
): LessonPiece[][] {
  const pieces = paragraphs.flatMap((text, paragraph) => {
    const words = wordsOf(text);
    if (words <= options.maxWords) return [{ text, paragraph, words }];
    return packSentences(sentencesOf(text), options.maxWords).map((t) => ({ text: t, paragraph, words: countWords(t) }));
  });
  const chunks: LessonPiece[][] = [];
  let current: LessonPiece[] = [];
  let words = 0;
  for (const piece of pieces) {
    if (current.length > 0 && words + piece.words > options.maxWords && words >= options.minWords / 2) {
      // A heading goes with the text it heads, not at the end of the lesson before.
      const heading = current.length > 1 && looksLikeHeadline(current[current.length - 1]!.text) ? current.pop()! : undefined;
      chunks.push(current);
      current = heading ? [heading] : [];
      words = heading ? countWords(heading.text) : 0;
    }
    current.push({ text: piece.text, paragraph: piece.paragraph });
    words += piece.words;
  }
  if (current.length > 0) {
    const last = chunks[chunks.length - 1];
    if (last && words < options.minWords / 2) last.push(...current);
    else chunks.push(current);
  }
  return chunks;
}

/** Packs sentences into paragraphs of at most maxWords (a single longer sentence stays whole). */
function packSentences(sentences: string[], maxWords: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const s of sentences) {
    if (current && countWords(current) + countWords(s) > maxWords) {
      out.push(current);
      current = '';
    }
    current = current ? `${current} ${s}` : s;
  }
  if (current) out.push(current);
  return out;
}
