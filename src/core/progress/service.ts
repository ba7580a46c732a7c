// ProgressService: the one object the extension wires up. It holds the progress document in memory,
// applies the learner's signals, keeps the undo stack, and saves through a ProgressStore.
// No vscode here: the host passes the store (on globalStorageUri), a clock and a random source.
import { Scheduler, type Grade, type SchedulerOptions } from '../srs/scheduler';
import { ProgressError, ProgressFileCorruptError } from './errors';
import { emptyDocument } from './document';
import { absorbSaved, adoptRenamedRecords, mergeDocuments } from './merge';
import { exportJson, importJson } from './exports';
import { STATUSES, ownGlossOf, type OwnGloss, type ProgressDocument, type QuizAnswer, type QuizAttempt, type Status, type VocabRecord } from './model';
import { buildQueue, dayStartAt, type QueueItem, type ReviewQueue } from './queue';
import { dashboardView, reviewCardView, type DashboardLesson, type DashboardView, type ReviewCardView } from './views';
import {
  gradeItem, markRestKnown, noteSighting, recordLookup, recordQuizAnswer, recordQuizAttempt, setOwnGloss, setStatus, undoGrade, undoStatuses,
  type ItemRef, type SignalContext, type Sighting, type StatusUndo, type UndoEntry,
} from './signals';
import { fillContext } from './contextFill';
import { DEFAULT_GOAL, goalProgress, type DailyGoal, type GoalProgress } from './dailyGoal';
import type { ReaderDocument } from '../lesson/model';
import type { ConflictCopiesReport, ProgressStore, SaveResult } from './store';

export interface ProgressServiceOptions {
  scheduler?: SchedulerOptions;
  /** Daily cap on new items in reviews. */
  newPerDay?: number;
  /** The learner's UTC offset in minutes, for day boundaries (e.g. 60 for Paris in winter). */
  utcOffsetMinutes?: () => number;
  /** The daily goal (a setting), read each time it is shown. */
  dailyGoal?: () => DailyGoal;
  /** Minutes read per `YYYY-MM-DD` (the host's reading log), for a minutes goal. */
  minutesRead?: () => Record<string, number>;
}

/** What `load` found: the problem to tell the learner about, if any. */
export interface LoadReport {
  problem?: ProgressError;
}

export class ProgressService {
  private doc: ProgressDocument = emptyDocument();
  private readonly scheduler: Scheduler;
  private readonly undoStack: UndoEntry[] = [];
  private dirty = false;
  private saving: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  newPerDay: number;

  constructor(
    private store: ProgressStore,
    private readonly clock: () => Date,
    private readonly rng: () => number,
    private readonly options: ProgressServiceOptions = {},
  ) {
    this.scheduler = new Scheduler(options.scheduler);
    this.newPerDay = options.newPerDay ?? 20;
  }

  /**
   * Loads the file. A damaged, unreadable or too-new file is reported, not thrown. Progress starts
   * with what was intact in a damaged file (saved over it at the next save), else empty.
   */
  async load(): Promise<LoadReport> {
    try {
      this.doc = await this.store.load();
      // Git's conflict markers were resolved in memory: the file is written clean at the next save.
      if (this.store.rewrite) this.dirty = true;
      this.adoptRenamed();
      return {};
    } catch (e) {
      if (!(e instanceof ProgressError)) throw e;
      const recovered = e instanceof ProgressFileCorruptError ? e.recovery?.doc : undefined;
      this.doc = recovered ?? emptyDocument();
      this.dirty = recovered !== undefined;
      this.adoptRenamed();
      return { problem: e };
    }
  }

  /**
   * Saves if anything changed; the in-memory document then includes other windows' changes.
   * Saves run one after another; changes made while a save is under way are kept for the next.
   */
  save(): Promise<SaveResult | null> {
    const run = this.saving.then(() => this.saveNow());
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async saveNow(): Promise<SaveResult | null> {
    if (!this.dirty) return null;
    this.dirty = false;
    try {
      // The store merges other windows' changes into this.doc in place, keeping changes made meanwhile.
      return await this.store.save(this.doc);
    } catch (e) {
      this.dirty = true; // Kept in memory; the next save retries.
      throw e;
    }
  }

  /** Picks up what other windows saved, without writing (e.g. when this window regains focus). */
  async refresh(): Promise<boolean> {
    const theirs = await this.store.readIfChanged();
    if (!theirs) return false;
    // The file may lack what we have (a sync tool put an older copy back): then it is written again.
    if (absorbSaved(this.doc, theirs) || this.store.rewrite) this.dirty = true;
    this.adoptRenamed();
    for (const listener of this.listeners) listener();
    return true;
  }

  /** The file the progress is kept in. */
  get filePath(): string {
    return this.store.path;
  }

  /**
   * Moves the progress to another file (a synced folder, or back): what is there already (another
   * machine's progress) and ours are merged and saved there, and from then on saves go there. The
   * old file is left as it is. Throws a ProgressError, and stays where it was, when the target
   * cannot be read or written (a damaged target is backed up and what was intact in it is kept).
   */
  async moveTo(target: ProgressStore): Promise<void> {
    await this.save();
    let there: ProgressDocument;
    try {
      there = await target.load();
    } catch (e) {
      const recovered = e instanceof ProgressFileCorruptError ? e.recovery?.doc : undefined;
      if (!recovered) throw e;
      there = recovered;
    }
    const merged = mergeDocuments(there, this.doc);
    adoptRenamedRecords(merged);
    await target.save(merged);
    this.doc = merged;
    this.store = target;
    this.dirty = false;
    for (const listener of this.listeners) listener();
  }

  /**
   * Merges in the conflict copies a sync tool left beside the file, saves, then moves the copies out
   * of the way (only once their content is safely in the saved file).
   */
  async absorbConflictCopies(): Promise<ConflictCopiesReport> {
    const report = await this.store.absorbConflictCopies(this.doc);
    if (report.merged.length === 0) return report;
    adoptRenamedRecords(this.doc);
    this.dirty = true;
    await this.save();
    await this.store.tidyConflictCopies(report.merged);
    for (const listener of this.listeners) listener();
    return report;
  }

  get document(): ProgressDocument {
    return this.doc;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  record(key: string): VocabRecord | undefined {
    return this.doc.records.get(key);
  }

  /** The status of each key (items never met are `new`), e.g. for the reader's tinting; no record is decoded. */
  statuses(keys: Iterable<string>): Record<string, Status> {
    const out: Record<string, Status> = {};
    for (const key of keys) out[key] = STATUSES[this.doc.records.statusIndex(key) ?? 0]!;
    return out;
  }

  /** The own gloss and note of each key that has one (e.g. the keys of a lesson). */
  ownGlosses(keys: Iterable<string>): Record<string, OwnGloss> {
    const out: Record<string, OwnGloss> = {};
    for (const key of keys) {
      const own = ownGlossOf(this.doc.records.get(key));
      if (own) out[key] = own;
    }
    return out;
  }

  /** Called after every change, e.g. to refresh the status bar and schedule a save. */
  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  // ---- signals ----

  noteSightings(sightings: Iterable<Sighting>): void {
    const now = this.clock();
    for (const s of sightings) noteSighting(this.doc, s, now);
    this.changed();
  }

  lookup(sighting: Sighting): void {
    const undo = recordLookup(this.doc, sighting, this.context());
    if (undo) this.undoStack.push(undo);
    this.changed();
  }

  /** Pass the item as met in the lesson (a Sighting), so its record keeps the lesson, sentence and gloss. */
  quizAnswer(item: ItemRef, answer: boolean | Grade): void {
    this.undoStack.push(recordQuizAnswer(this.doc, item, answer, this.context()));
    this.changed();
  }

  quizAttempt(lessonId: string, seed: number, answers: QuizAnswer[]): QuizAttempt {
    const attempt = recordQuizAttempt(this.doc, lessonId, seed, answers, this.context());
    this.changed();
    return attempt;
  }

  /** A review grade; returns what undoing it needs, so a review session can undo its own grades. */
  grade(key: string, grade: Grade): UndoEntry {
    const entry = gradeItem(this.doc, key, grade, 'review', this.context());
    this.undoStack.push(entry);
    this.changed();
    return entry;
  }

  /**
   * Undoes the last grade (review, quiz or lookup), or the given one (see reviewSession.ts);
   * returns its key, or null if there is none or the given one is no longer on the stack.
   */
  undo(only?: UndoEntry): string | null {
    const at = only ? this.undoStack.lastIndexOf(only) : this.undoStack.length - 1;
    if (at < 0) return null;
    const [entry] = this.undoStack.splice(at, 1) as [UndoEntry];
    undoGrade(this.doc, entry, this.clock());
    this.changed();
    return entry.key;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** From a lesson, pass the item as met there (a Sighting); the key alone where no lesson is known. */
  setStatus(item: ItemRef, status: Status): void {
    setStatus(this.doc, item, status, this.clock());
    this.changed();
  }

  /**
   * The learner's own gloss and/or note of an item (empty text clears it); returns what it had
   * before. An undo is this again with the earlier text: it is stamped as a new edit, so a merge
   * with a copy saved before the undo keeps the undo.
   */
  setOwnGloss(item: ItemRef, own: Partial<OwnGloss>): OwnGloss {
    const previous = setOwnGloss(this.doc, item, own, this.clock());
    this.changed();
    return previous;
  }

  /** Marks the lesson's items still new as known; `undoStatuses` with the result puts them back. */
  markRestKnown(lessonItems: Iterable<ItemRef>): StatusUndo {
    const undo = markRestKnown(this.doc, lessonItems, this.clock());
    if (undo.previous.length) this.changed();
    return undo;
  }

  /** Undoes a `markRestKnown`; returns the keys put back (those not changed again since). */
  undoStatuses(undo: StatusUndo): string[] {
    const restored = undoStatuses(this.doc, undo, this.clock());
    if (restored.length) this.changed();
    return restored;
  }

  /**
   * Gives the records that lack where they were met (made by a quiz answer or a status before
   * records kept it) the lesson, sentence and gloss of a lesson that holds them; returns their keys.
   */
  fillContext(lessons: readonly ReaderDocument[]): string[] {
    const filled = fillContext(this.doc, lessons, this.clock());
    if (filled.length) this.changed();
    return filled;
  }

  // ---- reading ----

  queue(): ReviewQueue {
    const now = this.clock();
    return buildQueue(this.doc, { now, dayStart: dayStartAt(now, this.utcOffset()), newPerDay: this.newPerDay });
  }

  /** The item as the review webview shows it: a sentence of its own, the intervals per grade. */
  reviewCard(item: QueueItem): ReviewCardView {
    return reviewCardView(this.doc, item, this.scheduler, this.clock());
  }

  dashboard(lessons: readonly DashboardLesson[]): DashboardView {
    return { ...dashboardView(this.doc, lessons, this.clock(), this.utcOffset()), goal: this.goal() };
  }

  /** Today's progress toward the daily goal, and the streak. */
  goal(): GoalProgress {
    const goal = this.options.dailyGoal?.() ?? DEFAULT_GOAL;
    return goalProgress(this.doc, goal, this.clock(), this.utcOffset(), this.options.minutesRead?.() ?? {});
  }

  /** Probability of recall now, for items with a card. */
  retrievability(key: string): number | null {
    const card = this.doc.records.get(key)?.card;
    return card ? this.scheduler.retrievability(card, this.clock()) : null;
  }

  utcOffset(): number {
    return this.options.utcOffsetMinutes?.() ?? 0;
  }

  // ---- exports ----

  exportJson(): string {
    return exportJson(this.doc);
  }

  /** Merges an exported file into the progress (nothing already here is lost). */
  importJson(text: string, sourceName?: string): void {
    this.doc = importJson(this.doc, text, sourceName);
    adoptRenamedRecords(this.doc);
    this.changed();
  }

  /** Records an older Dépêche kept under a key since renamed are folded into the new key's. */
  private adoptRenamed(): void {
    if (adoptRenamedRecords(this.doc)) this.dirty = true;
  }

  private context(): SignalContext {
    return { now: this.clock(), rng: this.rng, scheduler: this.scheduler };
  }

  private changed(): void {
    this.dirty = true;
    for (const listener of this.listeners) listener();
  }
}
