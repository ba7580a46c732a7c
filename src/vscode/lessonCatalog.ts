// The lessons the extension knows: its own `lessons/` plus each workspace folder's lesson folders
// (setting `depeche.lessonFolders`). Loaded lazily on first use, reloaded when lesson files or the
// setting change; listeners hear about it through `onDidChange`.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadLessonFolders } from '../core/lesson/library';
import type { Lesson, LessonProblem } from '../core/lesson/model';
import { Settings } from './ids';

export interface LessonSet {
  lessons: Lesson[];
  problems: LessonProblem[];
}

/** Reload at most once per burst of file events (a `git checkout` touches many files). */
const RELOAD_DELAY_MS = 300;

export class LessonCatalog implements vscode.Disposable {
  private loading: Promise<LessonSet> | undefined;
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
  load(): Promise<LessonSet> {
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

  private async readAll(): Promise<LessonSet> {
    const dirs = await existingDistinctDirs([this.builtinDir, ...workspaceLessonDirs()]);
    const { lessons, problems } = await loadLessonFolders(dirs);
    return dropDuplicateIds(lessons, problems);
  }

  private watch(): void {
    for (const dir of workspaceLessonDirs()) {
      const watcher = vscode.workspace.createFileSystemWatcher(
        new vscode.RelativePattern(vscode.Uri.file(dir), '**/*.md'),
      );
      const scheduleReload = () => {
        if (this.reloadTimer) clearTimeout(this.reloadTimer);
        this.reloadTimer = setTimeout(() => this.invalidate(), RELOAD_DELAY_MS);
      };
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

/** The configured lesson folders of every workspace folder, as absolute paths. */
function workspaceLessonDirs(): string[] {
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

/** Drops folders that do not exist, and the same folder reached twice (this repository opened as a workspace). */
async function existingDistinctDirs(dirs: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const dir of dirs) {
    const real = await fs.realpath(dir).catch(() => undefined);
    if (!real || seen.has(real)) continue;
    const stat = await fs.stat(real).catch(() => undefined);
    if (!stat?.isDirectory()) continue;
    seen.add(real);
    out.push(real);
  }
  return out;
}

/** Lesson ids must be unique (they key the reader state and progress): the first one loaded wins. */
function dropDuplicateIds(lessons: Lesson[], problems: LessonProblem[]): LessonSet {
  const byId = new Map<string, Lesson>();
  const kept: Lesson[] = [];
  const extra = [...problems];
  for (const lesson of lessons) {
    const first = byId.get(lesson.id);
    if (first) {
      extra.push({ file: lesson.file, line: 1, message: `lesson id "${lesson.id}" is already used by ${first.file}` });
      continue;
    }
    byId.set(lesson.id, lesson);
    kept.push(lesson);
  }
  return { lessons: kept, problems: extra };
}
