// The Lessons tree's background work, kept apart from vscode so it can be tested: the known share
// of each lesson, computed one lesson at a time. A lesson whose computation fails is not asked
// again: the tree redraws when the work is done and would otherwise ask for it at once, forever.
import type { Lesson } from '../core/lesson/model';

export class LessonShareWorker {
  private readonly shares = new Map<string, number>();
  /** Per lesson object: a reloaded catalog makes new objects, and the document cache decides then. */
  private readonly failed = new WeakSet<Lesson>();
  private readonly pending = new Map<string, Lesson>();
  private working = false;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly compute: (lesson: Lesson) => Promise<number>,
    /** Called once the queue is empty (the tree redraws). */
    private readonly onDone: () => void,
    private readonly onError: (lesson: Lesson, error: unknown) => void,
  ) {}

  /** The share if it is known; otherwise it is queued, unless this lesson already failed. */
  shareOf(lesson: Lesson): number | undefined {
    const share = this.shares.get(lesson.id);
    if (share === undefined && !this.failed.has(lesson)) {
      this.pending.set(lesson.id, lesson);
      if (!this.working) this.idle = this.work();
    }
    return share;
  }

  /** Progress changed: every share is computed again when next asked for. */
  forget(): void {
    this.shares.clear();
  }

  /** Resolves when the queue is empty. */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  /** One lesson at a time, so the extension host stays responsive; one redraw at the end. */
  private async work(): Promise<void> {
    this.working = true;
    try {
      for (let next = first(this.pending); next; next = first(this.pending)) {
        this.pending.delete(next.id);
        try {
          this.shares.set(next.id, await this.compute(next));
        } catch (error) {
          this.failed.add(next);
          this.onError(next, error);
        }
      }
    } finally {
      this.working = false;
    }
    this.onDone();
  }
}

function first(map: Map<string, Lesson>): Lesson | undefined {
  return map.values().next().value;
}
