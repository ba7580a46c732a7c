// "Dépêche: Translate Lesson with Language Model": fills a lesson's `## Translation` sentence by
// sentence, in chunks that fit the model's input limit, with a cancellable progress notification.
// The file is written once, at the end, and only when every chunk came back valid and the file did
// not change meanwhile; otherwise nothing is written and one sentence says why.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { takesSingular } from '../../core/uiLanguage';
import { chunkSentences } from '../../core/lm/chunks';
import { ModelAnswerError } from '../../core/lm/errors';
import { parseTranslationAnswer, translationRequest } from '../../core/lm/translationPrompt';
import { lessonSentences, TranslationWriteError, withMachineTranslation } from '../../core/lm/translationSection';
import { LessonParseError, parseLesson } from '../../core/lesson/parser';
import { modelForUse } from './modelChoice';
import { anyOf, askModel, failureReason, isCancellation, writeWhole } from './modelRequest';

/** How a translation ended; the command returns it (the integration tests read it). */
export type TranslationOutcome =
  | { outcome: 'written'; file: string; sentences: number; model: string }
  | { outcome: 'unavailable' | 'cancelled' | 'rejected' | 'failed' | 'already'; file: string; message: string };

export interface TranslateOptions {
  file: string;
  /** A command the learner ran (true) or a translation on import (false, silent without a model). */
  explicit: boolean;
  /** Cancels along with the notification's Cancel button (tests, and the import's own token). */
  cancellation?: vscode.CancellationToken;
}

/** Tokens left free for VS Code's framing of the request and the instructions' variations. */
const RESERVE_TOKENS = 200;

export async function translateLessonFile(options: TranslateOptions): Promise<TranslationOutcome> {
  const { file } = options;
  const name = path.basename(file);
  const source = await fs.readFile(file, 'utf8');
  const lesson = parseLesson(source, file);
  if (lesson.translation) {
    return report({ outcome: 'already', file, message: l10n.t('{0} already has a translation.', name) }, options);
  }
  const model = await modelForUse({
    question: (m, vendor) => l10n.t('Dépêche can translate “{0}” into English with a language model. It sends the lesson\'s French text to {1} ({2}).', lesson.meta.title, m, vendor),
    explicit: options.explicit });
  if (!model) return { outcome: 'unavailable', file, message: l10n.t('No language model may be used.') };

  const sentences = lessonSentences(source, file);
  try {
    const english = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l10n.t('Dépêche: translating “{0}” with {1}', lesson.meta.title, model.name), cancellable: true },
      async (progress, progressToken) => {
        const token = anyOf(progressToken, options.cancellation);
        const chunks = await chunkSentences(sentences, (chunk) => Promise.resolve(model.countTokens(translationRequest(chunk), token)), {
          maxInputTokens: model.maxInputTokens,
          reserve: RESERVE_TOKENS,
        });
        const done: string[] = [];
        for (const chunk of chunks) {
          if (token.isCancellationRequested) throw new vscode.CancellationError();
          const answer = await askModel(model, translationRequest(chunk), l10n.t('Dépêche translates the French sentences of “{0}” into English.', lesson.meta.title), token);
          done.push(...parseTranslationAnswer(answer, chunk.length));
          progress.report({ increment: (100 * chunk.length) / sentences.length, message: l10n.t('{0}/{1} sentences', done.length, sentences.length) });
        }
        return done;
      },
    );
    // The learner may have edited the lesson while the model answered: never overwrite that.
    const now = await fs.readFile(file, 'utf8');
    if (now !== source) {
      return report({ outcome: 'rejected', file, message: l10n.t('{0} changed while it was being translated; nothing was written.', name) }, options);
    }
    const written = withMachineTranslation(source, file, english, model.name);
    await writeWhole(file, written, fs);
    void vscode.window.showInformationMessage(takesSingular(english.length)
      ? l10n.t('Dépêche: “{0}” translated by {1} (machine translation, {2} sentence).', lesson.meta.title, model.name, english.length)
      : l10n.t('Dépêche: “{0}” translated by {1} (machine translation, {2} sentences).', lesson.meta.title, model.name, english.length));
    return { outcome: 'written', file, sentences: english.length, model: model.name };
  } catch (err) {
    return report(failure(err, file, model.name), options);
  }
}

/** One plain sentence for each way a request can fail; nothing has been written in any of them. */
function failure(err: unknown, file: string, modelName: string): TranslationOutcome {
  const name = path.basename(file);
  if (isCancellation(err)) return { outcome: 'cancelled', file, message: l10n.t('Translation of {0} cancelled; nothing was written.', name) };
  if (err instanceof ModelAnswerError || err instanceof TranslationWriteError || err instanceof LessonParseError || err instanceof RangeError) {
    return { outcome: 'rejected', file, message: l10n.t('{0} Nothing was written to {1}.', err.message, name) };
  }
  const { why } = failureReason(err, modelName);
  return { outcome: 'failed', file, message: l10n.t('{0}; nothing was written to {1}.', why, name) };
}

function report(outcome: TranslationOutcome, options: TranslateOptions): TranslationOutcome {
  if (outcome.outcome === 'written' || outcome.outcome === 'unavailable') return outcome;
  const text = l10n.t('Dépêche: {0}', outcome.message);
  if (outcome.outcome === 'cancelled' || outcome.outcome === 'already') void vscode.window.showInformationMessage(text);
  else void vscode.window.showErrorMessage(text);
  return outcome;
}
