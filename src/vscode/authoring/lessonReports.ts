// Lesson files open in the editor and what the lesson core makes of them: which documents are
// lessons (in a lesson folder, or Markdown with Dépêche front matter), and one report per document
// version, computed with the window's analysis engine (the reader's, loaded on first need) and shared by the
// diagnostics, quick fixes, hovers and the preview.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { memoAnalyzer } from '../../core/editor/analysisMemo';
import { diagnoseLesson, type LessonReport } from '../../core/editor/lessonDiagnostics';
import { hasLessonFrontMatter } from '../../core/editor/lessonLayout';
import type { AuthoringEngine } from '../../core/editor/lessonWarnings';
import { lessonDirs } from '../lessonCatalog';
import type { WindowAnalysis } from '../readerDocuments';

export class LessonReports {
  private engine: AuthoringEngine | undefined;
  private readonly reports = new Map<string, { version: number; report: LessonReport }>();

  /** `analysis`: the window's engine, shared with the reader. */
  constructor(
    private readonly analysis: () => WindowAnalysis,
    private readonly builtinDirs: string[],
  ) {}

  isLesson(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'markdown') return false;
    if (path.basename(document.fileName).toLowerCase() === 'readme.md') return false;
    if (document.uri.scheme === 'file') {
      const dirs = [...this.builtinDirs, ...lessonDirs()];
      if (dirs.some((dir) => isLessonPath(dir, document.uri.fsPath))) return true;
    }
    return hasLessonFrontMatter(document.getText());
  }

  /** The report of this version of the document (computed once per version). */
  reportFor(document: vscode.TextDocument): LessonReport {
    const key = document.uri.toString();
    const cached = this.reports.get(key);
    if (cached?.version === document.version) return cached.report;
    const report = diagnoseLesson(document.getText(), document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.path, this.engineOrUndefined());
    this.reports.set(key, { version: document.version, report });
    return report;
  }

  forget(document: vscode.TextDocument): void {
    this.reports.delete(document.uri.toString());
  }

  /** The engine, or undefined (errors only) when its data is missing. */
  engineOrUndefined(): AuthoringEngine | undefined {
    if (this.engine) return this.engine;
    try {
      const { analyzer, lexicon } = this.analysis();
      this.engine = { analyzer: memoAnalyzer(analyzer), ranks: lexicon };
    } catch (e) {
      console.error('[depeche] the analysis engine could not start; lesson files get their errors only', e);
    }
    return this.engine;
  }
}

/** In the folder or in one of its immediate subfolders (where lessons are read from). */
function isLessonPath(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  return relative.split(path.sep).length <= 2 && file.toLowerCase().endsWith('.md');
}
