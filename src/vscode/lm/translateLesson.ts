// "Dépêche: Translate Lesson with Language Model": fills a lesson's `## Translation` sentence by
// sentence, in chunks that fit the model's input limit, with a cancellable progress notification.
// The file is written once, at the end, and only when every chunk came back valid and the file did
// not change meanwhile; otherwise nothing is written and one sentence says why.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { chunkSentences } from '../../core/lm/chunks';
import { ModelAnswerError } from '../../core/lm/errors';
import { parseTranslationAnswer, translationRequest } from '../../core/lm/translationPrompt';
import { lessonSentences, TranslationWriteError, withMachineTranslation } from '../../core/lm/translationSection';
import { LessonParseError, parseLesson } from '../../core/lesson/parser';
import { modelForUse } from './modelChoice';

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
    return report({ outcome: 'already', file, message: `${name} already has a translation.` }, options);
  }
  const model = await modelForUse({ purpose: `translate “${lesson.meta.title}” into English`, explicit: options.explicit });
  if (!model) return { outcome: 'unavailable', file, message: 'No language model may be used.' };

  const sentences = lessonSentences(source, file);
  try {
    const english = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Dépêche: translating “${lesson.meta.title}” with ${model.name}`, cancellable: true },
      async (progress, progressToken) => {
        const token = anyOf(progressToken, options.cancellation);
        const chunks = await chunkSentences(sentences, (chunk) => Promise.resolve(model.countTokens(translationRequest(chunk), token)), {
          maxInputTokens: model.maxInputTokens,
          reserve: RESERVE_TOKENS,
        });
        const done: string[] = [];
        for (const chunk of chunks) {
          if (token.isCancellationRequested) throw new vscode.CancellationError();
          const response = await model.sendRequest(
            [vscode.LanguageModelChatMessage.User(translationRequest(chunk))],
            { justification: `Dépêche translates the French sentences of “${lesson.meta.title}” into English.` },
            token,
          );
          let answer = '';
          for await (const part of response.text) {
            if (token.isCancellationRequested) throw new vscode.CancellationError();
            answer += part;
          }
          // A cancelled stream may simply end: what came before the cancel is not an answer.
          if (token.isCancellationRequested) throw new vscode.CancellationError();
          done.push(...parseTranslationAnswer(answer, chunk.length));
          progress.report({ increment: (100 * chunk.length) / sentences.length, message: `${done.length}/${sentences.length} sentences` });
        }
        return done;
      },
    );
    // The learner may have edited the lesson while the model answered: never overwrite that.
    const now = await fs.readFile(file, 'utf8');
    if (now !== source) {
      return report({ outcome: 'rejected', file, message: `${name} changed while it was being translated; nothing was written.` }, options);
    }
    const written = withMachineTranslation(source, file, english, model.name);
    const temp = `${file}.${process.pid}.translation.tmp`;
    await fs.writeFile(temp, written, 'utf8');
    await fs.rename(temp, file);
    void vscode.window.showInformationMessage(`Dépêche: “${lesson.meta.title}” translated by ${model.name} (machine translation, ${english.length} sentences).`);
    return { outcome: 'written', file, sentences: english.length, model: model.name };
  } catch (err) {
    return report(failure(err, file, model.name), options);
  }
}

/** One plain sentence for each way a request can fail; nothing has been written in any of them. */
function failure(err: unknown, file: string, modelName: string): TranslationOutcome {
  const name = path.basename(file);
  if (err instanceof vscode.CancellationError || (err instanceof Error && err.name === 'Canceled')) {
    return { outcome: 'cancelled', file, message: `Translation of ${name} cancelled; nothing was written.` };
  }
  if (err instanceof ModelAnswerError || err instanceof TranslationWriteError || err instanceof LessonParseError) {
    return { outcome: 'rejected', file, message: `${err.message} Nothing was written to ${name}.` };
  }
  if (err instanceof RangeError) return { outcome: 'rejected', file, message: `${err.message} Nothing was written to ${name}.` };
  if (err instanceof vscode.LanguageModelError) {
    const why =
      err.code === vscode.LanguageModelError.NoPermissions.name
        ? `Dépêche may not use ${modelName}`
        : err.code === vscode.LanguageModelError.Blocked.name
          ? `${modelName} refused the request (blocked; perhaps a rate limit)`
          : err.code === vscode.LanguageModelError.NotFound.name
            ? `${modelName} is no longer available`
            : `${modelName} failed: ${err.message}`;
    return { outcome: 'failed', file, message: `${why}; nothing was written to ${name}.` };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { outcome: 'failed', file, message: `${modelName} failed: ${message}; nothing was written to ${name}.` };
}

function report(outcome: TranslationOutcome, options: TranslateOptions): TranslationOutcome {
  if (outcome.outcome === 'written' || outcome.outcome === 'unavailable') return outcome;
  if (outcome.outcome === 'cancelled' || outcome.outcome === 'already') void vscode.window.showInformationMessage(`Dépêche: ${outcome.message}`);
  else void vscode.window.showErrorMessage(`Dépêche: ${outcome.message}`);
  return outcome;
}

/** A token cancelled when either is. */
function anyOf(a: vscode.CancellationToken, b: vscode.CancellationToken | undefined): vscode.CancellationToken {
  if (!b) return a;
  const source = new vscode.CancellationTokenSource();
  if (a.isCancellationRequested || b.isCancellationRequested) source.cancel();
  a.onCancellationRequested(() => source.cancel());
  b.onCancellationRequested(() => source.cancel());
  return source.token;
}
