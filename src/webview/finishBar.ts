// "Finished reading?": the bar at the end of the text that offers to mark the words still new
// as known, then says quietly that it did.
import { el } from './dom';

export class FinishBar {
  readonly element: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly status: HTMLElement;

  constructor(onMarkRest: () => void) {
    this.button = el('button', { class: 'finish-button', attrs: { type: 'button', 'data-action': 'mark-rest-known' } });
    this.button.addEventListener('click', () => onMarkRest());
    // A live region, present from the start so screen readers announce what is put in it.
    this.status = el('p', { class: 'finish-status', attrs: { role: 'status' } });
    this.element = el(
      'section',
      // Hidden until the host sends statuses: without a progress store there is nothing to mark.
      { class: 'finish-bar', attrs: { 'aria-labelledby': 'finish-title', hidden: '' } },
      el('h2', { class: 'finish-title', attrs: { id: 'finish-title' }, text: 'Finished reading?' }),
      this.button,
      this.status,
    );
    this.update(0);
  }

  /** Shows how many words are still new; with none left the button has nothing to do. */
  update(remaining: number): void {
    this.button.textContent = `Mark the remaining new words as known (${remaining})`;
    this.button.disabled = remaining === 0;
  }

  confirm(marked: number): void {
    this.status.textContent = marked === 1 ? '1 word marked as known.' : `${marked} words marked as known.`;
  }

  clearConfirmation(): void {
    this.status.textContent = '';
  }
}
