// The reader's side of progress: a pinned gloss records a lookup (with the unit's sentence), the
// gloss card's status buttons and "mark the rest known" set statuses (each item recorded as met in
// the lesson, at its first sentence, with its gloss), "mark the rest known" can be undone in one
// step, and the page gets the statuses of its words with each lesson and after every change.
import * as vscode from 'vscode';
import type { ReaderDocument } from '../core/lesson/model';
import { keySightings, lessonKeys, readerSighting } from '../core/progress/readerSightings';
import type { StatusUndo } from '../core/progress/signals';
import type { HostToReader, VocabStatus } from '../protocol';
import { isStatus, type OwnGloss } from '../core/progress/model';
import { Settings, WalkthroughContext } from './ids';
import type { ProgressHub } from './progressHub';

/** What the reader panel needs from progress (absent: the reader works without it). */
export interface ReaderProgressLink {
  /** Progress or the tint setting changed: post `statusesFor` again. */
  readonly onDidChange: vscode.Event<void>;
  statusesFor(doc: ReaderDocument): Promise<Extract<HostToReader, { type: 'statuses' }>>;
  lookup(doc: ReaderDocument, unitId: number, key: string): Promise<void>;
  setStatus(doc: ReaderDocument, key: string, status: VocabStatus): Promise<void>;
  /** The learner's own gloss and/or note for a key of the lesson, recorded as met there. */
  setOwnGloss(doc: ReaderDocument, key: string, own: { gloss?: unknown; note?: unknown }): Promise<void>;
  /** Returns how many items were marked known. */
  markRestKnown(doc: ReaderDocument, keys: readonly string[]): Promise<number>;
  /** Undoes this lesson's last "mark the rest known"; returns how many items are new again. */
  undoMarkRestKnown(doc: ReaderDocument): Promise<number>;
}

export function readerProgressLink(hub: ProgressHub): ReaderProgressLink & vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  /** The last "mark the rest known", until it is undone or another lesson's replaces it. */
  let lastMark: { lessonId: string; undo: StatusUndo } | undefined;
  const subscriptions = [
    changed,
    hub.onDidChange(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${Settings.section}.${Settings.tintByStatus}`)) changed.fire();
    }),
  ];
  return {
    onDidChange: changed.event,
    async statusesFor(doc) {
      const progress = await hub.ready();
      const tint = vscode.workspace.getConfiguration(Settings.section).get<boolean>(Settings.tintByStatus, true);
      const keys = lessonKeys(doc);
      return { type: 'statuses', statuses: progress.statuses(keys), tint, own: progress.ownGlosses(keys) };
    },
    async lookup(doc, unitId, key) {
      const sighting = readerSighting(doc, unitId);
      // The page names the unit and its key: both must agree with the document the host sent.
      if (sighting && sighting.key === key) {
        (await hub.ready()).lookup(sighting);
        // The getting-started walkthrough's "look a word up" step completes on this.
        void vscode.commands.executeCommand('setContext', WalkthroughContext.lookedUp, true);
      }
    },
    async setStatus(doc, key, status) {
      if (isStatus(status) && lessonKeys(doc).has(key)) (await hub.ready()).setStatus(keySightings(doc, [key])[0]!, status);
    },
    async setOwnGloss(doc, key, own) {
      const edit = ownGlossEdit(own);
      if (edit && lessonKeys(doc).has(key)) (await hub.ready()).setOwnGloss(keySightings(doc, [key])[0]!, edit);
    },
    async markRestKnown(doc, keys) {
      const inLesson = lessonKeys(doc);
      const items = keySightings(doc, keys.filter((k) => typeof k === 'string' && inLesson.has(k)));
      const undo = (await hub.ready()).markRestKnown(items);
      lastMark = { lessonId: doc.lessonId, undo };
      return undo.previous.length;
    },
    async undoMarkRestKnown(doc) {
      // Awaited first, as markRestKnown does: a mark posted just before is then in `lastMark`.
      const progress = await hub.ready();
      const mark = lastMark;
      if (!mark || mark.lessonId !== doc.lessonId) return 0;
      lastMark = undefined;
      return progress.undoStatuses(mark.undo).length;
    },
    dispose: () => vscode.Disposable.from(...subscriptions).dispose(),
  };
}

/** An own gloss edit from a webview, checked: texts only, at least one of them; null otherwise. */
export function ownGlossEdit(own: { gloss?: unknown; note?: unknown }): Partial<OwnGloss> | null {
  const edit: Partial<OwnGloss> = {};
  if (typeof own.gloss === 'string') edit.gloss = own.gloss;
  else if (own.gloss !== undefined) return null;
  if (typeof own.note === 'string') edit.note = own.note;
  else if (own.note !== undefined) return null;
  return edit.gloss === undefined && edit.note === undefined ? null : edit;
}
