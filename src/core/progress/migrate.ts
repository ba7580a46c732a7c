// Reading any version of the progress document: validation of the current shape, and the chain
// of migrations from older versions (v1 -> v2 -> v4, v3 -> v4). A migration is a pure function of the
// older document; each one is tested with a fixture file of that version.
import type { CardState, Grade } from '../srs/scheduler';
import { ProgressFormatError } from './errors';
import { quizTable, type ProgressFile } from './document';
import { checkQuizzes, decodeVersion4 } from './fileFormat';
import { decodeVersion3 } from './formatV3';
import { isIsoDate } from './isoTime';
import {
  PROGRESS_SCHEMA, PROGRESS_VERSION, STATUSES,
  type Encounter, type ProgressDocument, type QuizAttempt, type ReviewEvent, type VocabRecord,
} from './model';
import { PHASES, checkHistory, checkKey, isCardInRange, isObject } from './recordLine';
import { RecordTable } from './recordTable';
import { SentencePool } from './sentencePool';

/** Version 1 (Dépêche 0.0.x): an array of items, numeric statuses, ts-fsrs cards as they came. */
export interface ProgressDocumentV1 {
  version: 1;
  updatedAt: string;
  items: ProgressItemV1[];
  quizScores?: Record<string, { score: number; total: number; at: string }>;
}
export interface ProgressItemV1 {
  key: string;
  /** 0 new, 1–4 learning, 5 known, 6 ignored. */
  status: number;
  card: null | {
    due: string; stability: number; difficulty: number; scheduled_days: number; reps: number;
    lapses: number; state: number; last_review?: string; learning_steps?: number;
  };
  reviews: { rating: number; review: string }[];
  lessons: string[];
  gloss?: string;
}

/** Thrown for a version newer than this code knows; the store turns it into ProgressFileTooNewError. */
export class UnknownVersionError extends Error {
  override readonly name = 'UnknownVersionError';
  constructor(readonly version: number) {
    super(`schema version ${version} is newer than ${PROGRESS_VERSION}`);
  }
}

/** A stored file of any version, read: the document, the version it had, and (versions 3, 4) its generation. */
export interface ReadFile {
  doc: ProgressDocument;
  fromVersion: number;
  generation: number;
  /** A version 4 file found damaged: what is damaged; `doc` holds the parts that were intact. */
  damage?: { reason: string; total: number; recovered: number };
}

/**
 * Any stored version -> the current document, validated. Throws ProgressFormatError (also for a
 * damaged file: an import takes a file whole or not at all) or UnknownVersionError.
 */
export function upgradeDocument(raw: unknown): ProgressDocument {
  const read = readProgressFile(raw);
  if (read.damage) throw new ProgressFormatError(read.damage.reason);
  return read.doc;
}

/**
 * A parsed file of any version, every record checked. Versions 4 and 3 are decoded (fileFormat.ts,
 * formatV3.ts); version 2 holds the same document in verbose form, so it is validated as it is;
 * version 1 is migrated to version 2 first. Each path is tested with a fixture file.
 */
export function readProgressFile(raw: unknown): ReadFile {
  if (!isObject(raw)) throw new ProgressFormatError('the top level is not an object');
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ProgressFormatError('it has no schema version');
  }
  if (version > PROGRESS_VERSION) throw new UnknownVersionError(version);
  if (raw.schema !== undefined && raw.schema !== PROGRESS_SCHEMA) fail(`schema is not "${PROGRESS_SCHEMA}"`);
  if (version === 4) {
    const { doc, generation, damage, total, recovered } = decodeVersion4(raw);
    return damage === null ? { doc, generation, fromVersion: 4 } : { doc, generation, fromVersion: 4, damage: { reason: damage, total, recovered } };
  }
  if (version === 3) return { ...decodeVersion3(raw), fromVersion: 3 };
  if (version === 2) return { doc: validateDocumentV2(raw), fromVersion: 2, generation: 0 };
  validateV1(raw);
  return { doc: validateDocumentV2(migrateV1(raw)), fromVersion: 1, generation: 0 };
}

const V1_GRADES: Record<number, Grade> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };

function migrateV1(v1: ProgressDocumentV1): ProgressFile {
  const at = iso(v1.updatedAt);
  const records = Object.create(null) as Record<string, VocabRecord>;
  for (const item of v1.items) {
    const record: VocabRecord = { status: STATUSES[item.status] ?? 'new' };
    if (item.status !== 0) record.statusAt = at;
    if (item.card) {
      const c = item.card;
      const card: CardState = {
        phase: PHASES[c.state] ?? 'new',
        due: iso(c.due),
        stability: c.stability,
        difficulty: c.difficulty,
        scheduledDays: c.scheduled_days,
        learningSteps: c.learning_steps ?? 0,
        reps: c.reps,
        lapses: c.lapses,
      };
      if (c.last_review) card.lastReview = iso(c.last_review);
      record.card = card;
      record.cardAt = card.lastReview ?? at;
    }
    if (item.gloss) {
      record.gloss = item.gloss;
      record.glossAt = at;
    }
    const history: ReviewEvent[] = item.reviews.map((r, i) => ({
      id: `v1-${Date.parse(r.review).toString(36)}-${i}`,
      at: iso(r.review),
      grade: V1_GRADES[r.rating] ?? 'again',
      source: 'review',
    }));
    if (history.length) record.history = history;
    const met: Encounter[] = [...new Set(item.lessons)].map((lesson) => ({ lesson }));
    if (met.length) record.met = met;
    records[item.key] = record;
  }
  const quizzes = quizTable();
  for (const [lesson, q] of Object.entries(v1.quizScores ?? {})) {
    quizzes[lesson] = [{ id: `v1-${lesson}`, at: iso(q.at), seed: 0, answers: [], score: q.score, total: q.total }];
  }
  return { schema: PROGRESS_SCHEMA, version: 2, records, quizzes, sentences: {} };
}

function validateV1(doc: unknown): asserts doc is ProgressDocumentV1 {
  const d = doc as Partial<ProgressDocumentV1>;
  if (typeof d.updatedAt !== 'string' || !Array.isArray(d.items)) fail('version 1 needs updatedAt and items');
  d.items.forEach((item, i) => {
    if (!isObject(item) || typeof item.status !== 'number' ||
      !Array.isArray(item.reviews) || !Array.isArray(item.lessons)) fail(`item ${i} is malformed`);
    checkKey(item.key, `item ${i}`);
  });
}

/** Checks the version 2 shape (older files, exports) and returns it as the in-memory document. */
export function validateDocumentV2(doc: unknown): ProgressDocument {
  if (!isObject(doc)) fail('the top level is not an object');
  if (doc.schema !== PROGRESS_SCHEMA) fail(`schema is not "${PROGRESS_SCHEMA}"`);
  if (doc.version !== 2) fail('version is not 2');
  const { records, quizzes, sentences } = doc;
  if (!isObject(records) || !isObject(quizzes) || !isObject(sentences)) fail('records, quizzes or sentences is missing');
  const table = new RecordTable();
  // Own keys only (JSON.parse makes `__proto__` an own key): records live in a Map, quizzes in a
  // null-prototype object, so no key can reach a prototype.
  for (const key of Object.keys(records)) {
    checkKey(key, `record ${JSON.stringify(key)}`);
    table.set(key, checkRecord(key, records[key]));
  }
  const pool = new SentencePool();
  for (const id of Object.keys(sentences)) {
    if (typeof sentences[id] !== 'string') fail(`sentence ${id} is not text`);
    pool.add(id, sentences[id] as string);
  }
  return { schema: PROGRESS_SCHEMA, version: PROGRESS_VERSION, records: table, quizzes: checkQuizzes(quizzes), sentences: pool };
}

const STATUS_SET = new Set<string>(STATUSES);
const PHASE_SET = new Set<string>(PHASES);

/** Checks the fields a record must have right; fields it does not know are left as they are. */
function checkRecord(key: string, r: unknown): VocabRecord {
  if (!isObject(r) || !STATUS_SET.has(r.status as string)) fail(`record ${key} has no valid status`);
  if (!optDate(r.statusAt) || !optDate(r.cardAt) || !optDate(r.glossAt)) fail(`record ${key} has a malformed date`);
  if (r.gloss !== undefined && typeof r.gloss !== 'string') fail(`record ${key} has a malformed gloss`);
  if (!optDate(r.userGlossAt) || !optDate(r.userNoteAt)) fail(`record ${key} has a malformed date`);
  if ((r.userGloss !== undefined && typeof r.userGloss !== 'string') || (r.userNote !== undefined && typeof r.userNote !== 'string')) {
    fail(`record ${key} has a malformed own gloss`);
  }
  if (r.card !== undefined) {
    const c = r.card;
    if (!isObject(c) || !PHASE_SET.has(c.phase as string) || !isDate(c.due) || !optDate(c.lastReview) ||
      !isCardInRange(c as unknown as CardState)) {
      fail(`record ${key} has a malformed card`);
    }
  }
  if (r.history !== undefined) checkHistory(key, r.history);
  if (r.met !== undefined) {
    if (!Array.isArray(r.met)) fail(`record ${key} has malformed encounters`);
    for (const m of r.met) {
      if (!isObject(m) || typeof m.lesson !== 'string' || (m.sentence !== undefined && typeof m.sentence !== 'string') ||
        (m.form !== undefined && typeof m.form !== 'string')) fail(`record ${key} has a malformed encounter`);
    }
  }
  return r as unknown as VocabRecord;
}

const isDate = isIsoDate;
function optDate(v: unknown): boolean {
  return v === undefined || isDate(v);
}
function iso(text: string): string {
  const t = Date.parse(text);
  if (Number.isNaN(t)) fail(`"${text}" is not a date`);
  return new Date(t).toISOString();
}
function fail(detail: string): never {
  throw new ProgressFormatError(detail);
}

