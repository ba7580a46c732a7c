// Entry point: activate() only wires the features together; lessons load on first use.
import * as vscode from 'vscode';
import { registerCommands } from './vscode/commands';
import { registerImportCommand } from './vscode/importCommand';
import { Views } from './vscode/ids';
import { LessonCatalog } from './vscode/lessonCatalog';
import { LessonTreeProvider, type LessonProgressSource } from './vscode/lessonTree';
import { openLessonOnStartup } from './vscode/openOnStartup';
import { MemoryQuizRecorder, type QuizRecorder } from './vscode/quizRecorder';
import { lessonEngine } from './vscode/readerDocuments';
import { ReaderPanel, type ReaderDeps } from './vscode/readerPanel';
import type { ReaderQuizHost } from './vscode/readerQuizHost';
import { ReaderPrefsStore } from './vscode/readerPrefs';
import { ReaderViewStore } from './vscode/readerViewStore';
import { registerReaderSerializer } from './vscode/readerSerializer';

/** What `activate` returns: for the progress feature and the integration tests. */
export interface DepecheApi {
  catalog: LessonCatalog;
  lessonTree: LessonTreeProvider;
  setProgressSource(source: LessonProgressSource): void;
  /** The lesson shown in the reader, if one is open. */
  readerLessonId(): string | undefined;
  /** Where the reader's quiz answers and attempts go. */
  quizRecorder: QuizRecorder;
  /** The open reader's quiz (host side), if a reader is open. */
  readerQuiz(): ReaderQuizHost | undefined;
}

export function activate(context: vscode.ExtensionContext): DepecheApi {
  const importedDir = vscode.Uri.joinPath(context.globalStorageUri, 'lessons').fsPath;
  const catalog = new LessonCatalog([vscode.Uri.joinPath(context.extensionUri, 'lessons').fsPath, importedDir]);
  const lessonTree = new LessonTreeProvider(catalog);
  const prefs = new ReaderPrefsStore(context.globalState);
  const engine = lessonEngine(vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath);
  // The one place quiz results are wired: kept in memory until the progress store takes them.
  const quizRecorder: QuizRecorder = new MemoryQuizRecorder();
  const reader: ReaderDeps = {
    extensionUri: context.extensionUri,
    catalog,
    prefs,
    viewStore: new ReaderViewStore(context.storageUri ?? context.globalStorageUri),
    documentFor: engine.documentFor,
    quizFor: engine.quizFor,
    recorder: quizRecorder,
  };
  context.subscriptions.push(
    catalog,
    lessonTree,
    prefs,
    vscode.window.createTreeView(Views.lessons, { treeDataProvider: lessonTree, showCollapseAll: true }),
    ...registerCommands(catalog, reader),
    registerReaderSerializer(reader),
    registerImportCommand({
      catalog,
      dataDir: vscode.Uri.joinPath(context.extensionUri, 'dist', 'data').fsPath,
      fallbackDir: importedDir,
      open: (lesson) => ReaderPanel.createOrShow(reader, lesson),
    }),
    { dispose: () => ReaderPanel.active?.dispose() },
  );
  void openLessonOnStartup();
  return {
    catalog,
    lessonTree,
    setProgressSource: (source) => lessonTree.setProgressSource(source),
    readerLessonId: () => ReaderPanel.active?.lessonId,
    quizRecorder,
    readerQuiz: () => ReaderPanel.active?.quiz,
  };
}

export function deactivate(): void {}
