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
  /**
   * Built on first load and rebuilt only when the folders to watch change, since events are lost
   * while a watcher is being set up: workspace folders' watchers when the folders change, watchers
   * of lesson folders outside the workspace when the setting changes.
   */
  private folderWatchers: vscode.Disposable[] | undefined;
  private outsideWatchers: vscode.Disposable[] | undefined;
  private reloadTimer: NodeJS.Timeout | undefined;
  /** The lesson folders, cached for the file events of a busy workspace; cleared when the setting changes. */
  private dirs: string[] | undefined;
  /** The lessons of the last load by file, with their JSON (see readAll). */
  private loaded = new Map<string, { lesson: Lesson; json: string }>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];

  /** Fires after the set of lessons may have changed; call `load()` for the new set. */
  readonly onDidChange = this.changed.event;

  /** `builtinDirs`: the extension's own lessons, and the folder of lessons imported outside any workspace. */
  constructor(private readonly builtinDirs: string[]) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(`${Settings.section}.${Settings.lessonFolders}`)) return;
        this.dirs = undefined;
        this.rewatch({ folders: false });
        this.invalidate();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.dirs = undefined;
        this.rewatch({ folders: true });
        this.invalidate();
      }),
    );
  }

  /** The current lessons and problems; the first call loads them and starts watching the folders. */
  load(): Promise<LessonLibrary> {
    this.folderWatchers ??= this.watch(workspaceFolderPatterns());
    this.outsideWatchers ??= this.watch(outsideLessonDirPatterns());
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
    const library = await loadLessonFolders(await distinctDirs([...this.builtinDirs, ...lessonDirs()]));
    // A lesson read again unchanged is the object loaded before: the reader documents built for it
    // stay cached (an import writing its lessons does not make every lesson be analysed again), and
    // the open reader keeps its page as it is.
    const loaded = new Map<string, { lesson: Lesson; json: string }>();
    const lessons = library.lessons.map((lesson) => {
      const json = JSON.stringify(lesson);
      const before = this.loaded.get(lesson.file);
      const kept = before !== undefined && before.json === json ? before.lesson : lesson;
      loaded.set(lesson.file, { lesson: kept, json });
      return kept;
    });
    this.loaded = loaded;
    return { ...library, lessons };
  }

  /** An event counts when its path is (in) a lesson folder as configured at that moment. */
  private watch(patterns: vscode.RelativePattern[]): vscode.Disposable[] {
    const onEvent = (uri: vscode.Uri) => {
      this.dirs ??= lessonDirs();
      if (!this.dirs.some((dir) => isInside(dir, uri.fsPath))) return;
      if (this.reloadTimer) clearTimeout(this.reloadTimer);
      this.reloadTimer = setTimeout(() => this.invalidate(), RELOAD_DELAY_MS);
    };
    return patterns.map((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate(onEvent);
      watcher.onDidChange(onEvent);
      watcher.onDidDelete(onEvent);
      return watcher;
    });
  }

  private rewatch({ folders }: { folders: boolean }): void {
    if (folders && this.folderWatchers) {
      disposeAll(this.folderWatchers);
      this.folderWatchers = this.watch(workspaceFolderPatterns());
    }
    if (this.outsideWatchers) {
      disposeAll(this.outsideWatchers);
      this.outsideWatchers = this.watch(outsideLessonDirPatterns());
    }
  }

  private disposeWatchers(): void {
    disposeAll(this.folderWatchers ?? []);
    disposeAll(this.outsideWatchers ?? []);
    this.folderWatchers = this.outsideWatchers = undefined;
  }
}

function disposeAll(disposables: vscode.Disposable[]): void {
  for (const d of disposables) d.dispose();
}

function fileWorkspaceFolders(): readonly vscode.WorkspaceFolder[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
}

/**
 * Everything in each workspace folder, files and folders: a lesson folder created later is noticed
 * even when its files land before the watcher sees into it (inotify adds new folders late).
 */
function workspaceFolderPatterns(): vscode.RelativePattern[] {
  return fileWorkspaceFolders().map((f) => new vscode.RelativePattern(f, '**/*'));
}

/** Lesson folders outside the workspace (absolute paths in the setting). */
function outsideLessonDirPatterns(): vscode.RelativePattern[] {
  return lessonDirs()
    .filter((dir) => !fileWorkspaceFolders().some((f) => isInside(f.uri.fsPath, dir)))
    .map((dir) => new vscode.RelativePattern(vscode.Uri.file(dir), '**/*.md'));
}

/** The configured lesson folders of every workspace folder, as absolute paths. */
export function lessonDirs(): string[] {
  const dirs: string[] = [];
  for (const folder of fileWorkspaceFolders()) {
    const configured = vscode.workspace
      .getConfiguration(Settings.section, folder.uri)
      .get<string[]>(Settings.lessonFolders, ['lessons']);
    for (const dir of configured) dirs.push(path.resolve(folder.uri.fsPath, dir));
  }
  return dirs;
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
