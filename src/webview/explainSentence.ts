// "Explain this sentence" on the pinned gloss card: a button, offered only while the host says a
// language model may be used, that asks the host for the model's explanation of the card's
// sentence; the answer is shown as text under a label naming the model. Answers are kept per unit
// for the lesson on display, so pinning the word again shows it without asking again.
import * as l10n from '@vscode/l10n';
import type { HostToReader, ReaderToHost } from '../protocol';
import { el } from './dom';
import type { UnitView } from './render';

type Answer = Extract<HostToReader, { type: 'sentenceExplanation' }>;

export class SentenceExplanations {
  private offered = false;
  private readonly answers = new Map<number, Answer | 'pending'>();
  private section: { unit: number; element: HTMLElement } | null = null;

  constructor(private readonly post: (message: ReaderToHost) => void) {}

  setOffered(offered: boolean): void {
    this.offered = offered;
    if (this.section) this.section.element.hidden = !offered;
  }

  /** A new lesson: answers are about the old one's units. */
  reset(): void {
    this.answers.clear();
    this.section = null;
  }

  /** The card's section for this unit (hidden while no model is offered). */
  cardSection(view: UnitView): HTMLElement {
    const unit = view.unit.id;
    const element = el('div', { class: 'card-section card-explain', attrs: { 'aria-live': 'polite' } });
    element.hidden = !this.offered;
    this.section = { unit, element };
    this.render(unit, element);
    return element;
  }

  receive(answer: Answer): void {
    this.answers.set(answer.unit, answer);
    if (this.section?.unit === answer.unit) this.render(answer.unit, this.section.element);
  }

  private render(unit: number, element: HTMLElement): void {
    const answer = this.answers.get(unit);
    if (answer === undefined || (answer !== 'pending' && answer.error !== undefined)) {
      const ask = el('button', { class: 'link-button explain-button', attrs: { type: 'button' }, text: l10n.t('Explain this sentence') });
      ask.addEventListener('click', () => {
        this.answers.set(unit, 'pending');
        this.render(unit, element);
        this.post({ type: 'explainSentence', unit });
      });
      const failed = answer !== undefined ? el('p', { class: 'explain-error', text: answer.error ?? '' }) : null;
      element.replaceChildren(ask, ...(failed ? [failed] : []));
      return;
    }
    if (answer === 'pending') {
      element.replaceChildren(el('p', { class: 'explain-pending', text: l10n.t('Asking the language model…') }));
      return;
    }
    element.replaceChildren(
      el('h3', { class: 'card-section-title explain-label', text: l10n.t('Explained by {0} (language model; it may be wrong)', answer.model ?? '') }),
      ...(answer.text ?? '').split('\n\n').map((p) => el('p', { class: 'explain-text', attrs: { lang: 'en' }, text: p })),
    );
  }
}
