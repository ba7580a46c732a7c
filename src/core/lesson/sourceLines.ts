// Line numbers for marked tokens. Top-level tokens are located exactly by their offset (their
// `raw` strings concatenate to the source); nested tokens lose their indentation in `raw`, so
// they are found by searching for their first line from a known earlier line.

export class SourceLines {
  private readonly lines: string[];
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    this.lines = text.split('\n');
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  /** 1-based line of a character offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 1-based line, at or after `from`, holding the first non-blank line of `raw`; `from` if none. */
  find(raw: string, from: number): number {
    const needle = raw.split('\n').find((l) => l.trim() !== '')?.trim();
    if (!needle) return from;
    for (let i = Math.max(from, 1); i <= this.lines.length; i++) {
      if (this.lines[i - 1]?.includes(needle)) return i;
    }
    return from;
  }
}
