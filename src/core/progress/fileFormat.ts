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
//   sections and the index, and leaves the record lines as bytes.
// - Otherwise the file is read the careful way (see there): damage is told from a hand edit, and
//   what is intact is kept.
// - The file is ASCII (non-ASCII is escaped), so byte offsets are character offsets.
import { isAscii } from 'node:buffer';
import { crc32, crc32Combine } from './crc32';
import { ProgressFormatError } from './errors';
import { isIsoDate } from './isoTime';
import { quizTable } from './document';
import { PROGRESS_SCHEMA, PROGRESS_VERSION, type ProgressDocument, type QuizAttempt } from './model';
import { CARD_FIELDS, LINE_FIELDS, NONE, asciiJson, checkKey, decodeRecord, isObject, lineCrc } from './recordLine';
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
  // The values of the lessons, quizzes and sentences: their CRCs go into the columns, so a careful
  // read can tell each of them intact or damaged.
  const values = [
    latin1(asciiJson(JSON.stringify(table.lessons.names))), latin1(asciiJson(JSON.stringify(doc.quizzes))), doc.sentences.toBytes(),
  ];
  const sectionCrcs = values.map(knownCrc);
  const columns = encodeColumns(lengths, table.sortedSlots(), table.lineCrcs(), facts, sectionCrcs);
  // The five sections (SECTIONS), each as the buffers that make it up.
  const sections: Buffer[][] = [
    [latin1('"lessons":'), values[0]!, latin1(',\n')],
    [latin1('"quizzes":'), values[1]!, latin1(',\n')],
    [latin1('"sentences":'), values[2]!, latin1(',\n')],
    [latin1('"index":{"keys":'), keysJson(table), latin1(`,"columns":"${columns.toString('base64')}"},\n`)],
    [latin1(RECORDS_OPEN), ...chunks, latin1(`${table.size}]}\n`)],
  ];
  const body = sections.flat();
  const sizes = sections.map((parts) => parts.reduce((n, b) => n + b.length, 0));
  // The checksum hashes only what changed: the record lines' CRC comes from the table's blocks,
  // the sentences' and keys' from the last save while they are the same buffers.
  knownCrc(sections[3]![1]!);
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
function knownCrc(part: Buffer): number {
  let crc = knownCrcs.get(part);
  if (crc === undefined) knownCrcs.set(part, (crc = crc32(part)));
  return crc;
}

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
 * numbers as JSON took 12 ms to parse.
 *   u32 MAGIC, u32 n records, u32 m queue entries, u32 CHECKS: the CRC-32 of n, the next three
 *   and the line lengths and CRCs (what the careful way needs, checked apart from the rest),
 *   u32 × 3 CRC-32 of the lessons', quizzes' and sentences' JSON values, u32 0,
 *   u32 × n line lengths, u32 × n per record the CRC-32 of its key and line (recordLine.lineCrc),
 *   u32 × n slots in key order (for lookups without building a Map),
 *   u8 × n statuses (padded to 8 bytes), u32 × m slots (padded to 8 bytes),
 *   f64 × 5m: per queue entry its phase, due, lastReview, firstGrade, lastEvent (QueueFacts).
 * Only records the queue may pick are listed: not known or ignored, and not untouched new ones.
 * Loading a file whose checksum holds never checks the CRCs here; the careful way does (and needs
 * only the first part: damage in the rest, derived data rebuilt at the next save, loses nothing).
 */
function encodeColumns(lengths: number[], sorted: Uint32Array, lineCrcs: Uint32Array, columns: FactColumns, sectionCrcs: number[]): Buffer {
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
  u32.set([MAGIC, n, m, 0, ...sectionCrcs, 0]);
  u32.set(lengths, layout.lines / 4);
  u32.set(sorted, layout.sorted / 4);
  u32.set(lineCrcs, layout.crcs / 4);
  for (let i = 0; i < n; i++) bytes[layout.status + i] = f[STRIDE * i + STATUS]!;
  u32.set(slots, layout.slots / 4);
  const f64 = new Float64Array(bytes.buffer, bytes.byteOffset + layout.facts, 5 * m);
  for (let q = 0; q < m; q++) {
    const at = STRIDE * slots[q]! + 1;
    for (let k = 0; k < 5; k++) f64[5 * q + k] = f[at + k]!;
  }
  u32[3] = checksCrc(bytes, n);
  return bytes;
}

/**
 * Tells a reader on a big-endian machine (none we know of) that the columns are not for it. The
 * columns of files written before the per-record CRCs (LEGACY_MAGIC) count as absent.
 */
const MAGIC = 0x44504335;
const LEGACY_MAGIC = 0x44504334;
const HEAD = 32;
const pad8 = (x: number) => Math.ceil(x / 8) * 8;
function columnLayout(n: number, m: number): { lines: number; sorted: number; crcs: number; status: number; slots: number; facts: number; size: number } {
  const lines = HEAD, crcs = lines + 4 * n, sorted = crcs + 4 * n, status = sorted + 4 * n, slots = pad8(status + n), facts = pad8(slots + 4 * m);
  return { lines, sorted, crcs, status, slots, facts, size: facts + 40 * m };
}

/** The CRC stored as CHECKS: of n, the section CRCs, and the line lengths and CRCs. */
function checksCrc(bytes: Buffer, n: number): number {
  return crc32(bytes.subarray(HEAD, HEAD + 8 * n), crc32(bytes.subarray(16, 28), crc32(bytes.subarray(4, 8))));
}

/** What the careful way checks a file against (see encodeColumns). */
interface Checks {
  count: number;
  lengths: Uint32Array;
  lineCrcs: Uint32Array;
  /** The CRCs of the lessons', quizzes' and sentences' values. */
  sectionCrcs: number[];
}

/**
 * The checks at the start of the columns, if they hold (null if not; 'legacy' for columns written
 * before there were checks). Only the base 64 they need is decoded, so damage further on spares them.
 */
function decodeChecks(base64: string): Checks | 'legacy' | null {
  const head = Buffer.from(base64.slice(0, 4 * Math.ceil(HEAD / 3)), 'base64');
  if (head.length >= 4 && head.readUInt32LE(0) === LEGACY_MAGIC) return 'legacy';
  if (head.length < HEAD || head.readUInt32LE(0) !== MAGIC) return null;
  const n = head.readUInt32LE(4);
  const end = HEAD + 8 * n;
  if (4 * Math.ceil(end / 3) > base64.length) return null;
  const bytes = Buffer.from(Uint8Array.prototype.slice.call(Buffer.from(base64.slice(0, 4 * Math.ceil(end / 3)), 'base64')));
  if (bytes.length < end || checksCrc(bytes, n) !== bytes.readUInt32LE(12)) return null;
  return {
    count: n,
    lengths: new Uint32Array(bytes.buffer, bytes.byteOffset + HEAD, n),
    lineCrcs: new Uint32Array(bytes.buffer, bytes.byteOffset + HEAD + 4 * n, n),
    sectionCrcs: [bytes.readUInt32LE(16), bytes.readUInt32LE(20), bytes.readUInt32LE(24)],
  };
}

interface Columns {
  lengths: Uint32Array;
  sorted: Uint32Array;
  lineCrcs: Uint32Array;
  /** FACT_STRIDE per record, NONE where the file lists none. */
  facts: Float64Array<ArrayBuffer>;
}

/** The columns for `n` records, or null if they do not fit (then the file is read the careful way). */
function decodeColumns(base64: string, n: number): Columns | null {
  let bytes = Buffer.from(base64, 'base64');
  // Typed arrays need aligned offsets; a small decoded buffer may sit anywhere in Node's pool.
  if (bytes.byteOffset % 8) bytes = Buffer.from(Uint8Array.prototype.slice.call(bytes));
  if (bytes.length < HEAD) return null;
  const head = new Uint32Array(bytes.buffer, bytes.byteOffset, HEAD / 4);
  const m = head[2]!;
  const layout = columnLayout(n, m);
  if (head[0] !== MAGIC || head[1] !== n || bytes.length !== layout.size) return null;
  const lengths = new Uint32Array(bytes.buffer, bytes.byteOffset + layout.lines, n);
  const sorted = new Uint32Array(bytes.buffer, bytes.byteOffset + layout.sorted, n);
  const lineCrcs = new Uint32Array(bytes.buffer, bytes.byteOffset + layout.crcs, n);
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
  return { lengths, sorted, lineCrcs, facts };
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
    const quizzes = quizTable(JSON.parse(section(1)) as Record<string, QuizAttempt[]>);
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
        lineCrcs: columns.lineCrcs,
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
// A file whose checksum or sizes do not hold was damaged, or edited by hand. The columns tell the
// two apart: their checks (which check themselves) hold a CRC of the lessons, quizzes and sentences
// and of every record (its key and line), so every part is found intact or not, and the intact
// ones are kept. A hand edit is a file whose columns were deleted (they cannot be edited by hand):
// it must parse whole, and every record in it must check. Anything else that does not check is damage.

/** What a careful read of a version 4 file found. */
export interface CarefulRead {
  doc: ProgressDocument;
  generation: number;
  /** What is damaged, or null when every part checks (a hand edit, or a damaged header alone). */
  damage: string | null;
  /** How many records the file lists (0 when its index is lost), and how many were recovered. */
  total: number;
  recovered: number;
}

/** A version 4 file's parts, as far as they could be found and parsed (undefined where not). */
interface Parts {
  generation: unknown;
  lessons: unknown;
  quizzes: unknown;
  sentences: unknown;
  keys: unknown;
  /** The columns' base 64; undefined when the index has none (a hand edit), null when it is lost. */
  columns: string | undefined | null;
  /** Record i: its line as the writer writes it (for its CRC) and its value; undefined where missing. */
  record(i: number, checks: Checks | null): { text: () => string; value: () => unknown } | undefined;
  /** Whether the records list ends with its count (parsed whole; a file without columns needs it). */
  complete: boolean;
}

/** A version 4 file parsed whole (its checksum not trusted) -> the document, every part checked. */
export function decodeVersion4(raw: Record<string, unknown>): CarefulRead {
  const index = isObject(raw.index) ? raw.index : undefined;
  const records = Array.isArray(raw.records) ? raw.records : undefined;
  const keys = index?.keys;
  return checkParts({
    generation: raw.generation, lessons: raw.lessons, quizzes: raw.quizzes, sentences: raw.sentences, keys,
    columns: !index ? null : !Object.hasOwn(index, 'columns') ? undefined : typeof index.columns === 'string' ? index.columns : null,
    record: (i) => (records && i < records.length
      ? { text: () => asciiJson(JSON.stringify(records[i])), value: () => records[i] }
      : undefined),
    complete: !!records && Array.isArray(keys) && records.length === keys.length + 1 && records[keys.length] === keys.length,
  });
}

/**
 * A version 4 file that does not parse whole (cut short, or a damaged byte breaks the JSON), read
 * line by line: each section and record on its own. Null when its index columns cannot be found.
 */
export function salvageVersion4(bytes: Buffer): CarefulRead | null {
  const text = bytes.toString('latin1');
  const indexAt = text.indexOf('\n"index":{"keys":');
  if (indexAt < 0) return null;
  const keysAt = indexAt + '\n"index":{"keys":'.length;
  const columnsAt = text.indexOf(',"columns":"', keysAt);
  const columnsEnd = columnsAt < 0 ? -1 : text.indexOf('"', columnsAt + ',"columns":"'.length);
  if (columnsEnd < 0) return null;
  // The records start after their opening line; if that line is hit, where it would be after the columns.
  const opening = text.indexOf(`\n${RECORDS_OPEN}`, columnsAt);
  const recordsAt = opening >= 0 ? opening + 1 + RECORDS_OPEN.length : columnsEnd + '"},\n'.length + RECORDS_OPEN.length;
  /** The value of the section line `"name":value,` before the index, if it parses. */
  const section = (name: string) => {
    const at = text.lastIndexOf(`\n"${name}":`, indexAt);
    const start = at + name.length + 4, end = text.indexOf('\n', start);
    return at < 0 || text[end - 1] !== ',' ? undefined : parsed(text.slice(start, end - 1));
  };
  const keysText = text.slice(keysAt, columnsAt);
  let offsets: Float64Array | null = null;
  return checkParts({
    generation: Number(/"generation":(\d+),/.exec(text.slice(0, text.indexOf('\n')))?.[1] ?? NaN),
    lessons: section('lessons'), quizzes: section('quizzes'), sentences: section('sentences'),
    keys: parsed(keysText) ?? keysOneByOne(keysText),
    columns: text.slice(columnsAt + ',"columns":"'.length, columnsEnd),
    record: (i, checks) => {
      if (!checks) return undefined;
      if (!offsets) {
        offsets = new Float64Array(checks.count + 1);
        offsets[0] = recordsAt;
        for (let j = 0; j < checks.count; j++) offsets[j + 1] = offsets[j]! + checks.lengths[j]!;
      }
      const start = offsets[i]!, end = offsets[i + 1]!;
      if (end > bytes.length || end - start < 2) return undefined;
      const line = bytes.toString('latin1', start, end - 2);
      return { text: () => line, value: () => parsed(line) };
    },
    complete: false,
  });
}

/** The keys of a damaged keys array, one by one (a damaged one is undefined), so the others still count. */
function keysOneByOne(json: string): unknown[] | undefined {
  if (!json.startsWith('["') || !json.endsWith('"]')) return undefined;
  return json.slice(2, -2).split('","').map((key) => parsed(`"${key}"`));
}

function parsed(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function checkParts(parts: Parts): CarefulRead {
  const generation = typeof parts.generation === 'number' && Number.isInteger(parts.generation) && parts.generation >= 0 ? parts.generation : 0;
  const checks = typeof parts.columns === 'string' ? decodeChecks(parts.columns) : null;
  if (parts.columns === undefined || checks === 'legacy') return checkHandEdit(parts, generation);
  if (!checks) return lost(generation, 'its index is damaged', 0);
  const n = checks.count;
  const keys = parts.keys;
  if (!Array.isArray(keys) || keys.length !== n) return lost(generation, 'its keys are damaged', n);
  const problems: string[] = [];
  const intact = (value: unknown, crc: number) => value !== undefined && crc32(latin1(asciiJson(JSON.stringify(value)))) === crc;
  let lessons: string[] = [];
  if (intact(parts.lessons, checks.sectionCrcs[0]!) && isTextList(parts.lessons)) lessons = parts.lessons;
  else problems.push('the lesson table is damaged');
  let quizzes = quizTable();
  try {
    if (!intact(parts.quizzes, checks.sectionCrcs[1]!) || !isObject(parts.quizzes)) fail('the quizzes are damaged');
    quizzes = checkQuizzes(parts.quizzes);
  } catch (e) {
    problems.push(e instanceof ProgressFormatError ? e.detail : String(e));
  }
  let sentences = new SentencePool();
  if (intact(parts.sentences, checks.sectionCrcs[2]!) && isObject(parts.sentences) && Object.values(parts.sentences).every(isText)) {
    sentences = new SentencePool(Object.entries(parts.sentences as Record<string, string>));
  } else problems.push('the example sentences are damaged');
  // A record is kept when its key and line are as written (their CRC) and it checks; the others
  // (a line or key hit by the damage, or met in lessons whose table is lost) are left out.
  const table = new RecordTable();
  let why = '';
  for (let i = 0; i < n; i++) {
    const key = keys[i], record = parts.record(i, checks);
    if (typeof key !== 'string' || !record || lineCrc(key, record.text()) !== checks.lineCrcs[i] || table.has(key)) continue;
    try {
      checkKey(key, `record ${i}`);
      table.set(key, decodeRecord(key, record.value(), lessons));
    } catch (e) {
      // As written, yet it does not check (lessons lost, or a writer's bug): left out, and said why.
      why ||= ` (${e instanceof ProgressFormatError ? e.detail : String(e)})`;
    }
  }
  if (table.size < n) problems.unshift(`${n - table.size} of ${n} records are damaged${why}`);
  return result(table, quizzes, sentences, generation, problems, n);
}

/** A file without columns (a hand edit): it must parse whole and every part must check. */
function checkHandEdit(parts: Parts, generation: number): CarefulRead {
  const problems: string[] = [];
  const note = (e: unknown) => problems.push(e instanceof ProgressFormatError ? e.detail : String(e));
  const lessons = isTextList(parts.lessons) ? parts.lessons : (problems.push('a lesson name is not text'), []);
  let quizzes = quizTable();
  try {
    if (!isObject(parts.quizzes)) fail('the quizzes are missing');
    quizzes = checkQuizzes(parts.quizzes);
  } catch (e) {
    note(e);
  }
  const sentences = new SentencePool();
  if (!isObject(parts.sentences)) problems.push('the example sentences are missing');
  else for (const [id, text] of Object.entries(parts.sentences)) isText(text) ? sentences.add(id, text) : problems.push(`sentence ${id} is not text`);
  const keys = parts.keys;
  if (!Array.isArray(keys)) return lost(generation, 'its index has no keys', 0);
  if (!parts.complete) problems.push('the records are cut short');
  const table = new RecordTable();
  keys.forEach((key, i) => {
    const record = parts.record(i, null);
    try {
      checkKey(key, `record ${i}`);
      if (table.has(key)) fail(`record ${key} appears twice`);
      if (!record) fail(`record ${key} is missing`);
      table.set(key, decodeRecord(key, record.value(), lessons));
    } catch (e) {
      note(e);
    }
  });
  return result(table, quizzes, sentences, generation, problems, keys.length);
}

function result(
  records: RecordTable, quizzes: Record<string, QuizAttempt[]>, sentences: SentencePool, generation: number, problems: string[], total: number,
): CarefulRead {
  const damage = problems.length === 0 ? null : problems.length === 1 ? problems[0]! : `${problems[0]} (and ${problems.length - 1} more problems)`;
  return {
    doc: { schema: PROGRESS_SCHEMA, version: PROGRESS_VERSION, records, quizzes, sentences },
    generation, damage, total, recovered: records.size,
  };
}

function lost(generation: number, damage: string, total: number): CarefulRead {
  return result(new RecordTable(), quizTable(), new SentencePool(), generation, [damage], total);
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

/** The text of a progress file: decoded as latin1 when it is ASCII (version 3 and 4 always are), else as UTF-8. */
export function progressFileText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** The generation in the first bytes of a version 3 or 4 file, or null. */
export function generationInHeader(head: string): number | null {
  const m = /^\{"schema":"depeche-progress","version":[34],"generation":(\d+),/.exec(head);
  return m ? Number(m[1]) : null;
}

/**
 * The schema version a progress file's first line claims, read without parsing the file: a newer
 * Dépêche may write a layout this one cannot parse, and such a file must be left alone, not called
 * damaged. Null when the start is not a Dépêche progress header.
 */
export function versionInHeader(text: string): number | null {
  const head = text.slice(0, 256);
  if (!/^\s*\{/.test(head) || !/"schema"\s*:\s*"depeche-progress"/.test(head)) return null;
  const m = /"version"\s*:\s*(\d+)\s*[,}]/.exec(head);
  return m ? Number(m[1]) : null;
}

/** Checks every quiz attempt; the attempts by lesson, in a table no lesson id can reach a prototype through. */
export function checkQuizzes(quizzes: Record<string, unknown>): Record<string, QuizAttempt[]> {
  for (const lesson of Object.keys(quizzes)) {
    const list = quizzes[lesson];
    if (!Array.isArray(list)) fail(`quizzes of ${lesson} is not a list`);
    for (const q of list) {
      if (!isObject(q) || !isIsoDate(q.at) || typeof q.id !== 'string' || !Number.isFinite(q.score) ||
        !Number.isFinite(q.total) || !Array.isArray(q.answers)) fail(`a quiz attempt of ${lesson} is malformed`);
    }
  }
  return quizTable(quizzes as Record<string, QuizAttempt[]>);
}

function fail(detail: string): never {
  throw new ProgressFormatError(detail);
}
