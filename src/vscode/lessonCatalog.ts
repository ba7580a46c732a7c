// The lessons the extension knows: its own `lessons/` plus each workspace folder's lesson folders
// (setting `depeche.lessonFolders`). Loaded lazily on first use, reloaded when lesson files or the
// setting change; listeners hear about it through `onDidChange`.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadLessonFolders, type LessonLibrary } from '../core/lesson/library';
import type { Lesson } from '../core/lesson/model';
import { Settings } from './ids';

/** Reload at most once per burst of file events (a `git checkout` touches many files). */
const RELOAD_DELAY_MS = 300;

export class LessonCatalog implements vscode.Disposable {
  private loading: Promise<LessonLibrary> | undefined;
  /** Built on first load, rebuilt only when the folders to watch change (events are lost while rebuilding). */
  private watchers: vscode.Disposable[] | undefined;
  private reloadTimer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];

  /** Fires after the set of lessons may have changed; call `load()` for the new set. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly builtinDir: string) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(`${Settings.section}.${Settings.lessonFolders}`)) return;
        this.rewatch();
        this.invalidate();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.rewatch();
        this.invalidate();
      }),
    );
  }

  /** The current lessons and problems; the first call loads them and starts watching the folders. */
  load(): Promise<LessonLibrary> {
    this.watchers ??= this.watch();
    this.loading ??= this.readAll();
    return this.loading;
  }

  async find(lessonId: string): Promise<Lesson | undefined> {
    return (await this.load()).lessons.find((l) => l.id === lessonId);
  }

  /** Forgets the loaded lessons; the next `load()` reads the folders again. */
  invalidate(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = undefined;
    const wasLoaded = this.loading !== undefined;
    this.loading = undefined;
    if (wasLoaded) this.changed.fire();
  }

  dispose(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.disposeWatchers();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private async readAll(): Promise<LessonLibrary> {
    return loadLessonFolders(await distinctDirs([this.builtinDir, ...lessonDirs()]));
  }

  /**
   * One watcher per workspace folder for its Markdown files (so a lesson folder created later is
   * noticed too), plus one per lesson folder outside the workspace; an event counts when its file
   * is in a lesson folder as configured at that moment.
   */
  private watch(): vscode.Disposable[] {
    const onEvent = (uri: vscode.Uri) => {
      if (!isInLessonDir(uri.fsPath)) return;
      if (this.reloadTimer) clearTimeout(this.reloadTimer);
      this.reloadTimer = setTimeout(() => this.invalidate(), RELOAD_DELAY_MS);
    };
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    const outside = lessonDirs().filter((dir) => !folders.some((f) => isInside(f.uri.fsPath, dir)));
    const patterns = [
      ...folders.map((f) => new vscode.RelativePattern(f, '**/*.md')),
      ...outside.map((dir) => new vscode.RelativePattern(vscode.Uri.file(dir), '**/*.md')),
    ];
    return patterns.map((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate(onEvent);
      watcher.onDidChange(onEvent);
      watcher.onDidDelete(onEvent);
      return watcher;
    });
  }

  private rewatch(): void {
    if (!this.watchers) return;
    this.disposeWatchers();
    this.watchers = this.watch();
  }

  private disposeWatchers(): void {
    for (const w of this.watchers ?? []) w.dispose();
    this.watchers = undefined;
  }
}

/** The configured lesson folders of every workspace folder, as absolute paths. */
function lessonDirs(): string[] {
  const dirs: string[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== 'file') continue;
    const configured = vscode.workspace
      .getConfiguration(Settings.section, folder.uri)
      .get<string[]>(Settings.lessonFolders, ['lessons']);
    for (const dir of configured) dirs.push(path.resolve(folder.uri.fsPath, dir));
  }
  return dirs;
}

function isInLessonDir(file: string): boolean {
  return lessonDirs().some((dir) => isInside(dir, file));
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The same folder reached twice through a symlink counts once (missing folders are the library's business). */
async function distinctDirs(dirs: string[]): Promise<string[]> {
  const real = await Promise.all(dirs.map((dir) => fs.realpath(dir).catch(() => dir)));
  return [...new Set(real)];
}
