// The Lessons tree selects the lesson on display in the reader, however it got there (the tree,
// Next Lesson, Open Lesson…, a restored panel), as the Explorer follows the active editor.
import * as vscode from 'vscode';
import type { LessonTreeNode, LessonTreeProvider } from './lessonTree';

/** Selects the lesson's row without taking focus; only while the tree is on screen (reveal would open it). */
export function selectInTree(view: vscode.TreeView<LessonTreeNode>, tree: LessonTreeProvider, lessonId: string): void {
  if (!view.visible) return;
  const node = tree.nodeOf(lessonId);
  if (!node) return;
  if (view.selection.some((n) => n.kind === 'lesson' && n.lesson.id === lessonId)) return;
  // A tree refreshing at the same moment may reject the reveal; the next show selects it again.
  view.reveal(node, { select: true, focus: false }).then(undefined, () => undefined);
}

/** When the tree comes on screen, it selects the lesson the reader shows. */
export function followReaderInTree(
  view: vscode.TreeView<LessonTreeNode>,
  tree: LessonTreeProvider,
  currentLessonId: () => string | undefined,
): vscode.Disposable {
  return view.onDidChangeVisibility(({ visible }) => {
    const id = currentLessonId();
    if (visible && id) selectInTree(view, tree, id);
  });
}
