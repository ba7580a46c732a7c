// The progress file, schema version 4: one JSON document laid out so that loading and saving
// 50,000 records costs little more than reading and writing the bytes (see README, "The file").
//
//   {"schema":"depeche-progress","version":4,"generation":12,"checksum":…,"sizes":[…],…      <- header line
//   "lessons":[…],                       the lesson table encounters point into
//   "quizzes":{…},                       attempts per lesson
//   "sentences":{…},                     example sentences by id (parsed when first needed)
//   "index":{"keys":[…],"columns":"…"},  what load and the queue need (see encodeColumns)
//   "records":[
//   [status,statusAt,gloss,…],           one line per record (recordLine.ts), decoded when read
//   …
//   50000]}                              the number of records, which ends the array
//
// - `sizes` gives each section's length in bytes and `checksum` is the CRC-32 of everything after
//   the header line: when both hold, the file is exactly as written, so load parses the header
//   sections and the index, and leaves the record lines as bytes. Otherwise (a hand-edited file)
//   the whole file is parsed and every record checked, as for older versions.
// - The file is ASCII (non-ASCII is escaped), so byte offsets are character offsets.
import { isAscii } from 'node:buffer';
import { crc32, crc32Combine } from './crc32';
import { ProgressFormatError } from './errors';
import { isIsoDate } from './isoTime';
import { PROGRESS_SCHEMA, PROGRESS_VERSION, type ProgressDocument, type QuizAttempt } from './model';
import { CARD_FIELDS, LINE_FIELDS, NONE, asciiJson, decodeRecord, isObject } from './recordLine';
import { FACT, FACT_STRIDE, RecordTable, type FactColumns } from './recordTable';
import { SentencePool } from './sentencePool';

const SECTIONS = ['lessons', 'quizzes', 'sentences', 'index', 'records'] as const;
const HEADER_START = `{"schema":"${PROGRESS_SCHEMA}","version":4,"generation":`;
const RECORDS_OPEN = '"records":[\n';
const KNOWN = 5, IGNORED = 6;

interface Header {
  generation: number;
  checksum: number;
  sizes: number[];
}

// ---- writing ----

/** The file as buffers to write one after another; the record lines of unchanged records are reused. */
export function encodeFile(doc: ProgressDocument, generation: number): Buffer[] {
  const table = doc.records;
  table.encodeChanged();
  const { chunks, lengths } = table.lineChunks();
  const facts = table.factColumns();
  // The five sections (SECTIONS), each as the buffers that make it up.
  const sections: Buffer[][] = [
    [latin1(`"lessons":${asciiJson(JSON.stringify(table.lessons.names))},\n`)],
    [latin1(`"quizzes":${asciiJson(JSON.stringify(doc.quizzes))},\n`)],
    [latin1('"sentences":'), doc.sentences.toBytes(), latin1(',\n')],
    [latin1('"index":{"keys":'), keysJson(table), latin1(`,"columns":"${encodeColumns(lengths, table.sortedSlots(), facts).toString('base64')}"},\n`)],
    [latin1(RECORDS_OPEN), ...chunks, latin1(`${table.size}]}\n`)],
  ];
  const body = sections.flat();
  const sizes = sections.map((parts) => parts.reduce((n, b) => n + b.length, 0));
  // The checksum hashes only what changed: the record lines' CRC comes from the table's blocks,
  // the sentences' and keys' from the last save while they are the same buffers.
  for (const part of [sections[2]![1]!, sections[3]![1]!]) if (!knownCrcs.has(part)) knownCrcs.set(part, crc32(part));
  let checksum = 0;
  for (const part of sections.slice(0, 4).flat()) {
    const known = knownCrcs.get(part);
    checksum = known === undefined ? crc32(part, checksum) : crc32Combine(checksum, known, part.length);
  }
  const [open, close] = [sections[4]![0]!, sections[4]![sections[4]!.length - 1]!];
  const lines = table.linesCrc();
  checksum = crc32(close, crc32Combine(crc32(open, checksum), lines.crc, lines.length));
  const header: Header = { generation, checksum, sizes };
  const headerText = `${HEADER_START}${generation},"checksum":${header.checksum},"sizes":${JSON.stringify(header.sizes)},` +
    `"fields":"${LINE_FIELDS.join(' ')}","cardFields":"${CARD_FIELDS.join(' ')}",\n`;
  return [Buffer.from(headerText, 'latin1'), ...body];
}

function latin1(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

/** CRCs of the buffers a save reuses (the sentences, the keys), computed once. */
const knownCrcs = new WeakMap<Buffer, number>();

/** Keys only ever get added, so the JSON array of the first ones is kept and extended. */
const keysJsonCache = new WeakMap<RecordTable, { count: number; json: Buffer }>();
function keysJson(table: RecordTable): Buffer {
  const cached = keysJsonCache.get(table);
  if (cached && cached.count === table.size) return cached.json;
  const keys = [...table.keys()];
  const json = cached && cached.count > 0
    ? Buffer.concat([cached.json.subarray(0, -1), latin1(`,${asciiJson(JSON.stringify(keys.slice(cached.count))).slice(1)}`)])
    : latin1(asciiJson(JSON.stringify(keys)));
  keysJsonCache.set(table, { count: keys.length, json });
  return json;
}

/**
 * The index columns, binary (little-endian) in base 64: parsing them is a copy, where the same
 * numbers as JSON took 12 ms to parse. Derived data: a hand-edited file ignores them (decodeVersion4).
 *   u32 MAGIC, u32 n records, u32 m queue entries, u32 0,
 *   u32 × n line lengths, u32 × n slots in key order (for lookups without building a Map),
 *   u8 × n statuses (padded to 8 bytes), u32 × m slots (padded to 8 bytes),
 *   f64 × 5m: per queue entry its phase, due, lastReview, firstGrade, lastEvent (QueueFacts).
 * Only records the queue may pick are listed: not known or ignored, and not untouched new ones.
 */
function encodeColumns(lengths: number[], sorted: Uint32Array, columns: FactColumns): Buffer {
  const n = columns.count;
  const f = columns.facts;
  const slots: number[] = [];
  // Locals, not imported bindings (which may be getters under CommonJS interop), in the loops.
  const STRIDE = FACT_STRIDE, STATUS = FACT.status, PHASE = FACT.phase, LAST_EVENT = FACT.lastEvent, NO = NONE;
  for (let i = 0, at = 0; i < n; i++, at += STRIDE) {
    const status = f[at + STATUS]!;
    if (status === KNOWN || status === IGNORED || (status === 0 && f[at + PHASE] === NO && f[at + LAST_EVENT] === NO)) continue;
    slots.push(i);
  }
  const m = slots.length;
  const layout = columnLayout(n, m);
  const bytes = Buffer.alloc(layout.size);
  const u32 = new Uint32Array(bytes.buffer, bytes.byteOffset, layout.size / 4);
  u32.set([MAGIC, n, m, 0]);
  u32.set(lengths, layout.lines / 4);
  u32.set(sorted, layout.sorted / 4);
  for (let i = 0; i < n; i++) bytes[layout.status + i] = f[STRIDE * i + STATUS]!;
  u32.set(slots, layout.slots / 4);
  const f64 = new Float64Array(bytes.buffer, bytes.byteOffset + layout.facts, 5 * m);
  for (let q = 0; q < m; q++) {
    const at = STRIDE * slots[q]! + 1;
    for (let k = 0; k < 5; k++) f64[5 * q + k] = f[at + k]!;
  }
  return bytes;
}

/** Tells a reader on a big-endian machine (none we know of) that the columns are not for it. */
const MAGIC = 0x44504334;
const pad8 = (x: number) => Math.ceil(x / 8) * 8;
function columnLayout(n: number, m: number): { lines: number; sorted: number; status: number; slots: number; facts: number; size: number } {
  const lines = 16, sorted = lines + 4 * n, status = sorted + 4 * n, slots = pad8(status + n), facts = pad8(slots + 4 * m);
  return { lines, sorted, status, slots, facts, size: facts + 40 * m };
}

interface Columns {
  lengths: Uint32Array;
  sorted: Uint32Array;
  /** FACT_STRIDE per record, NONE where the file lists none. */
  facts: Float64Array<ArrayBuffer>;
}

/** The columns for `n` records, or null if they do not fit (then the file is read the careful way). */
function decodeColumns(base64: string, n: number): Columns | null {
  let bytes = Buffer.from(base64, 'base64');
  // Typed arrays need aligned offsets; a small decoded buffer may sit anywhere in Node's pool.
  if (bytes.byteOffset % 8) bytes = Buffer.from(Uint8Array.prototype.slice.call(bytes));
  if (bytes.length < 16) return null;
  const head = new Uint32Array(bytes.buffer, bytes.byteOffset, 4);
  const m = head[2]!;
  const layout = columnLayout(n, m);
  if (head[0] !== MAGIC || head[1] !== n || bytes.length !== layout.size) return null;
  const lengths = new Uint32Array(bytes.buffer, bytes.byteOffset + layout.lines, n);
  const sorted = new Uint32Array(bytes.buffer, bytes.byteOffset + layout.sorted, n);
  for (let i = 0; i < n; i++) if (sorted[i]! >= n) return null;
  const slots = new Uint32Array(bytes.buffer, bytes.byteOffset + layout.slots, m);
  const f64 = new Float64Array(bytes.buffer, bytes.byteOffset + layout.facts, 5 * m);
  const STRIDE = FACT_STRIDE, STATUS = FACT.status;
  const facts = new Float64Array(STRIDE * Math.max(n, 64)).fill(NONE);
  for (let i = 0; i < n; i++) facts[STRIDE * i + STATUS] = bytes[layout.status + i]!;
  for (let q = 0; q < m; q++) {
    const slot = slots[q]!;
    if (slot >= n) return null;
    for (let k = 0; k < 5; k++) facts[STRIDE * slot + 1 + k] = f64[5 * q + k]!;
  }
  return { lengths, sorted, facts };
}

// ---- reading, the fast way ----

/** Whether the bytes start like a version 4 file (then `readVersion4` may take them). */
export function looksLikeVersion4(bytes: Buffer): boolean {
  return bytes.length > HEADER_START.length && bytes.toString('latin1', 0, HEADER_START.length) === HEADER_START;
}

/**
 * A version 4 file whose sizes and checksum hold -> the document, record lines left undecoded.
 * Null when they do not hold: the caller parses the whole file instead (and finds what is wrong).
 */
export function readVersion4(bytes: Buffer): { doc: ProgressDocument; generation: number } | null {
  const headerEnd = bytes.indexOf(10);
  if (headerEnd < 0) return null;
  let header: Header;
  try {
    const raw = JSON.parse(`${bytes.toString('latin1', 0, headerEnd - 1)}}`);
    header = raw as Header;
    if (typeof raw.generation !== 'number' || typeof raw.checksum !== 'number' || !Array.isArray(raw.sizes) ||
      raw.sizes.length !== SECTIONS.length) return null;
  } catch {
    return null;
  }
  const sizes = header.sizes;
  let total = headerEnd + 1;
  for (const size of sizes) total += size;
  if (total !== bytes.length || !isAscii(bytes)) return null;
  const starts: number[] = [];
  let at = headerEnd + 1;
  for (const size of sizes) {
    starts.push(at);
    at += size;
  }
  const section = (i: number) => {
    const prefix = `"${SECTIONS[i]}":`.length;
    return bytes.toString('latin1', starts[i]! + prefix, starts[i]! + sizes[i]! - 2);
  };
  try {
    const lessons = JSON.parse(section(0)) as string[];
    const quizzes = JSON.parse(section(1)) as Record<string, QuizAttempt[]>;
    const index = JSON.parse(section(3)) as { keys: string[]; columns: string };
    const n = index.keys.length;
    const columns = decodeColumns(index.columns, n);
    if (!columns) return null;
    const offsets = new Float64Array(n + 1);
    offsets[0] = starts[4]! + RECORDS_OPEN.length;
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + columns.lengths[i]!;
    if (offsets[n]! + `${n}]}\n`.length !== starts[4]! + sizes[4]!) return null;
    // The checksum, hashed in the blocks of lines the table keeps CRCs for (so a save rehashes only changed blocks).
    const blockCrcs = RecordTable.blockCrcs(bytes, offsets);
    let checksum = crc32(bytes.subarray(headerEnd + 1, offsets[0]));
    for (const block of blockCrcs) checksum = crc32Combine(checksum, block.crc, block.length);
    checksum = crc32(bytes.subarray(offsets[n]), checksum);
    if (checksum !== header.checksum) return null;
    // The bytes are as written: the sections parsed above agree with one another.
    const doc: ProgressDocument = {
      schema: PROGRESS_SCHEMA, version: PROGRESS_VERSION,
      records: RecordTable.fromStored({
        keys: index.keys, buf: bytes, offsets, lessons, facts: columns.facts, sorted: columns.sorted, blockCrcs,
      }),
      quizzes,
      sentences: SentencePool.fromJson(section(2)),
    };
    return { doc, generation: header.generation };
  } catch {
    return null;
  }
}

// ---- reading, the careful way ----

/** A parsed version 4 file (checksum not trusted) -> the document; every record is checked. */
export function decodeVersion4(raw: Record<string, unknown>): { doc: ProgressDocument; generation: number } {
  const { generation, lessons, quizzes, sentences, index, records } = raw;
  if (typeof generation !== 'number' || !Array.isArray(lessons) || !isObject(quizzes) || !isObject(sentences) ||
    !isObject(index) || !Array.isArray(index.keys) || !Array.isArray(records)) fail('generation, lessons, quizzes, sentences, index or records is missing');
  for (const l of lessons) if (typeof l !== 'string') fail('a lesson name is not text');
  checkQuizzes(quizzes);
  const pool = new SentencePool();
  for (const id in sentences) {
    if (typeof sentences[id] !== 'string') fail(`sentence ${id} is not text`);
    pool.add(id, sentences[id] as string);
  }
  const keys = index.keys as unknown[];
  if (records.length !== keys.length + 1 || records[keys.length] !== keys.length) fail('the records are cut short');
  const table = new RecordTable();
  keys.forEach((key, i) => {
    if (typeof key !== 'string') fail(`record ${i} has no key`);
    if (table.has(key)) fail(`record ${key} appears twice`);
    table.set(key, decodeRecord(key, records[i], lessons as string[]));
  });
  return {
    doc: { schema: PROGRESS_SCHEMA, version: PROGRESS_VERSION, records: table, quizzes: quizzes as Record<string, QuizAttempt[]>, sentences: pool },
    generation,
  };
}

/** The text of a progress file: decoded as latin1 when it is ASCII (version 3 and 4 always are), else as UTF-8. */
export function progressFileText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** The generation in the first bytes of a version 3 or 4 file, or null. */
export function generationInHeader(head: string): number | null {
  const m = /^\{"schema":"depeche-progress","version":[34],"generation":(\d+),/.exec(head);
  return m ? Number(m[1]) : null;
}

export function checkQuizzes(quizzes: Record<string, unknown>): void {
  for (const lesson in quizzes) {
    const list = quizzes[lesson];
    if (!Array.isArray(list)) fail(`quizzes of ${lesson} is not a list`);
    for (const q of list) {
      if (!isObject(q) || !isIsoDate(q.at) || typeof q.id !== 'string' || typeof q.score !== 'number' ||
        typeof q.total !== 'number' || !Array.isArray(q.answers)) fail(`a quiz attempt of ${lesson} is malformed`);
    }
  }
}

function fail(detail: string): never {
  throw new ProgressFormatError(detail);
}
