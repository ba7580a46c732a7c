// The language-model commands: translate a lesson, write its questions, choose its glossary senses,
// choose the model. Wired from activate().
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { SenseSelector } from '../../core/text/senses';
import { Commands } from '../ids';
import type { LessonCatalog } from '../lessonCatalog';
import type { LessonTreeNode } from '../lessonTree';
import type { WindowAnalysis } from '../readerDocuments';
import { chooseSensesWithModel, type SensesOutcome } from './lessonSenses';
import { writeModelQuestions, type QuestionsOutcome } from './lessonQuestions';
import { pickModel } from './modelChoice';
import { translateLessonFile, type TranslationOutcome } from './translateLesson';

/** What the lesson commands accept: nothing (the reader's lesson, or a pick), a tree node, or a file. */
export type TranslateTarget = undefined | LessonTreeNode | { file: string; cancellation?: vscode.CancellationToken };
export type LessonTarget = TranslateTarget;

export interface LanguageModelDeps {
  catalog: LessonCatalog;
  readerLessonId: () => string | undefined;
  analysis: () => WindowAnalysis;
  dataDir: string;
}

export function registerLanguageModelCommands(deps: LanguageModelDeps): vscode.Disposable[] {
  const { catalog, readerLessonId } = deps;
  const engine = lessonEngineFor(deps);
  const cancellationOf = (target: LessonTarget) => (target && 'file' in target ? target.cancellation : undefined);
  return [
    vscode.commands.registerCommand(Commands.translateLesson, async (target: TranslateTarget): Promise<TranslationOutcome | undefined> => {
      const file = await targetFile(catalog, target, readerLessonId(), (l) => !l.translation, { none: l10n.t('Dépêche: every lesson already has a translation.'), title: vscode.l10n.t('Dépêche: translate which lesson?') });
      if (!file) return undefined;
      const cancellation = cancellationOf(target);
      const outcome = await translateLessonFile({ file, explicit: true, ...(cancellation && { cancellation }) });
      if (outcome.outcome === 'written') catalog.invalidate();
      return outcome;
    }),
    vscode.commands.registerCommand(Commands.writeLessonQuestions, async (target: LessonTarget): Promise<QuestionsOutcome | undefined> => {
      const file = await targetFile(catalog, target, readerLessonId(), (l) => l.questions.length === 0, { none: l10n.t('Dépêche: every lesson already has questions.'), title: vscode.l10n.t('Dépêche: write questions for which lesson?') });
      if (!file) return undefined;
      const cancellation = cancellationOf(target);
      const outcome = await writeModelQuestions({ file, explicit: true, analysis: deps.analysis, ...(cancellation && { cancellation }) });
      if (outcome.outcome === 'written') catalog.invalidate();
      return outcome;
    }),
    vscode.commands.registerCommand(Commands.chooseLessonSenses, async (target: LessonTarget): Promise<SensesOutcome | undefined> => {
      const file = await targetFile(catalog, target, readerLessonId(), () => true, { none: l10n.t('Dépêche: there is no lesson.'), title: vscode.l10n.t('Dépêche: choose glossary senses in which lesson?') });
      if (!file) return undefined;
      const cancellation = cancellationOf(target);
      const outcome = await chooseSensesWithModel({ file, explicit: true, ...engine, ...(cancellation && { cancellation }) });
      if (outcome.outcome === 'written') catalog.invalidate();
      return outcome;
    }),
    vscode.commands.registerCommand(Commands.chooseLanguageModel, async () => {
      await pickModel();
    }),
  ];
}

/** The window's analysis and, loaded on first use, the offline sense rules. */
function lessonEngineFor(deps: LanguageModelDeps): { analysis: () => WindowAnalysis; senses: () => SenseSelector } {
  let senses: SenseSelector | undefined;
  return { analysis: deps.analysis, senses: () => (senses ??= SenseSelector.fromDir(deps.dataDir)) };
}

/**
 * After an import, when a model may be used: translate each new lesson, then let the model choose
 * the senses the offline rules leave open, then propose its questions. Silent without a model; the
 * first step that does not succeed ends the rest (one error, not one per lesson).
 */
export async function improveImported(deps: LanguageModelDeps, files: readonly string[]): Promise<void> {
  const engine = lessonEngineFor(deps);
  for (const file of files) {
    const translation = await translateLessonFile({ file, explicit: false });
    if (translation.outcome === 'written') deps.catalog.invalidate();
    if (translation.outcome !== 'written') return;
    const senses = await chooseSensesWithModel({ file, explicit: false, ...engine });
    if (senses.outcome === 'written') deps.catalog.invalidate();
    if (senses.outcome !== 'written' && senses.outcome !== 'none') return;
    const questions = await writeModelQuestions({ file, explicit: false, analysis: deps.analysis });
    if (questions.outcome === 'written') deps.catalog.invalidate();
    if (questions.outcome !== 'written') return;
  }
}

type CatalogLesson = Awaited<ReturnType<LessonCatalog['load']>>['lessons'][number];

async function targetFile(catalog: LessonCatalog, target: LessonTarget, readerLesson: string | undefined, wanted: (l: CatalogLesson) => boolean, say: { none: string; title: string }): Promise<string | undefined> {
  if (target && 'file' in target) return target.file;
  if (target?.kind === 'lesson') return target.lesson.file;
  const current = readerLesson ? await catalog.find(readerLesson) : undefined;
  if (current && wanted(current)) return current.file;
  const { lessons } = await catalog.load();
  const candidates = lessons.filter(wanted);
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(say.none);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    candidates.map((l) => ({ label: l.meta.title, description: l.meta.series, file: l.file })),
    { title: say.title },
  );
  return picked?.file;
}
