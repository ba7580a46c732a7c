// Moving through the text from the keyboard: the units form one composite widget with a roving
// tabindex (one Tab stop for the whole text), Left/Right step between units, Up/Down between
// sentences, Home/End to the first and last unit.
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

export class UnitNavigator {
  private lesson: RenderedLesson | null = null;
  private current: UnitView | null = null;

  setLesson(lesson: RenderedLesson): void {
    this.lesson = lesson;
    this.current = null;
    const first = lesson.order[0];
    if (first) this.makeCurrent(first);
  }

  get currentUnit(): UnitView | null {
    return this.current;
  }

  /** Makes `view` the text's single Tab stop (called on focus, click and jumps). */
  makeCurrent(view: UnitView): void {
    if (this.current && this.current !== view) this.current.element.tabIndex = -1;
    view.element.tabIndex = 0;
    this.current = view;
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

  focus(view: UnitView): void {
    this.makeCurrent(view);
    view.element.focus();
  }
}
