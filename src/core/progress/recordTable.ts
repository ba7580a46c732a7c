// The vocabulary records of a progress document: a map from key to record that keeps each record
// as its line of the file (recordLine.ts) until it is read. Loading 50,000 records then costs one
// read of the file and its index, and a save writes the lines of unchanged records back as they
// are (one write of each run of them); only records changed since are encoded again.
//
// Records read with `get` are frozen: a change must go through `edit` (or `set`), which is how the
// table knows what to write. The review queue reads `QueueFacts` columns, never the lines.
import { crc32, crc32Combine } from './crc32';
import { STATUS_INDEX, decodeRecord, encodeRecord, lineCrc, queueFacts, type LessonNames, type QueueFacts } from './recordLine';
import { renamedKey, type VocabRecord } from './model';

/** A record's line in the file: bytes [start, end) of `buf`, separator included. */
interface Line {
  buf: Buffer;
  start: number;
  end: number;
}

export class LessonTable implements LessonNames {
  private readonly index = new Map<string, number>();
  constructor(readonly names: string[] = []) {
    names.forEach((name, i) => this.index.set(name, i));
  }
  indexOf(lesson: string): number {
    let i = this.index.get(lesson);
    if (i === undefined) {
      this.index.set(lesson, (i = this.names.length));
      this.names.push(lesson);
    }
    return i;
  }
  /** Whether the two tables agree where both have an entry: equal lines then mean equal records. */
  agreesWith(other: LessonTable): boolean {
    const n = Math.min(this.names.length, other.names.length);
    for (let i = 0; i < n; i++) if (this.names[i] !== other.names[i]) return false;
    return true;
  }
}

/** What a loaded file gives the table: keys in file order, their lines and their queue facts. */
export interface StoredRecords {
  keys: string[];
  buf: Buffer;
  /** Byte offset of each line in `buf`, plus the end of the last one. */
  offsets: Float64Array;
  lessons: string[];
  /** FACT_STRIDE numbers per key (see FactColumns). */
  facts: Float64Array<ArrayBuffer>;
  /** The slots in the order of their keys. */
  sorted: Uint32Array;
  /** The CRC and byte length of each block of BLOCK lines (RecordTable.blockCrcs). */
  blockCrcs: BlockCrc[];
  /** Per slot, the CRC of its key and line (recordLine.lineCrc), as the file's index lists them. */
  lineCrcs: Uint32Array;
}

/** Lines per block: a save rehashes the blocks holding a changed record, about 20 KB each. */
const BLOCK = 128;
interface BlockCrc {
  crc: number;
  length: number;
}

/** Numbers per record in FactColumns.facts: status, phase, due, lastReview, firstGrade, lastEvent. */
export const FACT_STRIDE = 6;
export const FACT = { status: 0, phase: 1, due: 2, lastReview: 3, firstGrade: 4, lastEvent: 5 } as const;

/** The queue's view of every record (queue.ts): QueueFacts of slot i at facts[FACT_STRIDE * i ...]. */
export interface FactColumns {
  count: number;
  keys: readonly string[];
  facts: Float64Array;
}

export class RecordTable {
  /**
   * Finding a key's slot. A loaded table starts with the file's sorted order of its keys and looks
   * keys up by binary search: building a Map of 50,000 keys was a third of the load time. Keys
   * added since are in `added`; after a few thousand lookups, a full Map replaces both.
   */
  private sorted: Uint32Array | null = null;
  private added = new Map<string, number>();
  private full: Map<string, number> | null = null;
  private lookups = 0;
  private keyAt: string[] = [];
  private cached: (VocabRecord | undefined)[] = [];
  /** The lines of the first `base.count` slots, as loaded: one buffer and their offsets in it. */
  private base: { buf: Buffer; offsets: Float64Array; count: number } | null = null;
  /** Lines written since (or of slots added since), by slot. */
  private written: (Line | undefined)[] = [];
  /** Slots whose record changed since its line was written: they hold the record, not a line. */
  private readonly dirty = new Set<number>();
  /** Dirty slots whose queue facts are out of date: given out by `edit` or `set` since the queue last ran. */
  private readonly stale = new Set<number>();
  /** QueueFacts per slot, FACT_STRIDE numbers each; grows by doubling. */
  private facts = new Float64Array(FACT_STRIDE * 64);
  lessons = new LessonTable();
  /** Per block of BLOCK slots, the CRC of its lines as they are, or undefined once one changed. */
  private blocks: (BlockCrc | undefined)[] = [];
  /** Per slot, lineCrc of its key and written line (set when the line is written); grows with facts. */
  private crcs = new Uint32Array(64);

  static fromStored(stored: StoredRecords): RecordTable {
    const table = new RecordTable();
    table.lessons = new LessonTable(stored.lessons);
    const { keys, buf, offsets, facts } = stored;
    table.base = { buf, offsets, count: keys.length };
    // Filled, not sized: a sparse array would fall back to slow dictionary elements.
    table.cached = new Array(keys.length).fill(undefined);
    table.written = new Array(keys.length).fill(undefined);
    table.keyAt = keys;
    table.sorted = stored.sorted;
    table.facts = facts;
    table.blocks = stored.blockCrcs.slice();
    table.crcs = new Uint32Array(Math.max(keys.length, 64));
    table.crcs.set(stored.lineCrcs);
    return table;
  }

  /** The CRC of each block of lines of a loaded file (lines at `offsets` in `buf`). */
  static blockCrcs(buf: Buffer, offsets: Float64Array): BlockCrc[] {
    const out: BlockCrc[] = [];
    const count = offsets.length - 1;
    for (let first = 0; first < count; first += BLOCK) {
      const start = offsets[first]!, end = offsets[Math.min(first + BLOCK, count)]!;
      out.push({ crc: crc32(buf.subarray(start, end)), length: end - start });
    }
    return out;
  }

  /** The CRC and length of all the lines, in slot order (call encodeChanged first): only changed blocks are hashed. */
  linesCrc(): BlockCrc {
    const count = this.keyAt.length;
    let crc = 0, length = 0;
    for (let b = 0; b * BLOCK < count; b++) {
      const block = (this.blocks[b] ??= this.hashBlock(b));
      crc = crc32Combine(crc, block.crc, block.length);
      length += block.length;
    }
    return { crc, length };
  }

  get size(): number {
    return this.keyAt.length;
  }

  has(key: string): boolean {
    return this.slotOf(key) !== undefined;
  }

  /** The record (frozen unless changed since the last save), decoding its line on first read. */
  get(key: string): VocabRecord | undefined {
    const slot = this.slotOf(key);
    return slot === undefined ? undefined : this.recordAt(slot);
  }

  /**
   * The record to change in place, now: the next save writes it. A later change calls `edit` again
   * (it is cheap), which is how the queue's facts learn of it. Undefined for an unknown key.
   */
  edit(key: string): VocabRecord | undefined {
    const slot = this.slotOf(key);
    if (slot === undefined) return undefined;
    let record = this.cached[slot];
    // A clean record is decoded afresh (the cached one is frozen); a changed one that is frozen
    // (shared with a copy, or set from another table) is copied.
    if (!this.dirty.has(slot)) record = this.decodeLine(slot);
    else if (Object.isFrozen(record)) record = structuredClone(record!);
    this.cached[slot] = record;
    this.dirty.add(slot);
    this.stale.add(slot);
    return record;
  }

  set(key: string, record: VocabRecord): this {
    let slot = this.slotOf(key);
    if (slot === undefined) {
      slot = this.keyAt.length;
      (this.full ?? this.added).set(key, slot);
      this.keyAt.push(key);
      this.cached.push(undefined);
      this.written.push(undefined);
      this.growFacts();
    }
    this.cached[slot] = record;
    this.dirty.add(slot);
    this.stale.add(slot);
    return this;
  }

  keys(): IterableIterator<string> {
    return this.keyAt.values();
  }

  forEach(callback: (record: VocabRecord, key: string) => void): void {
    for (let slot = 0; slot < this.keyAt.length; slot++) callback(this.recordAt(slot), this.keyAt[slot]!);
  }

  /**
   * The records a learner sees, in slot order: all but those kept under a renamed key (model.ts,
   * renamedKey), which live on in the record of their new key. Views, queues and exports read these;
   * the file and merges keep every record.
   */
  forEachCurrent(callback: (record: VocabRecord, key: string) => void): void {
    for (let slot = 0; slot < this.keyAt.length; slot++) {
      const key = this.keyAt[slot]!;
      if (renamedKey(key) === undefined) callback(this.recordAt(slot), key);
    }
  }

  *entries(): IterableIterator<[string, VocabRecord]> {
    for (let slot = 0; slot < this.keyAt.length; slot++) yield [this.keyAt[slot]!, this.recordAt(slot)];
  }

  *values(): IterableIterator<VocabRecord> {
    for (let slot = 0; slot < this.keyAt.length; slot++) yield this.recordAt(slot);
  }

  [Symbol.iterator](): IterableIterator<[string, VocabRecord]> {
    return this.entries();
  }

  toObject(): Record<string, VocabRecord> {
    const out: Record<string, VocabRecord> = {};
    this.forEach((record, key) => (out[key] = record));
    return out;
  }

  /** Whether the record changed since it was last written (or was never written). */
  isDirty(key: string): boolean {
    const slot = this.slotOf(key);
    return slot !== undefined && this.dirty.has(slot);
  }

  /**
   * Whether both tables hold `key` as the same unchanged line: then the records are equal, provided
   * the lesson tables agree (LessonTable.agreesWith, checked once by the caller).
   */
  sameLine(key: string, other: RecordTable): boolean {
    const a = this.storedLine(key), b = other.storedLine(key);
    return a !== undefined && b !== undefined && a.end - a.start === b.end - b.start &&
      a.buf.compare(b.buf, b.start, b.end, a.start, a.end) === 0;
  }

  /** A copy that shares the (frozen) records and lines: a change to either is not seen by the other. */
  clone(): RecordTable {
    const copy = new RecordTable();
    copy.lessons = new LessonTable(this.lessons.names.slice());
    copy.base = this.base;
    copy.facts = this.facts.slice();
    copy.sorted = this.sorted;
    copy.added = new Map(this.added);
    copy.full = this.full && new Map(this.full);
    for (let slot = 0; slot < this.keyAt.length; slot++) {
      const key = this.keyAt[slot]!;
      const record = this.cached[slot];
      if (record !== undefined) deepFreeze(record);
      copy.keyAt.push(key);
      copy.cached.push(record);
    }
    copy.written = this.written.slice();
    copy.blocks = this.blocks.slice();
    copy.crcs = this.crcs.slice();
    for (const slot of this.dirty) copy.dirty.add(slot);
    for (const slot of this.stale) copy.stale.add(slot);
    return copy;
  }

  /** The queue's columns, brought up to date for records changed since they were written. */
  factColumns(): FactColumns {
    for (const slot of this.stale) this.setFacts(slot, queueFacts(this.cached[slot]!));
    this.stale.clear();
    return { count: this.keyAt.length, keys: this.keyAt, facts: this.facts };
  }

  /**
   * Encodes every changed record into one new buffer and makes it their line; the records are
   * frozen from then on (a later change goes through `edit` again).
   */
  encodeChanged(): void {
    if (this.dirty.size === 0) return;
    const slots = [...this.dirty].sort((a, b) => a - b);
    const texts: string[] = [];
    for (const slot of slots) {
      const record = this.cached[slot]!;
      texts.push(encodeRecord(record, this.lessons), ',\n');
      this.setFacts(slot, queueFacts(record));
      deepFreeze(record);
    }
    const buf = Buffer.from(texts.join(''), 'latin1');
    let at = 0;
    slots.forEach((slot, i) => {
      const length = texts[2 * i]!.length + 2;
      this.crcs[slot] = lineCrc(this.keyAt[slot]!, buf.subarray(at, at + length - 2));
      this.written[slot] = { buf, start: at, end: at + length };
      this.blocks[Math.floor(slot / BLOCK)] = undefined;
      at += length;
    });
    this.dirty.clear();
    this.stale.clear();
  }

  /** The lines in slot order, each run of adjacent bytes as one chunk (call encodeChanged first). */
  lineChunks(): { chunks: Buffer[]; lengths: number[] } {
    const chunks: Buffer[] = [];
    const count = this.keyAt.length;
    const lengths = new Array<number>(count);
    const written = this.written;
    const baseBuf = this.base?.buf;
    const offsets = this.base?.offsets;
    let runBuf: Buffer | undefined;
    let runStart = 0, runEnd = 0;
    for (let slot = 0; slot < count; slot++) {
      const line = written[slot];
      let buf: Buffer, start: number, end: number;
      if (line !== undefined) {
        buf = line.buf;
        start = line.start;
        end = line.end;
      } else {
        buf = baseBuf!;
        start = offsets![slot]!;
        end = offsets![slot + 1]!;
      }
      lengths[slot] = end - start;
      if (buf === runBuf && start === runEnd) runEnd = end;
      else {
        if (runBuf) chunks.push(runBuf.subarray(runStart, runEnd));
        runBuf = buf;
        runStart = start;
        runEnd = end;
      }
    }
    if (runBuf) chunks.push(runBuf.subarray(runStart, runEnd));
    return { chunks, lengths };
  }

  /** Per slot, the CRC of its key and line, for the file's index (call encodeChanged first). */
  lineCrcs(): Uint32Array {
    return this.crcs.subarray(0, this.keyAt.length);
  }

  /** The status index of `key` without decoding its record (for tinting a lesson's words). */
  statusIndex(key: string): number | undefined {
    const slot = this.slotOf(key);
    if (slot === undefined) return undefined;
    const record = this.dirty.has(slot) ? this.cached[slot] : undefined;
    return record ? STATUS_INDEX.get(record.status) : this.facts[FACT_STRIDE * slot + FACT.status];
  }

  /** The slots in key order, for the file's index: the loaded order merged with keys added since. */
  sortedSlots(): Uint32Array {
    const keys = this.keyAt;
    const byKey = (a: number, b: number) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0);
    const old = this.sorted ?? new Uint32Array(0);
    if (old.length === keys.length) return old;
    const fresh: number[] = [];
    for (let slot = 0; slot < keys.length; slot++) if (!this.sorted || slot >= old.length) fresh.push(slot);
    fresh.sort(byKey);
    const out = new Uint32Array(keys.length);
    let i = 0, j = 0, k = 0;
    while (i < old.length && j < fresh.length) out[k++] = byKey(old[i]!, fresh[j]!) <= 0 ? old[i++]! : fresh[j++]!;
    while (i < old.length) out[k++] = old[i++]!;
    while (j < fresh.length) out[k++] = fresh[j++]!;
    this.sorted = out;
    this.added.clear();
    return out;
  }

  private slotOf(key: string): number | undefined {
    if (this.full) return this.full.get(key);
    const added = this.added.get(key);
    if (added !== undefined || !this.sorted) return added;
    if (++this.lookups > 4096) {
      // After many lookups (a merge walks every key; a long session adds up) a Map pays for itself.
      this.full = new Map();
      for (let slot = 0; slot < this.keyAt.length; slot++) this.full.set(this.keyAt[slot]!, slot);
      return this.full.get(key);
    }
    const sorted = this.sorted, keys = this.keyAt;
    let lo = 0, hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[sorted[mid]!]!;
      if (k === key) return sorted[mid];
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The CRC and length of block `b`'s lines as they are now, hashed in runs of adjacent bytes. */
  private hashBlock(b: number): BlockCrc {
    let crc = 0, length = 0;
    let run: Line | null = null;
    for (let slot = b * BLOCK; slot < Math.min((b + 1) * BLOCK, this.keyAt.length); slot++) {
      const line = this.lineAt(slot);
      length += line.end - line.start;
      if (run && run.buf === line.buf && run.end === line.start) run.end = line.end;
      else {
        if (run) crc = crc32(run.buf.subarray(run.start, run.end), crc);
        run = { ...line };
      }
    }
    if (run) crc = crc32(run.buf.subarray(run.start, run.end), crc);
    return { crc, length };
  }

  private storedLine(key: string): Line | undefined {
    const slot = this.slotOf(key);
    return slot === undefined || this.dirty.has(slot) ? undefined : this.lineAt(slot);
  }

  private lineAt(slot: number): Line {
    const line = this.written[slot];
    if (line) return line;
    const base = this.base!;
    return { buf: base.buf, start: base.offsets[slot]!, end: base.offsets[slot + 1]! };
  }

  private recordAt(slot: number): VocabRecord {
    let record = this.cached[slot];
    if (record === undefined) this.cached[slot] = record = deepFreeze(this.decodeLine(slot));
    return record;
  }

  private decodeLine(slot: number): VocabRecord {
    const line = this.lineAt(slot);
    // The line ends with ",\n"; the file is ASCII, so latin1 is an exact and the fastest decoding.
    return decodeRecord(this.keyAt[slot]!, JSON.parse(line.buf.toString('latin1', line.start, line.end - 2)), this.lessons.names);
  }

  /** Room for the facts of a new slot (filled in when its record is encoded or the queue runs). */
  private growFacts(): void {
    if (this.crcs.length < this.keyAt.length) {
      const grown = new Uint32Array(2 * this.crcs.length + this.keyAt.length);
      grown.set(this.crcs);
      this.crcs = grown;
    }
    const needed = FACT_STRIDE * this.keyAt.length;
    if (needed <= this.facts.length) return;
    const grown = new Float64Array(Math.max(needed, 2 * this.facts.length));
    grown.set(this.facts);
    this.facts = grown;
  }

  private setFacts(slot: number, f: QueueFacts): void {
    const at = FACT_STRIDE * slot;
    this.facts[at + FACT.status] = f.status;
    this.facts[at + FACT.phase] = f.phase;
    this.facts[at + FACT.due] = f.due;
    this.facts[at + FACT.lastReview] = f.lastReview;
    this.facts[at + FACT.firstGrade] = f.firstGrade;
    this.facts[at + FACT.lastEvent] = f.lastEvent;
  }
}

/**
 * Freezes a record, its card and its lists, so a change that bypasses `edit` fails loudly. (The
 * events and encounters inside are left as they are: freezing 50,000 records' worth of them cost
 * more than decoding them.)
 */
function deepFreeze<T extends VocabRecord>(record: T): T {
  if (Object.isFrozen(record)) return record;
  if (record.card) Object.freeze(record.card);
  if (record.history) Object.freeze(record.history);
  if (record.met) Object.freeze(record.met);
  return Object.freeze(record);
}
