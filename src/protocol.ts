// The messages between the extension host and the webviews, typed once and imported by both sides.
// The webview posts `ready` first; the host posts nothing before it.
import type { ReaderDocument } from './core/lesson/model';
import type { DashboardView, ReviewCardView, ReviewProgress } from './core/progress/views';
import type { Status } from './core/progress/model';
import type { Grade } from './core/srs/scheduler';

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
}

/** The learner's status for a vocabulary key (LingQ-style), as the progress store keeps it. */
export type VocabStatus = 'new' | 'learning-1' | 'learning-2' | 'learning-3' | 'learning-4' | 'known' | 'ignored';

// ---- host -> reader webview ----
export type HostToReader =
  | { type: 'lesson'; doc: ReaderDocument; prefs: ReaderPrefs; scrollTop: number }
  | { type: 'prefs'; prefs: ReaderPrefs }
  /** Statuses by `ReaderUnit.key` (a key absent is 'new'); `tint` false turns the tinting off. */
  | { type: 'statuses'; statuses: Record<string, VocabStatus>; tint: boolean };

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
  /** "Finished reading?": the keys of the text still 'new' (names, numbers, punctuation left out) become known. */
  | { type: 'markRestKnown'; keys: string[] };

// ---- host -> review webview ----
/** The next item to grade (null when the session is over), and the counts to show. */
export type HostToReview = { type: 'review'; card: ReviewCardView | null; progress: ReviewProgress };

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
  | { type: 'setStatus'; key: string; status: Status };

/** What the dashboard keeps in `vscode.setState`: the table's filters. */
export interface DashboardViewState {
  query: string;
  status: Status | '';
  lesson: string;
}
