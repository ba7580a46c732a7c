// "Open Lesson Preview to the Side": the reader beside the lesson's Markdown, updated as the author
// types (after a pause), at the same scroll position, following the paragraph the cursor is in. A
// lesson with errors shows what parses and lists what does not. Uses the reader's own page: its
// display, translation and size buttons work as in the reader, its Quiz quizzes the lesson as
// written now (recording nothing), and it has no Next lesson.
import * as vscode from 'vscode';
import type { Lesson, ReaderDocument } from '../../core/lesson/model';
import type { Quiz } from '../../core/quiz/types';
import type { HostToReader, ReaderToHost } from '../../protocol';
import { LESSON_PREVIEW_VIEW_TYPE } from '../ids';
import { readerPage, webviewOptions } from '../readerPanel';
import type { ReaderPrefsStore } from '../readerPrefs';
import { isQuizMessage, ReaderQuizHost } from '../readerQuizHost';
import type { QuizRecorder } from '../quizRecorder';
import type { LessonReports } from './lessonReports';

/** Typing pauses this long update the preview (well within the 300 ms asked of it). */
const UPDATE_DELAY_MS = 150;

export interface LessonPreviewDeps {
  extensionUri: vscode.Uri;
  reports: LessonReports;
  prefs: ReaderPrefsStore;
  /** The window's quiz maker (the reader's). */
  quizFor(lesson: Lesson, seed: number): Promise<Quiz>;
}

/** A quiz taken on a draft is practice for the author: nothing goes into the learner's progress. */
const RECORDS_NOTHING: QuizRecorder = { recordAnswer: () => undefined, recordAttempt: () => undefined };

export class LessonPreview {
  private static current: LessonPreview | undefined;

  static get active(): LessonPreview | undefined {
    return LessonPreview.current;
  }

  /** Shows the preview of `document` beside its editor, creating the panel if none is open. */
  static show(deps: LessonPreviewDeps, document: vscode.TextDocument): LessonPreview {
    let preview = LessonPreview.current;
    if (!preview) {
      const panel = vscode.window.createWebviewPanel(
        LESSON_PREVIEW_VIEW_TYPE,
        vscode.l10n.t('Lesson Preview'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        webviewOptions(deps.extensionUri),
      );
      preview = new LessonPreview(panel, deps);
    } else {
      preview.panel.reveal(undefined, true);
    }
    preview.track(document);
    return preview;
  }

  private readonly disposables: vscode.Disposable[] = [];
  private document: vscode.TextDocument | undefined;
  private readerDoc: ReaderDocument | undefined;
  private problems: string[] = [];
  private ready = false;
  private scrollTop = 0;
  private timer: NodeJS.Timeout | undefined;
  private revealed: number | undefined;
  private readonly updated = new vscode.EventEmitter<ReaderDocument | undefined>();
  /** The Quiz button's quiz, on the lesson as it parses now. */
  readonly quiz: ReaderQuizHost;
  /** Fires after each update posted to the page (the integration tests wait on it). */
  readonly onDidUpdate = this.updated.event;

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly deps: LessonPreviewDeps,
  ) {
    LessonPreview.current = this;
    this.quiz = new ReaderQuizHost(
      { quizFor: deps.quizFor, recorder: RECORDS_NOTHING },
      () => (this.document && !this.document.isClosed ? this.deps.reports.reportFor(this.document).checked.lesson : undefined),
      (message) => this.post(message),
    );
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'depeche.svg');
    panel.webview.html = readerPage(panel.webview, deps.extensionUri);
    this.disposables.push(
      this.updated,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: ReaderToHost) => this.receive(m)),
      deps.prefs.onDidChange((prefs) => this.post({ type: 'prefs', prefs })),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && editor.document !== this.document && deps.reports.isLesson(editor.document)) this.track(editor.document);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) this.follow(e.selections[0]?.active.line ?? 0);
      }),
    );
  }

  /** The document shown, as the reader has it (undefined until the lesson parses far enough). */
  get readerDocument(): ReaderDocument | undefined {
    return this.readerDoc;
  }

  /** What the page lists as not shown. */
  get shownProblems(): readonly string[] {
    return this.problems;
  }

  get source(): vscode.TextDocument | undefined {
    return this.document;
  }

  dispose(): void {
    if (LessonPreview.current === this) LessonPreview.current = undefined;
    clearTimeout(this.timer);
    this.panel.dispose();
    vscode.Disposable.from(...this.disposables.splice(0)).dispose();
  }

  private track(document: vscode.TextDocument): void {
    if (document !== this.document) {
      this.scrollTop = 0;
      this.revealed = undefined;
    }
    this.document = document;
    this.refresh();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), UPDATE_DELAY_MS);
  }

  private refresh(): void {
    const document = this.document;
    if (!document || document.isClosed) return;
    const report = this.deps.reports.reportFor(document);
    this.problems = report.checked.errors.map((e) => vscode.l10n.t('Line {0}: {1}', e.line, e.message));
    if (report.analysis) this.readerDoc = report.analysis.document;
    else if (!report.checked.lesson) this.problems.push(vscode.l10n.t('Nothing of the lesson can be shown until these are fixed.'));
    this.panel.title = this.readerDoc ? vscode.l10n.t('Preview: {0}', this.readerDoc.meta.title) : vscode.l10n.t('Lesson Preview');
    this.postAll();
  }

  private postAll(): void {
    if (!this.ready) return;
    if (this.readerDoc) this.post({ type: 'lesson', doc: this.readerDoc, prefs: this.deps.prefs.current(), scrollTop: this.scrollTop });
    this.post({ type: 'previewProblems', problems: this.problems });
    this.updated.fire(this.readerDoc);
  }

  /** The cursor moved to 0-based `line` of the Markdown: show the paragraph it is in. */
  private follow(line: number): void {
    const document = this.document;
    if (!document) return;
    const report = this.deps.reports.reportFor(document);
    const { lesson, parsed } = report.checked;
    if (!lesson || !parsed) return;
    const fileLine = line + 1;
    let paragraph: number | undefined;
    lesson.paragraphs.forEach((p, i) => {
      const start = parsed.origin[p.line - 1] ?? p.line;
      let end = start;
      while (end < document.lineCount && !document.lineAt(end).isEmptyOrWhitespace) end++;
      if (fileLine >= start && fileLine <= end) paragraph = i;
    });
    if (paragraph === undefined || paragraph === this.revealed) return;
    this.revealed = paragraph;
    this.post({ type: 'revealParagraph', paragraph });
  }

  /** The interface language changed: the page is built again, and the lesson's problems said anew. */
  relocalize(): void {
    this.ready = false;
    this.panel.webview.html = readerPage(this.panel.webview, this.deps.extensionUri);
    if (this.document) this.deps.reports.forget(this.document);
    this.refresh();
  }

  private receive(message: ReaderToHost): void {
    if (message && isQuizMessage(message)) {
      this.quiz.receive(message);
      return;
    }
    switch (message?.type) {
      case 'ready':
        this.ready = true;
        this.postAll();
        break;
      case 'scrolled':
        if (typeof message.scrollTop === 'number' && message.scrollTop >= 0) this.scrollTop = message.scrollTop;
        break;
      case 'prefsChanged':
        void this.deps.prefs.choose(message.prefs);
        break;
      // Lookups and statuses belong to the reader: a preview records nothing. Next lesson is hidden.
    }
  }

  private post(message: HostToReader): void {
    if (this.ready) void this.panel.webview.postMessage(message);
  }
}
