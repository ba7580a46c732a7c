// The progress commands: Review Due Vocabulary, Show Progress Dashboard, the exports (Anki, CSV,
// the whole progress as JSON) and the import (merged into the progress). Each export and the
// import take an optional Uri (tests, other extensions); without one they ask with a dialog.
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ProgressService } from '../core/progress';
import { guard } from './commands';
import type { DashboardToHost, HostToDashboard, HostToReview, ReviewToHost } from '../protocol';
import { Commands, Settings } from './ids';
import type { ProgressHub } from './progressHub';
import type { SurfaceSlot } from './progressPanel';

export interface ProgressSurfaces {
  review: SurfaceSlot<HostToReview, ReviewToHost>;
  dashboard: SurfaceSlot<HostToDashboard, DashboardToHost>;
}

interface ExportSpec {
  command: string;
  title: string;
  fileName: string;
  filters: Record<string, string[]>;
  write(progress: ProgressService): string;
}

const EXPORTS: ExportSpec[] = [
  {
    command: Commands.exportAnki, title: 'Export Vocabulary to Anki', fileName: 'depeche-anki.txt',
    filters: { 'Anki notes (tab-separated)': ['txt', 'tsv'] }, write: (p) => p.exportAnki(),
  },
  {
    command: Commands.exportCsv, title: 'Export Vocabulary as CSV', fileName: 'depeche-vocabulary.csv',
    filters: { CSV: ['csv'] }, write: (p) => p.exportCsv(),
  },
  {
    command: Commands.exportProgress, title: 'Export Progress', fileName: 'depeche-progress.json',
    filters: { 'Dépêche progress': ['json'] }, write: (p) => p.exportJson(),
  },
];

export function registerProgressCommands(hub: ProgressHub, surfaces: ProgressSurfaces): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.reviewDue, () => guard(async () => { await surfaces.review.show(); })),
    vscode.commands.registerCommand(Commands.showDashboard, () => guard(async () => { await surfaces.dashboard.show(); })),
    ...EXPORTS.map((spec) => vscode.commands.registerCommand(spec.command, (target?: vscode.Uri) => guard(async () => {
      const progress = await hub.ready();
      const uri = target ?? (await vscode.window.showSaveDialog({
        title: `Dépêche: ${spec.title}`,
        defaultUri: vscode.Uri.joinPath(defaultFolder(), spec.fileName),
        filters: spec.filters,
      }));
      if (!uri) return;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(spec.write(progress)));
      if (!target) void vscode.window.showInformationMessage(`Dépêche: saved ${path.basename(uri.fsPath)}.`);
    }))),
    vscode.commands.registerCommand(Commands.importProgress, (target?: vscode.Uri) => guard(async () => {
      const progress = await hub.ready();
      const uri = target ?? (await vscode.window.showOpenDialog({
        title: 'Dépêche: Import Progress',
        defaultUri: defaultFolder(),
        canSelectMany: false,
        filters: { 'Dépêche progress': ['json'] },
      }))?.[0];
      if (!uri) return;
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      progress.importJson(text, path.basename(uri.fsPath));
      await hub.flush();
      if (!target) void vscode.window.showInformationMessage(`Dépêche: progress from ${path.basename(uri.fsPath)} merged into yours.`);
    })),
    vscode.commands.registerCommand(Commands.moveProgressToFolder, (target?: vscode.Uri) => guard(async () => {
      const folder = target ?? (await vscode.window.showOpenDialog({
        title: 'Dépêche: Keep Progress in a Synced Folder',
        openLabel: 'Keep Progress Here',
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
          `Dépêche: your progress is now kept in ${file}. On your other machines, choose the same synced folder with "Keep Progress in a Synced Folder…": their progress is merged with this one.`,
        );
      }
    })),
    vscode.commands.registerCommand(Commands.moveProgressBack, (silent?: boolean) => guard(async () => {
      const file = await hub.moveTo('');
      await vscode.workspace.getConfiguration(Settings.section).update(Settings.progressFolder, undefined, vscode.ConfigurationTarget.Global);
      if (silent !== true) void vscode.window.showInformationMessage(`Dépêche: your progress is now kept in VS Code's storage (${file}); the copy in the synced folder was left for your other machines.`);
    })),
  ];
}

function defaultFolder(): vscode.Uri {
  return vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
}
