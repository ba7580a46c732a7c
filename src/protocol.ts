// The messages between the extension host and the webviews, typed once and imported by both sides.
// The webview posts `ready` first; the host posts nothing before it.
import type { ReaderDocument } from './core/lesson/model';
import type { DashboardView, ReviewCardView, ReviewProgress } from './core/progress/views';
import type { OwnGloss, Status } from './core/progress/model';
import type { Grade } from './core/srs/scheduler';
import type { QuizAttempt, QuizSessionState } from './core/quiz/session';
import type { Quiz, QuizResponse, Span } from './core/quiz/types';

export type DisplayMode = 'plain' | 'hover' | 'interlinear';

/** Reader preferences, remembered across lessons and sessions. */
export interface ReaderPrefs {
  mode: DisplayMode;
  showTranslation: boolean;
  fontSize: number;
}

/** What the reader webview keeps in `vscode.setState`, so a restored panel reopens where it was. */
export interface ReaderViewState {
  lessonId: string;
  scrollTop: number;
  /** The display choices in force when the state was saved (absent in states saved before they were kept). */
  prefs?: ReaderPrefs;
  /** The quiz session of this lesson, while one is open: a reloaded panel resumes it. */
  quiz?: QuizSessionState;
}

/** How the webviews read French aloud: settings `depeche.speechRate` and `depeche.voice` ('' = the first French voice). */
export interface SpeechSettings {
  rate: number;
  voice: string;
}

/** A French voice the webview found (local voices only), for the voice picker. */
export interface VoiceInfo {
  name: string;
  lang: string;
  default: boolean;
}

/** The learner's status for a vocabulary key (LingQ-style): the progress store's own type. */
export type VocabStatus = Status;

// ---- host -> reader webview ----
/** The statuses message also carries the learner's own glosses and notes by key (absent: none). */
export type HostToReader =
  | { type: 'lesson'; doc: ReaderDocument; prefs: ReaderPrefs; scrollTop: number }
  | { type: 'prefs'; prefs: ReaderPrefs }
  /** The speech settings, after `ready` and after each change. */
  | { type: 'speech'; settings: SpeechSettings }
  /** Statuses by `ReaderUnit.key` (a key absent is 'new'); `tint` false turns the tinting off. */
  | { type: 'statuses'; statuses: Record<string, VocabStatus>; tint: boolean; own?: Record<string, OwnGloss> }
  /** A quiz on the lesson on display, opened in the reader's quiz drawer (see HostToQuiz). */
  | HostToQuiz
  /** The lesson preview: what of the lesson file could not be shown (one sentence each; empty: all of it). */
  | { type: 'previewProblems'; problems: string[] }
  /** The lesson preview follows the editor's cursor: bring this paragraph (0-based) into view. */
  | { type: 'revealParagraph'; paragraph: number }
  /** Whether the gloss card offers "Explain this sentence" (a language model may be used and exists). */
  | { type: 'languageModel'; offered: boolean }
  /** The answer to `explainSentence`: the model's plain text and name, or why there is none. */
  | { type: 'sentenceExplanation'; unit: number; text?: string; model?: string; error?: string };

// ---- reader webview -> host ----
export type ReaderToHost =
  | { type: 'ready' }
  | { type: 'prefsChanged'; prefs: ReaderPrefs }
  | { type: 'scrolled'; scrollTop: number }
  | { type: 'lookup'; key: string; unit: number }
  | { type: 'nextLesson' }
  | { type: 'openLink'; href: string }
  /** The learner set a status from the gloss card: applies to every unit with this key. */
  | { type: 'setStatus'; key: string; status: VocabStatus }
  /** The learner's own gloss and/or note for a key of the lesson (empty text clears it). */
  | { type: 'setOwnGloss'; key: string; gloss?: string; note?: string }
  /** "Finished reading?": the keys of the text still 'new' (names, numbers, punctuation left out) become known. */
  | { type: 'markRestKnown'; keys: string[] }
  /** The finish bar's Undo: the lesson's last "mark the rest known" is put back as it was. */
  | { type: 'undoMarkRestKnown' }
  /** The toolbar's Quiz button, with no quiz open: the host answers with `quizStart`. */
  | { type: 'quizRequest' }
  /** "Explain this sentence" on the gloss card of this unit (on demand only). */
  | { type: 'explainSentence'; unit: number }
  /** The French voices the page can use (sent when the list loads or changes), for "Choose French Voice". */
  | { type: 'voices'; voices: VoiceInfo[] }
  /** The quiz drawer's messages (see QuizToHost). */
  | QuizToHost;

// ---- host -> review webview ----
/** The next item to grade (null when the session is over), and the counts to show. */
export type HostToReview = {
  type: 'review';
  card: ReviewCardView | null;
  progress: ReviewProgress;
  /** How to read the card aloud (absent: the defaults). */
  speech?: SpeechSettings;
};

// ---- review webview -> host ----
export type ReviewToHost =
  | { type: 'ready' }
  | { type: 'grade'; key: string; grade: Grade }
  | { type: 'undo' };

// ---- host -> dashboard webview ----
export type HostToDashboard = { type: 'dashboard'; view: DashboardView };

// ---- dashboard webview -> host ----
export type DashboardToHost =
  | { type: 'ready' }
  | { type: 'openLesson'; lessonId: string }
  | { type: 'setStatus'; key: string; status: Status }
  | { type: 'setOwnGloss'; key: string; gloss?: string; note?: string };

/** What the dashboard keeps in `vscode.setState`: the table's filters. */
export interface DashboardViewState {
  query: string;
  status: Status | '';
  lesson: string;
}

// ---- host -> the reader's quiz drawer (its session is kept in ReaderViewState.quiz) ----
export type HostToQuiz =
  /** A new attempt (a new seed), or the one to resume: `session` when the host kept it. */
  { type: 'quizStart'; quiz: Quiz; title: string; session?: QuizSessionState };

// ---- the reader's quiz drawer -> host ----
export type QuizToHost =
  /** One answer, for the progress store: the vocabulary keys it exercised and whether it was right. */
  | { type: 'quizAnswer'; lessonId: string; seed: number; itemId: string; response: QuizResponse; correct: boolean; retry: boolean; keys: string[] }
  /** Highlight and scroll to a span of the lesson's full text (paragraphs joined by a blank line). */
  | { type: 'showEvidence'; lessonId: string; evidence: Span }
  | { type: 'quizFinished'; attempt: QuizAttempt }
  /** The learner asks for another attempt: the host generates one with a new seed. */
  | { type: 'quizNewAttempt'; lessonId: string }
  | { type: 'quizClosed'; lessonId: string };
