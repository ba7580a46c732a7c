// The Problems panel for lesson files: every error (the first in the words of the Lessons tree) and
// the engine's warnings, on their ranges, updated as the author types (after a short pause). Lesson
// files that are not open get theirs from the folders' sweep (folderDiagnostics.ts).
import * as vscode from 'vscode';
import type { LessonDiagnostic } from '../../core/editor/lessonDiagnostics';
import type { LessonCatalog } from '../lessonCatalog';
import { LessonFolderDiagnostics } from './folderDiagnostics';
import type { LessonReports } from './lessonReports';

/** A pause in typing this long updates the diagnostics; a 400-line lesson takes a few tens of ms. */
const DEBOUNCE_MS = 250;
export const DIAGNOSTIC_SOURCE = 'Dépêche';

export function registerLessonDiagnostics(reports: LessonReports, catalog: LessonCatalog, readOnlyDirs: readonly string[]): { folders: LessonFolderDiagnostics; disposable: vscode.Disposable } {
  const collection = vscode.languages.createDiagnosticCollection('depeche');
  const timers = new Map<string, NodeJS.Timeout>();
  // Open: in an editor tab, or changed and not saved. (A document closed in its tab may stay among
  // `textDocuments` for minutes; its closing event is no sign that the tab is gone.)
  const inTab = (file: string) =>
    vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'file' && t.input.uri.fsPath === file));
  const isOpen = (file: string) =>
    inTab(file) || vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.scheme === 'file' && d.uri.fsPath === file);
  const folders = new LessonFolderDiagnostics(catalog, collection, () => reports.engineOrUndefined(), isOpen, toDiagnostic, readOnlyDirs);

  const update = (document: vscode.TextDocument) => {
    if (document.isClosed) return;
    if (!reports.isLesson(document)) {
      collection.delete(document.uri);
      return;
    }
    collection.set(document.uri, reports.reportFor(document).diagnostics.map(toDiagnostic));
  };
  const schedule = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      update(document);
    }, DEBOUNCE_MS));
  };

  vscode.workspace.textDocuments.forEach(update);
  const disposable = vscode.Disposable.from(
    folders,
    collection,
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      clearTimeout(timers.get(document.uri.toString()));
      collection.delete(document.uri);
      reports.forget(document);
      if (document.uri.scheme === 'file') folders.closed(document.uri.fsPath);
    }),
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      for (const tab of e.closed) {
        if (!(tab.input instanceof vscode.TabInputText) || tab.input.uri.scheme !== 'file') continue;
        const file = tab.input.uri.fsPath;
        if (!isOpen(file)) folders.closed(file);
      }
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
  return { folders, disposable };
}

export function toRange(range: LessonDiagnostic['range']): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

function toDiagnostic(d: LessonDiagnostic): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    toRange(d.range),
    d.message,
    d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = d.code;
  return diagnostic;
}
