// What every section reader gets: where it is (file, lines) and how to fail there.
import type { Token } from 'marked';
import { LessonParseError } from '../errors';
import type { SourceLines } from '../sourceLines';

/** A top-level Markdown block of a section, with its 1-based line. */
export interface Block {
  token: Token;
  line: number;
}

export class ParseContext {
  constructor(
    readonly file: string,
    readonly lines: SourceLines,
  ) {}

  fail(line: number, reason: string): never {
    throw new LessonParseError(this.file, line, reason);
  }
}

/** Trims spaces and tabs only: a non-breaking space is typography, not indentation. */
export function trimSpaces(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, '');
}

/** Joins a block's lines into one line of plain text, the way Markdown reads a soft line break. */
export function joinLines(text: string): string {
  return text
    .split('\n')
    .map(trimSpaces)
    .filter((l) => l !== '')
    .join(' ');
}

/** The blocks that carry content (marked's `space` tokens are blank lines). */
export function contentBlocks(blocks: Block[]): Block[] {
  return blocks.filter((b) => b.token.type !== 'space');
}
