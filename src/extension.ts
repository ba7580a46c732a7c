// Entry point: activate() only wires the features together; lessons load on first use.
import * as vscode from 'vscode';
import { registerAuthoring } from './vscode/authoring';
import type { LessonFolderDiagnostics } from './vscode/authoring/folderDiagnostics';
import type { LessonPreview } from './vscode/authoring/preview';
import type { LearningUnderlines } from './vscode/hover/learningUnderlines';
import { registerFrenchText } from './vscode/hover';
import { registerCommands } from './vscode/commands';
import { learnerKeys } from './core/import/learner';
import { startInterfaceLanguage } from './vscode/interfaceLanguage';
import { rebuildOnLanguageChange } from './vscode/relocalize';
import { registerImportCommand } from './vscode/importCommand';
import { improveImported, registerLanguageModelCommands, type LanguageModelDeps } from './vscode/lm/registerLanguageModel';
import { Views, WalkthroughContext } from './vscode/ids';
import { LessonCatalog } from './vscode/lessonCatalog';
import { LessonTreeProvider, type LessonProgressSource, type LessonTreeNode } from './vscode/lessonTree';
import { followReaderInTree, selectInTree } from './vscode/lessonTreeSelection';
import { openLessonOnStartup } from './vscode/openOnStartup';
import { ProgressQuizRecorder } from './vscode/progressQuizRecorder';
import type { QuizRecorder } from './vscode/quizRecorder';
import { lessonEngine, windowAnalysis } from './vscode/readerDocuments';
import { ReaderPanel, type ReaderDeps } from './vscode/readerPanel';
import { ReaderPrefsStore } from './vscode/readerPrefs';
import { ReaderViewStore } from './vscode/readerViewStore';
import { registerReaderSerializer } from './vscode/readerSerializer';
import { DASHBOARD_SURFACE, DashboardController } from './vscode/dashboardPanel';
import { LessonProgressFromHub } from './vscode/lessonProgress';
import { registerProgressCommands, type ProgressSurfaces } from './vscode/progressCommands';
import { fillProgressContext, libraryDocuments } from './vscode/progressContext';
import { ProgressHub } from './vscode/progressHub';
import { ReadingLog } from './vscode/readingLog';
import { SurfaceSlot } from './vscode/progressPanel';
import { progressStatusBar } from './vscode/progressStatusBar';
import { readerProgressLink } from './vscode/readerProgress';
import { REVIEW_SURFACE, ReviewController } from './vscode/reviewPanel';
import { registerChooseVoice, SpeechSettingsSource } from './vscode/speechSettings';

/** What `activate` returns: for the progress feature and the integration tests. */
export interface DepecheApi {
  catalog: LessonCatalog;
  lessonTree: LessonTreeProvider;
  lessonTreeView: vscode.TreeView<LessonTreeNode>;
  setProgressSource(source: LessonProgressSource): void;
  /** The lesson shown in the reader, if one is open. */
  readerLessonId(): string | undefined;
  /** Where the reader's quiz answers and attempts go. */
  quizRecorder: QuizRecorder;
  /** The open reader panel, if any. */
  readerPanel(): ReaderPanel | undefined;
  /** The learner's progress in this window (loaded on first need). */
  progress: ProgressHub;
  /** The tree's progress source as wired at activation (tests put it back after replacing it). */
  lessonProgress: LessonProgressSource;
  surfaces: ProgressSurfaces;
  /** The lesson preview beside a lesson's Markdown, if one is open. */
  lessonPreview(): LessonPreview | undefined;
  /** The diagnostics of lesson files nobody has open. */
  lessonFolderDiagnostics: LessonFolderDiagnostics;
  /** The learning words underlined in French text editors. */
  learningUnderlines: LearningUnderlines;
}

/** Kept for `deactivate`: changes still waiting for the save debounce are written on the way out. */
let activeHub: ProgressHub | undefined;

export function activate(context: vscode.ExtensionContext): DepecheApi {
  const importedDir = vscode.Uri.joinPath(context.globalStorageUri, 'lessons').fsPath;
  // First: the pages and the core's messages built from here on speak the interface language.
  const interfaceLanguage = startInterfaceLanguage(context.extensionUri);
  context.subscriptions.push(interfaceLanguage);
  const catalog = new LessonCatalog([vscode.Uri.joinPath(context.extensionUri, 'lessons').fsPath, importedDir]);
  const lessonTree = new LessonTreeProvider(catalog);
  const lessonTreeView = vscode.window.createTreeView(Views.lessons, { treeDataProvider: lessonTree, showCollapseAll: true });
  const prefs = new ReaderPrefsStore(context.globalState);
  const speech = new SpeechSettingsSource();
  // One analysis engine for the window: the reader, the quiz and the editor features share it.
  const analysis = windowAnalysis(vscode.Uri.joinPath(context.extensionUri, 'dist', 'data').fsPath);
  const engine = lessonEngine(analysis);
  const lmDeps: LanguageModelDeps = {
    catalog,
    readerLessonId: () => ReaderPanel.active?.lessonId,
    analysis,
    dataDir: vscode.Uri.joinPath(context.extensionUri, 'dist', 'data').fsPath,
  };
  // Nothing is read here: the progress file loads on first need (tree, status bar, a panel).
  let readingLog: ReadingLog | undefined;
  const hub = (activeHub = new ProgressHub({ storageUri: context.globalStorageUri, minutesRead: () => readingLog?.minutes() ?? {} }));
  readingLog = new ReadingLog(context.globalState, () => hub.notify());
  context.subscriptions.push(readingLog);
  const readerProgress = readerProgressLink(hub);
  // The one place quiz results are wired: into the progress store.
  const quizRecorder: QuizRecorder = new ProgressQuizRecorder(hub, async (id) => {
    const lesson = await catalog.find(id);
    return lesson && engine.documentFor(lesson);
  }, () => void vscode.commands.executeCommand('setContext', WalkthroughContext.quizTaken, true));
  const reader: ReaderDeps = {
    extensionUri: context.extensionUri,
    catalog,
    prefs,
    viewStore: new ReaderViewStore(context.storageUri ?? context.globalStorageUri),
    documentFor: engine.documentFor,
    quizFor: engine.quizFor,
    recorder: quizRecorder,
    progress: readerProgress,
    speech,
    onDidShowLesson: (lesson) => selectInTree(lessonTreeView, lessonTree, lesson.id),
  };
  const builtinDirs = [vscode.Uri.joinPath(context.extensionUri, 'lessons').fsPath, importedDir];
  const authoring = registerAuthoring({
    extensionUri: context.extensionUri,
    analysis,
    builtinDirs,
    fallbackDir: importedDir,
    catalog,
    prefs,
    quizFor: engine.quizFor,
  });
  const frenchText = registerFrenchText({
    analyzer: () => authoring.reports.engineOrUndefined()?.analyzer,
    isLesson: (document) => authoring.reports.isLesson(document),
    hub,
  });
  const lessonProgress = new LessonProgressFromHub(hub, reader.documentFor);
  lessonTree.setProgressSource(lessonProgress);
  const surfaces: ProgressSurfaces = {
    review: new SurfaceSlot(context.extensionUri, REVIEW_SURFACE, () => new ReviewController(hub, async (id) => (await catalog.find(id))?.meta.title, () => speech.current())),
    dashboard: new SurfaceSlot(context.extensionUri, DASHBOARD_SURFACE, () => new DashboardController(hub, catalog, reader.documentFor)),
  };
  context.subscriptions.push(
    catalog,
    lessonTree,
    prefs,
    speech,
    registerChooseVoice(speech),
    lessonTreeView,
    followReaderInTree(lessonTreeView, lessonTree, () => ReaderPanel.active?.lessonId),
    ...registerCommands(catalog, reader),
    registerReaderSerializer(reader),
    registerImportCommand({
      catalog,
      dataDir: vscode.Uri.joinPath(context.extensionUri, 'dist', 'data').fsPath,
      fallbackDir: importedDir,
      open: (lesson) => ReaderPanel.createOrShow(reader, lesson),
      learner: async () => learnerKeys((await hub.ready()).document),
      afterImport: (files) => improveImported(lmDeps, files),
    }),
    ...registerLanguageModelCommands(lmDeps),
    { dispose: () => ReaderPanel.active?.dispose() },
    hub,
    readerProgress,
    lessonProgress,
    surfaces.review,
    surfaces.dashboard,
    surfaces.review.serializer(),
    surfaces.dashboard.serializer(),
    ...registerProgressCommands(hub, surfaces, {
      lessonDocuments: () => libraryDocuments(catalog, engine.documentFor),
      sqlWasmFile: vscode.Uri.joinPath(context.extensionUri, 'dist', 'sql-wasm.wasm').fsPath,
    }),
    progressStatusBar(hub),
    rebuildOnLanguageChange(interfaceLanguage.onDidChange, catalog, () => [
      ReaderPanel.active, surfaces.review, surfaces.dashboard, authoring.lessonPreview(),
    ]),
    ...authoring.disposables,
    ...frenchText.disposables,
  );
  // After activation, off its path: the status bar shows the count once the file is in, then
  // records saved without where they were met get it from the lessons.
  setTimeout(() => void fillProgressContext(hub, catalog, engine.documentFor).catch((e) => console.error('[depeche] progress', e)), 0);
  void openLessonOnStartup();
  return {
    catalog,
    lessonTree,
    lessonTreeView,
    setProgressSource: (source) => lessonTree.setProgressSource(source),
    readerLessonId: () => ReaderPanel.active?.lessonId,
    quizRecorder,
    readerPanel: () => ReaderPanel.active,
    progress: hub,
    lessonProgress,
    surfaces,
    lessonPreview: authoring.lessonPreview,
    lessonFolderDiagnostics: authoring.folderDiagnostics,
    learningUnderlines: frenchText.underlines,
  };
}

export async function deactivate(): Promise<void> {
  await activeHub?.flush();
  activeHub = undefined;
}
