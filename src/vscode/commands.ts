// The reader's commands: Open Lesson… (quick pick), Open Lesson (from the tree), Next Lesson,
// Refresh Lessons, Start Quiz.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { takesSingular } from '../core/uiLanguage';
import { groupSeries, nextLesson } from '../core/lesson/library';
import type { Lesson } from '../core/lesson/model';
import type { Quiz } from '../core/quiz/types';
import { ProgressError } from '../core/progress/errors';
import { Commands, WALKTHROUGH_ID } from './ids';
import type { LessonCatalog } from './lessonCatalog';
import type { LessonTreeNode } from './lessonTree';
import { ReaderPanel, type ReaderDeps } from './readerPanel';

export function registerCommands(catalog: LessonCatalog, reader: ReaderDeps): vscode.Disposable[] {
  const open = (lesson: Lesson) => ReaderPanel.createOrShow(reader, lesson);
  return [
    vscode.commands.registerCommand(Commands.openLessonPick, () => guard(async () => {
      const lesson = await pickLesson(catalog);
      if (lesson) await open(lesson);
    })),
    vscode.commands.registerCommand(Commands.openLesson, (target?: string | LessonTreeNode) => guard(async () => {
      const lesson = await resolveLesson(catalog, target);
      if (lesson) await open(lesson);
      else if (typeof target === 'string') void vscode.window.showWarningMessage(l10n.t('Dépêche: there is no lesson "{0}".', target));
      else await vscode.commands.executeCommand(Commands.openLessonPick);
    })),
    vscode.commands.registerCommand(Commands.nextLesson, () => guard(async () => {
      const library = await catalog.load();
      const currentId = ReaderPanel.active?.lessonId;
      const next = currentId ? nextLesson(library, currentId) : groupSeries(library.lessons)[0]?.lessons[0];
      if (next) await open(next);
      else if (currentId) void vscode.window.showInformationMessage(l10n.t('Dépêche: this is the last lesson.'));
      else void vscode.window.showInformationMessage(l10n.t('Dépêche: no lessons found.'));
    })),
    // Returns the quiz it opened (for the tests); with no lesson open, asks for one first.
    vscode.commands.registerCommand(Commands.startQuiz, async () => {
      let quiz: Quiz | undefined;
      await guard(async () => {
        let panel = ReaderPanel.active;
        if (!panel?.lessonId) {
          const lesson = await pickLesson(catalog);
          if (!lesson) return;
          panel = await open(lesson);
        }
        quiz = await panel.quiz.start();
        if (quiz && quiz.items.length === 0) void vscode.window.showInformationMessage(l10n.t('Dépêche: this lesson offers nothing to quiz on.'));
      });
      return quiz;
    }),
    vscode.commands.registerCommand(Commands.refreshLessons, () => guard(async () => {
      catalog.invalidate();
      await catalog.load();
    })),
    vscode.commands.registerCommand(Commands.getStarted, () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false)),
  ];
}

type LessonPickItem = vscode.QuickPickItem & { lesson: Lesson };

/** A quick pick over every lesson; VS Code's fuzzy filter covers title, series/level and tags. */
async function pickLesson(catalog: LessonCatalog): Promise<Lesson | undefined> {
  const { lessons, problems } = await catalog.load();
  if (!lessons.length) {
    void vscode.window.showInformationMessage(problems.length
      ? takesSingular(problems.length)
        ? l10n.t('Dépêche: no lessons found ({0} file could not be read: see the Lessons view).', problems.length)
        : l10n.t('Dépêche: no lessons found ({0} could not be read: see the Lessons view).', problems.length)
      : l10n.t('Dépêche: no lessons found.'));
    return undefined;
  }
  const current = ReaderPanel.active?.lessonId;
  const ordered = groupSeries(lessons).flatMap((series) => series.lessons);
  const items = ordered.map((lesson): LessonPickItem => ({
    label: lesson.meta.title,
    description: `${lesson.meta.series} · ${lesson.meta.level}`,
    detail: lesson.meta.tags.length ? lesson.meta.tags.join(', ') : undefined,
    picked: lesson.id === current,
    lesson,
  }));
  const choice = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Dépêche: Open Lesson'),
    placeHolder: vscode.l10n.t('Type to search titles, series and tags'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return choice?.lesson;
}

/** The tree passes its node (inline button) or a lesson id (click); other callers pass an id. */
async function resolveLesson(catalog: LessonCatalog, target?: string | LessonTreeNode): Promise<Lesson | undefined> {
  if (typeof target === 'string') return catalog.find(target);
  if (target?.kind === 'lesson') return catalog.find(target.lesson.id);
  return undefined;
}

/** The command boundary: an error becomes one sentence for the learner, not an unhandled rejection. */
export async function guard(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (e) {
    // A store error carries a sentence written for the learner.
    const message = e instanceof ProgressError ? e.sentence : e instanceof Error ? e.message : String(e);
    console.error('[depeche]', e);
    void vscode.window.showErrorMessage(l10n.t('Dépêche: {0}', message));
  }
}
