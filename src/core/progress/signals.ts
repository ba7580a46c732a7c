// What changes the progress document: encounters, lookups, quiz answers, reviews, status changes.
// Pure functions over a document (mutated in place); time and randomness come in via `SignalContext`.
import type { CardState, Grade, Scheduler } from '../srs/scheduler';
import {
  MAX_EXAMPLES, MAX_OWN_GLOSS, MAX_OWN_NOTE, sentenceId, type OwnGloss,
  type ProgressDocument, type QuizAnswer, type QuizAttempt, type ReviewEvent, type SignalSource, type Status, type VocabRecord,
} from './model';

export interface SignalContext {
  now: Date;
  /** Uniform in [0, 1): only used to make event ids unique across windows. */
  rng: () => number;
  scheduler: Scheduler;
}

/** An item as met in a lesson: enough to record where, and to show and export it later. */
export interface Sighting {
  key: string;
  lesson: string;
  /** The sentence it stands in, as plain text. */
  sentence?: string;
  /** The form in that sentence (for the cloze), e.g. `a souligné`. */
  form?: string;
  gloss?: string;
}

/**
 * The item a signal is about: its key alone when no lesson is known (the dashboard's status menu, a
 * test), or the item as met in a lesson, so that the record keeps the lesson, sentence and gloss.
 */
export type ItemRef = string | Sighting;

export function itemKey(item: ItemRef): string {
  return typeof item === 'string' ? item : item.key;
}

/** What undoing a grade needs: the event to void and what the grade replaced. */
export interface UndoEntry {
  key: string;
  eventId: string;
  previousCard: CardState | undefined;
  previousStatus: Status;
  previousStatusAt: string | undefined;
}

/** What undoing a change of many statuses at once ("mark the rest known") needs. */
export interface StatusUndo {
  /** The status that was set, and when: a record whose status changed again since is left alone. */
  status: Status;
  at: string;
  /** Each record changed, with the status it had (absent records were `new`). */
  previous: { key: string; status: Status }[];
}

/** A lookup only counts against recall once a day: re-reading a gloss is not a new lapse. */
const LOOKUP_LAPSE_INTERVAL_MS = 24 * 3600 * 1000;
/** Repeated lookups within this interval are not recorded again. */
const SEEN_DEDUP_MS = 3600 * 1000;

export function eventId(now: Date, rng: () => number): string {
  const suffix = Math.floor(rng() * 36 ** 6).toString(36).padStart(6, '0');
  return `${now.getTime().toString(36)}-${suffix}`;
}

/** The record to change (created as `new` if absent): every change to a record goes through here. */
export function ensureRecord(doc: ProgressDocument, key: string): VocabRecord {
  let record = doc.records.edit(key);
  if (!record) {
    record = { status: 'new' };
    doc.records.set(key, record);
  }
  return record;
}

/** The record of an item, with where it was met noted when the caller knows it. */
function recordOf(doc: ProgressDocument, item: ItemRef, now: Date): VocabRecord {
  return typeof item === 'string' ? ensureRecord(doc, item) : noteContext(doc, item, now);
}

/**
 * Records where an item was met, where its record lacks it: the lesson with a sentence, and a gloss.
 * For the signals that name an item rather than show it in one sentence (a quiz answer, a status,
 * "mark the rest known"): what the record has already is kept. A lookup records each sentence it
 * was looked up in, and the gloss last shown (noteSighting).
 */
export function noteContext(doc: ProgressDocument, sighting: Sighting, now: Date): VocabRecord {
  const record = doc.records.get(sighting.key);
  const fill = record ? missingContext(doc, record, sighting) : sighting;
  return fill ? noteSighting(doc, fill, now) : ensureRecord(doc, sighting.key);
}

/** What of `sighting` the record lacks (as a sighting to note), or null when it lacks nothing of it. */
export function missingContext(doc: ProgressDocument, record: VocabRecord, sighting: Sighting): Sighting | null {
  const met = record.met ?? [];
  const fill: Sighting = { key: sighting.key, lesson: sighting.lesson };
  let adds = !met.some((m) => m.lesson === sighting.lesson);
  if (!record.gloss && sighting.gloss) {
    fill.gloss = sighting.gloss;
    adds = true;
  }
  const examples = met.filter((m) => m.sentence).length;
  const sentenceHere = met.some((m) => m.lesson === sighting.lesson && m.sentence && doc.sentences.has(m.sentence));
  if (sighting.sentence && examples < MAX_EXAMPLES && !sentenceHere) {
    fill.sentence = sighting.sentence;
    if (sighting.form) fill.form = sighting.form;
    adds = true;
  }
  return adds ? fill : null;
}

/** Records where an item was met (and its gloss); no effect on its schedule. */
export function noteSighting(doc: ProgressDocument, sighting: Sighting, now: Date): VocabRecord {
  const record = ensureRecord(doc, sighting.key);
  if (sighting.gloss && sighting.gloss !== record.gloss) {
    record.gloss = sighting.gloss;
    record.glossAt = now.toISOString();
  }
  let sentence: string | undefined;
  if (sighting.sentence) {
    sentence = sentenceId(sighting.sentence);
    doc.sentences.add(sentence, sighting.sentence);
  }
  const met = (record.met ??= []);
  const inLesson = met.filter((m) => m.lesson === sighting.lesson);
  const examples = met.filter((m) => m.sentence).length;
  if (sentence && examples < MAX_EXAMPLES && !inLesson.some((m) => m.sentence === sentence)) {
    const encounter: { lesson: string; sentence?: string; form?: string } = { lesson: sighting.lesson, sentence };
    if (sighting.form) encounter.form = sighting.form;
    // A lesson-only entry for this lesson is replaced by the one with a sentence.
    const bare = met.findIndex((m) => m.lesson === sighting.lesson && !m.sentence);
    if (bare >= 0) met.splice(bare, 1, encounter);
    else met.push(encounter);
  } else if (inLesson.length === 0) {
    met.push({ lesson: sighting.lesson });
  }
  return record;
}

/** Applies a grade to an item's card (creating the card on its first grade). */
export function gradeItem(doc: ProgressDocument, key: string, grade: Grade, source: SignalSource, ctx: SignalContext): UndoEntry {
  const record = ensureRecord(doc, key);
  const at = ctx.now.toISOString();
  const before = record.card ?? ctx.scheduler.newCard(ctx.now);
  const undo: UndoEntry = {
    key,
    eventId: eventId(ctx.now, ctx.rng),
    previousCard: record.card,
    previousStatus: record.status,
    previousStatusAt: record.statusAt,
  };
  record.card = ctx.scheduler.grade(before, grade, ctx.now).card;
  record.cardAt = at;
  addEvent(record, { id: undo.eventId, at, grade, source, from: before.phase });
  // Grading a new item means the learner is now learning it.
  if (record.status === 'new') {
    record.status = 'learning-1';
    record.statusAt = at;
  }
  return undo;
}

/**
 * Looking up a gloss while reading: for an item in review it counts as a lapse ('again', at most
 * once a day); otherwise it is recorded as `seen`, which puts a new item forward for learning.
 */
export function recordLookup(doc: ProgressDocument, sighting: Sighting, ctx: SignalContext): UndoEntry | null {
  const record = noteSighting(doc, sighting, ctx.now);
  if (record.status === 'known' || record.status === 'ignored') return null;
  const nowMs = ctx.now.getTime();
  const history = record.history ?? [];
  if (record.card?.phase === 'review') {
    const lapsedRecently = history.some(
      (e) => e.source === 'lookup' && e.grade === 'again' && !e.undone && nowMs - Date.parse(e.at) < LOOKUP_LAPSE_INTERVAL_MS,
    );
    if (!lapsedRecently) return gradeItem(doc, sighting.key, 'again', 'lookup', ctx);
  }
  const last = history[history.length - 1];
  if (!last || last.source !== 'lookup' || nowMs - Date.parse(last.at) >= SEEN_DEDUP_MS) {
    addEvent(record, { id: eventId(ctx.now, ctx.rng), at: ctx.now.toISOString(), grade: 'seen', source: 'lookup' });
  }
  return null;
}

/** A quiz answer grades the item: right is 'good', wrong is 'again' (or an explicit grade). */
export function recordQuizAnswer(doc: ProgressDocument, item: ItemRef, answer: boolean | Grade, ctx: SignalContext): UndoEntry {
  const grade: Grade = answer === true ? 'good' : answer === false ? 'again' : answer;
  recordOf(doc, item, ctx.now);
  return gradeItem(doc, itemKey(item), grade, 'quiz', ctx);
}

export function recordQuizAttempt(
  doc: ProgressDocument, lesson: string, seed: number, answers: QuizAnswer[], ctx: SignalContext,
): QuizAttempt {
  const attempt: QuizAttempt = {
    id: eventId(ctx.now, ctx.rng),
    at: ctx.now.toISOString(),
    seed,
    answers,
    score: answers.filter((a) => a.correct).length,
    total: answers.length,
  };
  (doc.quizzes[lesson] ??= []).push(attempt);
  return attempt;
}

export function setStatus(doc: ProgressDocument, item: ItemRef, status: Status, now: Date): void {
  const record = recordOf(doc, item, now);
  record.status = status;
  record.statusAt = now.toISOString();
}

/**
 * Sets the learner's own gloss and note of an item (either may be left out to keep it). Text is
 * trimmed (a note keeps its inner line breaks) and cut to its limit; empty text clears it, with the
 * time kept so that a merge cannot bring the old text back. Only a field that changes is stamped.
 * Returns what the record had before, for an undo (which sets it back the same way).
 */
export function setOwnGloss(doc: ProgressDocument, item: ItemRef, own: Partial<OwnGloss>, now: Date): OwnGloss {
  const before = doc.records.get(itemKey(item));
  const previous: OwnGloss = { gloss: before?.userGloss ?? '', note: before?.userNote ?? '' };
  const gloss = own.gloss === undefined ? undefined : own.gloss.replace(/\s+/g, ' ').trim().slice(0, MAX_OWN_GLOSS);
  const note = own.note === undefined ? undefined : own.note.trim().slice(0, MAX_OWN_NOTE);
  const glossChanges = gloss !== undefined && gloss !== previous.gloss;
  const noteChanges = note !== undefined && note !== previous.note;
  if (!glossChanges && !noteChanges) return previous;
  const record = recordOf(doc, item, now);
  const at = now.toISOString();
  if (glossChanges) {
    if (gloss) record.userGloss = gloss;
    else delete record.userGloss;
    record.userGlossAt = at;
  }
  if (noteChanges) {
    if (note) record.userNote = note;
    else delete record.userNote;
    record.userNoteAt = at;
  }
  return previous;
}

/**
 * "Mark the rest as known" at the end of a lesson: every item of it still `new` becomes known (and
 * records where it was met). Returns what `undoStatuses` needs to put them back in one step.
 */
export function markRestKnown(doc: ProgressDocument, lessonItems: Iterable<ItemRef>, now: Date): StatusUndo {
  const undo: StatusUndo = { status: 'known', at: now.toISOString(), previous: [] };
  const seen = new Set<string>();
  for (const item of lessonItems) {
    const key = itemKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    const status = doc.records.get(key)?.status ?? 'new';
    if (status !== 'new') continue;
    setStatus(doc, item, 'known', now);
    undo.previous.push({ key, status });
  }
  return undo;
}

/**
 * Puts back the statuses a `markRestKnown` changed, and returns the keys put back. A record set to
 * another status since is left as it is. The status is stamped with the undo's time, like a grade's
 * undo, so that a merge with a copy saved before the undo keeps the undo; where the item was met stays.
 */
export function undoStatuses(doc: ProgressDocument, undo: StatusUndo, now: Date): string[] {
  const at = stampAfter(now, undo.at);
  const restored: string[] = [];
  for (const { key, status } of undo.previous) {
    const current = doc.records.get(key);
    if (!current || current.status !== undo.status || current.statusAt !== undo.at) continue;
    const record = doc.records.edit(key)!;
    record.status = status;
    record.statusAt = at;
    restored.push(key);
  }
  return restored;
}

/** Voids a grade: the card and status it replaced come back, newer-stamped so merges keep the undo. */
export function undoGrade(doc: ProgressDocument, entry: UndoEntry, now: Date): void {
  const record = doc.records.edit(entry.key);
  if (!record) return;
  const at = stampAfter(now, record.cardAt, record.statusAt);
  const event = record.history?.find((e) => e.id === entry.eventId);
  if (event) event.undone = true;
  if (entry.previousCard) record.card = entry.previousCard;
  else delete record.card;
  record.cardAt = at;
  if (record.status !== entry.previousStatus) {
    record.status = entry.previousStatus;
    record.statusAt = at;
  }
}

/**
 * The time to stamp an undo with: now, or a millisecond after the latest of `stamps` (what it undoes)
 * when the clock has not passed it. A merge keeps the newer stamp and, on a tie, the higher status,
 * so an undo stamped with its mark's own time (a clock that stalled or stepped back, as a virtual
 * machine's can) would lose to the copy saved before it, and the words would come back known.
 */
function stampAfter(now: Date, ...stamps: Array<string | undefined>): string {
  const latest = Math.max(...stamps.map((s) => (s === undefined ? -Infinity : Date.parse(s))));
  return now.getTime() > latest ? now.toISOString() : new Date(latest + 1).toISOString();
}

function addEvent(record: VocabRecord, event: ReviewEvent): void {
  (record.history ??= []).push(event);
}
