// Run-time reader of dist/data/lexicon.tsv and frequency.tsv. The files are sorted by UTF-8
// bytes, so a lookup is a binary search over the raw bytes: nothing is parsed at load time.
// The build also writes each sorted file's block index (`<file>.blocks`, blockIndexText): with it
// a file is read a block at a time, on the first lookup that lands in the block, instead of whole
// at start-up (reading the 8 MB lexicon whole cost a cold start about 25 ms).
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntry, type LexEntry } from './lexiconFormat';

const NEWLINE = 0x0a;
const TAB = 0x09;

/** Looks a key up in a sorted `key<TAB>value…` table: the text after the key's tab, or undefined. */
export interface SortedTable {
  find(key: string): string | undefined;
}

/** The size of a block of a sorted file (a block holds the whole lines that start in it). */
export const BLOCK_SIZE = 4096;

/**
 * The block index of a sorted `key<TAB>…` file: a first line `<TAB>bytes` (the size of the file it
 * was made for), then for each block `offset<TAB>key`, the offset of its first line (the first line
 * starting at or after a multiple of BLOCK_SIZE) and that line's key.
 */
export function blockIndexText(file: Buffer, blockSize = BLOCK_SIZE): string {
  const lines = [`\t${file.length}`];
  let last = -1;
  for (let at = 0; at < file.length; at += blockSize) {
    const start = at === 0 ? 0 : file.indexOf(NEWLINE, at - 1) + 1;
    if ((at > 0 && start === 0) || start >= file.length || start === last) continue;
    let tab = start;
    while (tab < file.length && file[tab] !== TAB && file[tab] !== NEWLINE) tab++;
    lines.push(`${start}\t${file.toString('utf8', start, tab)}`);
    last = start;
  }
  return lines.join('\n') + '\n';
}

/**
 * A sorted file opened for lookups: read a block at a time through its block index when the build
 * wrote one for this very file, else read whole.
 */
export function openSortedTsv(path: string): SortedTable {
  const indexPath = `${path}.blocks`;
  if (existsSync(indexPath)) {
    const index = readFileSync(indexPath);
    const stat = statSync(path);
    // Every engine opened on this file shares one reader (and one file descriptor), while the file
    // and its index are those it was opened on.
    const open = blockedFiles.get(path);
    if (open && open.size === stat.size && open.mtimeMs === stat.mtimeMs && open.index.equals(index)) return open.reader;
    if (index.toString('utf8', 0, index.indexOf(NEWLINE)) === `\t${stat.size}`) {
      const fd = openSync(path, 'r');
      if (fstatSync(fd).size === stat.size) {
        const reader = new BlockedTsv(fd, stat.size, index);
        blockedFiles.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, index, reader });
        return reader;
      }
      closeSync(fd);
    }
  }
  return new SortedTsv(readFileSync(path));
}

/** The block readers opened, by path, with what they were opened on. */
const blockedFiles = new Map<string, { size: number; mtimeMs: number; index: Buffer; reader: BlockedTsv }>();

/** Reused to encode the key of a lookup (lookups are synchronous). */
let keyScratch = Buffer.alloc(1024);
function keyBytes(key: string): Buffer {
  if (key.length * 3 > keyScratch.length) keyScratch = Buffer.alloc(key.length * 3);
  return keyScratch.subarray(0, keyScratch.write(key, 0, 'utf8'));
}

/**
 * A sorted file searched through its block index: the block whose first key is the last one not
 * after the key is read (into one reused buffer: fresh memory costs page faults, which is what made
 * reading the whole file slow) and searched. The callers cache what they look up, so a block is
 * seldom read twice. The whole file is not held for speed: the first analysis of a long text (28,500
 * lookups over the GSD dev text) took 3% longer by blocks than with the files read whole, and holding
 * them added 11 MB to its process's peak.
 */
class BlockedTsv implements SortedTable {
  /** Each block's first line offset, and where its first key is in the index file (no object per block). */
  private readonly starts: number[] = [];
  private readonly keyStarts: number[] = [];
  private readonly keyEnds: number[] = [];
  private readonly scratch: Buffer;
  /** The whole file, once read: only when a block is not where the index says (the file was edited). */
  private whole: SortedTsv | undefined;

  constructor(
    private readonly fd: number,
    private readonly size: number,
    private readonly index: Buffer,
  ) {
    let at = index.indexOf(NEWLINE) + 1;
    let largest = 0;
    while (at < index.length) {
      let end = index.indexOf(NEWLINE, at);
      if (end < 0) end = index.length;
      let start = 0;
      let tab = at;
      for (; tab < end && index[tab] !== TAB; tab++) start = start * 10 + index[tab]! - 48;
      if (this.starts.length > 0) largest = Math.max(largest, start - this.starts[this.starts.length - 1]!);
      this.starts.push(start);
      this.keyStarts.push(tab + 1);
      this.keyEnds.push(end);
      at = end + 1;
    }
    if (this.starts.length > 0) largest = Math.max(largest, size - this.starts[this.starts.length - 1]!);
    // One byte more: the one before a block, which must end a line.
    this.scratch = Buffer.allocUnsafeSlow(largest + 1);
  }

  find(key: string): string | undefined {
    if (this.whole) return this.whole.find(key);
    const k = keyBytes(key);
    // The last block whose first key is not after k.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareBytes(k, this.index, this.keyStarts[mid]!, this.keyEnds[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    if (lo === 0) return undefined;
    const lines = this.block(lo - 1);
    if (lines) return findLine(lines, k);
    this.whole = new SortedTsv(this.read(Buffer.allocUnsafeSlow(this.size), 0, this.size));
    return this.whole.find(key);
  }

  /** Block b's lines (in the scratch buffer, until the next read); undefined when they are not where the index says. */
  private block(b: number): Buffer | undefined {
    const start = this.starts[b]!;
    const end = b + 1 < this.starts.length ? this.starts[b + 1]! : this.size;
    // From the byte before the block: it must end a line, as the block's last byte must, and the
    // block must start with its key. (The index names its file's size only: an edit of the file
    // that keeps its size must not go unseen.)
    const from = start > 0 ? start - 1 : 0;
    if (end - from > this.scratch.length) return undefined;
    const buf = this.read(this.scratch, from, end);
    const lines = buf.subarray(start - from);
    const key = this.index.subarray(this.keyStarts[b]!, this.keyEnds[b]!);
    const aligned = (start === 0 || buf[0] === NEWLINE) && buf.length === end - from && lines[lines.length - 1] === NEWLINE &&
      lines.length > key.length && (lines[key.length] === TAB || lines[key.length] === NEWLINE) && compareBytes(key, lines, 0, key.length) === 0;
    return aligned ? lines : undefined;
  }

  /** Bytes [from, to) of the file into buf (fewer if the file is shorter now). */
  private read(buf: Buffer, from: number, to: number): Buffer {
    let read = 0;
    while (read < to - from) {
      const n = readSync(this.fd, buf, read, to - from - read, from + read);
      if (n === 0) break;
      read += n;
    }
    return buf.subarray(0, read);
  }
}

/** A sorted `key<TAB>value…` file searched in place. */
export class SortedTsv implements SortedTable {
  constructor(private readonly buf: Buffer) {}

  /** The text after the key's tab on the key's line, or undefined. */
  find(key: string): string | undefined {
    return findLine(this.buf, keyBytes(key));
  }
}

/** Binary search of whole sorted lines in buf: the text after key k's tab on its line, or undefined. */
function findLine(buf: Buffer, k: Buffer): string | undefined {
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
      const next = buf.indexOf(NEWLINE, tab);
      if (next < 0) return undefined;
      lo = next + 1;
    }
  }
  return undefined;
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
  private readonly forms: SortedTable;
  private readonly ranks: SortedTable;

  constructor(dataDir: string) {
    this.forms = openSortedTsv(join(dataDir, 'lexicon.tsv'));
    this.ranks = openSortedTsv(join(dataDir, 'frequency.tsv'));
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
