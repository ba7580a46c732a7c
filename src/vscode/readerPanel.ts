// The reader: one webview panel, reused for every lesson, restored after a window reload at the
// same lesson and scroll position. Messages follow src/protocol.ts; nothing is posted before `ready`.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { explainSentence, modelOffered, onModelOfferChange, type ExplainOutcome } from './lm/explainSentence';
import type { Lesson, ReaderDocument } from '../core/lesson/model';
import type { HostToReader, ReaderPrefs, ReaderToHost, ReaderViewState } from '../protocol';
import { Commands, READER_VIEW_TYPE } from './ids';
import type { LessonCatalog } from './lessonCatalog';
import type { ReaderPrefsStore } from './readerPrefs';
import { isQuizMessage, ReaderQuizHost, type ReaderQuizDeps } from './readerQuizHost';
import type { ReaderProgressLink } from './readerProgress';
import type { SpeechSettingsSource } from './speechSettings';
import { asViewState, type ReaderViewStore } from './readerViewStore';
import { closeWaitingTabs } from './restoredTabs';
import { webviewLocale } from './interfaceLanguage';
import type { UiLanguage } from '../core/uiLanguage';
import { makeNonce, webviewHtml } from './webviewHtml';

export interface ReaderDeps extends ReaderQuizDeps {
  extensionUri: vscode.Uri;
  catalog: LessonCatalog;
  prefs: ReaderPrefsStore;
  /** Where the open lesson and scroll position are kept for a restored panel. */
  viewStore: ReaderViewStore;
  documentFor(lesson: Lesson): Promise<ReaderDocument>;
  /** Lookups and statuses go to the learner's progress (set once progress is wired). */
  progress?: ReaderProgressLink;
  /** The listening settings, and where the page's French voices are reported. */
  speech?: SpeechSettingsSource;
  /** Told each time a lesson comes on display (the Lessons tree selects it). */
  onDidShowLesson?(lesson: Lesson): void;
}

/** Scroll messages arrive while the learner scrolls: store the position once it settles. */
const SAVE_SCROLL_DELAY_MS = 500;

export class ReaderPanel {
  static readonly viewType = READER_VIEW_TYPE;
  private static current: ReaderPanel | undefined;

  /** The open reader, if any. */
  static get active(): ReaderPanel | undefined {
    return ReaderPanel.current;
  }

  /** Shows `lesson` in the reader, creating the panel if none is open. */
  static async createOrShow(deps: ReaderDeps, lesson: Lesson): Promise<ReaderPanel> {
    const column = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
    let reader = ReaderPanel.current;
    if (reader) {
      reader.panel.reveal(reader.panel.viewColumn ?? column);
      // Already on display (or on its way): keep the reader's place.
      if (reader.requested?.id === lesson.id) return reader;
    } else {
      await closeWaitingTabs(ReaderPanel.viewType);
      const panel = vscode.window.createWebviewPanel(ReaderPanel.viewType, lesson.meta.title, column, {
        ...webviewOptions(deps.extensionUri),
        enableFindWidget: true,
      });
      reader = new ReaderPanel(panel, deps);
    }
    await reader.show(lesson, 0);
    return reader;
  }

  /**
   * Brings back a panel VS Code restored after a reload, at the lesson and position it showed; if a
   * reader is open already (the learner opened a lesson before this tab was shown), the one open stays.
   */
  static async revive(panel: vscode.WebviewPanel, deps: ReaderDeps, state: unknown): Promise<void> {
    if (ReaderPanel.current) {
      panel.dispose();
      return;
    }
    panel.webview.options = webviewOptions(deps.extensionUri);
    const reader = new ReaderPanel(panel, deps);
    // The host's file is written as the learner scrolls; the webview's state may be older.
    const view = (await deps.viewStore.read()) ?? asViewState(state);
    const lesson = view && (await deps.catalog.find(view.lessonId));
    if (!lesson) {
      reader.dispose();
      return;
    }
    await reader.show(lesson, view.scrollTop);
  }

  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private disposed = false;
  private lesson: Lesson | undefined;
  private document: ReaderDocument | undefined;
  /**
   * The lesson last asked for, and the number of that request. Documents build at different speeds
   * (a cached one at once, a fresh one after its analysis): only the latest request is displayed.
   */
  private requested: Lesson | undefined;
  private requests = 0;
  /** Shows and reloads under way (`settled` waits for them). */
  private readonly pending = new Set<Promise<void>>();
  private scrollTop = 0;
  private saveTimer: NodeJS.Timeout | undefined;
  /** The page was rebuilt with a quiz open: it opens again (same attempt) once the page is ready. */
  private reopenQuiz = false;
  private language: UiLanguage = 'en';
  readonly quiz: ReaderQuizHost;

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly deps: ReaderDeps,
  ) {
    ReaderPanel.current = this;
    this.quiz = new ReaderQuizHost(deps, () => this.lesson, (message) => this.post(message));
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'depeche.svg');
    // Static: lessons arrive as messages. Rebuilt only when the interface language changes.
    this.buildPage();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: ReaderToHost) => this.receive(m)),
      deps.prefs.onDidChange((prefs) => this.post({ type: 'prefs', prefs })),
      deps.catalog.onDidChange(() => void this.reload()),
      onModelOfferChange(() => void this.postModelOffer()),
      { dispose: () => this.explaining?.cancel() },
    );
    if (deps.progress) this.disposables.push(deps.progress.onDidChange(() => this.postStatuses()));
    if (deps.speech) this.disposables.push(deps.speech.onDidChange((settings) => this.post({ type: 'speech', settings })));
  }

  /** The lesson on display. */
  get lessonId(): string | undefined {
    return this.lesson?.id;
  }

  /** The document on display (what lookups and statuses refer to). */
  get readerDocument(): ReaderDocument | undefined {
    return this.document;
  }

  get visible(): boolean {
    return this.panel.visible;
  }

  /** The page said `ready` (since it was last built). */
  get isReady(): boolean {
    return this.ready;
  }

  /** The interface language the page was built in. */
  get pageLanguage(): UiLanguage {
    return this.language;
  }

  /**
   * The interface language changed: the page is built again in it. Its `ready` brings the lesson
   * back at the scroll position last reported, and an open quiz at the same attempt.
   */
  relocalize(): void {
    if (this.disposed) return;
    this.reopenQuiz = this.quiz.openAttempt;
    this.buildPage();
  }

  private buildPage(): void {
    this.ready = false;
    this.language = webviewLocale().lang;
    this.panel.webview.html = readerPage(this.panel.webview, this.deps.extensionUri);
  }

  show(lesson: Lesson, scrollTop: number): Promise<void> {
    return this.track(this.showNow(lesson, scrollTop));
  }

  /** Resolves once every lesson asked for so far is on display or given up for a later one. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  private track(work: Promise<void>): Promise<void> {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work)).catch(() => undefined);
    return work;
  }

  private async showNow(lesson: Lesson, scrollTop: number): Promise<void> {
    const request = ++this.requests;
    this.requested = lesson;
    let document: ReaderDocument;
    try {
      document = await this.deps.documentFor(lesson);
    } catch (e) {
      // Not on display: asking for it again tries again.
      if (request === this.requests) this.requested = this.lesson;
      throw e;
    }
    // A restored panel may have replaced this one, or the learner asked for another lesson, while
    // the document was being built.
    if (this.disposed || request !== this.requests) return;
    this.document = document;
    this.lesson = lesson;
    this.scrollTop = scrollTop;
    this.panel.title = lesson.meta.title;
    this.saveViewState();
    this.postLesson();
    this.deps.onDidShowLesson?.(lesson);
  }

  /**
   * Lesson files changed on disk (an author at work, an import): show the new version of the lesson
   * where the reader is. The lesson the learner opens meanwhile is the one that stays.
   */
  private reload(): Promise<void> {
    return this.track(this.reloadNow());
  }

  private async reloadNow(): Promise<void> {
    const shown = this.requested;
    if (!shown) return;
    const request = this.requests;
    const fresh = await this.deps.catalog.find(shown.id);
    if (this.disposed || request !== this.requests) return;
    // A lesson that no longer parses stays on screen as it was; the tree says what is wrong. An
    // unchanged one is the same object (the catalog keeps it) and is not sent again: the page would
    // lose an open card for nothing.
    if (fresh && fresh !== shown) await this.show(fresh, shown.id === this.lesson?.id ? this.scrollTop : 0);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (ReaderPanel.current === this) ReaderPanel.current = undefined;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.panel.dispose();
    vscode.Disposable.from(...this.disposables.splice(0)).dispose();
  }

  /** A message from the page (public so the integration suite can speak for the page). */
  receive(message: ReaderToHost): void {
    if (message && isQuizMessage(message)) {
      this.quiz.receive(message);
      return;
    }
    switch (message?.type) {
      case 'ready':
        // Also after the webview reloaded itself (hidden then shown): send the lesson again.
        this.ready = true;
        this.postLesson();
        if (this.reopenQuiz) {
          this.reopenQuiz = false;
          void this.quiz.start().catch((e) => console.error('[depeche] could not reopen the quiz', e));
        }
        void this.postModelOffer();
        break;
      case 'scrolled':
        if (typeof message.scrollTop === 'number' && message.scrollTop >= 0) {
          this.scrollTop = message.scrollTop;
          if (this.saveTimer) clearTimeout(this.saveTimer);
          this.saveTimer = setTimeout(() => this.saveViewState(), SAVE_SCROLL_DELAY_MS);
        }
        break;
      case 'prefsChanged':
        void this.deps.prefs.choose(message.prefs);
        break;
      case 'lookup':
        if (this.document && typeof message.key === 'string' && typeof message.unit === 'number') {
          this.withProgress((p, doc) => p.lookup(doc, message.unit, message.key));
        }
        break;
      case 'setStatus':
        if (typeof message.key === 'string') this.withProgress((p, doc) => p.setStatus(doc, message.key, message.status));
        break;
      case 'setOwnGloss':
        if (typeof message.key === 'string') this.withProgress((p, doc) => p.setOwnGloss(doc, message.key, message));
        break;
      case 'markRestKnown':
        if (Array.isArray(message.keys)) this.withProgress(async (p, doc) => void (await p.markRestKnown(doc, message.keys)));
        break;
      case 'undoMarkRestKnown':
        this.withProgress(async (p, doc) => void (await p.undoMarkRestKnown(doc)));
        break;
      case 'nextLesson':
        void vscode.commands.executeCommand(Commands.nextLesson);
        break;
      case 'voices':
        this.deps.speech?.report(message.voices);
        break;
      case 'explainSentence':
        if (typeof message.unit === 'number') void this.explainSentence(message.unit);
        break;
      case 'openLink':
        // The page only offers http(s) links; check again, the host is the one that opens them.
        if (typeof message.href === 'string' && /^https?:\/\//i.test(message.href)) {
          void vscode.env.openExternal(vscode.Uri.parse(message.href, true));
        }
        break;
    }
  }

  private explaining: vscode.CancellationTokenSource | undefined;

  /**
   * "Explain this sentence" for a unit of the lesson on display; the answer goes to the card. A new
   * request cancels the one before. Public so the integration suite can speak for the page.
   */
  async explainSentence(unit: number, cancellation?: vscode.CancellationToken): Promise<ExplainOutcome | undefined> {
    const doc = this.document;
    if (!doc) return undefined;
    this.explaining?.cancel();
    const source = (this.explaining = new vscode.CancellationTokenSource());
    cancellation?.onCancellationRequested(() => source.cancel());
    const outcome = await explainSentence(doc, unit, source.token);
    if (this.document === doc) {
      this.post(
        outcome.outcome === 'explained'
          ? { type: 'sentenceExplanation', unit, text: outcome.text, model: outcome.model }
          : { type: 'sentenceExplanation', unit, error: outcome.message },
      );
    }
    return outcome;
  }

  private async postModelOffer(): Promise<void> {
    this.post({ type: 'languageModel', offered: await modelOffered() });
  }

  private postLesson(): void {
    if (!this.document) return;
    this.post({ type: 'lesson', doc: this.document, prefs: this.prefs(), scrollTop: this.scrollTop });
    if (this.deps.speech) this.post({ type: 'speech', settings: this.deps.speech.current() });
    this.postStatuses();
  }

  /** The statuses of the words on the page (after the lesson, and after every progress change). */
  private postStatuses(): void {
    const doc = this.document;
    if (!doc || !this.ready || !this.deps.progress) return;
    this.deps.progress.statusesFor(doc).then(
      (message) => {
        if (this.document === doc) this.post(message);
      },
      (e) => console.error('[depeche] statuses', e),
    );
  }

  private withProgress(action: (progress: ReaderProgressLink, doc: ReaderDocument) => Promise<void>): void {
    if (!this.document || !this.deps.progress) return;
    action(this.deps.progress, this.document).catch((e) => console.error('[depeche] progress', e));
  }

  private prefs(): ReaderPrefs {
    return this.deps.prefs.current();
  }

  private post(message: HostToReader): void {
    // An answer from a model may arrive after the panel closed.
    if (this.ready && !this.disposed) void this.panel.webview.postMessage(message);
  }

  private saveViewState(): void {
    if (!this.lesson) return;
    const view: ReaderViewState = { lessonId: this.lesson.id, scrollTop: this.scrollTop };
    this.deps.viewStore.write(view).catch((e) => console.error('[depeche] could not save the reader position', e));
  }
}

/** The reader's page (also the lesson preview's): static, lessons arrive as messages. */
export function readerPage(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const asset = (...parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...parts)).toString();
  return webviewHtml({
    cspSource: webview.cspSource,
    nonce: makeNonce(),
    title: l10n.t('Dépêche reader'), // the page's language (depeche.interfaceLanguage)
    scriptUri: asset('dist', 'webview', 'reader.js'),
    styleUris: [asset('media', 'common.css'), asset('media', 'reader.css'), asset('media', 'quiz.css')],
    surface: 'reader',
    locale: webviewLocale(),
  });
}

/** Scripts on; the page may load only the bundled webview scripts and the css/icons in `media/`. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}
