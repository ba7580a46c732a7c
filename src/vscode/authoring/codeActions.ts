// Quick fixes for lesson files (the edits come from src/core/editor/lessonFixes.ts): the nearest
// passage for an evidence quote, the text's form for a near-miss glossary entry, glossary rows for
// what the engine glosses, and a Translation skeleton.
import * as vscode from 'vscode';
import { evidenceFix, glossaryRowsFix, nearMissFix, translationSkeletonFix, type LessonFix } from '../../core/editor/lessonFixes';
import { lessonLayout, sectionAt } from '../../core/editor/lessonLayout';
import { DIAGNOSTIC_SOURCE, toRange } from './diagnostics';
import type { LessonReports } from './lessonReports';

export function registerLessonCodeActions(reports: LessonReports): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new LessonCodeActions(reports), {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  });
}

class LessonCodeActions implements vscode.CodeActionProvider {
  constructor(private readonly reports: LessonReports) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!this.reports.isLesson(document)) return [];
    const report = this.reports.reportFor(document);
    const source = document.getText();
    const actions: vscode.CodeAction[] = [];
    const add = (fix: LessonFix | undefined, diagnostic?: vscode.Diagnostic, preferred = false) => {
      if (!fix) return;
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      for (const edit of fix.edits) action.edit.replace(document.uri, toRange(edit.range), edit.newText);
      if (diagnostic) action.diagnostics = [diagnostic];
      action.isPreferred = preferred;
      actions.push(action);
    };

    for (const diagnostic of context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE)) {
      const line = diagnostic.range.start.line + 1;
      if (diagnostic.code === 'parse' && /evidence quoted/.test(diagnostic.message) && report.checked.lesson) {
        add(evidenceFix(source, line, report.checked.lesson), diagnostic, true);
      }
      if (diagnostic.code === 'glossary-unmatched' && report.analysis) {
        const entry = report.analysis.lesson.glossary.find((e) => (report.analysis!.parsed.origin[e.line - 1] ?? e.line) === line);
        if (entry) add(nearMissFix(source, entry, report.analysis), diagnostic, true);
      }
    }

    // Offered in the sections they concern, so the light bulb stays off elsewhere.
    const section = sectionAt(lessonLayout(source), range.start.line)?.name;
    const engine = this.reports.engineOrUndefined();
    if ((section === 'Glossary' || section === 'Text') && report.analysis && engine) add(glossaryRowsFix(source, report.analysis, engine));
    if ((section === 'Glossary' || section === 'Text') && report.checked.lesson) add(translationSkeletonFix(source, report.checked.lesson));
    return actions;
  }
}
