// "Finished reading?": the bar at the end of the text that offers to mark the words still new
// as known, then says how many it marked and offers to undo that in one step.
import * as l10n from '@vscode/l10n';
import { el } from './dom';
import { isSingular } from './uiLocale';

export class FinishBar {
  readonly element: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly undoButton: HTMLButtonElement;

  constructor(onMarkRest: () => void, onUndo: () => void) {
    this.button = el('button', { class: 'finish-button', attrs: { type: 'button', 'data-action': 'mark-rest-known' } });
    this.button.addEventListener('click', () => onMarkRest());
    // A live region, present from the start so screen readers announce what is put in it.
    this.status = el('p', { class: 'finish-status', attrs: { role: 'status' } });
    // Outside the live region: the announcement is the sentence, not the button's name.
    this.undoButton = el('button', {
      class: 'finish-undo', attrs: { type: 'button', 'data-action': 'undo-mark-rest-known', hidden: '' }, text: l10n.t('Undo'),
    });
    this.undoButton.addEventListener('click', () => onUndo());
    this.element = el(
      'section',
      // Hidden until the host sends statuses: without a progress store there is nothing to mark.
      { class: 'finish-bar', attrs: { 'aria-labelledby': 'finish-title', hidden: '' } },
      el('h2', { class: 'finish-title', attrs: { id: 'finish-title' }, text: l10n.t('Finished reading?') }),
      this.button,
      el('div', { class: 'finish-result' }, this.status, this.undoButton),
    );
    this.update(0);
  }

  /** Shows how many words are still new; with none left the button has nothing to do. */
  update(remaining: number): void {
    this.button.textContent = l10n.t('Mark the remaining new words as known ({0})', remaining);
    this.button.disabled = remaining === 0;
  }

  /** Says how many were marked, and offers the undo. */
  confirm(marked: number): void {
    this.status.textContent = isSingular(marked) ? l10n.t('{0} word marked as known.', marked) : l10n.t('{0} words marked as known.', marked);
    this.undoButton.hidden = false;
  }

  /** After the undo: says so, and gives the focus back to the mark button (the Undo button goes). */
  undone(restored: number): void {
    const hadFocus = document.activeElement === this.undoButton;
    this.undoButton.hidden = true;
    this.status.textContent = isSingular(restored) ? l10n.t('Undone: {0} word is new again.', restored) : l10n.t('Undone: {0} words are new again.', restored);
    if (hadFocus) this.button.focus();
  }

  clearConfirmation(): void {
    this.status.textContent = '';
    this.undoButton.hidden = true;
  }
}
