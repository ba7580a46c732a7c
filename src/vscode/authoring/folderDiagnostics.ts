// The Problems panel for the lesson files nobody has open: every lesson of the folders the catalog
// reads (`depeche.lessonFolders` and the imported lessons; not the lessons shipped inside the
// extension, which the learner cannot edit), checked in the background
// after activation, a file per turn of the event loop so the host never waits, and again when the
// catalog sees its folders change. A lesson the catalog parsed is not parsed again: only its warnings
// are looked for. An open document belongs to the live diagnostics until it closes.
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import * as vscode from 'vscode';
import { diagnoseLesson, diagnoseParsedLesson, type LessonDiagnostic } from '../../core/editor/lessonDiagnostics';
import type { AuthoringEngine } from '../../core/editor/lessonWarnings';
import type { Lesson, LessonProblem } from '../../core/lesson/model';
import type { LessonCatalog } from '../lessonCatalog';

/** After activation, before the first sweep: the window's own start comes first. */
const FIRST_SWEEP_DELAY_MS = 1500;

interface Checked {
  /** The file's text when it was checked: unchanged text is not checked again. */
  source: string;
  /** The catalog's lesson it was checked with, as JSON: a reload that parses it differently checks again. */
  lesson: string | undefined;
  diagnostics: LessonDiagnostic[];
}

export class LessonFolderDiagnostics implements vscode.Disposable {
  private readonly checked = new Map<string, Checked>();
  /** The files of the last sweep (their diagnostics are dropped when they leave the folders). */
  private files = new Set<string>();
  private sweeping: Promise<void> | undefined;
  private again = false;
  private disposed = false;
  private readonly timer: NodeJS.Timeout;
  private readonly subscription: vscode.Disposable;
  private readonly swept = new vscode.EventEmitter<void>();
  /** Fires after each sweep of the folders (the integration tests wait on it). */
  readonly onDidSweep = this.swept.event;

  constructor(
    private readonly catalog: LessonCatalog,
    private readonly collection: vscode.DiagnosticCollection,
    private readonly engine: () => AuthoringEngine | undefined,
    /** Open documents have live diagnostics; the sweep leaves them alone. */
    private readonly isOpen: (file: string) => boolean,
    private readonly toDiagnostic: (d: LessonDiagnostic) => vscode.Diagnostic,
    /** Folders whose lessons are not the learner's to fix (the extension's own). */
    private readonly readOnlyDirs: readonly string[] = [],
  ) {
    this.timer = setTimeout(() => this.sweep(), FIRST_SWEEP_DELAY_MS);
    this.subscription = catalog.onDidChange(() => this.sweep());
  }

  /** A lesson file was closed: its diagnostics come from the file on disk again. */
  closed(file: string): void {
    if (this.files.has(file)) this.sweep();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.swept.dispose();
  }

  /** Starts a sweep, or asks for one more after the one running (the folders changed meanwhile). */
  sweep(): Promise<void> {
    if (this.sweeping) {
      this.again = true;
      return this.sweeping;
    }
    this.sweeping = this.run()
      .catch((e) => console.error('[depeche] lesson folder diagnostics', e))
      .finally(() => {
        this.sweeping = undefined;
        if (this.again && !this.disposed) {
          this.again = false;
          void this.sweep();
        }
      });
    return this.sweeping;
  }

  private async run(): Promise<void> {
    const library = await this.catalog.load();
    const parsed = new Map<string, Lesson>(library.lessons.map((l) => [l.file, l]));
    const problems = new Map<string, LessonProblem>();
    for (const p of library.problems) if (p.file.toLowerCase().endsWith('.md') && !problems.has(p.file)) problems.set(p.file, p);
    const editable = (file: string) => !this.readOnlyDirs.some((dir) => file.startsWith(dir.endsWith(sep) ? dir : dir + sep));
    const files = new Set([...parsed.keys(), ...problems.keys()].filter(editable));
    for (const gone of this.files) {
      if (files.has(gone)) continue;
      this.checked.delete(gone);
      if (!this.isOpen(gone)) this.collection.delete(vscode.Uri.file(gone));
    }
    this.files = files;
    for (const file of files) {
      if (this.disposed) return;
      // A turn of the event loop per file: a hover or a keystroke never waits for the whole sweep.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.isOpen(file)) continue;
      const source = await readFile(file, 'utf8').catch(() => undefined);
      if (source === undefined || this.isOpen(file)) continue;
      const lesson = parsed.get(file);
      const lessonJson = lesson && JSON.stringify(lesson);
      let checked = this.checked.get(file);
      if (checked?.source !== source || checked.lesson !== lessonJson) {
        checked = { source, lesson: lessonJson, diagnostics: this.diagnose(file, source, lesson, problems.get(file)) };
        this.checked.set(file, checked);
      }
      this.collection.set(vscode.Uri.file(file), checked.diagnostics.map(this.toDiagnostic));
    }
    this.swept.fire();
  }

  private diagnose(file: string, source: string, lesson: Lesson | undefined, problem: LessonProblem | undefined): LessonDiagnostic[] {
    if (lesson && !problem) {
      const report = diagnoseParsedLesson(lesson, source, this.engine());
      if (report.analysis || !this.engine()) return report.diagnostics;
    }
    const { diagnostics } = diagnoseLesson(source, file, this.engine());
    // What the tree says of a file that parses on its own (a lesson id used twice), on its line.
    if (problem && !diagnostics.some((d) => d.severity === 'error')) {
      const line = Math.max(0, problem.line - 1);
      diagnostics.unshift({
        severity: 'error',
        code: 'parse',
        message: problem.message,
        range: { start: { line, character: 0 }, end: { line, character: source.split(/\r\n?|\n/)[line]?.length ?? 0 } },
      });
    }
    return diagnostics;
  }
}
