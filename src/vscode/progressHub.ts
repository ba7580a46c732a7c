// The one ProgressService of this window, over `progress.json` in the extension's global storage,
// or in the folder the learner chose (`depeche.progressFolder`: a Dropbox, OneDrive or Syncthing
// folder, or a git repository, so progress follows them to another machine). Loaded on first need,
// saved shortly after each change, reloaded when another window or machine writes the file (file
// watcher, and again when this window regains focus); conflict copies a sync tool leaves are merged
// in. Store errors reach the learner as the error's own sentence, once each.
import * as os from 'node:os';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { ProgressError, ProgressService, ProgressStore, parseGoal, type ConflictCopiesReport } from '../core/progress';
import { PROGRESS_FILE, Settings } from './ids';

/** Changes come in bursts (a grade, then a status): save once they settle. */
const SAVE_DELAY_MS = 400;

export interface ProgressHubOptions {
  /** The folder holding `progress.json` (context.globalStorageUri). */
  storageUri: vscode.Uri;
  /** How the learner is told about a problem with the file (a warning message in the window). */
  warn?: (sentence: string) => void;
  /** Watch the file for other windows' writes (off in tests that drive reloads themselves). */
  watch?: boolean;
  /** Tells the learner what was merged (conflict copies); an information message by default. */
  inform?: (sentence: string) => void;
  /** Minutes read per day, for a minutes goal (the window's reading log). */
  minutesRead?: () => Record<string, number>;
}

export class ProgressHub implements vscode.Disposable {
  private service: ProgressService | undefined;
  private loading: Promise<ProgressService> | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Sentences already shown: a save retried every few seconds must not repeat its warning. */
  private readonly told = new Set<string>();
  private readonly warn: (sentence: string) => void;
  private readonly inform: (sentence: string) => void;
  /** The watcher of the folder the file is in, replaced when the progress moves. */
  private watcher: vscode.Disposable | undefined;
  /** Moves run one after another (a command and the setting it writes both ask for one). */
  private moving: Promise<unknown> = Promise.resolve();

  /** Fires after any change: the learner's, or another window's picked up from disk. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly options: ProgressHubOptions) {
    this.warn = options.warn ?? ((sentence) => void vscode.window.showWarningMessage(l10n.t('Dépêche: {0}', sentence)));
    this.inform = options.inform ?? ((sentence) => void vscode.window.showInformationMessage(l10n.t('Dépêche: {0}', sentence)));
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${Settings.section}.${Settings.dailyNewItems}`) && this.service) {
          this.service.newPerDay = dailyNewItems();
          this.changed.fire();
        }
        if (e.affectsConfiguration(`${Settings.section}.${Settings.dailyGoal}`) && this.service) this.changed.fire();
        if (e.affectsConfiguration(`${Settings.section}.${Settings.progressFolder}`)) void this.moveTo(progressFolder());
      }),
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) void this.reloadFromDisk();
      }),
    );
  }

  /** The progress file in use: in the chosen folder, else in the extension's global storage. */
  get filePath(): string {
    return this.service?.filePath ?? this.fileIn(progressFolder());
  }

  /** `progress.json` in `folder` (the setting's value; empty or not absolute: the global storage). */
  private fileIn(folder: string): string {
    if (folder && !path.isAbsolute(folder)) {
      this.tell(vscode.l10n.t('The setting depeche.progressFolder must be an absolute folder path ("{0}" is not); progress stays in VS Code\'s storage.', folder));
      folder = '';
    }
    return path.join(folder || this.options.storageUri.fsPath, PROGRESS_FILE);
  }

  /**
   * Moves the progress to `folder` ('' for VS Code's storage) without loss: merged with any progress
   * already there, saved there, watched there. Leaving the global storage, the file there is renamed
   * `progress.moved-<time>.json` (kept, but no longer read); a file left in a synced folder stays,
   * since other machines may still use it. Resolves to the new path; errors are told and rethrown.
   */
  moveTo(folder: string): Promise<string> {
    const run = this.moving.then(() => this.moveNow(folder));
    this.moving = run.catch(() => undefined);
    return run;
  }

  private async moveNow(folder: string): Promise<string> {
    const target = this.fileIn(folder);
    const service = this.service ?? (await this.ready());
    const from = service.filePath;
    if (path.resolve(from) === path.resolve(target)) return target;
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.file(path.dirname(target)));
      await service.moveTo(this.storeAt(target));
    } catch (e) {
      this.report(e);
      throw e;
    }
    if (path.dirname(from) === this.options.storageUri.fsPath) {
      const stamp = new Date().toISOString().replace(/:/g, '-');
      await vscode.workspace.fs.rename(vscode.Uri.file(from), vscode.Uri.file(from.replace(/\.json$/, `.moved-${stamp}.json`))).then(undefined, () => undefined);
    }
    if (this.options.watch !== false) this.watchFile(target);
    await this.mergeConflictCopies(service);
    this.changed.fire();
    return target;
  }

  /** The service, loading the file on the first call. */
  ready(): Promise<ProgressService> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** The service if it is loaded already (for views that can wait for the next change). */
  get loaded(): ProgressService | undefined {
    return this.service;
  }

  /** Tells the views to refresh (a minute read toward a minutes goal). */
  notify(): void {
    if (this.service) this.changed.fire();
  }

  /** Saves now what is waiting for the debounce (window closing, tests). */
  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.service) await this.saveNow(this.service);
  }

  /** Merges in what another window saved; true if anything came in. */
  async reloadFromDisk(): Promise<boolean> {
    if (!this.service) return false;
    try {
      return await this.service.refresh();
    } catch (e) {
      this.report(e);
      return false;
    }
  }

  dispose(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.watcher?.dispose();
    vscode.Disposable.from(...this.disposables.splice(0)).dispose();
  }

  /**
   * A store on `file`. Outside VS Code's storage the lock that orders this machine's writers stays
   * in that storage: a lock file synced to another machine would name a process it cannot check.
   */
  private storeAt(file: string): ProgressStore {
    const own = path.dirname(file) === this.options.storageUri.fsPath;
    return new ProgressStore(file, () => new Date(), own ? {} : { lockPath: path.join(this.options.storageUri.fsPath, `${PROGRESS_FILE}.lock`) });
  }

  private async load(): Promise<ProgressService> {
    await vscode.workspace.fs.createDirectory(this.options.storageUri);
    const file = this.fileIn(progressFolder());
    const ownFile = this.fileIn('');
    // A folder set by hand while progress still lives in VS Code's storage: start from that file,
    // then move it (merged) to the folder, so nothing kept here is left behind.
    const moveAfterLoad = file !== ownFile && (await exists(ownFile));
    const store = this.storeAt(moveAfterLoad ? ownFile : file);
    const service = new ProgressService(store, () => new Date(), Math.random, {
      newPerDay: dailyNewItems(),
      utcOffsetMinutes: () => -new Date().getTimezoneOffset(),
      dailyGoal: () => parseGoal(vscode.workspace.getConfiguration(Settings.section).get(Settings.dailyGoal)),
      minutesRead: () => this.options.minutesRead?.() ?? {},
    });
    const { problem } = await service.load();
    if (problem) this.report(problem);
    const subscription = service.onDidChange(() => {
      this.scheduleSave(service);
      this.changed.fire();
    });
    this.disposables.push({ dispose: () => subscription.dispose() });
    this.service = service;
    if (moveAfterLoad) await this.moveNow(progressFolder()).catch(() => undefined);
    if (this.options.watch !== false) this.watchFile(service.filePath);
    await this.mergeConflictCopies(service);
    this.changed.fire();
    return service;
  }

  /**
   * Watches the progress file and the conflict copies sync tools put beside it (`progress*.json`).
   * Our own saves fire it too: `refresh` compares the file's signature and reads only others' writes.
   */
  private watchFile(file: string): void {
    this.watcher?.dispose();
    const pattern = new vscode.RelativePattern(vscode.Uri.file(path.dirname(file)), `${path.basename(file, '.json')}*.json`);
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const changed = (uri: vscode.Uri) => {
      if (path.basename(uri.fsPath) === path.basename(file)) void this.reloadFromDisk();
      else if (this.service) void this.mergeConflictCopies(this.service);
    };
    this.watcher = vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed));
  }

  /** Merges the conflict copies a sync tool left, and says what was merged and what could not be. */
  async mergeConflictCopies(service: ProgressService): Promise<ConflictCopiesReport | undefined> {
    try {
      const report = await service.absorbConflictCopies();
      if (report.merged.length) {
        const names = report.merged.map((c) => `${path.basename(c.path)} (${c.tool})`).join(', ');
        const moved = path.join(path.dirname(service.filePath), '.depeche-merged');
        this.inform(report.merged.length === 1
          ? vscode.l10n.t("merged your progress from another machine's conflict copy {0}; the copy was moved to {1}.", names, moved)
          : vscode.l10n.t("merged your progress from another machine's conflict copies {0}; the copies were moved to {1}.", names, moved));
      }
      for (const p of report.problems) this.tell(vscode.l10n.t('The conflict copy {0} was not merged whole: {1}.', p.copy.path, p.reason));
      return report;
    } catch (e) {
      this.report(e);
      return undefined;
    }
  }

  private scheduleSave(service: ProgressService): void {
    if (!service.hasUnsavedChanges) return; // a refresh from disk also fires onDidChange
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.saveNow(service);
    }, SAVE_DELAY_MS);
  }

  private async saveNow(service: ProgressService): Promise<void> {
    try {
      const result = await service.save();
      if (result?.backupPath) {
        this.tell(vscode.l10n.t('Your vocabulary progress file was damaged, so a copy was kept as {0} before saving.', path.basename(result.backupPath)));
      }
    } catch (e) {
      this.report(e);
    }
  }

  /** A store error becomes its sentence; anything else is a bug, for the log. */
  private report(e: unknown): void {
    if (!(e instanceof ProgressError)) {
      console.error('[depeche] progress:', e);
      return;
    }
    console.warn('[depeche] progress:', e.message);
    this.tell(e.sentence);
  }

  private tell(sentence: string): void {
    if (this.told.has(sentence)) return;
    this.told.add(sentence);
    this.warn(sentence);
  }
}

async function exists(file: string): Promise<boolean> {
  return vscode.workspace.fs.stat(vscode.Uri.file(file)).then(() => true, () => false);
}

/** The folder the learner chose for the progress file ('' for VS Code's storage), with `~` expanded. */
function progressFolder(): string {
  const value = vscode.workspace.getConfiguration(Settings.section).get<string>(Settings.progressFolder, '').trim();
  return value === '~' || value.startsWith('~/') || value.startsWith('~\\') ? path.join(os.homedir(), value.slice(1)) : value;
}

function dailyNewItems(): number {
  const value = vscode.workspace.getConfiguration(Settings.section).get<number>(Settings.dailyNewItems, 20);
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : 20;
}
