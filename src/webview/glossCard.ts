// The two gloss surfaces: a light tooltip while hovering (or focusing) a unit, and a pinned card
// with the full entry, opened by click or Enter. Both float next to the unit they describe.
import * as l10n from '@vscode/l10n';
import type { RenderedLesson, UnitView } from './render';
import { el, withElement } from './dom';
import { grammarLine } from './grammarWords';
import { safeFragment } from './safeHtml';

export interface GlossCardEvents {
  /** A card was pinned (the host is told with a `lookup`). */
  onPin(view: UnitView): void;
  /** The learner chose another occurrence from the card. */
  onJump(unitId: number): void;
  /** The learner asked for the note that explains a repair. */
  onOpenNote(noteId: string): void;
  /** The card's close button put it away: focus goes back to its word. */
  onClosed(view: UnitView): void;
  /** Extra rows for a pinned card, after the entry and before the other occurrences (the status row). */
  cardSections?(view: UnitView): HTMLElement[];
  /** The learner's own gloss of a key: the tooltip shows it first, marked as theirs. */
  ownGloss?(key: string): string | undefined;
  /** The learner's own gloss and note block of a pinned card, shown before the lesson's gloss. */
  ownSection?(view: UnitView): HTMLElement;
  /** Controls beside the card's headword (the speaker buttons). */
  headControls?(view: UnitView): HTMLElement[];
}

const GAP = 6;
/** Frequent words ("de", "la") occur dozens of times: the card lists the first few. */
const MAX_OCCURRENCES = 8;
const MARGIN = 12;

export class GlossPopovers {
  readonly tooltip: HTMLElement;
  readonly card: HTMLElement;
  private lesson: RenderedLesson | null = null;
  private pinned: UnitView | null = null;
  private hovered: UnitView | null = null;

  constructor(
    private readonly layer: HTMLElement,
    private readonly events: GlossCardEvents,
  ) {
    this.tooltip = el('div', { class: 'gloss-tooltip', attrs: { id: 'gloss-tooltip', role: 'tooltip', hidden: '' } });
    this.card = el('div', {
      class: 'gloss-card',
      attrs: { id: 'gloss-card', role: 'dialog', 'aria-modal': 'false', hidden: '' },
    });
    layer.append(this.tooltip, this.card);
    window.addEventListener('resize', () => this.reposition());
  }

  setLesson(lesson: RenderedLesson): void {
    this.close();
    this.hideTooltip();
    this.lesson = lesson;
  }

  get pinnedUnit(): UnitView | null {
    return this.pinned;
  }

  showTooltip(view: UnitView): void {
    if (this.pinned === view) return;
    this.hovered = view;
    const gloss = view.unit.gloss;
    const own = this.events.ownGloss?.(view.unit.key);
    this.tooltip.replaceChildren(
      gloss ? el('span', { class: 'tooltip-gloss', attrs: { lang: 'en' }, text: gloss }) : el('span', { class: 'no-gloss', text: noGlossText(view.unit.pos) }),
    );
    if (own) {
      this.tooltip.prepend(el('span', { class: 'tooltip-own', attrs: { lang: 'en' } }, el('span', { class: 'yours', text: l10n.t('yours') }), ` ${own}`));
    }
    if (gloss && view.unit.origin === 'auto') this.tooltip.append(el('span', { class: 'origin-auto', text: l10n.t('automatic') }));
    this.tooltip.hidden = false;
    // Not the word's description: that is the current word's own (gloss, status, repair).
    place(this.tooltip, view.element);
  }

  hideTooltip(view?: UnitView): void {
    if (view && this.hovered !== view) return;
    this.hovered = null;
    this.tooltip.hidden = true;
  }

  pin(view: UnitView): void {
    this.hideTooltip();
    if (this.pinned) this.unmark(this.pinned);
    this.pinned = view;
    this.card.replaceChildren(...this.cardContent(view));
    this.card.setAttribute('aria-label', l10n.t('Gloss: {0}', view.unit.lemma));
    this.card.hidden = false;
    for (const part of view.parts) part.classList.add('unit-pinned');
    for (const other of this.otherOccurrences(view)) for (const part of other.parts) part.classList.add('unit-same');
    place(this.card, view.element);
    this.events.onPin(view);
  }

  /** Closes the card; returns the unit it was pinned to. */
  close(): UnitView | null {
    const was = this.pinned;
    if (was) this.unmark(was);
    this.pinned = null;
    this.card.hidden = true;
    this.card.replaceChildren();
    return was;
  }

  reposition(): void {
    if (this.pinned) place(this.card, this.pinned.element);
    if (this.hovered) place(this.tooltip, this.hovered.element);
  }

  private unmark(view: UnitView): void {
    for (const part of view.parts) part.classList.remove('unit-pinned');
    for (const other of this.otherOccurrences(view)) for (const part of other.parts) part.classList.remove('unit-same');
  }

  /** The other units with this unit's key, in text order, from the document's shared lists. */
  private otherOccurrences(view: UnitView): UnitView[] {
    const ids = this.lesson?.doc.occurrences[view.unit.occurrenceList] ?? [];
    const views: UnitView[] = [];
    for (const id of ids) {
      const other = this.lesson?.units.get(id);
      if (other && other !== view) views.push(other);
    }
    return views;
  }

  private cardContent(view: UnitView): HTMLElement[] {
    const { unit } = view;
    const parts: HTMLElement[] = [];
    const close = el('button', { class: 'card-close', attrs: { type: 'button', 'aria-label': l10n.t('Close gloss card'), title: l10n.t('Close (Escape)') }, text: '×' });
    close.addEventListener('click', () => {
      this.close();
      this.events.onClosed(view);
    });
    parts.push(
      el(
        'div',
        { class: 'card-head' },
        el('span', { class: 'card-lemma', attrs: { lang: 'fr' }, text: unit.lemma }),
        ...(this.events.headControls?.(view) ?? []),
        close,
      ),
      el(
        'div',
        { class: 'card-grammar' },
        el('span', { text: grammarLine(unit) }),
        unit.origin === 'auto' && unit.gloss
          ? el('span', { class: 'origin-auto', attrs: { title: l10n.t('Glossed automatically, not by the lesson author') }, text: l10n.t('automatic') })
          : null,
      ),
      ...(this.events.ownSection ? [this.events.ownSection(view)] : []),
      glossParagraph(unit.gloss, unit.pos),
    );
    if (unit.lemma !== unit.text) {
      parts.push(el('p', { class: 'card-form' }, ...withElement(l10n.t('In the text: {0}'), el('span', { attrs: { lang: 'fr' }, text: unit.text }))));
    }
    if (unit.noteHtml) {
      // The core's sanitised HTML keeps the note's emphasis; it still goes through the allow-list.
      const note = el('div', { class: 'card-note' });
      note.append(safeFragment(unit.noteHtml));
      parts.push(note);
    } else if (unit.note) {
      parts.push(el('p', { class: 'card-note', text: unit.note }));
    }
    if (unit.repairedFrom !== undefined) parts.push(this.repairLine(view));
    parts.push(...(this.events.cardSections?.(view) ?? []));
    const others = this.otherOccurrences(view);
    if (others.length > 0) {
      const list = el('ul', { class: 'card-occurrences' });
      for (const other of others.slice(0, MAX_OCCURRENCES)) {
        const jump = el(
          'button',
          { class: 'occurrence', attrs: { type: 'button', lang: 'fr', 'data-unit': String(other.unit.id) } },
          other.before,
          el('mark', { text: other.unit.text }),
          other.after,
        );
        jump.addEventListener('click', () => this.events.onJump(other.unit.id));
        list.append(el('li', {}, jump));
      }
      const more = others.length - MAX_OCCURRENCES;
      parts.push(
        el(
          'div',
          { class: 'card-section' },
          el('h3', { class: 'card-section-title', text: l10n.t('Also in this lesson ({0})', others.length) }),
          list,
          more > 0 ? el('p', { class: 'card-more', text: l10n.t('and {0} more', more) }) : null,
        ),
      );
    }
    return parts;
  }

  private repairLine(view: UnitView): HTMLElement {
    const line = el('p', { class: 'card-repair' }, ...withElement(l10n.t('Repaired: the source has {0}. '), el('q', { attrs: { lang: 'fr' }, text: view.unit.repairedFrom ?? '' })));
    const noteId = view.element.getAttribute('data-note');
    if (noteId) {
      const link = el('button', { class: 'link-button', attrs: { type: 'button' }, text: l10n.t('Read the note') });
      link.addEventListener('click', () => this.events.onOpenNote(noteId));
      line.append(link);
    }
    return line;
  }
}

/** What a card says without a gloss: a name needs no translation, so it says it is a name. */
function noGlossText(pos: string): string {
  return pos === 'PROPN' ? l10n.t('a name (no translation needed)') : l10n.t('no gloss');
}

/**
 * The gloss with its first sense (the one the analyzer chose for this context) set apart from the
 * others; the paragraph's text is the gloss as given. No gloss says so, rather than leave a blank.
 */
function glossParagraph(gloss: string, pos: string): HTMLElement {
  if (!gloss) return el('p', { class: 'card-gloss no-gloss', text: noGlossText(pos) });
  const cut = gloss.indexOf('; ');
  if (cut < 0) return el('p', { class: 'card-gloss', attrs: { lang: 'en' }, text: gloss });
  return el(
    'p',
    { class: 'card-gloss', attrs: { lang: 'en' } },
    el('strong', { class: 'card-sense', text: gloss.slice(0, cut) }),
    el('span', { class: 'card-other-senses', text: gloss.slice(cut) }),
  );
}

/** Puts a floating box under its anchor (above when there is no room), inside the viewport. */
function place(box: HTMLElement, anchor: HTMLElement): void {
  const rects = anchor.getClientRects();
  const first = rects[0] ?? anchor.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? first;
  box.style.left = '0px';
  box.style.top = '0px';
  const width = box.offsetWidth;
  const height = box.offsetHeight;
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = window.innerHeight;
  const left = Math.max(MARGIN, Math.min(last.left, viewportWidth - width - MARGIN));
  const below = last.bottom + GAP;
  const top = below + height > viewportHeight - MARGIN && first.top - GAP - height > MARGIN ? first.top - GAP - height : below;
  box.style.left = `${left + window.scrollX}px`;
  box.style.top = `${top + window.scrollY}px`;
}
