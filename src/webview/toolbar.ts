// The reader's toolbar: display mode, translation toggle, text size, legend, quiz, next lesson.
import * as l10n from '@vscode/l10n';
import type { ReaderPrefs } from '../protocol';
import { el } from './dom';
import { LEGEND_ID, renderLegend } from './legend';
import { DISPLAY_MODES, FONT_SIZE_MAX, FONT_SIZE_MIN, clampFontSize, displayModeLabel } from './prefs';

export interface ToolbarEvents {
  onPrefs(prefs: ReaderPrefs): void;
  onNextLesson(): void;
  onQuiz(): void;
}

const FONT_STEP = 1;

export class ReaderToolbar {
  readonly element: HTMLElement;
  /** What the marks in the text mean: shown under the toolbar by its Legend button. */
  readonly legend: HTMLElement;
  private readonly legendButton: HTMLButtonElement;
  private readonly modeButtons = new Map<ReaderPrefs['mode'], HTMLButtonElement>();
  private readonly translation: HTMLButtonElement;
  private readonly smaller: HTMLButtonElement;
  private readonly larger: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private prefs: ReaderPrefs;

  constructor(prefs: ReaderPrefs, private readonly events: ToolbarEvents) {
    this.prefs = prefs;
    const modes = el('div', { class: 'toolbar-group segmented', attrs: { role: 'group', 'aria-label': l10n.t('Display') } });
    for (const { mode } of DISPLAY_MODES) {
      const { label, hint } = displayModeLabel(mode);
      const button = el('button', { class: 'tool', attrs: { type: 'button', 'data-mode': mode, title: hint }, text: label });
      button.addEventListener('click', () => this.change({ ...this.prefs, mode }));
      this.modeButtons.set(mode, button);
      modes.append(button);
    }
    this.translation = el('button', {
      class: 'tool toggle',
      attrs: { type: 'button', 'data-action': 'translation', title: l10n.t('Show the English translation') },
      text: l10n.t('Translation'),
    });
    this.translation.addEventListener('click', () => this.change({ ...this.prefs, showTranslation: !this.prefs.showTranslation }));
    this.smaller = el('button', { class: 'tool', attrs: { type: 'button', 'data-action': 'smaller', 'aria-label': l10n.t('Smaller text'), title: l10n.t('Smaller text') }, text: 'A−' });
    this.larger = el('button', { class: 'tool', attrs: { type: 'button', 'data-action': 'larger', 'aria-label': l10n.t('Larger text'), title: l10n.t('Larger text') }, text: 'A+' });
    this.smaller.addEventListener('click', () => this.change({ ...this.prefs, fontSize: clampFontSize(this.prefs.fontSize - FONT_STEP) }));
    this.larger.addEventListener('click', () => this.change({ ...this.prefs, fontSize: clampFontSize(this.prefs.fontSize + FONT_STEP) }));
    this.legend = renderLegend();
    this.legendButton = el('button', {
      class: 'tool toggle',
      attrs: { type: 'button', 'data-action': 'legend', 'aria-expanded': 'false', 'aria-controls': LEGEND_ID, title: l10n.t('What the marks in the text mean') },
      text: l10n.t('Legend'),
    });
    this.legendButton.addEventListener('click', () => this.showLegend(this.legend.hidden));
    const quiz = el('button', { class: 'tool', attrs: { type: 'button', 'data-action': 'quiz', title: l10n.t('Quiz on this lesson') }, text: l10n.t('Quiz') });
    quiz.addEventListener('click', () => this.events.onQuiz());
    const next = (this.next = el('button', { class: 'tool', attrs: { type: 'button', 'data-action': 'next' }, text: l10n.t('Next lesson →') }));
    next.addEventListener('click', () => this.events.onNextLesson());

    this.element = el(
      'div',
      { class: 'toolbar', attrs: { role: 'toolbar', 'aria-label': l10n.t('Reader') } },
      modes,
      el('div', { class: 'toolbar-group' }, this.translation),
      el('div', { class: 'toolbar-group', attrs: { role: 'group', 'aria-label': l10n.t('Text size') } }, this.smaller, this.larger),
      this.legendButton,
      el('div', { class: 'toolbar-spacer' }),
      quiz,
      next,
    );
    this.element.addEventListener('keydown', (event) => this.moveFocus(event));
    this.element.addEventListener('focusin', (event) => {
      if (event.target instanceof HTMLButtonElement) this.makeTabStop(event.target);
    });
    this.update(prefs);
  }

  /** Adds a group of controls (the listening buttons) before the right-hand ones. */
  addGroup(group: HTMLElement): void {
    this.element.insertBefore(group, this.element.querySelector('.toolbar-spacer'));
    this.ensureTabStop();
  }

  showLegend(shown: boolean): void {
    this.legend.hidden = !shown;
    this.legendButton.setAttribute('aria-expanded', String(shown));
  }

  /** The lesson preview beside a lesson's Markdown has no next lesson to go to. */
  hideNextLesson(): void {
    this.next.hidden = true;
    this.ensureTabStop();
  }

  /** Keeps one enabled, shown button as the Tab stop, also after the current one is disabled or hidden. */
  private ensureTabStop(): void {
    const current = this.element.querySelector<HTMLButtonElement>('button[tabindex="0"]');
    if (current && !current.disabled && !current.hidden) return;
    const first = this.buttons()[0];
    if (first) this.makeTabStop(first);
  }

  private buttons(): HTMLButtonElement[] {
    return Array.from(this.element.querySelectorAll('button')).filter((b) => !b.disabled && !b.hidden);
  }

  /** A toolbar is one Tab stop; arrow keys move between its controls (WAI-ARIA toolbar pattern). */
  private makeTabStop(button: HTMLButtonElement): void {
    for (const other of this.element.querySelectorAll('button')) other.tabIndex = other === button ? 0 : -1;
  }

  private moveFocus(event: KeyboardEvent): void {
    const buttons = this.buttons();
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const targets: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 };
    const index = targets[event.key];
    if (index === undefined) return;
    event.preventDefault();
    const target = buttons[(index + buttons.length) % buttons.length];
    target?.focus();
  }

  update(prefs: ReaderPrefs): void {
    this.prefs = prefs;
    for (const [mode, button] of this.modeButtons) button.setAttribute('aria-pressed', String(prefs.mode === mode));
    this.translation.setAttribute('aria-pressed', String(prefs.showTranslation));
    this.smaller.disabled = prefs.fontSize <= FONT_SIZE_MIN;
    this.larger.disabled = prefs.fontSize >= FONT_SIZE_MAX;
    this.ensureTabStop();
  }

  /** Whether the lesson has a translation to show at all. */
  setTranslationAvailable(available: boolean): void {
    this.translation.disabled = !available;
    this.translation.title = available ? l10n.t('Show the English translation') : l10n.t('This lesson has no translation');
    this.ensureTabStop();
  }

  private change(prefs: ReaderPrefs): void {
    this.update(prefs);
    this.events.onPrefs(prefs);
  }
}
