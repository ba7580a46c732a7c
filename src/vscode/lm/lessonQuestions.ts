// "Write Lesson Questions with Language Model": the model proposes comprehension questions, each
// goes through the offline generator's checks, the offline generator fills the rest, and the
// lesson gets a `## Questions` section naming the model's questions. Written once, only when the
// file did not change meanwhile; any failure writes nothing and says why in one sentence.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { parseLesson } from '../../core/lesson/parser';
import { buildReaderDocument } from '../../core/lesson/readerDocument';
import { checkProposals, LESSON_QUESTIONS, mergeQuestions, offlineQuestions, QuestionsWriteError, withLessonQuestions } from '../../core/lm/modelQuestions';
import { parseQuestionsAnswer, questionsRequest } from '../../core/lm/questionsPrompt';
import { findEntities } from '../../core/quiz/entities';
import { lessonText } from '../../core/quiz/lessonText';
import { buildQuizSource } from '../../core/quiz/source';
import type { WindowAnalysis } from '../readerDocuments';
import { modelForUse } from './modelChoice';
import { anyOf, askModel, failureReason, writeWhole } from './modelRequest';

export type QuestionsOutcome =
  | { outcome: 'written'; file: string; model: string; byModel: number; offline: number; refused: string[] }
  | { outcome: 'unavailable' | 'cancelled' | 'rejected' | 'failed' | 'already'; file: string; message: string; refused?: string[] };

export interface LessonTaskOptions {
  file: string;
  /** A command the learner ran (true), or a step of an import (false: silent without a model). */
  explicit: boolean;
  cancellation?: vscode.CancellationToken;
  analysis: () => WindowAnalysis;
}

export async function writeModelQuestions(options: LessonTaskOptions): Promise<QuestionsOutcome> {
  const { file } = options;
  const name = path.basename(file);
  const source = await fs.readFile(file, 'utf8');
  const lesson = parseLesson(source, file);
  if (lesson.questions.length) return tell({ outcome: 'already', file, message: l10n.t('{0} already has questions.', name) }, options);
  const model = await modelForUse({
    question: (m, vendor) => l10n.t('Dépêche can propose comprehension questions for “{0}” with a language model. It sends the lesson\'s French text to {1} ({2}).', lesson.meta.title, m, vendor),
    explicit: options.explicit });
  if (!model) return { outcome: 'unavailable', file, message: l10n.t('No language model may be used.') };

  try {
    const answer = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l10n.t('Dépêche: writing questions for “{0}” with {1}', lesson.meta.title, model.name), cancellable: true },
      (_progress, token) =>
        askModel(model, questionsRequest(lesson.paragraphs.map((p) => p.text), LESSON_QUESTIONS + 2), l10n.t('Dépêche asks for comprehension questions on the French text of “{0}”.', lesson.meta.title), anyOf(token, options.cancellation)),
    );
    const { proposals, dropped } = parseQuestionsAnswer(answer);
    const { analyzer, lexicon } = options.analysis();
    const quizSource = buildQuizSource(lesson, buildReaderDocument(lesson, analyzer), analyzer.analyze(lessonText(lesson)), (lemma) => lexicon.rank(lemma), (form) => lexicon.lookup(form));
    const entities = findEntities(quizSource);
    const { kept, refused } = checkProposals(proposals, quizSource, entities);
    const allRefused = [...dropped, ...refused];
    if (kept.length === 0) {
      return tell({ outcome: 'rejected', file, refused: allRefused, message: l10n.t('None of the {0} questions {1} proposed passed the checks; nothing was written to {2}.', proposals.length + dropped.length, model.name, name) }, options);
    }
    const merged = mergeQuestions(kept, offlineQuestions(quizSource, 1, entities));
    const { source: written, written: questions } = withLessonQuestions(source, file, merged, model.name);
    if ((await fs.readFile(file, 'utf8')) !== source) {
      return tell({ outcome: 'rejected', file, message: l10n.t('{0} changed while the model answered; nothing was written.', name) }, options);
    }
    await writeWhole(file, written, fs);
    const byModel = questions.filter((q) => q.byModel).length;
    if (options.explicit) {
      void vscode.window.showInformationMessage(l10n.t('Dépêche: {0} questions written to “{1}”, {2} of them by {3} ({4} of its proposals refused by the checks).', questions.length, lesson.meta.title, byModel, model.name, allRefused.length));
    }
    return { outcome: 'written', file, model: model.name, byModel, offline: questions.length - byModel, refused: allRefused };
  } catch (err) {
    if (err instanceof QuestionsWriteError) return tell({ outcome: 'rejected', file, message: err.message }, options);
    const { kind, why } = failureReason(err, model.name);
    return tell({ outcome: kind, file, message: l10n.t('{0}; nothing was written to {1}.', why, name) }, options);
  }
}

/** Says how it ended when the learner asked; an import's step stays quiet unless it failed. */
export function tell<const T extends { outcome: string; message?: string }>(outcome: T, options: { explicit: boolean }): T {
  if (outcome.outcome === 'written' || outcome.outcome === 'unavailable' || !outcome.message) return outcome;
  const text = l10n.t('Dépêche: {0}', outcome.message);
  if (outcome.outcome === 'cancelled' || outcome.outcome === 'already' || outcome.outcome === 'none') {
    if (options.explicit) void vscode.window.showInformationMessage(text);
  } else void vscode.window.showErrorMessage(text);
  return outcome;
}
