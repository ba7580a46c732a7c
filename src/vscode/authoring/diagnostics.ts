// The Problems panel for lesson files: every error (the first in the words of the Lessons tree) and
// the engine's warnings, on their ranges, updated as the author types (after a short pause).
import * as vscode from 'vscode';
import type { LessonDiagnostic } from '../../core/editor/lessonDiagnostics';
import type { LessonReports } from './lessonReports';

/** A pause in typing this long updates the diagnostics; a 400-line lesson takes a few tens of ms. */
const DEBOUNCE_MS = 250;
export const DIAGNOSTIC_SOURCE = 'Dépêche';

export function registerLessonDiagnostics(reports: LessonReports): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('depeche');
  const timers = new Map<string, NodeJS.Timeout>();

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
  return vscode.Disposable.from(
    collection,
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      clearTimeout(timers.get(document.uri.toString()));
      collection.delete(document.uri);
      reports.forget(document);
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
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
