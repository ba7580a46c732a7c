// Merging two versions of the progress document (two windows, or an import) so that nothing is
// lost: each field goes to the side with the later timestamp, histories and encounters are unions.
import {
  PROGRESS_SCHEMA, limitExamples, PROGRESS_VERSION, STATUSES,
  type ProgressDocument, type QuizAttempt, type ReviewEvent, type VocabRecord,
} from './model';
import { historyText } from './fileFormat';

export function mergeDocuments(a: ProgressDocument, b: ProgressDocument): ProgressDocument {
  const records = new Map(a.records);
  // Only records that differ are replaced: merging a file with few changes stays cheap.
  b.records.forEach((other, key) => {
    const mine = records.get(key);
    if (mine === undefined) records.set(key, other);
    else if (mine !== other) {
      const merged = mergeRecords(mine, other);
      if (merged !== mine) records.set(key, merged);
    }
  });
  const quizzes: Record<string, QuizAttempt[]> = { ...a.quizzes };
  for (const lesson in b.quizzes) {
    quizzes[lesson] = unionBy(quizzes[lesson] ?? [], b.quizzes[lesson]!, (q) => q.id, (x) => x).sort(byAtThenId);
  }
  return {
    schema: PROGRESS_SCHEMA,
    version: PROGRESS_VERSION,
    records,
    quizzes,
    sentences: { ...a.sentences, ...b.sentences },
  };
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

  const history = unionBy(a.history ?? [], b.history ?? [], (e) => e.id, mergeEvent);
  if (history.length) out.history = history.sort(byAtThenId);

  const met = unionBy(a.met ?? [], b.met ?? [], (e) => `${e.lesson}\u0000${e.sentence ?? ''}`, (x) => x);
  if (met.length) out.met = limitExamples(met);
  return out;
}

/** Cheap equality for the common case: the same record read back from disk. */
function sameRecord(a: VocabRecord, b: VocabRecord): boolean {
  if (a.status !== b.status || a.statusAt !== b.statusAt || a.cardAt !== b.cardAt || a.glossAt !== b.glossAt) return false;
  // Histories are compared as stored text: one not read since loading is not decoded for this.
  const textA = historyText(a);
  const textB = textA === null ? null : historyText(b);
  if (textB !== null) return textA === textB && sameTail(a.met, b.met, (e) => `${e.lesson}\u0000${e.sentence ?? ''}`);
  return (
    sameTail(a.history, b.history, (e) => `${e.id}${e.undone ? '!' : ''}`) &&
    sameTail(a.met, b.met, (e) => `${e.lesson}\u0000${e.sentence ?? ''}`) &&
    !undoneDiffers(a.history, b.history)
  );
}

function sameTail<T>(x: T[] | undefined, y: T[] | undefined, id: (t: T) => string): boolean {
  const xl = x?.length ?? 0;
  if (xl !== (y?.length ?? 0)) return false;
  return xl === 0 || id(x![xl - 1]!) === id(y![xl - 1]!);
}

function undoneDiffers(x: ReviewEvent[] | undefined, y: ReviewEvent[] | undefined): boolean {
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

function unionBy<T>(xs: T[], ys: T[], id: (t: T) => string, pick: (x: T, y: T) => T): T[] {
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
