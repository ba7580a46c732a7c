// What a restored panel needs to reopen where it was: the lesson, the scroll position and the
// display prefs, kept in the webview state; scroll positions also go to the host, throttled.
import type { QuizSessionState } from '../core/quiz/session';
import type { ReaderPrefs, ReaderToHost, ReaderViewState } from '../protocol';

const SCROLL_REPORT_MS = 250;

export class ViewStateKeeper {
  private state: ReaderViewState;
  private pendingScroll: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly api: { setState(state: ReaderViewState): void; postMessage(message: ReaderToHost): void },
    saved: ReaderViewState | undefined,
  ) {
    this.state = saved ?? { lessonId: '', scrollTop: 0 };
  }

  get saved(): ReaderViewState {
    return this.state;
  }

  setLesson(lessonId: string, scrollTop: number, prefs: ReaderPrefs): void {
    // The quiz session belongs to its lesson: it stays only while that lesson is shown.
    const quiz = this.state.quiz?.quiz.lessonId === lessonId ? this.state.quiz : undefined;
    this.state = quiz ? { lessonId, scrollTop, prefs, quiz } : { lessonId, scrollTop, prefs };
    this.api.setState(this.state);
  }

  setQuiz(quiz: QuizSessionState | undefined): void {
    const { quiz: _old, ...rest } = this.state;
    this.state = quiz ? { ...rest, quiz } : rest;
    this.api.setState(this.state);
  }

  setPrefs(prefs: ReaderPrefs): void {
    this.state = { ...this.state, prefs };
    this.api.setState(this.state);
  }

  /** Called on every scroll event: reports at most once per interval, always ending on the latest value. */
  scrolled(scrollTop: number): void {
    this.pendingScroll = Math.round(scrollTop);
    if (this.timer !== undefined) return;
    this.flush();
    this.startInterval();
  }

  private startInterval(): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.pendingScroll === null) return;
      this.flush();
      this.startInterval();
    }, SCROLL_REPORT_MS);
  }

  private flush(): void {
    if (this.pendingScroll === null) return;
    const scrollTop = this.pendingScroll;
    this.pendingScroll = null;
    if (scrollTop === this.state.scrollTop) return;
    this.state = { ...this.state, scrollTop };
    this.api.setState(this.state);
    this.api.postMessage({ type: 'scrolled', scrollTop });
  }
}
