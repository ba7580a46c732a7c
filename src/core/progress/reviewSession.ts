// One sitting of Review Due Vocabulary, as Anki runs it: the item on screen is the head of the
// queue, except right after an undo, when the undone item comes back first. Undo only takes back
// this sitting's own grades, newest first: never a quiz answer or a lookup made elsewhere.
import type { Grade } from '../srs/scheduler';
import type { QueueItem } from './queue';
import type { ProgressService } from './service';
import type { UndoEntry } from './signals';
import type { ReviewCardView, ReviewProgress } from './views';
import { reviewProgress } from './views';

export class ReviewSession {
  /** This sitting's grades still in force, oldest first, with the item as it was shown. */
  private readonly graded: { entry: UndoEntry; item: QueueItem }[] = [];
  /** The item an undo brought back: shown before the queue until it is graded again. */
  private returned: QueueItem | null = null;
  /** The item last handed out by `view`: the only one that may be graded. */
  private onScreen: QueueItem | null = null;

  constructor(readonly progress: ProgressService) {}

  /** The item to show: the one an undo brought back, else the head of the queue. */
  current(): QueueItem | null {
    if (this.returned) {
      const status = this.progress.record(this.returned.key)?.status;
      // Marked known or ignored elsewhere since the undo: it no longer wants reviewing.
      if (status !== 'known' && status !== 'ignored') return this.returned;
      this.returned = null;
    }
    return this.progress.queue().items[0] ?? null;
  }

  /**
   * Grades the item on screen (even if another has come due since it was shown) or one waiting in
   * the queue; any other key (a stale message, a double key press) is ignored.
   */
  grade(key: string, grade: Grade): boolean {
    const item = this.onScreen?.key === key ? this.onScreen : this.progress.queue().items.find((i) => i.key === key);
    if (!item) return false;
    if (item === this.onScreen) this.onScreen = null;
    this.graded.push({ entry: this.progress.grade(key, grade), item });
    if (this.returned?.key === key) this.returned = null;
    return true;
  }

  /**
   * Takes back this sitting's last grade: the item's earlier card and status come back and it is
   * shown again. Returns its key, or null when there is nothing to undo.
   */
  undo(): string | null {
    const last = this.graded.pop();
    if (!last) return null;
    if (this.supersededElsewhere(last.entry)) return null;
    this.progress.undo(last.entry);
    this.returned = last.item;
    return last.item.key;
  }

  get canUndo(): boolean {
    return this.graded.length > 0;
  }

  /** Grades given in this sitting and not undone. */
  get done(): number {
    return this.graded.length;
  }

  /** The card to show (now the one on screen) and the counts above it. */
  view(): { card: ReviewCardView | null; progress: ReviewProgress } {
    const item = (this.onScreen = this.current());
    return {
      card: item ? this.progress.reviewCard(item) : null,
      progress: reviewProgress(this.progress.queue(), this.done, this.canUndo),
    };
  }

  /** A quiz answer or lookup graded the item after this grade: undoing would wipe that one out. */
  private supersededElsewhere(entry: UndoEntry): boolean {
    const history = this.progress.record(entry.key)?.history ?? [];
    const lastGrade = history.filter((e) => e.grade !== 'seen' && !e.undone).pop();
    return lastGrade?.id !== entry.eventId;
  }
}
