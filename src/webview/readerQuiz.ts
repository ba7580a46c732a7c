// The quiz inside the reader page: a drawer below the text holding a QuizView, wired to the
// reader's host messages. After each answer the evidence is highlighted in the text and scrolled
// into view; the next prompt or Esc clears it. Esc closes the drawer back to the text, keeping an
// unfinished session (kept in the webview state too, so a reloaded panel resumes it).
import * as l10n from '@vscode/l10n';
import type { ReaderDocument } from '../core/lesson/model';
import { lessonText } from '../core/quiz/lessonText';
import { currentItem, startSession, toAttempt, type QuizSessionState } from '../core/quiz/session';
import { answerSpans } from '../core/quiz/snippets';
import type { Span } from '../core/quiz/types';
import type { HostToQuiz, ReaderToHost } from '../protocol';
import { el } from './dom';
import { EvidenceHighlighter, paragraphTexts } from './evidence';
import { QuizView } from './quiz/quizView';

export interface ReaderQuizDeps {
  post(message: ReaderToHost): void;
  /** Persists the session of the quiz in progress (undefined when there is none). */
  saveSession(session: QuizSessionState | undefined): void;
  /** The drawer opens: the reader puts its gloss card away. */
  opened(): void;
  /** Where the learner's focus goes back to when the drawer closes. */
  returnFocus(): void;
}

/** Where focus lands when the drawer opens: moving on after feedback, else the answer's first control. */
const FOCUS_ORDER = ['.quiz-next', '.quiz-input', '.quiz-summary button', 'button:not(:disabled):not(.quiz-link)'];

type QuizStart = Extract<HostToQuiz, { type: 'quizStart' }>;

export class ReaderQuiz {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly heading: HTMLElement;
  /** Mounted only while the drawer is open, so its keys never answer a hidden quiz. */
  private view: QuizView | undefined;
  /** The session of this lesson's quiz, open or put away. */
  private session: QuizSessionState | undefined;
  private title = '';
  private doc: ReaderDocument | undefined;
  private readonly evidence: EvidenceHighlighter;
  /** A cloze's answer, hidden in the text while its question is open (the evidence shows it after). */
  private readonly hiddenAnswer: EvidenceHighlighter;

  constructor(textRoot: ParentNode, private readonly deps: ReaderQuizDeps) {
    this.evidence = new EvidenceHighlighter(textRoot);
    this.hiddenAnswer = new EvidenceHighlighter(textRoot, 'quiz-hidden');
    this.heading = el('h2', { class: 'quiz-drawer-title', attrs: { id: 'quiz-drawer-title' }, text: l10n.t('Quiz') });
    const close = el('button', {
      class: 'tool quiz-drawer-close',
      attrs: { type: 'button', 'aria-label': l10n.t('Close the quiz (Esc)'), title: l10n.t('Close the quiz (Esc)') },
      text: '×',
    });
    close.addEventListener('click', () => this.close());
    this.body = el('div', { class: 'quiz-drawer-body' });
    this.element = el(
      'aside',
      { class: 'quiz-drawer', attrs: { 'aria-labelledby': 'quiz-drawer-title', hidden: '' } },
      el('header', { class: 'quiz-drawer-header' }, this.heading, close),
      this.body,
    );
    // Capture phase: Esc closes the drawer before the quiz view or the reader see it.
    window.addEventListener('keydown', (event) => this.onEscape(event), true);
    // The text must scroll clear of the drawer: its height is a variable the reader's css uses.
    new ResizeObserver(() => this.reportHeight()).observe(this.element);
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  /** The text the open question keeps hidden ('' when none). */
  get hiddenText(): string {
    return this.hiddenAnswer.text;
  }

  /** The text of the highlighted evidence ('' when none). */
  get evidenceText(): string {
    return this.evidence.text;
  }

  /** A new lesson on display: a quiz of another lesson is dropped; a saved unfinished one of this lesson comes back. */
  setLesson(doc: ReaderDocument, saved: QuizSessionState | undefined): void {
    const changed = this.doc?.lessonId !== doc.lessonId;
    this.doc = doc;
    if (!changed) return;
    this.unmount();
    this.hide();
    this.setSession(saved && saved.quiz.lessonId === doc.lessonId && saved.phase !== 'finished' ? saved : undefined);
    this.title = doc.meta.title;
    if (this.session) this.open();
  }

  /** The toolbar's Quiz button: reopen the unfinished quiz, or ask the host for one. */
  request(): void {
    if (this.session && this.session.phase !== 'finished') this.open();
    else this.deps.post({ type: 'quizRequest' });
  }

  /**
   * The host sends a quiz. An unfinished session of this lesson goes on (the host may have lost
   * its seed in a window reload; the answers posted carry the session's own); otherwise it starts.
   */
  start(message: QuizStart): void {
    if (!this.doc || message.quiz.lessonId !== this.doc.lessonId) return;
    const current = this.session;
    const unfinished = current && current.phase !== 'finished' && current.quiz.lessonId === message.quiz.lessonId ? current : undefined;
    const resume = message.session ?? unfinished;
    this.unmount();
    this.title = message.title;
    this.setSession(resume ?? startSession(message.quiz));
    this.open();
  }

  close(): void {
    if (!this.isOpen) return;
    this.unmount();
    this.hide();
    const session = this.session;
    if (session?.phase === 'finished') this.setSession(undefined);
    if (session) this.deps.post({ type: 'quizClosed', lessonId: session.quiz.lessonId });
    this.deps.returnFocus();
  }

  private open(): void {
    const session = this.session;
    if (!session) return;
    this.deps.opened();
    if (!this.view) this.view = this.mount(session);
    this.element.hidden = false;
    this.reportHeight();
    // Focus into the quiz, so that 1-4 and Enter answer (or move on) at once.
    const target = FOCUS_ORDER.map((s) => this.body.querySelector<HTMLElement>(s)).find((e) => e);
    target?.focus({ preventScroll: true });
  }

  private mount(session: QuizSessionState): QuizView {
    this.heading.textContent = this.title ? l10n.t('Quiz · {0}', this.title) : l10n.t('Quiz');
    const { quiz } = session;
    const view = new QuizView(this.body, {
      stateChanged: (state) => {
        // The next prompt (or the summary) clears the evidence of the last answer; an answer
        // uncovers what its question hid, then the evidence shows it.
        if (state.phase !== 'feedback') this.evidence.clear();
        this.hideAnswer(state);
        this.setSession(state);
      },
      answered: (item, response, correct, retry) => this.deps.post({
        type: 'quizAnswer', lessonId: quiz.lessonId, seed: quiz.seed, itemId: item.id, response, correct, retry, keys: item.keys,
      }),
      showEvidence: (span) => this.showEvidence(span),
      // The webview is the boundary where the clock may be read.
      finished: (state) => this.deps.post({ type: 'quizFinished', attempt: toAttempt(state, new Date()) }),
      newAttempt: () => this.deps.post({ type: 'quizNewAttempt', lessonId: quiz.lessonId }),
      close: () => this.close(),
    });
    view.start(quiz, this.title, session);
    this.hideAnswer(view.session ?? session);
    return view;
  }

  /** Hides the open question's answer in the text (a cloze's word), or uncovers it when no question waits. */
  private hideAnswer(state: QuizSessionState): void {
    const item = currentItem(state);
    if (!this.doc || state.phase !== 'question' || !item) {
      this.hiddenAnswer.clear();
      return;
    }
    const text = lessonText({ paragraphs: paragraphTexts(this.doc) });
    for (const mark of this.hiddenAnswer.showAll(this.doc, answerSpans(item, text))) {
      mark.setAttribute('aria-hidden', 'true');
      mark.title = l10n.t('Hidden until you answer');
    }
  }

  private setSession(session: QuizSessionState | undefined): void {
    this.session = session;
    this.deps.saveSession(session);
  }

  private showEvidence(span: Span): void {
    if (!this.doc) return;
    const marks = this.evidence.show(this.doc, span);
    marks[0]?.scrollIntoView({ block: 'center' });
    this.deps.post({ type: 'showEvidence', lessonId: this.doc.lessonId, evidence: span });
  }

  private hide(): void {
    this.element.hidden = true;
    this.reportHeight();
  }

  /** Removes the quiz view and its key handling, and the evidence it showed. */
  private unmount(): void {
    this.evidence.clear();
    this.hiddenAnswer.clear();
    this.view?.dispose();
    this.view = undefined;
  }

  private onEscape(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.isOpen) return;
    const target = event.target instanceof Node ? event.target : null;
    // Esc in the text belongs to the gloss card there; from the quiz (or nowhere) it closes the quiz.
    if (target !== document.body && !(target && this.element.contains(target))) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.close();
  }

  private reportHeight(): void {
    const height = this.isOpen ? this.element.getBoundingClientRect().height : 0;
    document.documentElement.style.setProperty('--quiz-drawer-height', `${Math.ceil(height)}px`);
  }
}
