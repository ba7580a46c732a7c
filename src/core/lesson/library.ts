// Lessons on disk: every `*.md` (but README.md) in the given folders and their immediate
// subfolders. A file that does not parse becomes a problem; it never hides the others.
import * as l10n from '@vscode/l10n';
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { readTextFile, TextInputError } from '../textFile';
import { LessonParseError } from './errors';
import { MAX_LESSON_FILE_BYTES } from './limits';
import type { Lesson, LessonProblem } from './model';
import { parseLesson } from './parser';

export interface LessonLibrary {
  lessons: Lesson[];
  problems: LessonProblem[];
}

export interface LessonSeries {
  title: string;
  /** Sorted by `order`, then by id. */
  lessons: Lesson[];
}

export async function loadLessonFolders(dirs: string[]): Promise<LessonLibrary> {
  const problems: LessonProblem[] = [];
  // The same folder given twice (the extension's own lessons opened as the workspace) counts once.
  const folders = [...new Set(dirs.map((d) => path.resolve(d)))];
  const files = (await Promise.all(folders.map((d) => lessonFiles(d, problems)))).flat();

  const results = await Promise.all(files.map((file) => loadLesson(file)));
  const lessons: Lesson[] = [];
  const byId = new Map<string, Lesson>();
  for (const result of results) {
    if ('problem' in result) {
      problems.push(result.problem);
      continue;
    }
    const earlier = byId.get(result.lesson.id);
    if (earlier) {
      problems.push({
        file: result.lesson.file,
        line: 1,
        message: l10n.t("Lesson id '{0}' is already used by {1}; rename the file or its folder.", result.lesson.id, earlier.file),
      });
      continue;
    }
    byId.set(result.lesson.id, result.lesson);
    lessons.push(result.lesson);
  }
  problems.sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line);
  return { lessons, problems };
}

/** The lessons of a folder and of its immediate subfolders, in path order. A missing folder is empty. */
async function lessonFiles(dir: string, problems: LessonProblem[]): Promise<string[]> {
  const entries = await listDir(dir, problems);
  const files = entries.filter((e) => e.isFile() && isLessonFile(e.name)).map((e) => path.join(dir, e.name));
  for (const sub of entries.filter((e) => e.isDirectory() && !e.name.startsWith('.'))) {
    const subDir = path.join(dir, sub.name);
    const subEntries = await listDir(subDir, problems);
    for (const e of subEntries) if (e.isFile() && isLessonFile(e.name)) files.push(path.join(subDir, e.name));
  }
  return files.sort(compareStrings);
}

async function listDir(dir: string, problems: LessonProblem[]) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      problems.push({ file: dir, line: 1, message: l10n.t('The lessons folder could not be read ({0}).', code ?? String(err)) });
    }
    return [];
  }
}

function isLessonFile(name: string): boolean {
  return name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md';
}

async function loadLesson(file: string): Promise<{ lesson: Lesson } | { problem: LessonProblem }> {
  try {
    return { lesson: parseLesson(await readTextFile(file, MAX_LESSON_FILE_BYTES), file) };
  } catch (err) {
    if (err instanceof LessonParseError) return { problem: { file, line: err.line, message: err.reason } };
    if (err instanceof TextInputError) return { problem: { file, line: 1, message: err.fileSentence } };
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: { file, line: 1, message: l10n.t('The file could not be read ({0}).', code ?? String(err)) } };
  }
}

/** Lessons grouped by their `series` title; series in title order, lessons in `order`. */
export function groupSeries(lessons: Lesson[]): LessonSeries[] {
  const groups = new Map<string, Lesson[]>();
  for (const lesson of lessons) {
    const group = groups.get(lesson.meta.series) ?? [];
    group.push(lesson);
    groups.set(lesson.meta.series, group);
  }
  return [...groups.entries()]
    .map(([title, members]) => ({
      title,
      lessons: [...members].sort((a, b) => a.meta.order - b.meta.order || compareStrings(a.id, b.id)),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, 'fr'));
}

/** The lesson after this one in its series, else the first of the next series; undefined at the end. */
export function nextLesson(library: LessonLibrary, lessonId: string): Lesson | undefined {
  const ordered = groupSeries(library.lessons).flatMap((s) => s.lessons);
  const index = ordered.findIndex((l) => l.id === lessonId);
  return index < 0 ? undefined : ordered[index + 1];
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
