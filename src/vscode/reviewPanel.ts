// "Review Due Vocabulary": the due items across all lessons, one card at a time, graded 1-4 with
// undo. The queue is rebuilt after each grade, so new items respect the day's cap as they go.
import type { ProgressService } from '../core/progress';
import { reviewProgress } from '../core/progress/views';
import { isGrade } from '../core/srs/scheduler';
import type { HostToReview, ReviewToHost } from '../protocol';
import type { ProgressHub } from './progressHub';
import type { SurfaceController, SurfaceSpec } from './progressPanel';
import { REVIEW_VIEW_TYPE } from './ids';

export const REVIEW_SURFACE: SurfaceSpec = { viewType: REVIEW_VIEW_TYPE, title: 'Review', surface: 'review' };

type Post = (message: HostToReview) => void;

export class ReviewController implements SurfaceController<HostToReview, ReviewToHost> {
  /** Grades given in this panel (the counter at the top). */
  private done = 0;
  /** The key on screen: a change from elsewhere only replaces the card once it is graded or gone. */
  private shown: string | null | undefined;
  private post: Post | undefined;
  private readonly subscription: { dispose(): void };

  /** `lessonTitle`: a lesson's title from its id, for the "From …" line under the sentence. */
  constructor(
    private readonly hub: ProgressHub,
    private readonly lessonTitle: (lessonId: string) => Promise<string | undefined> = async () => undefined,
  ) {
    this.subscription = hub.onDidChange(() => this.changedElsewhere());
  }

  async onReady(post: Post): Promise<void> {
    this.post = post;
    await this.send(await this.hub.ready());
  }

  async onMessage(message: ReviewToHost, post: Post): Promise<void> {
    this.post = post;
    const progress = await this.hub.ready();
    if (message.type === 'grade' && typeof message.key === 'string' && isGrade(message.grade)) {
      // Only the card on screen may be graded: a stale message (double key press) is dropped.
      if (progress.queue().items.some((i) => i.key === message.key)) {
        this.shown = undefined;
        progress.grade(message.key, message.grade);
        this.done++;
      }
    } else if (message.type === 'undo') {
      if (progress.undo() !== null) this.done = Math.max(0, this.done - 1);
      this.shown = undefined;
    }
    await this.send(progress);
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private changedElsewhere(): void {
    const progress = this.hub.loaded;
    if (!progress || !this.post || this.shown === undefined) return;
    const first = progress.queue().items[0]?.key ?? null;
    if (first !== this.shown && (this.shown === null || !progress.queue().items.some((i) => i.key === this.shown))) {
      void this.send(progress);
    }
  }

  private async send(progress: ProgressService): Promise<void> {
    const queue = progress.queue();
    const item = queue.items[0];
    this.shown = item?.key ?? null;
    const card = item ? progress.reviewCard(item) : null;
    if (card?.sentence) card.sentence.lesson = (await this.lessonTitle(card.sentence.lesson)) ?? card.sentence.lesson;
    this.post?.({ type: 'review', card, progress: reviewProgress(queue, this.done, progress.canUndo) });
  }
}
