// Run-time reader of dist/data/lexicon.tsv and frequency.tsv. The files are sorted by UTF-8
// bytes, so a lookup is a binary search over the raw buffer: nothing is parsed at load time,
// which keeps a cold start to one file read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntry, type LexEntry } from './lexiconFormat';

const NEWLINE = 0x0a;
const TAB = 0x09;

/** A sorted `key<TAB>value…` file searched in place. */
export class SortedTsv {
  constructor(private readonly buf: Buffer) {}

  /** The text after the key's tab on the key's line, or undefined. */
  private scratch = Buffer.alloc(1024);

  find(key: string): string | undefined {
    if (key.length * 3 > this.scratch.length) this.scratch = Buffer.alloc(key.length * 3);
    const k = this.scratch.subarray(0, this.scratch.write(key, 0, 'utf8'));
    const buf = this.buf;
    let lo = 0;
    let hi = buf.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let start = mid;
      while (start > lo && buf[start - 1] !== NEWLINE) start--;
      let tab = start;
      while (tab < buf.length && buf[tab] !== TAB && buf[tab] !== NEWLINE) tab++;
      const cmp = compareBytes(k, buf, start, tab);
      if (cmp === 0) {
        let end = buf.indexOf(NEWLINE, tab);
        if (end < 0) end = buf.length;
        return buf.toString('utf8', tab + 1, end);
      }
      if (cmp < 0) hi = start;
      else {
        let next = buf.indexOf(NEWLINE, tab);
        if (next < 0) return undefined;
        lo = next + 1;
      }
    }
    return undefined;
  }
}

function compareBytes(k: Buffer, buf: Buffer, start: number, end: number): number {
  const n = Math.min(k.length, end - start);
  for (let i = 0; i < n; i++) {
    const d = k[i]! - buf[start + i]!;
    if (d !== 0) return d;
  }
  return k.length - (end - start);
}

export class Lexicon {
  private readonly cache = new Map<string, LexEntry[]>();
  private readonly forms: SortedTsv;
  private readonly ranks: SortedTsv;

  constructor(dataDir: string) {
    this.forms = new SortedTsv(readFileSync(join(dataDir, 'lexicon.tsv')));
    this.ranks = new SortedTsv(readFileSync(join(dataDir, 'frequency.tsv')));
  }

  /** Entries for the exact form (case and accents as given), cached. */
  lookup(form: string): LexEntry[] {
    let entries = this.cache.get(form);
    if (entries === undefined) {
      const line = this.forms.find(form);
      entries = line === undefined ? [] : line.split('\t').map((e) => decodeEntry(form, e));
      this.cache.set(form, entries);
    }
    return entries;
  }

  /** Frequency rank of a word form (1 = most frequent), or undefined when it is not in the list. */
  rank(form: string): number | undefined {
    const key = form.toLowerCase();
    let r = this.rankCache.get(key);
    if (r === undefined) {
      const v = this.ranks.find(key);
      r = v === undefined ? null : Number(v);
      this.rankCache.set(key, r);
    }
    return r ?? undefined;
  }

  private readonly rankCache = new Map<string, number | null>();
}
