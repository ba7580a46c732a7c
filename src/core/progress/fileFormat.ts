// The progress file, schema version 3: the same document as version 2 in a compact shape, because
// 50,000 verbose records made a 23 MB file that took a second to parse (see README, "The file").
// - Records are one flat array, nine fixed positions per record (RECORD_FIELDS), 0 for an absent
//   field: no array per record to allocate when parsing or writing.
// - Lessons and example sentences are tables in the header; encounters point into them by index.
// - A card is an array of numbers (phase as an index) and its two dates.
// - Dates stay ISO strings: JSON.parse reads a string faster than it reads an integer that must
//   then be formatted back (measured: 171 ms vs 232 + 56 ms for the same records under load).
// - The review history is one string per record, checked by one regular expression at load and
//   turned into event objects only when a caller reads `record.history` (the queue never needs to).
import { isAscii } from 'node:buffer';
import { GRADES, type CardPhase, type CardState } from '../srs/scheduler';
import { ProgressFormatError } from './errors';
import {
  PROGRESS_SCHEMA, PROGRESS_VERSION, STATUSES,
  type Encounter, type ProgressDocument, type QuizAttempt, type ReviewEvent, type SignalSource, type VocabRecord,
} from './model';

/** The order of a record's fields, written in the file so a reader can follow it. */
export const RECORD_FIELDS = ['key', 'status', 'statusAt', 'gloss', 'glossAt', 'cardAt', 'card', 'met', 'history'] as const;
export const CARD_FIELDS = ['phase', 'due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'lastReview'] as const;

export interface ProgressFileV3 {
  schema: typeof PROGRESS_SCHEMA;
  version: 3;
  /** Incremented by every save; with the file's size and time, tells a writer whether anyone else wrote. */
  generation: number;
  fields: string;
  cardFields: string;
  lessons: string[];
  /** Flat pairs: sentence id, sentence text. */
  sentences: string[];
  quizzes: Record<string, QuizAttempt[]>;
  /** RECORD_FIELDS.length values per record, one record after another. */
  records: unknown[];
}

const STRIDE = 9;

export const PHASES: readonly CardPhase[] = ['new', 'learning', 'review', 'relearning'];
const STATUS_INDEX = new Map(STATUSES.map((s, i) => [s, i]));
const PHASE_INDEX = new Map(PHASES.map((p, i) => [p, i]));

// ---- history as text ----
// One event: the ISO time (24 characters), grade, source, phase before, undone ('u' or '-'), then
// the id: '~' + the part after the time when the id is `<time in base 36>-<suffix>` (signals.eventId),
// else '=' + the whole id. Events are separated by one space; ids with a space keep the array form.
const GRADE_CODES: Record<string, string> = { again: 'a', hard: 'h', good: 'g', easy: 'e', seen: 's' };
const CODE_GRADES: Record<string, ReviewEvent['grade']> = { a: 'again', h: 'hard', g: 'good', e: 'easy', s: 'seen' };
const SOURCE_CODES: Record<string, string> = { review: 'r', quiz: 'q', lookup: 'l' };
const CODE_SOURCES: Record<string, SignalSource> = { r: 'review', q: 'quiz', l: 'lookup' };
const FROM_CODES: Record<string, string> = { new: 'n', learning: 'l', review: 'r', relearning: 'R' };
const CODE_FROMS: Record<string, CardPhase> = { n: 'new', l: 'learning', r: 'review', R: 'relearning' };
const ISO = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';
const EVENT = `${ISO}[ahges][rql][nlrR-][u-][~=][^ ]*`;
const HISTORY_TEXT = new RegExp(`^${EVENT}(?: ${EVENT})*$`);

export function encodeHistory(history: ReviewEvent[]): string | ReviewEvent[] {
  const parts: string[] = [];
  for (const e of history) {
    const id = e.id;
    if (id.includes(' ') || id.length === 0 || !isIsoDate(e.at) || GRADE_CODES[e.grade] === undefined ||
      SOURCE_CODES[e.source] === undefined || (e.from !== undefined && FROM_CODES[e.from] === undefined)) return history;
    const stamp = `${Date.parse(e.at).toString(36)}-`;
    const idPart = id.startsWith(stamp) && id.length > stamp.length ? `~${id.slice(stamp.length)}` : `=${id}`;
    parts.push(`${e.at}${GRADE_CODES[e.grade]}${SOURCE_CODES[e.source]}${e.from ? FROM_CODES[e.from] : '-'}${e.undone ? 'u' : '-'}${idPart}`);
  }
  return parts.join(' ');
}

export function decodeHistory(text: string): ReviewEvent[] {
  const out: ReviewEvent[] = [];
  for (const part of text.split(' ')) {
    const at = part.slice(0, 24);
    const idPart = part.slice(29);
    const event: ReviewEvent = {
      id: part.charCodeAt(28) === 126 /* ~ */ ? `${Date.parse(at).toString(36)}-${idPart}` : idPart,
      at,
      grade: CODE_GRADES[part[24]!]!,
      source: CODE_SOURCES[part[25]!]!,
    };
    const from = CODE_FROMS[part[26]!];
    if (from) event.from = from;
    if (part[27] === 'u') event.undone = true;
    out.push(event);
  }
  return out;
}

/** On a record whose history has not been read yet: the history as stored (not enumerable). */
const STORED_HISTORY = Symbol('storedHistory');
type LazyRecord = VocabRecord & { [STORED_HISTORY]?: string };

/** Replaces the accessor by a plain data property once the history is read or assigned. */
function settle(record: LazyRecord, value: ReviewEvent[] | undefined): ReviewEvent[] | undefined {
  record[STORED_HISTORY] = undefined;
  Object.defineProperty(record, 'history', { value, writable: true, enumerable: true, configurable: true });
  return value;
}
/** One accessor pair shared by every lazy record: no closure per record. */
const LAZY_HISTORY: PropertyDescriptorMap = {
  history: {
    enumerable: true,
    configurable: true,
    get(this: LazyRecord) {
      return settle(this, decodeHistory(this[STORED_HISTORY]!));
    },
    set(this: LazyRecord, value: ReviewEvent[] | undefined) {
      settle(this, value);
    },
  },
};

/** Makes `record.history` decode `text` on first read; a plain data property from then on. */
function attachLazyHistory(record: LazyRecord, text: string): void {
  Object.defineProperty(record, STORED_HISTORY, { value: text, writable: true, enumerable: false, configurable: true });
  Object.defineProperties(record, LAZY_HISTORY);
}

/** The history as stored, when it has not been decoded (so it cannot have changed): saves and merges compare it. */
export function storedHistory(record: VocabRecord): string | undefined {
  return (record as LazyRecord)[STORED_HISTORY];
}

/** A record's history as stored text (as it is, or as last encoded by a save), or null: for cheap comparisons. */
export function historyText(record: VocabRecord): string | null {
  const stored = (record as LazyRecord)[STORED_HISTORY];
  if (stored !== undefined) return stored;
  const history = record.history;
  if (!history || history.length === 0) return '';
  const encoded = encodeHistoryCached(history);
  return typeof encoded === 'string' ? encoded : null;
}

/** When a record's last event happened, or undefined without events; a stored history is not decoded. */
export function lastEventAt(record: VocabRecord): string | undefined {
  const text = (record as LazyRecord)[STORED_HISTORY];
  if (text !== undefined) {
    const start = text.lastIndexOf(' ') + 1;
    return text.slice(start, start + 24);
  }
  const history = record.history;
  return history && history.length ? history[history.length - 1]!.at : undefined;
}

/**
 * Histories encoded by earlier saves, so a save re-encodes only those that changed. Events are only
 * ever appended or marked undone (signals.ts), and merges build new arrays, so the length, last id
 * and number of undone events tell whether the text is still right.
 */
const encodedHistories = new WeakMap<ReviewEvent[], { text: string; length: number; lastId: string; undone: number }>();

function encodeHistoryCached(history: ReviewEvent[]): string | ReviewEvent[] {
  let undone = 0;
  for (let i = 0; i < history.length; i++) if (history[i]!.undone) undone++;
  const lastId = history[history.length - 1]!.id;
  const cached = encodedHistories.get(history);
  if (cached && cached.length === history.length && cached.lastId === lastId && cached.undone === undone) return cached.text;
  const encoded = encodeHistory(history);
  if (typeof encoded === 'string') encodedHistories.set(history, { text: encoded, length: history.length, lastId, undone });
  return encoded;
}

// ---- the whole document ----

export function encodeDocument(doc: ProgressDocument, generation: number): string {
  const lessons: string[] = [];
  const lessonIndex = new Map<string, number>();
  const sentences: string[] = [];
  const sentenceIndex = new Map<string, number>();
  for (const id in doc.sentences) {
    sentenceIndex.set(id, sentences.length / 2);
    sentences.push(id, doc.sentences[id]!);
  }
  const records: unknown[] = [];
  doc.records.forEach((r, key) => {
    const c = r.card;
    let card: unknown = 0;
    let met: unknown = 0;
    let history: unknown = 0;
    if (c) {
      card = c.lastReview === undefined
        ? [PHASE_INDEX.get(c.phase), c.due, c.stability, c.difficulty, c.scheduledDays, c.learningSteps, c.reps, c.lapses]
        : [PHASE_INDEX.get(c.phase), c.due, c.stability, c.difficulty, c.scheduledDays, c.learningSteps, c.reps, c.lapses, c.lastReview];
    }
    if (r.met && r.met.length) {
      const list: unknown[] = [];
      for (const m of r.met) {
        let li = lessonIndex.get(m.lesson);
        if (li === undefined) {
          lessonIndex.set(m.lesson, (li = lessons.length));
          lessons.push(m.lesson);
        }
        const si = m.sentence === undefined ? -1 : sentenceIndex.get(m.sentence) ?? m.sentence;
        list.push(li, si, m.form ?? 0);
      }
      met = list;
    }
    const stored = (r as LazyRecord)[STORED_HISTORY];
    if (stored !== undefined) history = stored;
    else if (r.history && r.history.length) history = encodeHistoryCached(r.history);
    records.push(key, STATUS_INDEX.get(r.status), r.statusAt ?? 0, r.gloss ?? 0, r.glossAt ?? 0, r.cardAt ?? 0, card, met, history);
  });
  // Header first: a writer can read the generation from the first bytes of the file.
  const file: ProgressFileV3 = {
    schema: PROGRESS_SCHEMA, version: 3, generation,
    fields: RECORD_FIELDS.join(' '), cardFields: CARD_FIELDS.join(' '),
    lessons, sentences, quizzes: doc.quizzes, records,
  };
  return asciiJson(JSON.stringify(file));
}

const NON_ASCII = /[\u0080-\uffff]/g;
const escapes = new Map<string, string>();
function escapeChar(c: string): string {
  let e = escapes.get(c);
  if (e === undefined) escapes.set(c, (e = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return e;
}

/**
 * The same JSON with every non-ASCII character escaped. An ASCII file is read back as latin1, which
 * Node decodes several times faster than UTF-8, into a one-byte string JSON.parse also reads faster
 * (measured on the bench file: 48 ms -> 10 ms to decode, 143 -> 115 ms to parse; escaping costs 48).
 */
function asciiJson(json: string): string {
  NON_ASCII.lastIndex = 0;
  return NON_ASCII.test(json) ? json.replace(NON_ASCII, escapeChar) : json;
}

/** The text of a progress file: decoded as latin1 when it is ASCII (version 3 always is), else as UTF-8. */
export function progressFileText(bytes: Buffer): string {
  // isAscii checks the bytes natively: 0.5 ms for the bench file, where a regular expression over
  // the decoded text took 15.
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** The generation in the first bytes of a version 3 file, or null. */
export function generationInHeader(head: string): number | null {
  const m = /^\{"schema":"depeche-progress","version":3,"generation":(\d+),/.exec(head);
  return m ? Number(m[1]) : null;
}

/**
 * Tells a save which stored records it need not build: those equal to what it already has.
 * Every record is still checked, so a damaged file is found (and backed up) all the same.
 */
export type SkipRecord = (key: string, rows: readonly unknown[], at: number, lessons: readonly string[], sentenceIds: readonly string[]) => boolean;

/** A parsed version 3 file -> the in-memory document. Every record is checked; a bad one fails the whole file. */
export function decodeDocument(raw: Record<string, unknown>, skip?: SkipRecord): { doc: ProgressDocument; generation: number } {
  const { generation, lessons, sentences, quizzes, records } = raw;
  if (typeof generation !== 'number' || !Array.isArray(lessons) || !Array.isArray(sentences) || !isObject(quizzes) ||
    !Array.isArray(records)) fail('generation, lessons, sentences, quizzes or records is missing');
  for (const l of lessons) if (typeof l !== 'string') fail('a lesson name is not text');
  if (sentences.length % 2) fail('the sentence table is cut short');
  const sentenceIds: string[] = [];
  const pool: Record<string, string> = {};
  for (let i = 0; i < sentences.length; i += 2) {
    const id = sentences[i], text = sentences[i + 1];
    if (typeof id !== 'string' || typeof text !== 'string') fail(`sentence ${i / 2} is not text`);
    sentenceIds.push(id);
    pool[id] = text;
  }
  checkQuizzes(quizzes);
  if (records.length % STRIDE) fail('the records are cut short');
  const map = new Map<string, VocabRecord>();
  // Duplicate keys are counted in the map itself, or in a set of keys when records are skipped.
  const keys = skip ? new Set<string>() : null;
  for (let i = 0; i < records.length; i += STRIDE) {
    const key = records[i];
    if (typeof key !== 'string') fail(`record ${i / STRIDE} has no key`);
    checkRecord(key, records, i, lessons.length, sentenceIds.length);
    if (keys === null) map.set(key, buildRecord(records, i, lessons as string[], sentenceIds));
    else if (keys.add(key) && !skip!(key, records, i, lessons as string[], sentenceIds)) map.set(key, buildRecord(records, i, lessons as string[], sentenceIds));
    if ((keys ?? map).size * STRIDE !== i + STRIDE) fail(`record ${key} appears twice`);
  }
  return {
    doc: { schema: PROGRESS_SCHEMA, version: PROGRESS_VERSION, records: map, quizzes: quizzes as Record<string, QuizAttempt[]>, sentences: pool },
    generation,
  };
}

/** Checks one stored record without building anything. */
function checkRecord(key: string, rows: unknown[], at: number, lessonCount: number, sentenceCount: number): void {
  if (STATUSES[rows[at + 1] as number] === undefined) fail(`record ${key} has no valid status`);
  const gloss = rows[at + 3], card = rows[at + 6], met = rows[at + 7], history = rows[at + 8];
  if (!optDate(rows[at + 2]) || !optDate(rows[at + 4]) || !optDate(rows[at + 5])) fail(`record ${key} has a malformed date`);
  if (gloss !== 0 && typeof gloss !== 'string') fail(`record ${key} has a malformed gloss`);
  if (card !== 0) checkCard(key, card);
  if (met !== 0) {
    if (!Array.isArray(met) || met.length % 3) fail(`record ${key} has malformed encounters`);
    for (let j = 0; j < met.length; j += 3) {
      const lesson = met[j], s = met[j + 1], form = met[j + 2];
      if (!(lesson >= 0 && lesson < lessonCount) || (form !== 0 && typeof form !== 'string') ||
        !(typeof s === 'string' || s === -1 || (s >= 0 && s < sentenceCount))) fail(`record ${key} has a malformed encounter`);
    }
  }
  if (history !== 0) {
    if (typeof history !== 'string') checkHistory(key, history);
    else if (!HISTORY_TEXT.test(history)) fail(`record ${key} has a malformed history`);
  }
}

/** A checked stored record -> the in-memory record. */
function buildRecord(rows: unknown[], at: number, lessons: string[], sentenceIds: string[]): VocabRecord {
  const record: VocabRecord = { status: STATUSES[rows[at + 1] as number]! };
  const statusAt = rows[at + 2], gloss = rows[at + 3], glossAt = rows[at + 4], cardAt = rows[at + 5];
  // Shapes already checked by checkRecord.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const c = rows[at + 6] as any, met = rows[at + 7] as any, history = rows[at + 8];
  if (statusAt !== 0) record.statusAt = statusAt as string;
  if (c !== 0) {
    const card: CardState = {
      phase: PHASES[c[0]]!, due: c[1], stability: c[2], difficulty: c[3], scheduledDays: c[4],
      learningSteps: c[5], reps: c[6], lapses: c[7],
    };
    if (c[8] !== undefined) card.lastReview = c[8];
    record.card = card;
  }
  if (cardAt !== 0) record.cardAt = cardAt as string;
  if (gloss !== 0) record.gloss = gloss as string;
  if (glossAt !== 0) record.glossAt = glossAt as string;
  if (met !== 0) {
    const out: Encounter[] = [];
    for (let j = 0; j < met.length; j += 3) {
      const m: Encounter = { lesson: lessons[met[j]]! };
      const sentence = storedSentence(met[j + 1], sentenceIds);
      if (sentence !== undefined) m.sentence = sentence;
      if (met[j + 2] !== 0) m.form = met[j + 2];
      out.push(m);
    }
    record.met = out;
  }
  if (typeof history === 'string') attachLazyHistory(record, history);
  else if (history !== 0) record.history = history as ReviewEvent[];
  return record;
}

/** An encounter's stored sentence reference: an index into the table, an id not in it, or -1 for none. */
function storedSentence(s: number | string, sentenceIds: readonly string[]): string | undefined {
  return typeof s === 'string' ? s : s === -1 ? undefined : sentenceIds[s];
}

function checkCard(key: string, c: unknown): void {
  if (!Array.isArray(c) || c.length < 8 || PHASES[c[0]] === undefined || !isIsoDate(c[1]) || !(c[8] === undefined || isIsoDate(c[8]))) {
    fail(`record ${key} has a malformed card`);
  }
  for (let i = 2; i < 8; i++) if (typeof c[i] !== 'number') fail(`record ${key} has a malformed card`);
}

/**
 * A SkipRecord for merging the file into `doc`: a stored record whose timestamps, history text and
 * last encounter equal those of the record in `doc` is the same record (the rule merge.ts's
 * sameRecord applies), so it is not built only to be merged into itself.
 */
export function skipRecordsIn(doc: ProgressDocument): SkipRecord {
  return (key, rows, at, lessons, sentenceIds) => {
    const mine = doc.records.get(key);
    if (mine === undefined || rows[at + 1] !== STATUS_INDEX.get(mine.status) || rows[at + 2] !== (mine.statusAt ?? 0) ||
      rows[at + 4] !== (mine.glossAt ?? 0) || rows[at + 5] !== (mine.cardAt ?? 0)) return false;
    const history = rows[at + 8];
    if (typeof history !== (history === 0 ? 'number' : 'string') || historyText(mine) !== (history === 0 ? '' : history)) return false;
    const met = rows[at + 7] as 0 | (number | string)[];
    const mineMet = mine.met ?? [];
    if (met === 0) return mineMet.length === 0;
    if (met.length / 3 !== mineMet.length) return false;
    const last = mineMet[mineMet.length - 1]!;
    return lessons[met[met.length - 3] as number] === last.lesson && storedSentence(met[met.length - 2]!, sentenceIds) === last.sentence;
  };
}

// ---- shared checks (also used for version 2) ----

const GRADE_SET = new Set<string>([...GRADES, 'seen']);
const SOURCE_SET = new Set<string>(['review', 'quiz', 'lookup']);

export function checkHistory(key: string, history: unknown): void {
  if (!Array.isArray(history)) fail(`record ${key} has a malformed history`);
  for (const e of history) {
    if (!isObject(e) || typeof e.id !== 'string' || !isIsoDate(e.at) || !GRADE_SET.has(e.grade as string) ||
      !SOURCE_SET.has(e.source as string)) fail(`record ${key} has a malformed review`);
  }
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

/** Stored dates are always `toISOString()` output, so they compare correctly as strings. */
export function isIsoDate(v: unknown): v is string {
  return typeof v === 'string' && v.length === 24 && v.charCodeAt(23) === 90 /* Z */;
}
/** Absent (0 in version 3, undefined in version 2) or a date. */
function optDate(v: unknown): boolean {
  return v === 0 || v === undefined || isIsoDate(v);
}
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function fail(detail: string): never {
  throw new ProgressFormatError(detail);
}
