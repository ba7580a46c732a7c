// The learner's vocabulary statuses on the page: each unit carries its key's status
// (`data-status`), tinted when the host says so; the gloss card's status row and its keys set a
// status for every unit of a key at once; the finish bar marks the rest as known, and undoes that.
import type { ReaderToHost, VocabStatus } from '../protocol';
import { FinishBar } from './finishBar';
import type { RenderedLesson, UnitView } from './render';
import { StatusRow } from './statusRow';
import { isTintable, normalizeStatuses, remainingNewKeys, statusForKey } from './vocabStatus';

const TINT_CLASS = 'tint-statuses';

export class ReaderStatuses {
  readonly finishBar: FinishBar;
  private statuses = new Map<string, VocabStatus>();
  private lesson: RenderedLesson | null = null;
  private viewsByKey = new Map<string, UnitView[]>();
  /** The status row of the pinned card, and the key it is for. */
  private row: { key: string; row: StatusRow } | null = null;
  /** The keys the finish bar last marked known, while its Undo is offered. */
  private marked: string[] | null = null;

  /** `onChange`: some status changed (the current word's description follows). */
  constructor(
    private readonly body: HTMLElement,
    private readonly post: (message: ReaderToHost) => void,
    private readonly onChange: () => void = () => undefined,
  ) {
    this.finishBar = new FinishBar(() => this.markRestKnown(), () => this.undoMarkRestKnown());
    // No tint before the host has said what the learner knows: everything would look new.
    body.classList.remove(TINT_CLASS);
  }

  statusOf(key: string): VocabStatus {
    return this.statuses.get(key) ?? 'new';
  }

  setLesson(lesson: RenderedLesson): void {
    this.lesson = lesson;
    this.row = null;
    this.viewsByKey = new Map();
    for (const view of lesson.order) {
      const views = this.viewsByKey.get(view.unit.key);
      if (views) views.push(view);
      else this.viewsByKey.set(view.unit.key, [view]);
      for (const part of view.parts) part.classList.toggle('unit-tintable', isTintable(view.unit));
    }
    this.finishBar.clearConfirmation();
    this.marked = null;
    this.refresh();
  }

  /** The host's statuses replace ours (the store is the authority); `tint` switches the tint. */
  setStatuses(statuses: unknown, tint: boolean): void {
    this.statuses = normalizeStatuses(statuses);
    this.body.classList.toggle(TINT_CLASS, tint === true);
    this.finishBar.element.hidden = false;
    this.refresh();
    this.onChange();
  }

  /** Sets one key's status everywhere on the page and tells the host. */
  set(key: string, status: VocabStatus): void {
    if (this.statusOf(key) === status) return;
    this.statuses.set(key, status);
    this.applyKey(key);
    this.finishBar.update(this.remainingKeys().length);
    this.post({ type: 'setStatus', key, status });
    this.onChange();
  }

  /** The status row for a pinned card. */
  cardSection(view: UnitView): HTMLElement {
    const key = view.unit.key;
    const row = new StatusRow(this.statusOf(key), (status) => this.set(key, status));
    this.row = { key, row };
    return row.element;
  }

  /** 1–4, K, X while a card is pinned; returns whether the key was used. */
  handleKey(event: KeyboardEvent, pinned: UnitView | null): boolean {
    if (!pinned || event.altKey || event.ctrlKey || event.metaKey) return false;
    const status = statusForKey(event.key);
    if (!status) return false;
    this.set(pinned.unit.key, status);
    return true;
  }

  private remainingKeys(): string[] {
    return remainingNewKeys(this.lesson?.doc.units ?? [], (key) => this.statusOf(key));
  }

  private markRestKnown(): void {
    const keys = this.remainingKeys();
    if (keys.length === 0) return;
    for (const key of keys) this.statuses.set(key, 'known');
    this.post({ type: 'markRestKnown', keys });
    this.marked = keys;
    this.refresh();
    this.onChange();
    this.finishBar.confirm(keys.length);
  }

  /** Puts the marked words back to new at once; the host restores their records and sends the statuses. */
  private undoMarkRestKnown(): void {
    const keys = (this.marked ?? []).filter((key) => this.statusOf(key) === 'known');
    this.marked = null;
    for (const key of keys) this.statuses.set(key, 'new');
    this.post({ type: 'undoMarkRestKnown' });
    this.refresh();
    this.finishBar.undone(keys.length);
  }

  private refresh(): void {
    for (const key of this.viewsByKey.keys()) this.applyKey(key);
    this.finishBar.update(this.remainingKeys().length);
  }

  private applyKey(key: string): void {
    const status = this.statusOf(key);
    for (const view of this.viewsByKey.get(key) ?? []) for (const part of view.parts) part.dataset.status = status;
    if (this.row?.key === key) this.row.row.show(status);
  }
}
