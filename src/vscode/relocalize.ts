// When `depeche.interfaceLanguage` changes, what is on screen follows: the lessons are read again
// (their errors, shown in the Lessons tree, are in the interface language) and the open webview
// pages are built again in the new language. Each page brings its state back through its `ready`
// handshake: the reader its lesson, scroll position and open quiz; review and dashboard their data.
import type * as vscode from 'vscode';
import type { LessonCatalog } from './lessonCatalog';

/** A page that can be built again in the interface language. */
export interface Relocalizable {
  relocalize(): void;
}

export function rebuildOnLanguageChange(
  onDidChange: vscode.Event<unknown>,
  catalog: Pick<LessonCatalog, 'invalidate'>,
  openPages: () => Array<Relocalizable | undefined>,
): vscode.Disposable {
  return onDidChange(() => {
    // Fires the catalog's change: the tree refreshes, and the reader reloads its lesson if it changed.
    catalog.invalidate();
    for (const page of openPages()) page?.relocalize();
  });
}
