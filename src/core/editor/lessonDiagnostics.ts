// A lesson file's problems as an editor shows them: every parse error (the first is the one the
// Lessons tree shows) and, when the lesson can be read, the engine's warnings. Pure: the editor
// adapter turns these into its own diagnostics.
import type { Lesson } from '../lesson/model';
import { checkLessonSource, type CheckedLesson } from './lessonErrors';
import type { TextRange } from './lessonLayout';
import { analyseLesson, lessonWarnings, type AuthoringEngine, type LessonAnalysis, type WarningCode } from './lessonWarnings';

export type DiagnosticCode = 'parse' | WarningCode;

export interface LessonDiagnostic {
  severity: 'error' | 'warning';
  code: DiagnosticCode;
  message: string;
  range: TextRange;
}

export interface LessonReport {
  diagnostics: LessonDiagnostic[];
  checked: CheckedLesson;
  /** The engine's reading of what parsed (absent without an engine or a readable lesson). */
  analysis?: LessonAnalysis;
}

export function diagnoseLesson(source: string, file: string, engine?: AuthoringEngine): LessonReport {
  return reportOn(checkLessonSource(source, file), engine);
}

/**
 * The report of a file whose lesson was already parsed from `source` without error (the lesson
 * catalog's): only the engine's warnings are left to find.
 */
export function diagnoseParsedLesson(lesson: Lesson, source: string, engine?: AuthoringEngine): LessonReport {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  return reportOn({ errors: [], lesson, parsed: { text: lines.join('\n'), origin: lines.map((_, i) => i + 1) } }, engine);
}

function reportOn(checked: CheckedLesson, engine: AuthoringEngine | undefined): LessonReport {
  const diagnostics: LessonDiagnostic[] = checked.errors.map((e) => ({ severity: 'error', code: 'parse', message: e.message, range: e.range }));
  let analysis: LessonAnalysis | undefined;
  if (engine && checked.lesson && checked.parsed) {
    try {
      analysis = analyseLesson(checked.lesson, checked.parsed, engine);
      // A warning on a line with an error is about the stand-in the error left there: not worth saying.
      const errorLines = new Set(checked.errors.map((e) => e.range.start.line));
      for (const w of lessonWarnings(analysis, engine)) {
        if (!errorLines.has(w.range.start.line)) diagnostics.push({ severity: 'warning', code: w.code, message: w.message, range: w.range });
      }
    } catch {
      // A document the engine cannot build (a paragraph over its limits) has its error already.
      analysis = undefined;
    }
  }
  return { diagnostics, checked, ...(analysis && { analysis }) };
}
