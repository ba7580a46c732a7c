// Words the learner is learning, underlined in French text editors with the reader's status colours
// (setting `depeche.hover.underlineLearning`, off by default). Only the visible ranges are decorated.
import * as vscode from 'vscode';
import { Settings } from '../ids';
import type { ProgressHub } from '../progressHub';
import type { FrenchDocuments } from './frenchDocuments';

const LEVELS = ['learning-1', 'learning-2', 'learning-3', 'learning-4'] as const;
/** The reader's status colours (media/reader.css), as theme colours with a fallback. */
const COLOURS = ['charts.red', 'charts.orange', 'charts.yellow', 'charts.green'];

export interface LearningUnderlines extends vscode.Disposable {
  /** The ranges underlined in this editor, per learning level (1 to 4): what was last drawn. */
  rangesIn(editor: vscode.TextEditor): vscode.Range[][];
}

export function registerLearningUnderlines(documents: FrenchDocuments, hub: ProgressHub): LearningUnderlines {
  const drawn = new WeakMap<vscode.TextEditor, vscode.Range[][]>();
  const types = LEVELS.map((_, i) =>
    vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor(COLOURS[i]!),
      borderStyle: 'none none solid none', // l10n-exempt: CSS
      borderWidth: '0 0 2px 0',
    }),
  );
  const enabled = () => vscode.workspace.getConfiguration(Settings.section).get<boolean>(Settings.hoverUnderlineLearning, false);

  const decorate = (editor: vscode.TextEditor) => {
    const analysis = enabled() ? documents.ready(editor.document) : undefined;
    const service = hub.loaded;
    const ranges: vscode.Range[][] = LEVELS.map(() => []);
    if (analysis && service) {
      for (const visible of editor.visibleRanges) {
        const from = editor.document.offsetAt(visible.start);
        const to = editor.document.offsetAt(visible.end);
        const words = [...analysis.words(from, to)];
        const statuses = service.statuses(new Set(words.map((w) => w.key)));
        for (const w of words) {
          const level = LEVELS.indexOf(statuses[w.key] as (typeof LEVELS)[number]);
          if (level >= 0) ranges[level]!.push(new vscode.Range(editor.document.positionAt(w.start), editor.document.positionAt(w.end)));
        }
      }
    } else if (enabled() && !service) {
      void hub.ready().then(() => decorate(editor), () => undefined);
    }
    types.forEach((type, i) => editor.setDecorations(type, ranges[i]!));
    drawn.set(editor, ranges);
  };
  const decorateAll = () => vscode.window.visibleTextEditors.forEach(decorate);

  const disposable = vscode.Disposable.from(
    ...types,
    documents.onDidAnalyse((document) => vscode.window.visibleTextEditors.filter((e) => e.document === document).forEach(decorate)),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => decorate(e.textEditor)),
    vscode.window.onDidChangeVisibleTextEditors(decorateAll),
    hub.onDidChange(decorateAll),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${Settings.section}.${Settings.hoverUnderlineLearning}`)) decorateAll();
    }),
  );
  return { rangesIn: (editor) => drawn.get(editor) ?? LEVELS.map(() => []), dispose: () => disposable.dispose() };
}
