// Moving through the text from the keyboard: the text container is the one Tab stop and keeps
// focus; its `aria-activedescendant` names the current unit (outlined while the text has keyboard
// focus). Left/Right step between units, Up/Down between sentences, Home/End to the first and last
// unit. The units themselves stay plain text, so a screen reader reads the lesson as prose.
import type { RenderedLesson, UnitView } from './render';

export type Move = 'next' | 'previous' | 'nextSentence' | 'previousSentence' | 'first' | 'last';

const KEY_MOVES: Record<string, Move> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  ArrowDown: 'nextSentence',
  ArrowUp: 'previousSentence',
  Home: 'first',
  End: 'last',
};

export function moveForKey(key: string): Move | undefined {
  return KEY_MOVES[key];
}

const ACTIVE_CLASS = 'unit-active';

export class UnitNavigator {
  private lesson: RenderedLesson | null = null;
  private current: UnitView | null = null;

  /** `onCurrent`: the current unit changed (its description is to be updated). */
  constructor(private readonly onCurrent: (view: UnitView) => void = () => undefined) {}

  setLesson(lesson: RenderedLesson): void {
    this.lesson = lesson;
    this.current = null;
    const first = lesson.order[0];
    if (first) this.makeCurrent(first);
  }

  get currentUnit(): UnitView | null {
    return this.current;
  }

  /** Whether focus is in the text (on its container). */
  get hasFocus(): boolean {
    return !!this.lesson && document.activeElement === this.lesson.text;
  }

  /** Makes `view` the text's active descendant (called on moves, clicks and jumps). */
  makeCurrent(view: UnitView): void {
    if (this.current && this.current !== view) for (const part of this.current.parts) part.classList.remove(ACTIVE_CLASS);
    // Every part of a discontinuous expression is outlined with the first.
    for (const part of view.parts) part.classList.add(ACTIVE_CLASS);
    this.lesson?.text.setAttribute('aria-activedescendant', view.element.id);
    this.current = view;
    this.onCurrent(view);
  }

  /** The unit a move leads to from the current one, or null at the edges. */
  target(move: Move): UnitView | null {
    const lesson = this.lesson;
    const from = this.current;
    if (!lesson || !from) return null;
    const order = lesson.order;
    const at = order.indexOf(from);
    switch (move) {
      case 'next':
        return order[at + 1] ?? null;
      case 'previous':
        return at > 0 ? (order[at - 1] ?? null) : null;
      case 'first':
        return order[0] ?? null;
      case 'last':
        return order[order.length - 1] ?? null;
      case 'nextSentence':
        return lesson.sentences[from.sentence + 1]?.[0] ?? null;
      case 'previousSentence': {
        // Up goes to the start of this sentence first, then to the start of the previous one.
        const own = lesson.sentences[from.sentence];
        if (own && own[0] !== from) return own[0] ?? null;
        return from.sentence > 0 ? (lesson.sentences[from.sentence - 1]?.[0] ?? null) : null;
      }
    }
  }

  /** Moves focus; returns the unit focused, or null when the move led nowhere. */
  move(move: Move): UnitView | null {
    const next = this.target(move);
    if (!next) return null;
    this.focus(next);
    return next;
  }

  /** Makes `view` current and puts focus in the text, scrolling the unit into view. */
  focus(view: UnitView): void {
    this.makeCurrent(view);
    this.lesson?.text.focus({ preventScroll: true });
    view.element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}
