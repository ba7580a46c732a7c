// The editor's lesson-authoring features, registered together: diagnostics, quick fixes, the
// preview to the side, completions, glossary hovers, the outline and New Lesson.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { Commands, ContextKeys } from '../ids';
import type { LessonCatalog } from '../lessonCatalog';
import type { WindowAnalysis } from '../readerDocuments';
import type { ReaderPrefsStore } from '../readerPrefs';
import { registerLessonCodeActions } from './codeActions';
import { registerLessonDiagnostics } from './diagnostics';
import type { LessonFolderDiagnostics } from './folderDiagnostics';
import { LessonReports } from './lessonReports';
import { registerLessonLanguageFeatures } from './languageFeatures';
import { newLesson, type NewLessonArgs } from './newLesson';
import { LessonPreview, type LessonPreviewDeps } from './preview';

export interface AuthoringDeps {
  extensionUri: vscode.Uri;
  /** The window's analysis engine (the reader's). */
  analysis: () => WindowAnalysis;
  /** The extension's own lessons and the folder of lessons imported outside a workspace. */
  builtinDirs: string[];
  /** Where New Lesson writes when no workspace folder is open. */
  fallbackDir: string;
  catalog: LessonCatalog;
  prefs: ReaderPrefsStore;
  /** The window's quiz maker (the reader's), for the preview's Quiz button. */
  quizFor: LessonPreviewDeps['quizFor'];
}

export interface Authoring {
  reports: LessonReports;
  /** The diagnostics of the lesson files nobody has open. */
  folderDiagnostics: LessonFolderDiagnostics;
  disposables: vscode.Disposable[];
  lessonPreview(): LessonPreview | undefined;
}

export function registerAuthoring(deps: AuthoringDeps): Authoring {
  const reports = new LessonReports(deps.analysis, deps.builtinDirs);
  const setLessonContext = (editor: vscode.TextEditor | undefined) =>
    void vscode.commands.executeCommand('setContext', ContextKeys.lessonEditor, !!editor && reports.isLesson(editor.document));
  setLessonContext(vscode.window.activeTextEditor);
  // The shipped lessons live in the extension's install folder: nothing there is the learner's to fix.
  const diagnostics = registerLessonDiagnostics(reports, deps.catalog, [vscode.Uri.joinPath(deps.extensionUri, 'lessons').fsPath]);
  return {
    reports,
    folderDiagnostics: diagnostics.folders,
    lessonPreview: () => LessonPreview.active,
    disposables: [
      diagnostics.disposable,
      registerLessonCodeActions(reports),
      registerLessonLanguageFeatures(reports, deps.catalog),
      vscode.commands.registerCommand(Commands.newLesson, async (args?: NewLessonArgs) => {
        try {
          return await newLesson(deps.catalog, deps.fallbackDir, args);
        } catch (e) {
          void vscode.window.showErrorMessage(l10n.t('Dépêche could not write the new lesson: {0}', e instanceof Error ? e.message : String(e)));
          return undefined;
        }
      }),
      vscode.window.onDidChangeActiveTextEditor(setLessonContext),
      vscode.commands.registerCommand(Commands.openLessonPreview, async (uri?: vscode.Uri) => {
        const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
        if (!document || document.languageId !== 'markdown') {
          void vscode.window.showInformationMessage(l10n.t('Open a lesson file (Markdown) to preview it.'));
          return undefined;
        }
        return LessonPreview.show({ extensionUri: deps.extensionUri, reports, prefs: deps.prefs, quizFor: deps.quizFor }, document);
      }),
      { dispose: () => LessonPreview.active?.dispose() },
    ],
  };
}
