// "Dépêche: New Lessons from Dispatch…": the selection, the active editor or a file becomes a
// lesson series in the workspace's lesson folder, then the first lesson opens. The analysis runs
// in steps with a cancellable progress notification; nothing is written until the import succeeds.
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { importDepsFromData } from '../core/import/deps';
import { ImportCancelled, ImportError, importDispatch, knownShareSentence, suggestSeriesTitle, type ImportDeps } from '../core/import/importer';
import type { LearnerKeys } from '../core/import/learner';
import { freeFolder, writeSeries } from '../core/import/writeSeries';
import type { Cefr, Lesson } from '../core/lesson/model';
import { lessonId } from '../core/lesson/parser';
import { Commands, Settings } from './ids';
import { lessonDirs, type LessonCatalog } from './lessonCatalog';

export interface ImportCommandDeps {
  catalog: LessonCatalog;
  /** dist/data: the analysis data beside the bundle. */
  dataDir: string;
  /** Where lessons go when no workspace folder is open (the catalog lists it too). */
  fallbackDir: string;
  open(lesson: Lesson): Promise<unknown>;
  /** What the learner knows (known and ignored) and is learning, from the progress file. */
  learner(): Promise<LearnerKeys>;
  /** Runs after the lessons are written (machine translation when a language model may be used). */
  afterImport?(files: string[]): Promise<void>;
}

/** Arguments for scripted use (tests, other extensions); the learner is asked for what is missing. */
export interface ImportArgs {
  text?: string;
  file?: vscode.Uri;
  title?: string;
  level?: Cefr;
}

interface DispatchSource {
  text: string;
  fileName: string;
}

const dispatchFiles = () => ({ [vscode.l10n.t('French dispatch')]: ['txt', 'md', 'html', 'htm'] });

/** The importer's phases as the progress notification names them. */
const phaseName = (phase: string): string =>
  phase === 'repairing' ? vscode.l10n.t('Repairing') : phase === 'analysing' ? vscode.l10n.t('Analysing') : phase === 'writing' ? vscode.l10n.t('Writing') : phase;

async function chooseSource(args: ImportArgs): Promise<DispatchSource | undefined> {
  if (args.text !== undefined) return { text: args.text, fileName: 'dispatch.txt' };
  const readFile = async (uri: vscode.Uri): Promise<DispatchSource> => ({
    text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)),
    fileName: uri.path,
  });
  if (args.file) return readFile(args.file);
  const editor = vscode.window.activeTextEditor;
  if (editor && !editor.selection.isEmpty) {
    return { text: editor.document.getText(editor.selection), fileName: editor.document.fileName };
  }
  if (editor && editor.document.getText().trim()) {
    const name = path.basename(editor.document.fileName);
    const choice = await vscode.window.showQuickPick(
      [{ label: `$(file) ${vscode.l10n.t('The whole of {0}', name)}`, id: 'editor' }, { label: `$(folder-opened) ${vscode.l10n.t('Choose a file…')}`, id: 'file' }],
      { title: vscode.l10n.t('Dépêche: New Lessons from Dispatch'), placeHolder: vscode.l10n.t('Which text? (Select part of a document to import just that part.)') },
    );
    if (!choice) return undefined;
    if (choice.id === 'editor') return { text: editor.document.getText(), fileName: editor.document.fileName };
  }
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: dispatchFiles(), title: vscode.l10n.t('Choose a French dispatch') });
  return picked?.[0] ? readFile(picked[0]) : undefined;
}

/** The first configured lesson folder of the first workspace folder, or the extension's own folder. */
function targetFolder(deps: ImportCommandDeps): string {
  return lessonDirs()[0] ?? deps.fallbackDir;
}

export function registerImportCommand(deps: ImportCommandDeps): vscode.Disposable {
  let importDeps: ImportDeps | undefined;
  return vscode.commands.registerCommand(Commands.importDispatch, async (args: ImportArgs = {}) => {
    try {
      const source = await chooseSource(args);
      if (!source) return undefined;
      const suggested = suggestSeriesTitle(source.text, source.fileName);
      const title = args.title ?? (await vscode.window.showInputBox({
        title: vscode.l10n.t('Dépêche: title of the new lesson series'), value: suggested, prompt: vscode.l10n.t('Shown in the Lessons view and on each lesson.'),
      }));
      if (title === undefined) return undefined;
      const level = args.level ?? vscode.workspace.getConfiguration(Settings.section).get<Cefr>(Settings.learnerLevel, 'B1');
      // A progress file that cannot be read must not stop an import: the glossary is then a beginner's.
      const learner = await deps.learner().catch((): LearnerKeys => ({ known: new Set(), learning: new Set() }));
      const series = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: l10n.t('Dépêche: making lessons'), cancellable: true },
        async (progress, token) => {
          const controller = new AbortController();
          token.onCancellationRequested(() => controller.abort());
          importDeps ??= importDepsFromData(deps.dataDir);
          let reported = 0;
          return importDispatch(source.text, importDeps, {
            fileName: source.fileName, learnerLevel: level, signal: controller.signal,
            // The suggestion left as it is: the importer names the series from the repaired text.
            ...(title.trim() === suggested ? {} : { title }),
            knownKeys: learner.known, learningKeys: learner.learning,
            onProgress: (fraction, phase) => {
              const percent = Math.floor(fraction * 100);
              progress.report({ increment: percent - reported, message: l10n.t('{0}… {1}%', phaseName(phase), percent) });
              reported = percent;
            },
          });
        },
      );
      const folder = await freeFolder(targetFolder(deps), series.slug);
      const files = await writeSeries(series, folder);
      deps.catalog.invalidate();
      const first = await deps.catalog.find(lessonId(files[0]!));
      if (first) await deps.open(first);
      const where = vscode.workspace.asRelativePath(folder);
      const made = files.length > 1
        ? l10n.t('Dépêche: {0} lessons from “{1}” in {2}.', files.length, series.title, where)
        : l10n.t('Dépêche: 1 lesson from “{0}” in {1}.', series.title, where);
      const repaired = series.repairs.length
        ? l10n.t('Repaired: {0}.', series.repairs.map((r) => `${r.from} → ${r.to}`).join(', '))
        : undefined;
      void vscode.window.showInformationMessage([made, knownShareSentence(series), repaired].filter(Boolean).join(' '));
      if (deps.afterImport) void deps.afterImport(files).catch((e) => console.error('[depeche] after import', e));
      return files;
    } catch (err) {
      if (err instanceof ImportCancelled) void vscode.window.showInformationMessage(l10n.t('Dépêche: import cancelled; nothing was written.'));
      else if (err instanceof ImportError) void vscode.window.showErrorMessage(l10n.t('Dépêche: {0}', err.message));
      else throw err;
      return undefined;
    }
  });
}
