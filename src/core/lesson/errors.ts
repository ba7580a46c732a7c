// The named error a malformed lesson raises: it names the file and the 1-based line.

export class LessonParseError extends Error {
  override readonly name = 'LessonParseError';

  /** `reason` is one plain sentence, without the file and line (those are separate fields). */
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}
