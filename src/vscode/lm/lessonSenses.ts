// "Choose Senses with Language Model": for the glossary rows whose word has several senses and
// that no offline sense rule decides, the model picks a sense by its number; the row then lists
// that sense first and its note names the model. Nothing of the model's wording enters the file.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { takesSingular } from '../../core/uiLanguage';
import { parseLesson } from '../../core/lesson/parser';
import { parseSensesAnswer, sensesRequest, uncertainSenses, withChosenSenses } from '../../core/lm/senseChoice';
import { lessonText } from '../../core/quiz/lessonText';
import type { SenseSelector } from '../../core/text/senses';
import type { LessonTaskOptions } from './lessonQuestions';
import { tell } from './lessonQuestions';
import { modelForUse } from './modelChoice';
import { anyOf, askModel, failureReason, writeWhole } from './modelRequest';

export type SensesOutcome =
  | { outcome: 'written'; file: string; model: string; chosen: { headword: string; sense: string }[]; refused: string[] }
  | { outcome: 'none' | 'unavailable' | 'cancelled' | 'rejected' | 'failed'; file: string; message: string; refused?: string[] };

export async function chooseSensesWithModel(options: LessonTaskOptions & { senses: () => SenseSelector }): Promise<SensesOutcome> {
  const { file } = options;
  const name = path.basename(file);
  const source = await fs.readFile(file, 'utf8');
  const lesson = parseLesson(source, file);
  const selector = options.senses();
  const analysis = options.analysis().analyzer.analyze(lessonText(lesson));
  const questions = uncertainSenses(lesson, analysis, (tokens, i) => selector.choose(tokens, i) !== undefined);
  if (questions.length === 0) {
    return tell({ outcome: 'none', file, message: l10n.t('No glossary row of {0} needs a sense chosen.', name) }, options);
  }
  const model = await modelForUse({
    question: (m, vendor) => l10n.t('Dépêche can choose the sense of {0} words of “{1}” with a language model. It sends each word, its sentence and its listed senses to {2} ({3}).', questions.length, lesson.meta.title, m, vendor),
    explicit: options.explicit });
  if (!model) return { outcome: 'unavailable', file, message: l10n.t('No language model may be used.') };
  try {
    const answer = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l10n.t('Dépêche: choosing senses in “{0}” with {1}', lesson.meta.title, model.name), cancellable: true },
      (_progress, token) => askModel(model, sensesRequest(questions), l10n.t('Dépêche asks which listed sense some words of “{0}” have in their sentences.', lesson.meta.title), anyOf(token, options.cancellation)),
    );
    const { chosen, refused } = parseSensesAnswer(answer, questions);
    const picked = questions.flatMap((q, i) => (chosen[i] === undefined ? [] : [{ headword: q.headword, sense: q.senses[chosen[i]!]! }]));
    if (picked.length === 0) {
      return tell({ outcome: 'rejected', file, refused, message: l10n.t('{0} chose no sense among those listed ({1}); nothing was written to {2}.', model.name, refused.join('; '), name) }, options);
    }
    const written = withChosenSenses(source, lesson, questions, chosen, model.name);
    if ((await fs.readFile(file, 'utf8')) !== source) {
      return tell({ outcome: 'rejected', file, message: l10n.t('{0} changed while the model answered; nothing was written.', name) }, options);
    }
    await writeWhole(file, written, fs);
    if (options.explicit) {
      void vscode.window.showInformationMessage(takesSingular(picked.length)
        ? l10n.t('Dépêche: {0} chose the sense of {1} word in “{2}”; its glossary note says so.', model.name, picked.length, lesson.meta.title)
        : l10n.t('Dépêche: {0} chose the sense of {1} words in “{2}”; their glossary notes say so.', model.name, picked.length, lesson.meta.title));
    }
    return { outcome: 'written', file, model: model.name, chosen: picked, refused };
  } catch (err) {
    const { kind, why } = failureReason(err, model.name);
    return tell({ outcome: kind, file, message: l10n.t('{0}; nothing was written to {1}.', why, name) }, options);
  }
}
