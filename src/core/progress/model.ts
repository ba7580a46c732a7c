// The progress document: one record per vocabulary key, quiz attempts per lesson. Plain JSON,
// versioned (see migrate.ts). Every learner-set field carries its own timestamp so that two
// windows writing the same file can be merged field by field (see merge.ts).
import type { CardPhase, CardState, Grade } from '../srs/scheduler';
import { impersonalHeadword } from '../text/impersonal';
import type { RecordTable } from './recordTable';
import type { SentencePool } from './sentencePool';

export const PROGRESS_SCHEMA = 'depeche-progress';
export const PROGRESS_VERSION = 4;

export type LearningLevel = 1 | 2 | 3 | 4;
export type Status = 'new' | 'learning-1' | 'learning-2' | 'learning-3' | 'learning-4' | 'known' | 'ignored';
export const STATUSES: readonly Status[] = [
  'new', 'learning-1', 'learning-2', 'learning-3', 'learning-4', 'known', 'ignored',
];

/** A status from outside (a webview message, an imported file) is checked before it is used. */
export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export function learningStatus(level: LearningLevel): Status {
  return `learning-${level}`;
}

export function isLearning(status: Status): boolean {
  return status.startsWith('learning-');
}

export type SignalSource = 'review' | 'quiz' | 'lookup';

/** One event in an item's history. `seen` is a lookup that did not change the schedule. */
export interface ReviewEvent {
  /** Unique across windows: time plus random suffix. */
  id: string;
  at: string;
  grade: Grade | 'seen';
  source: SignalSource;
  /** The card's phase before the grade (retention counts grades given in `review`). */
  from?: CardPhase;
  /** Set when the learner undid this grade; kept so a merge cannot bring it back. */
  undone?: true;
}

/** Where an item was met: a lesson, a sentence (key into the document's sentence pool), the form. */
export interface Encounter {
  lesson: string;
  sentence?: string;
  form?: string;
}

export interface VocabRecord {
  status: Status;
  /** When the learner (or a grade) last set the status; absent while never set. */
  statusAt?: string;
  /** Absent while never scheduled. `cardAt` may exist without a card: an undo removed it. */
  card?: CardState;
  cardAt?: string;
  /** The English gloss last shown for it, for exports and the vocabulary table. */
  gloss?: string;
  glossAt?: string;
  /**
   * The learner's own gloss (the sense they want to remember) and note, shown before the lesson's
   * gloss wherever the item appears. Each has its own time, so two windows merge them field by
   * field; a time without the text means the learner cleared it (a merge keeps it cleared).
   */
  userGloss?: string;
  userGlossAt?: string;
  userNote?: string;
  userNoteAt?: string;
  history?: ReviewEvent[];
  met?: Encounter[];
}

/** The learner's own gloss and note of an item (empty text: none). */
export interface OwnGloss {
  gloss: string;
  note: string;
}

/** A record's own gloss and note, or undefined when it has neither. */
export function ownGlossOf(record: VocabRecord | undefined): OwnGloss | undefined {
  if (!record || (!record.userGloss && !record.userNote)) return undefined;
  return { gloss: record.userGloss ?? '', note: record.userNote ?? '' };
}

/** Longest own gloss and note kept: a gloss is a phrase, a note a few lines. */
export const MAX_OWN_GLOSS = 200;
export const MAX_OWN_NOTE = 2000;

export interface QuizAnswer {
  /** Question index in the lesson, or the vocabulary key for a vocabulary question. */
  question: number | string;
  given: string;
  correct: boolean;
}

export interface QuizAttempt {
  id: string;
  at: string;
  seed: number;
  answers: QuizAnswer[];
  score: number;
  total: number;
}

/** The document in memory. Records live in a RecordTable: a map that decodes each record from the
 * file only when it is read, and knows which ones changed (recordTable.ts). */
export interface ProgressDocument {
  schema: typeof PROGRESS_SCHEMA;
  version: typeof PROGRESS_VERSION;
  records: RecordTable;
  quizzes: Record<string, QuizAttempt[]>;
  /** Example sentences, keyed by a hash of their text, shared by every record that cites them. */
  sentences: SentencePool;
}

/** At most this many example sentences are kept per item: enough to vary reviews, bounded file
 * size. Every lesson an item was met in is kept (without a sentence beyond the limit). */
export const MAX_EXAMPLES = 6;

/** Applies MAX_EXAMPLES: later encounters past the limit keep their lesson, drop their sentence. */
export function limitExamples(met: Encounter[]): Encounter[] {
  let examples = 0;
  const lessons = new Set<string>();
  const out: Encounter[] = [];
  for (const m of met) {
    if (m.sentence && examples < MAX_EXAMPLES) {
      examples++;
      lessons.add(m.lesson);
      out.push(m);
    } else if (!lessons.has(m.lesson)) {
      lessons.add(m.lesson);
      out.push({ lesson: m.lesson });
    }
  }
  return out;
}

/** `lemma|POS` or `expression|EXPR` (see ReaderUnit.key). */
export function splitKey(key: string): { lemma: string; pos: string } {
  const bar = key.lastIndexOf('|');
  return bar < 0 ? { lemma: key, pos: '' } : { lemma: key.slice(0, bar), pos: key.slice(bar + 1) };
}

export function isExpressionKey(key: string): boolean {
  return key.endsWith('|EXPR');
}

/**
 * The key an expression's record moved to when impersonal headwords came to be shown conjugated:
 * `il s'agir de|EXPR` is now `il s'agit de|EXPR` (text/impersonal.ts). Undefined for any other key.
 * A record under the old key is folded into the new one (merge.ts, adoptRenamedRecords) and left
 * out of every view, queue and export; it stays in the file for a copy an older Dépêche still writes.
 */
export function renamedKey(key: string): string | undefined {
  if (!key.startsWith('il ') || !isExpressionKey(key)) return undefined;
  const lemma = key.slice(0, -EXPR_SUFFIX.length);
  const headword = impersonalHeadword(lemma);
  return headword === lemma ? undefined : headword + EXPR_SUFFIX;
}

const EXPR_SUFFIX = '|EXPR';

/** A 52-bit FNV-1a style hash in base 36: collisions are negligible for millions of sentences. */
export function sentenceId(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return ((h2 & 0xfffff) * 0x100000000 + h1).toString(36);
}

/** The graded, not undone events of a record. */
export function gradedEvents(record: VocabRecord): ReviewEvent[] {
  return (record.history ?? []).filter((e) => e.grade !== 'seen' && !e.undone);
}
