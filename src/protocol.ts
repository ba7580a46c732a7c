// The messages between the extension host and the webviews, typed once and imported by both sides.
// The webview posts `ready` first; the host posts nothing before it.
import type { ReaderDocument } from './core/lesson/model';

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

// ---- host -> reader webview ----
export type HostToReader =
  | { type: 'lesson'; doc: ReaderDocument; prefs: ReaderPrefs; scrollTop: number }
  | { type: 'prefs'; prefs: ReaderPrefs };

// ---- reader webview -> host ----
export type ReaderToHost =
  | { type: 'ready' }
  | { type: 'prefsChanged'; prefs: ReaderPrefs }
  | { type: 'scrolled'; scrollTop: number }
  | { type: 'lookup'; key: string; unit: number }
  | { type: 'nextLesson' }
  | { type: 'openLink'; href: string };
