// The current word's accessible description: its gloss (unless the learner reads in plain mode),
// its vocabulary status and its repair, in one hidden element the word points at with
// `aria-describedby`. Focus stays on the text container; when its active descendant changes, a
// screen reader in focus mode reads the word with this description ("the, learning 2").
import * as l10n from '@vscode/l10n';
import type { DisplayMode, VocabStatus } from '../protocol';
import { el } from './dom';
import type { UnitView } from './render';

export const WORD_DESCRIPTION_ID = 'word-description';

/** `learning-2` -> `learning 2`: the status as it is spoken. */
export function spokenStatus(status: VocabStatus): string {
  switch (status) {
    case 'new': return l10n.t('new');
    case 'known': return l10n.t('known');
    case 'ignored': return l10n.t('ignored');
    default: return l10n.t('learning {0}', status.slice('learning-'.length));
  }
}

export class WordDescription {
  readonly element: HTMLElement;
  private described: HTMLElement | null = null;

  constructor() {
    this.element = el('p', { attrs: { id: WORD_DESCRIPTION_ID, hidden: '' } });
  }

  /** Describes `view`'s word (and only it: the previous word loses the description). */
  show(view: UnitView, status: VocabStatus, mode: DisplayMode): void {
    if (this.described && this.described !== view.element) this.described.removeAttribute('aria-describedby');
    this.described = view.element;
    const { unit } = view;
    // The gloss (English) carries its own comma and the rest is one text node: the description
    // computation puts a space between nodes, which would otherwise leave "the , learning 2".
    // The damaged form of a repair is no word in any language: plain text, no lang of its own.
    const rest = unit.repairedFrom === undefined ? spokenStatus(status) : l10n.t('{0}, repaired from {1}', spokenStatus(status), unit.repairedFrom);
    if (mode === 'plain') this.element.replaceChildren(rest);
    else this.element.replaceChildren(el('span', { attrs: { lang: 'en' }, text: `${unit.gloss},` }), ` ${rest}`);
    view.element.setAttribute('aria-describedby', WORD_DESCRIPTION_ID);
  }
}
