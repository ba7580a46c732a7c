// Reader preferences: defaults, validation of what the host or a saved state hands back,
// and how they show on the page (classes on <body>, the reading font size).
import * as l10n from '@vscode/l10n';
import type { DisplayMode, ReaderPrefs } from '../protocol';

export const DEFAULT_PREFS: ReaderPrefs = { mode: 'hover', showTranslation: false, fontSize: 18 };
export const FONT_SIZE_MIN = 12;
export const FONT_SIZE_MAX = 32;
export const DISPLAY_MODES: { mode: DisplayMode }[] = [{ mode: 'plain' }, { mode: 'hover' }, { mode: 'interlinear' }];

/** The toolbar's name of a display mode and its tooltip. */
export function displayModeLabel(mode: DisplayMode): { label: string; hint: string } {
  switch (mode) {
    case 'plain': return { label: l10n.t('Plain'), hint: l10n.t('Plain text: click a word for its gloss') };
    case 'hover': return { label: l10n.t('Hover'), hint: l10n.t('Glosses on hover') };
    case 'interlinear': return { label: l10n.t('Interlinear'), hint: l10n.t('A gloss under each word') };
  }
}

export function clampFontSize(size: number): number {
  if (!Number.isFinite(size)) return DEFAULT_PREFS.fontSize;
  return Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, Math.round(size)));
}

/** Any value -> valid prefs (missing or malformed fields take the defaults). */
export function normalizePrefs(value: unknown): ReaderPrefs {
  const raw = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof ReaderPrefs, unknown>>;
  const mode = DISPLAY_MODES.some((m) => m.mode === raw.mode) ? (raw.mode as DisplayMode) : DEFAULT_PREFS.mode;
  return {
    mode,
    showTranslation: typeof raw.showTranslation === 'boolean' ? raw.showTranslation : DEFAULT_PREFS.showTranslation,
    fontSize: typeof raw.fontSize === 'number' ? clampFontSize(raw.fontSize) : DEFAULT_PREFS.fontSize,
  };
}

export function samePrefs(a: ReaderPrefs, b: ReaderPrefs): boolean {
  return a.mode === b.mode && a.showTranslation === b.showTranslation && a.fontSize === b.fontSize;
}

export function applyPrefs(body: HTMLElement, prefs: ReaderPrefs): void {
  for (const { mode } of DISPLAY_MODES) body.classList.toggle(`mode-${mode}`, prefs.mode === mode);
  body.classList.toggle('show-translation', prefs.showTranslation);
  body.style.setProperty('--reader-font-size', `${prefs.fontSize}px`);
}
