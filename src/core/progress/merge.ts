// Merging two versions of the progress document (two windows, or an import) so that nothing is
// lost: each field goes to the side with the later timestamp, histories and encounters are unions.
import { quizTable } from './document';
import { limitExamples, renamedKey, STATUSES, type ProgressDocument, type QuizAttempt, type ReviewEvent, type VocabRecord } from './model';
import type { RecordTable } from './recordTable';

/** A new document holding both; neither input is changed. */
export function mergeDocuments(a: ProgressDocument, b: ProgressDocument): ProgressDocument {
  const merged: ProgressDocument = { ...a, records: a.records.clone(), quizzes: quizTable(a.quizzes), sentences: a.sentences.clone() };
  mergeInto(merged, b);
  return merged;
}

/**
 * Folds another window's save, read back from the file, into `doc` (in place). The file holds every
 * save merged, so its records are the base: of ours, only those changed since we last wrote or read
 * the file (or missing from it) are merged in. The records the file agrees with stay undecoded.
 * Returns true when the file lacks something of ours (a sync tool put back an older file): it must
 * be written again even though nothing changed here.
 */
export function absorbSaved(doc: ProgressDocument, saved: ProgressDocument): boolean {
  const ours = doc.records;
  const base = saved.records;
  const comparable = ours.lessons.agreesWith(base.lessons);
  let behind = false;
  for (const key of ours.keys()) {
    if (!base.has(key)) {
      base.set(key, ours.get(key)!);
      behind = true;
    } else if (!comparable || ours.isDirty(key) || !ours.sameLine(key, base)) {
      behind = mergeRecordInto(base, key, ours.get(key)!) || behind;
    }
  }
  const attempts = (d: ProgressDocument) => Object.values(d.quizzes).reduce((n, list) => n + list.length, 0);
  const savedAttempts = attempts(saved);
  doc.records = base;
  mergeExtras(doc, saved);
  return behind || attempts(doc) > savedAttempts;
}

/** Merges `other` into `doc` record by record (in place). */
export function mergeInto(doc: ProgressDocument, other: ProgressDocument): void {
  const records = doc.records;
  const comparable = records.lessons.agreesWith(other.records.lessons);
  for (const key of other.records.keys()) {
    if (!records.has(key)) records.set(key, other.records.get(key)!);
    else if (!comparable || !records.sameLine(key, other.records)) {
      mergeRecordInto(records, key, other.records.get(key)!);
    }
  }
  mergeExtras(doc, other);
}

/**
 * Folds every record kept under a renamed key (model.ts, renamedKey) into the record of its new key,
 * as two copies of one record merge; true when that changed the table. Run after each read of a
 * file, which an older Dépêche may have written. The old record stays: the table never drops one.
 */
export function adoptRenamedRecords(doc: ProgressDocument): boolean {
  const records = doc.records;
  let changed = false;
  for (const key of [...records.keys()]) {
    const to = renamedKey(key);
    if (to === undefined) continue;
    const record = records.get(key)!;
    if (!records.has(to)) {
      records.set(to, structuredClone(record)); // a copy: the old key's record may still be edited in place
      changed = true;
    } else changed = mergeRecordInto(records, to, record) || changed;
  }
  return changed;
}

/** Merges `other` into the table's record for `key`; true when that changed the table's record. */
function mergeRecordInto(table: RecordTable, key: string, other: VocabRecord): boolean {
  const mine = table.get(key)!;
  const merged = mergeRecords(mine, other);
  if (merged === mine || sameContent(merged, mine)) return false;
  table.set(key, merged);
  return true;
}

function sameCard(a: VocabRecord['card'], b: VocabRecord['card']): boolean {
  if (!a || !b) return a === b;
  const fields = Object.keys(a).sort();
  return JSON.stringify(a, fields) === JSON.stringify(b, Object.keys(b).sort());
}

/** Field-by-field equality: a merge that only rebuilt the record must not count as a change. */
function sameContent(a: VocabRecord, b: VocabRecord): boolean {
  const events = (r: VocabRecord) => (r.history ?? []).map((e) => `${e.id}${e.undone ? '!' : ''}`).join(' ');
  const met = (r: VocabRecord) => (r.met ?? []).map((e) => `${e.lesson}\u0000${e.sentence ?? ''}`).join('\u0001');
  return (
    a.status === b.status && a.statusAt === b.statusAt && a.cardAt === b.cardAt && a.gloss === b.gloss && a.glossAt === b.glossAt &&
    a.userGloss === b.userGloss && a.userGlossAt === b.userGlossAt && a.userNote === b.userNote && a.userNoteAt === b.userNoteAt &&
    sameCard(a.card, b.card) && events(a) === events(b) && met(a) === met(b)
  );
}

/** Quiz attempts (a union by id) and example sentences. */
function mergeExtras(doc: ProgressDocument, other: ProgressDocument): void {
  const quizzes = quizTable(doc.quizzes);
  for (const lesson of Object.keys(other.quizzes)) {
    const mine = Object.hasOwn(quizzes, lesson) ? quizzes[lesson]! : [];
    quizzes[lesson] = unionBy(mine, other.quizzes[lesson]!, (q) => q.id, (x) => x).sort(byAtThenId);
  }
  doc.quizzes = quizzes;
  doc.sentences.addAll(other.sentences);
}

export function mergeRecords(a: VocabRecord, b: VocabRecord): VocabRecord {
  if (a === b || sameRecord(a, b)) return a;
  const out: VocabRecord = { status: a.status };
  const status = newer(a, b, a.statusAt, b.statusAt, (r) => STATUSES.indexOf(r.status));
  out.status = status.status;
  if (status.statusAt !== undefined) out.statusAt = status.statusAt;

  const card = newer(a, b, a.cardAt, b.cardAt, (r) => (r.card ? r.card.reps : -1));
  if (card.card) out.card = card.card;
  if (card.cardAt !== undefined) out.cardAt = card.cardAt;

  const gloss = newer(a, b, a.glossAt, b.glossAt, (r) => (r.gloss ?? '').length);
  if (gloss.gloss !== undefined) out.gloss = gloss.gloss;
  if (gloss.glossAt !== undefined) out.glossAt = gloss.glossAt;

  // The learner's own gloss and note: each the later, like the status (a cleared one stays cleared).
  const userGloss = newer(a, b, a.userGlossAt, b.userGlossAt, (r) => (r.userGloss ?? '').length);
  if (userGloss.userGloss !== undefined) out.userGloss = userGloss.userGloss;
  if (userGloss.userGlossAt !== undefined) out.userGlossAt = userGloss.userGlossAt;
  const userNote = newer(a, b, a.userNoteAt, b.userNoteAt, (r) => (r.userNote ?? '').length);
  if (userNote.userNote !== undefined) out.userNote = userNote.userNote;
  if (userNote.userNoteAt !== undefined) out.userNoteAt = userNote.userNoteAt;

  const history = unionBy(a.history ?? [], b.history ?? [], (e) => e.id, mergeEvent);
  if (history.length) out.history = history.sort(byAtThenId);

  const met = unionBy(a.met ?? [], b.met ?? [], (e) => `${e.lesson}\u0000${e.sentence ?? ''}`, (x) => x);
  if (met.length) out.met = limitExamples(met);
  return out;
}

/** Cheap equality for the common case: the same record read back from disk. */
function sameRecord(a: VocabRecord, b: VocabRecord): boolean {
  if (a.status !== b.status || a.statusAt !== b.statusAt || a.cardAt !== b.cardAt || a.glossAt !== b.glossAt ||
    a.userGlossAt !== b.userGlossAt || a.userNoteAt !== b.userNoteAt) return false;
  return (
    sameTail(a.history, b.history, (e) => `${e.id}${e.undone ? '!' : ''}`) &&
    sameTail(a.met, b.met, (e) => `${e.lesson}\u0000${e.sentence ?? ''}`) &&
    !undoneDiffers(a.history, b.history)
  );
}

function sameTail<T>(x: readonly T[] | undefined, y: readonly T[] | undefined, id: (t: T) => string): boolean {
  const xl = x?.length ?? 0;
  if (xl !== (y?.length ?? 0)) return false;
  return xl === 0 || id(x![xl - 1]!) === id(y![xl - 1]!);
}

function undoneDiffers(x: readonly ReviewEvent[] | undefined, y: readonly ReviewEvent[] | undefined): boolean {
  if (!x || !y) return false;
  for (let i = 0; i < x.length; i++) if (!!x[i]!.undone !== !!y[i]!.undone) return true;
  return false;
}

/** The side whose timestamp is later; on a tie, the one ranking higher, so merging commutes. */
function newer<T>(a: T, b: T, at: string | undefined, bt: string | undefined, rank: (r: T) => number): T {
  if ((at ?? '') !== (bt ?? '')) return (at ?? '') > (bt ?? '') ? a : b;
  return rank(b) > rank(a) ? b : a;
}

function mergeEvent(x: ReviewEvent, y: ReviewEvent): ReviewEvent {
  return x.undone || !y.undone ? x : y;
}

function unionBy<T>(xs: readonly T[], ys: readonly T[], id: (t: T) => string, pick: (x: T, y: T) => T): T[] {
  const index = new Map<string, number>();
  const out = xs.slice();
  out.forEach((x, i) => index.set(id(x), i));
  for (const y of ys) {
    const i = index.get(id(y));
    if (i === undefined) {
      index.set(id(y), out.length);
      out.push(y);
    } else {
      out[i] = pick(out[i]!, y);
    }
  }
  return out;
}

function byAtThenId(x: { at: string; id: string }, y: { at: string; id: string }): number {
  return x.at < y.at ? -1 : x.at > y.at ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}
