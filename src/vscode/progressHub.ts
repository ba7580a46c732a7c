// The one ProgressService of this window, over `progress.json` in the extension's global storage.
// Loaded on first need, saved shortly after each change, reloaded when another window writes the
// file (file watcher, and again when this window regains focus). Store errors reach the learner as
// the error's own sentence, once each.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ProgressError, ProgressService, ProgressStore } from '../core/progress';
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

  /** Fires after any change: the learner's, or another window's picked up from disk. */
  readonly onDidChange = this.changed.event;
  readonly filePath: string;

  constructor(private readonly options: ProgressHubOptions) {
    this.filePath = path.join(options.storageUri.fsPath, PROGRESS_FILE);
    this.warn = options.warn ?? ((sentence) => void vscode.window.showWarningMessage(`Dépêche: ${sentence}`));
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${Settings.section}.${Settings.dailyNewItems}`) && this.service) {
          this.service.newPerDay = dailyNewItems();
          this.changed.fire();
        }
      }),
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) void this.reloadFromDisk();
      }),
    );
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
    vscode.Disposable.from(...this.disposables.splice(0)).dispose();
  }

  private async load(): Promise<ProgressService> {
    await vscode.workspace.fs.createDirectory(this.options.storageUri);
    const store = new ProgressStore(this.filePath, () => new Date());
    const service = new ProgressService(store, () => new Date(), Math.random, {
      newPerDay: dailyNewItems(),
      utcOffsetMinutes: () => -new Date().getTimezoneOffset(),
    });
    const { problem } = await service.load();
    if (problem) this.report(problem);
    const subscription = service.onDidChange(() => {
      this.scheduleSave(service);
      this.changed.fire();
    });
    this.disposables.push({ dispose: () => subscription.dispose() });
    if (this.options.watch !== false) this.watchFile();
    this.service = service;
    this.changed.fire();
    return service;
  }

  private watchFile(): void {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.options.storageUri, PROGRESS_FILE));
    // Our own saves fire it too: `refresh` compares the file's signature and reads only others' writes.
    const reload = () => void this.reloadFromDisk();
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload));
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
        this.tell(`Your vocabulary progress file was damaged, so a copy was kept as ${path.basename(result.backupPath)} before saving.`);
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

function dailyNewItems(): number {
  const value = vscode.workspace.getConfiguration(Settings.section).get<number>(Settings.dailyNewItems, 20);
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : 20;
}
