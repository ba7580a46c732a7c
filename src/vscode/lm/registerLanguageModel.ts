// The language-model commands: translate a lesson, choose the model. Wired from activate().
import * as vscode from 'vscode';
import { Commands } from '../ids';
import type { LessonCatalog } from '../lessonCatalog';
import type { LessonTreeNode } from '../lessonTree';
import { pickModel } from './modelChoice';
import { translateLessonFile, type TranslationOutcome } from './translateLesson';

/** What the translate command accepts: nothing (the reader's lesson, or a pick), a tree node, or a file. */
export type TranslateTarget = undefined | LessonTreeNode | { file: string; cancellation?: vscode.CancellationToken };

export function registerLanguageModelCommands(catalog: LessonCatalog, readerLessonId: () => string | undefined): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.translateLesson, async (target: TranslateTarget): Promise<TranslationOutcome | undefined> => {
      const file = await targetFile(catalog, target, readerLessonId());
      if (!file) return undefined;
      const cancellation = target && 'file' in target ? target.cancellation : undefined;
      const outcome = await translateLessonFile({ file, explicit: true, ...(cancellation && { cancellation }) });
      if (outcome.outcome === 'written') catalog.invalidate();
      return outcome;
    }),
    vscode.commands.registerCommand(Commands.chooseLanguageModel, async () => {
      await pickModel();
    }),
  ];
}

/** After an import: translate the new lessons when a model may be used, silently otherwise. */
export async function translateImported(catalog: LessonCatalog, files: readonly string[]): Promise<void> {
  for (const file of files) {
    const outcome = await translateLessonFile({ file, explicit: false });
    if (outcome.outcome === 'written') catalog.invalidate();
    if (outcome.outcome !== 'written') return;
  }
}

async function targetFile(catalog: LessonCatalog, target: TranslateTarget, readerLesson: string | undefined): Promise<string | undefined> {
  if (target && 'file' in target) return target.file;
  if (target?.kind === 'lesson') return target.lesson.file;
  const current = readerLesson ? await catalog.find(readerLesson) : undefined;
  if (current && !current.translation) return current.file;
  const { lessons } = await catalog.load();
  const untranslated = lessons.filter((l) => !l.translation);
  if (untranslated.length === 0) {
    void vscode.window.showInformationMessage('Dépêche: every lesson already has a translation.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    untranslated.map((l) => ({ label: l.meta.title, description: l.meta.series, file: l.file })),
    { title: 'Dépêche: translate which lesson?', placeHolder: 'Lessons without a translation' },
  );
  return picked?.file;
}
