// Reading version 3 files (Dépêche 0.1): one flat array of records, nine values each, dates as ISO
// text. They are decoded whole into the current document; the first save writes version 4 and keeps
// the old file aside (store.ts).
import { ProgressFormatError } from './errors';
import { isIsoDate } from './isoTime';
import { PROGRESS_SCHEMA, PROGRESS_VERSION, STATUSES, type Encounter, type ProgressDocument, type QuizAttempt, type ReviewEvent, type VocabRecord } from './model';
import { checkQuizzes } from './fileFormat';
import { CODE_FROMS, CODE_GRADES, CODE_SOURCES, PHASES, checkHistory, checkKey, isCardInRange, isObject } from './recordLine';
import { RecordTable } from './recordTable';
import { SentencePool } from './sentencePool';
import type { CardState } from '../srs/scheduler';

const STRIDE = 9;
const ISO = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';
const EVENT = `${ISO}[ahges][rql][nlrR-][u-][~=][^ ]*`;
const HISTORY_TEXT = new RegExp(`^${EVENT}(?: ${EVENT})*$`);

/** A parsed version 3 file -> the document. Every record is checked; a bad one fails the whole file. */
export function decodeVersion3(raw: Record<string, unknown>): { doc: ProgressDocument; generation: number } {
  const { generation, lessons, sentences, quizzes, records } = raw;
  if (typeof generation !== 'number' || !Array.isArray(lessons) || !Array.isArray(sentences) || !isObject(quizzes) ||
    !Array.isArray(records)) fail('generation, lessons, sentences, quizzes or records is missing');
  for (const l of lessons) if (typeof l !== 'string') fail('a lesson name is not text');
  if (sentences.length % 2) fail('the sentence table is cut short');
  const sentenceIds: string[] = [];
  const pool = new SentencePool();
  for (let i = 0; i < sentences.length; i += 2) {
    const id = sentences[i], text = sentences[i + 1];
    if (typeof id !== 'string' || typeof text !== 'string') fail(`sentence ${i / 2} is not text`);
    sentenceIds.push(id);
    pool.add(id, text);
  }
  const quizTable = checkQuizzes(quizzes);
  if (records.length % STRIDE) fail('the records are cut short');
  const table = new RecordTable();
  for (let i = 0; i < records.length; i += STRIDE) {
    const key = records[i];
    checkKey(key, `record ${i / STRIDE}`);
    if (table.has(key)) fail(`record ${key} appears twice`);
    table.set(key, buildRecord(key, records, i, lessons as string[], sentenceIds));
  }
  return {
    doc: { schema: PROGRESS_SCHEMA, version: PROGRESS_VERSION, records: table, quizzes: quizTable, sentences: pool },
    generation,
  };
}

function buildRecord(key: string, rows: unknown[], at: number, lessons: string[], sentenceIds: string[]): VocabRecord {
  const status = rows[at + 1];
  const record: VocabRecord = { status: (Number.isInteger(status) ? STATUSES[status as number] : undefined) ?? fail(`record ${key} has no valid status`) };
  const statusAt = rows[at + 2], gloss = rows[at + 3], glossAt = rows[at + 4], cardAt = rows[at + 5];
  const c = rows[at + 6], met = rows[at + 7], history = rows[at + 8];
  for (const d of [statusAt, glossAt, cardAt]) if (d !== 0 && !isIsoDate(d)) fail(`record ${key} has a malformed date`);
  if (statusAt !== 0) record.statusAt = statusAt as string;
  if (c !== 0) record.card = card(key, c);
  if (cardAt !== 0) record.cardAt = cardAt as string;
  if (gloss !== 0) record.gloss = typeof gloss === 'string' ? gloss : fail(`record ${key} has a malformed gloss`);
  if (glossAt !== 0) record.glossAt = glossAt as string;
  if (met !== 0) {
    if (!Array.isArray(met) || met.length % 3) fail(`record ${key} has malformed encounters`);
    const out: Encounter[] = [];
    for (let j = 0; j < met.length; j += 3) {
      const lesson = lessons[met[j]], s = met[j + 1], form = met[j + 2];
      if (lesson === undefined || (form !== 0 && typeof form !== 'string') ||
        !(typeof s === 'string' || s === -1 || (s >= 0 && s < sentenceIds.length))) fail(`record ${key} has a malformed encounter`);
      const m: Encounter = { lesson };
      const sentence = typeof s === 'string' ? s : s === -1 ? undefined : sentenceIds[s];
      if (sentence !== undefined) m.sentence = sentence;
      if (form !== 0) m.form = form;
      out.push(m);
    }
    record.met = out;
  }
  if (typeof history === 'string') {
    if (!HISTORY_TEXT.test(history)) fail(`record ${key} has a malformed history`);
    record.history = decodeHistoryV3(history);
  } else if (history !== 0) {
    checkHistory(key, history);
    record.history = history as ReviewEvent[];
  }
  return record;
}

function card(key: string, c: unknown): CardState {
  if (!Array.isArray(c) || c.length < 8 || PHASES[c[0]] === undefined || !isIsoDate(c[1]) || !(c[8] === undefined || isIsoDate(c[8]))) {
    fail(`record ${key} has a malformed card`);
  }
  for (let i = 2; i < 8; i++) if (typeof c[i] !== 'number') fail(`record ${key} has a malformed card`);
  const out: CardState = {
    phase: PHASES[c[0]]!, due: c[1], stability: c[2], difficulty: c[3], scheduledDays: c[4], learningSteps: c[5], reps: c[6], lapses: c[7],
  };
  if (c[8] !== undefined) out.lastReview = c[8];
  if (!isCardInRange(out)) fail(`record ${key} has a malformed card`);
  return out;
}

/** Events as `<ISO time><grade><source><from><undone><~suffix or =id>`, separated by spaces (the letters as in version 4). */
function decodeHistoryV3(text: string): ReviewEvent[] {
  return text.split(' ').map((part) => {
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
    return event;
  });
}

function fail(detail: string): never {
  throw new ProgressFormatError(detail);
}
