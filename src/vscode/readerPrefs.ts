// The reader's preferences: the settings give the defaults, a choice made in the reader is kept in
// globalState (and synced) until the matching setting changes, which then wins again.
import * as vscode from 'vscode';
import type { DisplayMode, ReaderPrefs } from '../protocol';
// The reader's own limits and defaults, so host and page agree on what a valid preference is.
import { clampFontSize, DEFAULT_PREFS, DISPLAY_MODES } from '../webview/prefs';
import { Settings, StateKeys } from './ids';

/** Which setting backs each preference. */
const SETTING_OF: Record<keyof ReaderPrefs, string> = {
  mode: Settings.displayMode,
  showTranslation: Settings.showTranslation,
  fontSize: Settings.fontSize,
};

export class ReaderPrefsStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ReaderPrefs>();
  private readonly subscription: vscode.Disposable;

  /** Fires with the new preferences after a setting changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly globalState: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }) {
    globalState.setKeysForSync([StateKeys.readerPrefs]);
    this.subscription = vscode.workspace.onDidChangeConfiguration(async (e) => {
      const touched = (Object.keys(SETTING_OF) as (keyof ReaderPrefs)[]).filter((k) =>
        e.affectsConfiguration(`${Settings.section}.${SETTING_OF[k]}`),
      );
      if (!touched.length) return;
      const chosen = { ...this.chosen() };
      for (const key of touched) delete chosen[key];
      await this.globalState.update(StateKeys.readerPrefs, chosen);
      this.changed.fire(this.current());
    });
  }

  current(): ReaderPrefs {
    return { ...fromSettings(), ...this.chosen() };
  }

  /** Remembers what the learner chose in the reader. */
  async choose(prefs: ReaderPrefs): Promise<void> {
    await this.globalState.update(StateKeys.readerPrefs, sanitize(prefs));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  private chosen(): Partial<ReaderPrefs> {
    return sanitize(this.globalState.get<Partial<ReaderPrefs>>(StateKeys.readerPrefs) ?? {});
  }
}

function fromSettings(): ReaderPrefs {
  const config = vscode.workspace.getConfiguration(Settings.section);
  return {
    mode: sanitize({ mode: config.get<DisplayMode>(Settings.displayMode) }).mode ?? DEFAULT_PREFS.mode,
    showTranslation: config.get<boolean>(Settings.showTranslation) ?? DEFAULT_PREFS.showTranslation,
    fontSize: sanitize({ fontSize: config.get<number>(Settings.fontSize) }).fontSize ?? DEFAULT_PREFS.fontSize,
  };
}

/** Keeps only well-formed values: stored state and messages come from outside this module. */
function sanitize(raw: Partial<Record<keyof ReaderPrefs, unknown>>): Partial<ReaderPrefs> {
  const out: Partial<ReaderPrefs> = {};
  if (DISPLAY_MODES.some((m) => m.mode === raw.mode)) out.mode = raw.mode as DisplayMode;
  if (typeof raw.showTranslation === 'boolean') out.showTranslation = raw.showTranslation;
  if (typeof raw.fontSize === 'number' && Number.isFinite(raw.fontSize)) out.fontSize = clampFontSize(raw.fontSize);
  return out;
}
