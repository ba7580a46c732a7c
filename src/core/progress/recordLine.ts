// One vocabulary record as one line of the version 4 file (fileFormat.ts): a JSON array of
// LINE_FIELDS, 0 for an absent field. Dates are milliseconds (a hand-edited date that is not
// `toISOString()` output stays text), lessons are indices into the file's lesson table, and the
// review history is one string. Lines are decoded only when a record is read (recordTable.ts).
// The ninth field, `own` (the learner's gloss and note), is written only when a record has one, so
// the lines of every other record are as older versions wrote them.
import { GRADES, type CardPhase, type CardState } from '../srs/scheduler';
import { crc32 } from './crc32';
import { ProgressFormatError } from './errors';
import { isIsoDate, isoFromMs, isoMs, storableMs } from './isoTime';
import { STATUSES, type Encounter, type ReviewEvent, type SignalSource, type VocabRecord } from './model';

/** The order of a record's fields, written in the file so a reader can follow it. */
export const LINE_FIELDS = ['status', 'statusAt', 'gloss', 'glossAt', 'cardAt', 'card', 'met', 'history', 'own'] as const;
/** Lines without `own` (every record before own glosses, and those without one since). */
const FIELDS_WITHOUT_OWN = LINE_FIELDS.length - 1;
export const CARD_FIELDS = ['phase', 'due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'lastReview'] as const;

export const PHASES: readonly CardPhase[] = ['new', 'learning', 'review', 'relearning'];
export const STATUS_INDEX = new Map(STATUSES.map((s, i) => [s, i]));
const PHASE_INDEX = new Map(PHASES.map((p, i) => [p, i]));

/** The lesson table a line's encounters point into; it only grows, so stored lines stay valid. */
export interface LessonNames {
  readonly names: readonly string[];
  indexOf(lesson: string): number;
}

// ---- dates ----

function dateValue(iso: string): number | string {
  return storableMs(iso) ?? iso;
}

function isDateValue(v: unknown): v is number | string {
  return (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 8.64e15) || isIsoDate(v);
}

function isoOf(v: number | string): string {
  return typeof v === 'number' ? isoFromMs(v) : v;
}

// ---- history as text ----
// One event: the time in milliseconds, base 36, nine digits; grade, source, phase before, undone
// ('u' or '-'); then the id: '~' + the part after the time when the id is `<time in base 36>-<suffix>`
// (signals.eventId), else '=' + the whole id. Events are separated by one space; a history with an
// id holding a space, or a time that is not `toISOString()` output, keeps the array form.
const GRADE_CODES: Record<string, string> = { again: 'a', hard: 'h', good: 'g', easy: 'e', seen: 's' };
export const CODE_GRADES: Record<string, ReviewEvent['grade']> = { a: 'again', h: 'hard', g: 'good', e: 'easy', s: 'seen' };
const SOURCE_CODES: Record<string, string> = { review: 'r', quiz: 'q', lookup: 'l' };
export const CODE_SOURCES: Record<string, SignalSource> = { r: 'review', q: 'quiz', l: 'lookup' };
const FROM_CODES: Record<string, string> = { new: 'n', learning: 'l', review: 'r', relearning: 'R' };
export const CODE_FROMS: Record<string, CardPhase> = { n: 'new', l: 'learning', r: 'review', R: 'relearning' };
const TIME_DIGITS = 9;
const EVENT = `[0-9a-z]{${TIME_DIGITS}}[ahges][rql][nlrR-][u-][~=][^ ]+`;
const HISTORY_TEXT = new RegExp(`^${EVENT}(?: ${EVENT})*$`);

export function encodeHistory(history: readonly ReviewEvent[]): string | readonly ReviewEvent[] {
  const parts: string[] = [];
  for (const e of history) {
    const id = e.id;
    const ms = storableMs(e.at);
    if (ms === null || id.includes(' ') || id.length === 0 || GRADE_CODES[e.grade] === undefined ||
      SOURCE_CODES[e.source] === undefined || (e.from !== undefined && FROM_CODES[e.from] === undefined)) return history;
    const stamp = `${ms.toString(36)}-`;
    const idPart = id.startsWith(stamp) && id.length > stamp.length ? `~${id.slice(stamp.length)}` : `=${id}`;
    parts.push(`${ms.toString(36).padStart(TIME_DIGITS, '0')}${GRADE_CODES[e.grade]}${SOURCE_CODES[e.source]}${e.from ? FROM_CODES[e.from] : '-'}${e.undone ? 'u' : '-'}${idPart}`);
  }
  return parts.join(' ');
}

export function decodeHistory(text: string): ReviewEvent[] {
  const out: ReviewEvent[] = [];
  for (const part of text.split(' ')) {
    const ms = parseInt(part.slice(0, TIME_DIGITS), 36);
    const idPart = part.slice(TIME_DIGITS + 5);
    const event: ReviewEvent = {
      id: part.charCodeAt(TIME_DIGITS + 4) === 126 /* ~ */ ? `${ms.toString(36)}-${idPart}` : idPart,
      at: isoFromMs(ms),
      grade: CODE_GRADES[part[TIME_DIGITS]!]!,
      source: CODE_SOURCES[part[TIME_DIGITS + 1]!]!,
    };
    const from = CODE_FROMS[part[TIME_DIGITS + 2]!];
    if (from) event.from = from;
    if (part[TIME_DIGITS + 3] === 'u') event.undone = true;
    out.push(event);
  }
  return out;
}

// ---- one record ----

/** The line's JSON text (ASCII: see asciiJson), without the separator. */
export function encodeRecord(r: VocabRecord, lessons: LessonNames): string {
  const c = r.card;
  let card: unknown = 0;
  let met: unknown = 0;
  let history: unknown = 0;
  if (c) {
    card = [PHASE_INDEX.get(c.phase), dateValue(c.due), c.stability, c.difficulty, c.scheduledDays, c.learningSteps, c.reps, c.lapses];
    if (c.lastReview !== undefined) (card as unknown[]).push(dateValue(c.lastReview));
  }
  if (r.met && r.met.length) {
    const list: unknown[] = [];
    for (const m of r.met) list.push(lessons.indexOf(m.lesson), m.sentence ?? 0, m.form ?? 0);
    met = list;
  }
  if (r.history && r.history.length) history = encodeHistory(r.history);
  const at = (d: string | undefined) => (d === undefined ? 0 : dateValue(d));
  const fields: unknown[] = [STATUS_INDEX.get(r.status), at(r.statusAt), r.gloss ?? 0, at(r.glossAt), at(r.cardAt), card, met, history];
  // `own`: [gloss, glossAt, note, noteAt], each 0 when absent (a time alone: cleared).
  if (r.userGlossAt !== undefined || r.userNoteAt !== undefined || r.userGloss !== undefined || r.userNote !== undefined) {
    fields.push([r.userGloss ?? 0, at(r.userGlossAt), r.userNote ?? 0, at(r.userNoteAt)]);
  }
  return asciiJson(JSON.stringify(fields));
}

/**
 * A parsed line -> the record, checked field by field (indices are integers in range, numbers finite
 * and in range, dates real dates); throws ProgressFormatError naming the key.
 */
export function decodeRecord(key: string, v: unknown, lessons: readonly string[]): VocabRecord {
  if (!Array.isArray(v) || (v.length !== LINE_FIELDS.length && v.length !== FIELDS_WITHOUT_OWN)) bad(key, 'the wrong number of fields');
  const [status, statusAt, gloss, glossAt, cardAt, c, met, history, own] = v as unknown[];
  const record: VocabRecord = { status: STATUSES[indexIn(status, STATUSES.length)] ?? bad(key, 'no valid status') };
  if ((statusAt !== 0 && !isDateValue(statusAt)) || (glossAt !== 0 && !isDateValue(glossAt)) || (cardAt !== 0 && !isDateValue(cardAt))) {
    bad(key, 'a malformed date');
  }
  if (statusAt !== 0) record.statusAt = isoOf(statusAt as number | string);
  if (c !== 0) record.card = decodeCard(c) ?? bad(key, 'a malformed card');
  if (cardAt !== 0) record.cardAt = isoOf(cardAt as number | string);
  if (gloss !== 0) record.gloss = typeof gloss === 'string' ? gloss : bad(key, 'a malformed gloss');
  if (glossAt !== 0) record.glossAt = isoOf(glossAt as number | string);
  if (met !== 0) record.met = decodeMet(met, lessons) ?? bad(key, 'a malformed encounter');
  if (history !== 0) {
    if (typeof history === 'string') {
      if (!HISTORY_TEXT.test(history)) bad(key, 'a malformed history');
      record.history = decodeHistory(history);
    } else {
      checkHistory(key, history);
      record.history = history as ReviewEvent[];
    }
  }
  if (own !== undefined) decodeOwn(key, own, record);
  return record;
}

/** The `own` field: [gloss, glossAt, note, noteAt], texts or 0, dates or 0. */
function decodeOwn(key: string, own: unknown, record: VocabRecord): void {
  if (!Array.isArray(own) || own.length !== 4) bad(key, 'a malformed own gloss');
  const [gloss, glossAt, note, noteAt] = own as unknown[];
  if ((gloss !== 0 && !nonEmpty(gloss)) || (note !== 0 && !nonEmpty(note))) bad(key, 'a malformed own gloss');
  if ((glossAt !== 0 && !isDateValue(glossAt)) || (noteAt !== 0 && !isDateValue(noteAt))) bad(key, 'a malformed date');
  if (gloss !== 0) record.userGloss = gloss;
  if (glossAt !== 0) record.userGlossAt = isoOf(glossAt as number | string);
  if (note !== 0) record.userNote = note;
  if (noteAt !== 0) record.userNoteAt = isoOf(noteAt as number | string);
}

function bad(key: string, what: string): never {
  throw new ProgressFormatError(`record ${key} has ${what}`);
}

function decodeCard(c: unknown): CardState | null {
  if (!Array.isArray(c) || (c.length !== 8 && c.length !== 9) || PHASES[indexIn(c[0], PHASES.length)] === undefined ||
    !isDateValue(c[1]) || !(c[8] === undefined || isDateValue(c[8]))) return null;
  const card: CardState = {
    phase: PHASES[c[0]]!, due: isoOf(c[1]), stability: c[2], difficulty: c[3], scheduledDays: c[4],
    learningSteps: c[5], reps: c[6], lapses: c[7],
  };
  if (!isCardInRange(card)) return null;
  if (c[8] !== undefined) card.lastReview = isoOf(c[8]);
  return card;
}

function decodeMet(met: unknown, lessons: readonly string[]): Encounter[] | null {
  if (!Array.isArray(met) || met.length === 0 || met.length % 3) return null;
  const out: Encounter[] = [];
  for (let j = 0; j < met.length; j += 3) {
    const lesson = lessons[indexIn(met[j], lessons.length)], sentence = met[j + 1], form = met[j + 2];
    if (lesson === undefined || (sentence !== 0 && !nonEmpty(sentence)) || (form !== 0 && typeof form !== 'string')) return null;
    const m: Encounter = { lesson };
    if (sentence !== 0) m.sentence = sentence;
    if (form !== 0) m.form = form;
    out.push(m);
  }
  return out;
}

/** `v` when it is an integer index below `length`, else -1 (so `list[indexIn(…)]` is undefined). */
function indexIn(v: unknown, length: number): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < length ? v : -1;
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

/** FSRS fields as ts-fsrs makes them: finite, not negative, difficulty at most 10, counts whole. */
export function isCardInRange(c: CardState): boolean {
  const real = (x: unknown, max: number) => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= max;
  const count = (x: unknown) => real(x, 1e9) && Number.isInteger(x);
  return real(c.stability, 1e9) && real(c.difficulty, 10) && real(c.scheduledDays, 1e9) && count(c.learningSteps) &&
    count(c.reps) && count(c.lapses);
}

// ---- keys ----

/** The parts of speech a key may end with: the Universal Dependencies tags, and EXPR for expressions. */
export const KEY_TAGS: ReadonlySet<string> = new Set([
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM',
  'VERB', 'X', 'EXPR',
]);
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Whether `key` is `lemma|POS` (or `expression|EXPR`): a lemma without control characters, a known tag. */
export function isVocabKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length > 500 || CONTROL.test(key)) return false;
  const bar = key.lastIndexOf('|');
  return bar > 0 && KEY_TAGS.has(key.slice(bar + 1));
}

/** Throws ProgressFormatError unless `key` is a vocabulary key (isVocabKey). */
export function checkKey(key: unknown, where: string): asserts key is string {
  if (!isVocabKey(key)) fail(`${where} has no valid key (${JSON.stringify(key)?.slice(0, 60)} is not lemma|POS)`);
}

/**
 * The CRC-32 of a record's key (UTF-8) then its line (without the separator). The file's index
 * keeps one per record, so a reader that finds the file's checksum broken can still tell each
 * intact record from a damaged one (fileFormat.ts, the careful way).
 */
export function lineCrc(key: string, line: string | Uint8Array): number {
  return crc32(typeof line === 'string' ? Buffer.from(line, 'latin1') : line, crc32(Buffer.from(key, 'utf8')));
}

// ---- what the review queue needs, without decoding the line ----

/** No such date (no card, no event). */
export const NONE = -1;

/**
 * The facts the review queue reads (queue.ts), kept per record in the file's index so the queue
 * never decodes a line: status and phase as indices, and four times in milliseconds (or NONE).
 */
export interface QueueFacts {
  status: number;
  phase: number;
  due: number;
  lastReview: number;
  /** The first graded, not undone event: when the item was introduced. */
  firstGrade: number;
  /** The last event of any kind. */
  lastEvent: number;
}

export function queueFacts(r: VocabRecord): QueueFacts {
  const c = r.card;
  const history = r.history ?? [];
  const first = history.find((e) => e.grade !== 'seen' && !e.undone);
  const last = history[history.length - 1];
  return {
    status: STATUS_INDEX.get(r.status)!,
    phase: c ? PHASE_INDEX.get(c.phase)! : NONE,
    due: c ? msOr(c.due) : NONE,
    lastReview: c?.lastReview ? msOr(c.lastReview) : NONE,
    firstGrade: first ? msOr(first.at) : NONE,
    lastEvent: last ? msOr(last.at) : NONE,
  };
}

function msOr(iso: string): number {
  const ms = isoMs(iso);
  return Number.isFinite(ms) ? ms : NONE;
}

// ---- shared checks (also used for older versions) ----

const GRADE_SET = new Set<string>([...GRADES, 'seen']);
const SOURCE_SET = new Set<string>(['review', 'quiz', 'lookup']);

const PHASE_SET = new Set<string>(PHASES);

export function checkHistory(key: string, history: unknown): void {
  if (!Array.isArray(history)) fail(`record ${key} has a malformed history`);
  for (const e of history) {
    if (!isObject(e) || !nonEmpty(e.id) || !isIsoDate(e.at) || !GRADE_SET.has(e.grade as string) ||
      !SOURCE_SET.has(e.source as string) || (e.from !== undefined && !PHASE_SET.has(e.from as string)) ||
      (e.undone !== undefined && e.undone !== true)) fail(`record ${key} has a malformed review`);
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(detail: string): never {
  throw new ProgressFormatError(detail);
}

const NON_ASCII = /[\u0080-\uffff]/g;
const escapes = new Map<string, string>();
function escapeChar(c: string): string {
  let e = escapes.get(c);
  if (e === undefined) escapes.set(c, (e = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return e;
}

/**
 * The same JSON with every non-ASCII character escaped: the file is ASCII, so a line's bytes are
 * its characters (lines are cut out of the file by byte offsets and decoded as latin1, the fastest).
 */
export function asciiJson(json: string): string {
  NON_ASCII.lastIndex = 0;
  return NON_ASCII.test(json) ? json.replace(NON_ASCII, escapeChar) : json;
}
