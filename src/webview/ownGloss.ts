// The learner's own gloss and note (issue 15) in the reader: shown first in the pinned card, the
// hover tooltip and the interlinear line, marked "yours"; edited inline in the card, keyboard
// first (E edits the gloss, N the note, Enter saves, Shift+Enter starts a new line in the note,
// Escape cancels), and undone with the card's Undo (or U) right after. The host's store is the
// authority: its own glosses arrive with the statuses, and each edit is posted to it.
import * as l10n from '@vscode/l10n';
import type { OwnGloss } from '../core/progress/model';
import type { ReaderToHost } from '../protocol';
import { el } from './dom';
import type { RenderedLesson, UnitView } from './render';

export const ownKeysHelp = (): string => l10n.t('E edits your gloss, N your note; Enter saves, Escape cancels.');

/** The keys of an open gloss-and-note editor (the card's and the dashboard's). */
export const editorKeysHelp = (): string => l10n.t('Enter saves · Shift+Enter new line · Esc cancels');

/** As in the core (model.ts MAX_OWN_*): longer text is cut there, so the field stops there. */
const MAX_GLOSS = 200;
const MAX_NOTE = 2000;

type Field = 'gloss' | 'note';

export class OwnGlosses {
  private own = new Map<string, OwnGloss>();
  private lesson: RenderedLesson | null = null;
  /** The own-gloss block of the pinned card, its key, and whether its editor is open. */
  private section: { key: string; element: HTMLElement; editing: boolean } | null = null;
  /** The last edit, while its Undo is offered (until another card is pinned or the key edited again). */
  private lastEdit: { key: string; previous: OwnGloss } | null = null;

  /** `card`: the gloss card element, marked `has-own-gloss` while its key has one (the lesson's gloss comes second). */
  constructor(
    private readonly post: (message: ReaderToHost) => void,
    private readonly card: () => HTMLElement,
  ) {}

  get(key: string): OwnGloss | undefined {
    return this.own.get(key);
  }

  setLesson(lesson: RenderedLesson): void {
    this.lesson = lesson;
    this.section = null;
    this.lastEdit = null;
    this.applyAll();
  }

  /** The host's own glosses replace ours (with every statuses message). */
  setAll(own: unknown): void {
    const next = new Map<string, OwnGloss>();
    if (own && typeof own === 'object') {
      for (const [key, value] of Object.entries(own as Record<string, unknown>)) {
        const v = value as Partial<OwnGloss> | null;
        const gloss = typeof v?.gloss === 'string' ? v.gloss : '';
        const note = typeof v?.note === 'string' ? v.note : '';
        if (gloss || note) next.set(key, { gloss, note });
      }
    }
    this.own = next;
    this.applyAll();
    if (this.section && !this.section.editing) this.renderShown();
  }

  /** The block for a pinned card, right under its grammar line. */
  cardSection(view: UnitView): HTMLElement {
    const key = view.unit.key;
    if (this.lastEdit?.key !== key) this.lastEdit = null;
    const element = el('div', { class: 'card-own' });
    this.section = { key, element, editing: false };
    this.renderShown();
    return element;
  }

  /** E, N and U on a pinned card; returns whether the key was used. */
  handleKey(event: KeyboardEvent, pinned: UnitView | null): boolean {
    if (!pinned || !this.section || this.section.key !== pinned.unit.key || this.section.editing) return false;
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    const key = event.key.toLowerCase();
    if (key === 'e' || key === 'n') {
      this.openEditor(key === 'e' ? 'gloss' : 'note');
      return true;
    }
    if (key === 'u' && this.lastEdit) {
      this.undo();
      return true;
    }
    return false;
  }

  private renderShown(): void {
    const section = this.section;
    if (!section) return;
    section.editing = false;
    const own = this.own.get(section.key);
    this.card().classList.toggle('has-own-gloss', !!own?.gloss);
    const children: HTMLElement[] = [];
    if (own?.gloss) {
      children.push(el('p', { class: 'own-gloss' }, yoursBadge(), ' ', el('span', { attrs: { lang: 'en' }, text: own.gloss })));
    }
    if (own?.note) {
      children.push(el('p', { class: 'own-note' }, yoursBadge('note'), ' ', el('span', { text: own.note })));
    }
    const actions = el('div', { class: 'own-actions' });
    actions.append(
      this.button(own?.gloss ? l10n.t('Edit your gloss') : l10n.t('Your gloss…'), 'E', () => this.openEditor('gloss'), 'own-edit-gloss'),
      this.button(own?.note ? l10n.t('Edit your note') : l10n.t('Add a note…'), 'N', () => this.openEditor('note'), 'own-edit-note'),
    );
    if (this.lastEdit?.key === section.key) {
      actions.append(el('span', { class: 'own-saved', attrs: { role: 'status' }, text: l10n.t('Saved.') }), this.button(l10n.t('Undo'), 'U', () => this.undo(), 'own-undo'));
    }
    children.push(actions);
    section.element.replaceChildren(...children);
  }

  private button(label: string, shortcut: string, action: () => void, cls: string): HTMLButtonElement {
    const button = el('button', {
      class: `link-button ${cls}`,
      attrs: { type: 'button', 'aria-keyshortcuts': shortcut, title: l10n.t('{0} ({1})', label, shortcut) },
      text: label,
    });
    button.addEventListener('click', action);
    return button;
  }

  private openEditor(focus: Field): void {
    const section = this.section;
    if (!section) return;
    section.editing = true;
    const key = section.key;
    const own = this.own.get(key) ?? { gloss: '', note: '' };
    const gloss = el('input', {
      class: 'own-gloss-input',
      attrs: { type: 'text', lang: 'en', maxlength: String(MAX_GLOSS), 'aria-label': l10n.t('Your gloss'), placeholder: l10n.t('The sense you want to remember') },
    });
    gloss.value = own.gloss;
    const note = el('textarea', {
      class: 'own-note-input',
      attrs: { rows: '2', maxlength: String(MAX_NOTE), 'aria-label': l10n.t('Your note'), placeholder: l10n.t('A note of your own') },
    });
    note.value = own.note;
    const save = el('button', { class: 'own-save', attrs: { type: 'button' }, text: l10n.t('Save') });
    const cancel = el('button', { class: 'own-cancel', attrs: { type: 'button' }, text: l10n.t('Cancel') });
    const form = el('div', { class: 'own-editor', attrs: { role: 'group', 'aria-label': l10n.t('Your gloss and note') } },
      el('label', { class: 'own-label' }, el('span', { text: l10n.t('Your gloss') }), gloss),
      el('label', { class: 'own-label' }, el('span', { text: l10n.t('Your note') }), note),
      el('div', { class: 'own-editor-actions' }, save, cancel,
        el('span', { class: 'own-keys', text: editorKeysHelp() })));
    const commit = () => this.save(key, gloss.value, note.value);
    const close = () => {
      this.renderShown();
      this.focusAction(focus === 'gloss' ? 'own-edit-gloss' : 'own-edit-note');
    };
    save.addEventListener('click', commit);
    cancel.addEventListener('click', close);
    // Keys typed here are text, not the card's shortcuts (1–4, K, X, E, N, U) or the reader's Escape.
    form.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      } else if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.target !== save && event.target !== cancel) {
        event.preventDefault();
        commit();
      }
    });
    section.element.replaceChildren(form);
    const field = focus === 'gloss' ? gloss : note;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }

  private save(key: string, glossText: string, noteText: string): void {
    const previous = this.own.get(key) ?? { gloss: '', note: '' };
    const next = { gloss: glossText.replace(/\s+/g, ' ').trim(), note: noteText.trim() };
    if (next.gloss !== previous.gloss || next.note !== previous.note) {
      this.lastEdit = { key, previous };
      this.apply(key, next);
      this.post({ type: 'setOwnGloss', key, gloss: next.gloss, note: next.note });
    }
    this.renderShown();
    this.focusAction(this.lastEdit?.key === key ? 'own-undo' : 'own-edit-gloss');
  }

  /** Puts back what the last edit replaced (stored as a new edit, so a merge keeps the undo). */
  private undo(): void {
    const edit = this.lastEdit;
    if (!edit) return;
    this.lastEdit = null;
    this.apply(edit.key, edit.previous);
    this.post({ type: 'setOwnGloss', key: edit.key, gloss: edit.previous.gloss, note: edit.previous.note });
    if (this.section?.key === edit.key) {
      this.renderShown();
      this.focusAction('own-edit-gloss');
    }
  }

  private focusAction(cls: string): void {
    this.section?.element.querySelector<HTMLElement>(`.${cls}`)?.focus();
  }

  private apply(key: string, own: OwnGloss): void {
    if (own.gloss || own.note) this.own.set(key, own);
    else this.own.delete(key);
    this.applyKey(key);
  }

  private applyAll(): void {
    for (const view of this.lesson?.order ?? []) this.applyView(view);
  }

  private applyKey(key: string): void {
    for (const view of this.lesson?.order ?? []) if (view.unit.key === key) this.applyView(view);
  }

  /** The interlinear line shows the learner's gloss in place of the lesson's, marked as theirs. */
  private applyView(view: UnitView): void {
    const own = this.own.get(view.unit.key)?.gloss;
    const line = view.gloss;
    if (line.dataset.lessonGloss === undefined) line.dataset.lessonGloss = line.dataset.gloss ?? '';
    line.dataset.gloss = own ?? line.dataset.lessonGloss;
    line.classList.toggle('unit-gloss-own', !!own);
  }
}

/** The mark of the learner's own text. */
export function yoursBadge(what: 'gloss' | 'note' = 'gloss'): HTMLElement {
  return what === 'note'
    ? el('span', { class: 'yours', attrs: { title: l10n.t('Your own note') }, text: l10n.t('your note') })
    : el('span', { class: 'yours', attrs: { title: l10n.t('Your own gloss') }, text: l10n.t('yours') });
}
