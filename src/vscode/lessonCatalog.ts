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
  private watchers: vscode.Disposable[] = [];
  private reloadTimer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];

  /** Fires after the set of lessons may have changed; call `load()` for the new set. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly builtinDir: string) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${Settings.section}.${Settings.lessonFolders}`)) this.invalidate();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
    );
  }

  /** The current lessons and problems; the first call loads them and starts watching the folders. */
  load(): Promise<LessonLibrary> {
    if (!this.loading) {
      this.watch();
      this.loading = this.readAll();
    }
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
    this.disposeWatchers();
    if (wasLoaded) this.changed.fire();
  }

  dispose(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.disposeWatchers();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private async readAll(): Promise<LessonLibrary> {
    return loadLessonFolders(await distinctDirs([this.builtinDir, ...workspaceLessonDirs()]));
  }

  private watch(): void {
    const scheduleReload = () => {
      if (this.reloadTimer) clearTimeout(this.reloadTimer);
      this.reloadTimer = setTimeout(() => this.invalidate(), RELOAD_DELAY_MS);
    };
    for (const pattern of lessonFilePatterns()) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate(scheduleReload);
      watcher.onDidChange(scheduleReload);
      watcher.onDidDelete(scheduleReload);
      this.watchers.push(watcher);
    }
  }

  private disposeWatchers(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
  }
}

/** The configured lesson folders of every workspace folder, with the folder they belong to. */
function configuredLessonDirs(): { folder: vscode.WorkspaceFolder; dir: string }[] {
  const dirs: { folder: vscode.WorkspaceFolder; dir: string }[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== 'file') continue;
    const configured = vscode.workspace
      .getConfiguration(Settings.section, folder.uri)
      .get<string[]>(Settings.lessonFolders, ['lessons']);
    for (const dir of configured) dirs.push({ folder, dir: path.resolve(folder.uri.fsPath, dir) });
  }
  return dirs;
}

function workspaceLessonDirs(): string[] {
  return configuredLessonDirs().map((d) => d.dir);
}

/**
 * What to watch: the Markdown files of each lesson folder. A folder inside the workspace is
 * watched through the workspace folder, so creating it later is noticed too.
 */
function lessonFilePatterns(): vscode.RelativePattern[] {
  return configuredLessonDirs().map(({ folder, dir }) => {
    const relative = path.relative(folder.uri.fsPath, dir);
    const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    return inside
      ? new vscode.RelativePattern(folder, `${relative.split(path.sep).join('/')}/**/*.md`)
      : new vscode.RelativePattern(vscode.Uri.file(dir), '**/*.md');
  });
}

/** The same folder reached twice through a symlink counts once (missing folders are the library's business). */
async function distinctDirs(dirs: string[]): Promise<string[]> {
  const real = await Promise.all(dirs.map((dir) => fs.realpath(dir).catch(() => dir)));
  return [...new Set(real)];
}
