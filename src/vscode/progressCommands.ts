// The progress commands: Review Due Vocabulary, Show Progress Dashboard, the exports (an Anki deck
// or Anki text file, CSV, the whole progress as JSON) and the import (merged into the progress).
// Each export and the import take an optional Uri (tests, other extensions); without one they ask
// with a dialog. The vocabulary exports ask first whether known and ignored words go in too.
import * as os from 'node:os';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { exportVocabulary, formatOfFile, loadSqlJs, type ExportFormat } from '../core/anki';
import type { ReaderDocument } from '../core/lesson/model';
import { OPTIONAL_STATUSES, type OptionalStatus } from '../core/progress/exportItems';
import { guard } from './commands';
import type { DashboardToHost, HostToDashboard, HostToReview, ReviewToHost } from '../protocol';
import { Commands, Settings } from './ids';
import type { ProgressHub } from './progressHub';
import type { SurfaceSlot } from './progressPanel';

export interface ProgressSurfaces {
  review: SurfaceSlot<HostToReview, ReviewToHost>;
  dashboard: SurfaceSlot<HostToDashboard, DashboardToHost>;
}

/** What the exports need besides the progress: the lessons (context, series, translations) and SQLite's wasm. */
export interface ExportDeps {
  lessonDocuments(): Promise<ReaderDocument[]>;
  /** dist/sql-wasm.wasm */
  sqlWasmFile: string;
}

/** Options a caller (a test, another extension) may pass instead of answering the quick pick. */
export interface VocabularyExportArgs {
  include?: OptionalStatus[];
}

interface ExportSpec {
  command: string;
  /** The dialog's and the quick pick's title, in the interface language (read when shown). */
  title(): string;
  fileName: string;
  filters(): Record<string, string[]>;
  /** The format when the file's extension names none. */
  format: ExportFormat;
  /** Asks which optional statuses go in (the vocabulary exports, not the whole progress). */
  asksInclude: boolean;
}

const EXPORTS: ExportSpec[] = [
  {
    command: Commands.exportAnki, title: () => vscode.l10n.t('Dépêche: Export Vocabulary to Anki'), fileName: 'depeche.apkg', format: 'apkg', asksInclude: true,
    filters: () => ({ [vscode.l10n.t('Anki deck package')]: ['apkg'], [vscode.l10n.t('Anki text file (Cloze notes)')]: ['txt'] }),
  },
  {
    command: Commands.exportCsv, title: () => vscode.l10n.t('Dépêche: Export Vocabulary as CSV'), fileName: 'depeche-vocabulary.csv', format: 'csv', asksInclude: true,
    filters: () => ({ CSV: ['csv'] }),
  },
  {
    command: Commands.exportProgress, title: () => vscode.l10n.t('Dépêche: Export Progress'), fileName: 'depeche-progress.json', format: 'json', asksInclude: false,
    filters: () => ({ [vscode.l10n.t('Dépêche progress')]: ['json'] }),
  },
];

const includeLabel = (status: OptionalStatus): string => (status === 'known' ? vscode.l10n.t('Known words too') : vscode.l10n.t('Ignored words too'));

export function registerProgressCommands(hub: ProgressHub, surfaces: ProgressSurfaces, deps: ExportDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.reviewDue, () => guard(async () => { await surfaces.review.show(); })),
    vscode.commands.registerCommand(Commands.showDashboard, () => guard(async () => { await surfaces.dashboard.show(); })),
    ...EXPORTS.map((spec) => vscode.commands.registerCommand(spec.command, (target?: vscode.Uri, args?: VocabularyExportArgs) => guard(async () => {
      const include = target ? args?.include ?? [] : spec.asksInclude ? await pickInclude(spec.title()) : [];
      if (!include) return;
      const uri = target ?? (await vscode.window.showSaveDialog({
        title: spec.title(),
        defaultUri: vscode.Uri.joinPath(defaultFolder(), spec.fileName),
        filters: spec.filters(),
      }));
      if (!uri) return;
      const format = spec.asksInclude ? formatOfFile(uri.fsPath) ?? spec.format : spec.format;
      const progress = await hub.ready();
      const lessons = format === 'json' ? [] : await deps.lessonDocuments();
      // Records still lacking where they were met get it now (and keep it: it is saved).
      progress.fillContext(lessons);
      const bytes = exportVocabulary(progress.document, format, {
        now: new Date(), lessons, include,
        ...(format === 'apkg' ? { sql: await loadSqlJs(deps.sqlWasmFile) } : {}),
      });
      await vscode.workspace.fs.writeFile(uri, bytes);
      if (!target) void vscode.window.showInformationMessage(l10n.t('Dépêche: saved {0}.', path.basename(uri.fsPath)));
    }))),
    vscode.commands.registerCommand(Commands.importProgress, (target?: vscode.Uri) => guard(async () => {
      const progress = await hub.ready();
      const uri = target ?? (await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Dépêche: Import Progress'),
        defaultUri: defaultFolder(),
        canSelectMany: false,
        filters: { [vscode.l10n.t('Dépêche progress')]: ['json'] },
      }))?.[0];
      if (!uri) return;
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      progress.importJson(text, path.basename(uri.fsPath));
      await hub.flush();
      if (!target) void vscode.window.showInformationMessage(l10n.t('Dépêche: progress from {0} merged into yours.', path.basename(uri.fsPath)));
    })),
    vscode.commands.registerCommand(Commands.moveProgressToFolder, (target?: vscode.Uri) => guard(async () => {
      const folder = target ?? (await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Dépêche: Keep Progress in a Synced Folder'),
        openLabel: vscode.l10n.t('Keep Progress Here'),
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        defaultUri: vscode.Uri.file(os.homedir()),
      }))?.[0];
      if (!folder) return;
      const file = await hub.moveTo(folder.fsPath);
      await vscode.workspace.getConfiguration(Settings.section).update(Settings.progressFolder, folder.fsPath, vscode.ConfigurationTarget.Global);
      if (!target) {
        void vscode.window.showInformationMessage(
          l10n.t('Dépêche: your progress is now kept in {0}. On your other machines, choose the same synced folder with "Keep Progress in a Synced Folder…": their progress is merged with this one.', file),
        );
      }
    })),
    vscode.commands.registerCommand(Commands.moveProgressBack, (silent?: boolean) => guard(async () => {
      const file = await hub.moveTo('');
      await vscode.workspace.getConfiguration(Settings.section).update(Settings.progressFolder, undefined, vscode.ConfigurationTarget.Global);
      if (silent !== true) void vscode.window.showInformationMessage(l10n.t("Dépêche: your progress is now kept in VS Code's storage ({0}); the copy in the synced folder was left for your other machines.", file));
    })),
  ];
}

/** Words being learnt always go in; known and ignored ones only when ticked. Undefined: cancelled. */
async function pickInclude(title: string): Promise<OptionalStatus[] | undefined> {
  const picked = await vscode.window.showQuickPick(
    OPTIONAL_STATUSES.map((status) => ({ label: includeLabel(status), status })),
    { title, placeHolder: vscode.l10n.t('The words you are learning go in. Tick to add more, or press Enter.'), canPickMany: true },
  );
  return picked?.map((p) => p.status);
}

function defaultFolder(): vscode.Uri {
  return vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
}
