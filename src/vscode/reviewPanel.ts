// "Review Due Vocabulary": the due items across all lessons, one card at a time, graded 1-4 with
// undo. The queue is rebuilt after each grade, so new items respect the day's cap as they go;
// an undo shows the undone card again first (core/progress/reviewSession.ts).
import * as l10n from '@vscode/l10n';
import type { ProgressService } from '../core/progress';
import { ReviewSession } from '../core/progress/reviewSession';
import { isGrade } from '../core/srs/scheduler';
import type { HostToReview, ReviewToHost, SpeechSettings } from '../protocol';
import type { ProgressHub } from './progressHub';
import type { SurfaceController, SurfaceSpec } from './progressPanel';
import { REVIEW_VIEW_TYPE } from './ids';

// The tab speaks the page's language (depeche.interfaceLanguage), as the page it names does.
export const REVIEW_SURFACE: SurfaceSpec = {
  viewType: REVIEW_VIEW_TYPE,
  title: () => l10n.t('Review'),
  pageTitle: () => l10n.t('Dépêche review'),
  surface: 'review',
};

type Post = (message: HostToReview) => void;

/** What the panel needs of the progress hub: the window's one service, and its changes. */
export type ReviewProgressSource = Pick<ProgressHub, 'ready' | 'loaded' | 'onDidChange'>;

export class ReviewController implements SurfaceController<HostToReview, ReviewToHost> {
  /** This panel's sitting: what is shown, what may be undone (core/progress/reviewSession.ts). */
  private session: ReviewSession | undefined;
  /** The key on screen: a change from elsewhere only replaces the card once it is graded or gone. */
  private shown: string | null | undefined;
  private post: Post | undefined;
  private readonly subscription: { dispose(): void };

  /** `lessonTitle`: a lesson's title from its id, for the "From …" line under the sentence. */
  constructor(
    private readonly hub: ReviewProgressSource,
    private readonly lessonTitle: (lessonId: string) => Promise<string | undefined> = async () => undefined,
    /** The listening settings, sent with each card (a change applies from the next card). */
    private readonly speech?: () => SpeechSettings,
  ) {
    this.subscription = hub.onDidChange(() => this.changedElsewhere());
  }

  async onReady(post: Post): Promise<void> {
    this.post = post;
    await this.send(this.sessionOf(await this.hub.ready()));
  }

  async onMessage(message: ReviewToHost, post: Post): Promise<void> {
    this.post = post;
    const session = this.sessionOf(await this.hub.ready());
    if (message.type === 'grade' && typeof message.key === 'string' && isGrade(message.grade)) {
      // Only the card on screen may be graded: a stale message (double key press) is dropped.
      this.shown = undefined;
      session.grade(message.key, message.grade);
    } else if (message.type === 'undo') {
      this.shown = undefined;
      session.undo();
    }
    await this.send(session);
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private sessionOf(progress: ProgressService): ReviewSession {
    if (this.session?.progress !== progress) this.session = new ReviewSession(progress);
    return this.session;
  }

  private changedElsewhere(): void {
    const progress = this.hub.loaded;
    if (!progress || !this.post || this.shown === undefined) return;
    const session = this.sessionOf(progress);
    const next = session.current()?.key ?? null;
    if (next !== this.shown && (this.shown === null || !progress.queue().items.some((i) => i.key === this.shown))) {
      void this.send(session);
    }
  }

  private async send(session: ReviewSession): Promise<void> {
    const { card, progress } = session.view();
    this.shown = card?.key ?? null;
    if (card?.sentence) card.sentence.lesson = (await this.lessonTitle(card.sentence.lesson)) ?? card.sentence.lesson;
    this.post?.({ type: 'review', card, progress, ...(this.speech ? { speech: this.speech() } : {}) });
  }
}
