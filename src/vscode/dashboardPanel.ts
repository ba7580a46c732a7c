// "Show Progress Dashboard": known items over time, reviews per day, retention, each lesson's
// coverage, the vocabulary table. Rebuilt when progress changes while the panel is open.
import * as l10n from '@vscode/l10n';
import type { DashboardLesson } from '../core/progress/views';
import { lessonVocabulary } from '../core/progress/coverage';
import { isStatus } from '../core/progress/model';
import { ownGlossEdit } from './readerProgress';
import type { DashboardToHost, HostToDashboard } from '../protocol';
import { Commands, DASHBOARD_VIEW_TYPE } from './ids';
import type { LessonCatalog } from './lessonCatalog';
import type { ProgressHub } from './progressHub';
import type { SurfaceController, SurfaceSpec } from './progressPanel';
import type { ReaderDeps } from './readerPanel';
import * as vscode from 'vscode';

// The tab speaks the page's language (depeche.interfaceLanguage), as the page it names does.
export const DASHBOARD_SURFACE: SurfaceSpec = {
  viewType: DASHBOARD_VIEW_TYPE,
  title: () => l10n.t('Progress'),
  pageTitle: () => l10n.t('Dépêche progress dashboard'),
  surface: 'dashboard',
};

/** Changes from elsewhere (a review in another panel) arrive in bursts: redraw once they settle. */
const REDRAW_DELAY_MS = 300;

type Post = (message: HostToDashboard) => void;

export class DashboardController implements SurfaceController<HostToDashboard, DashboardToHost> {
  private post: Post | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscription: { dispose(): void };

  constructor(
    private readonly hub: ProgressHub,
    private readonly catalog: LessonCatalog,
    private readonly documentFor: ReaderDeps['documentFor'],
  ) {
    this.subscription = hub.onDidChange(() => {
      if (!this.post) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.send().catch((e) => console.error('[depeche] dashboard', e)), REDRAW_DELAY_MS);
    });
  }

  async onReady(post: Post): Promise<void> {
    this.post = post;
    await this.send();
  }

  async onMessage(message: DashboardToHost): Promise<void> {
    if (message.type === 'openLesson' && typeof message.lessonId === 'string') {
      await vscode.commands.executeCommand(Commands.openLesson, message.lessonId);
    } else if (message.type === 'setStatus' && typeof message.key === 'string' && isStatus(message.status)) {
      (await this.hub.ready()).setStatus(message.key, message.status);
    } else if (message.type === 'setOwnGloss' && typeof message.key === 'string') {
      const edit = ownGlossEdit(message);
      // Only a word the progress knows: the table lists those.
      if (edit && (await this.hub.ready()).record(message.key)) (await this.hub.ready()).setOwnGloss(message.key, edit);
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
  }

  private async send(): Promise<void> {
    const progress = await this.hub.ready();
    const { lessons } = await this.catalog.load();
    const summaries: DashboardLesson[] = [];
    for (const lesson of lessons) {
      summaries.push({ title: lesson.meta.title, vocabulary: lessonVocabulary(await this.documentFor(lesson)) });
    }
    this.post?.({ type: 'dashboard', view: progress.dashboard(summaries) });
  }
}

