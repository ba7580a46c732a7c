// The status row of the pinned gloss card: New · 1 · 2 · 3 · 4 · Known · Ignore as one radio
// group (WAI-ARIA radio pattern: one Tab stop, arrow keys move and choose, Space chooses).
import * as l10n from '@vscode/l10n';
import type { VocabStatus } from '../protocol';
import { el } from './dom';
import { STATUS_CHOICES, statusKeysHelp } from './vocabStatus';

const ARROW_STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export class StatusRow {
  readonly element: HTMLElement;
  private readonly radios: HTMLButtonElement[] = [];

  constructor(
    current: VocabStatus,
    private readonly onChoose: (status: VocabStatus) => void,
  ) {
    const group = el('div', {
      class: 'status-radios',
      attrs: { role: 'radiogroup', 'aria-label': l10n.t('Status'), 'aria-describedby': 'status-keys-help' },
    });
    for (const choice of STATUS_CHOICES) {

      const radio = el('button', {
        class: `status-radio status-radio-${choice.status}`,
        attrs: {
          type: 'button',
          role: 'radio',
          'data-status': choice.status,
          'aria-label': choice.name(),
          'aria-keyshortcuts': choice.key || undefined,
          title: choice.key ? l10n.t('{0} (key {1})', choice.name(), choice.key) : choice.name(),
        },
        text: choice.label(),
      });
      radio.addEventListener('click', () => this.choose(choice.status));
      this.radios.push(radio);
      group.append(radio);
    }
    group.addEventListener('keydown', (event) => this.onKey(event));
    this.element = el(
      'div',
      { class: 'card-status', attrs: { title: statusKeysHelp() } },
      group,
      el('p', { class: 'status-keys', attrs: { id: 'status-keys-help' }, text: statusKeysHelp() }),
    );
    this.show(current);
  }

  /** Reflects a status set from anywhere (a key press, the host) without announcing a choice. */
  show(status: VocabStatus): void {
    for (const radio of this.radios) {
      const checked = radio.dataset.status === status;
      radio.setAttribute('aria-checked', String(checked));
      radio.tabIndex = checked ? 0 : -1;
    }
  }

  private choose(status: VocabStatus): void {
    this.show(status);
    this.onChoose(status);
  }

  private onKey(event: KeyboardEvent): void {
    const at = this.radios.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const step = ARROW_STEPS[event.key];
    if (step === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    const next = this.radios[(at + step + this.radios.length) % this.radios.length];
    if (!next?.dataset.status) return;
    next.focus();
    this.choose(next.dataset.status as VocabStatus);
  }
}
