// One request to a chat model, the way every Dépêche feature makes it: the whole streamed answer or
// an error, cancelled as soon as the token is (a slow stream stops at the next part), asked again
// after a pause while the model is busy (429, 503), and each way it can fail said in one sentence.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { ModelAnswerError } from '../../core/lm/errors';
import { ModelBusyError, withRetry } from '../../core/lm/retry';

/**
 * The whole answer to one user message. Throws vscode.CancellationError when cancelled meanwhile,
 * and ModelBusyError when the model stayed rate limited or unavailable through every retry.
 */
export function askModel(model: vscode.LanguageModelChat, prompt: string, justification: string, token: vscode.CancellationToken): Promise<string> {
  return withRetry(() => askOnce(model, prompt, justification, token), model.name, { wait: (ms) => pause(ms, token) });
}

/** Waits `ms`, or rejects with a CancellationError as soon as the token is cancelled. */
function pause(ms: number, token: vscode.CancellationToken): Promise<void> {
  return new Promise((resolve, reject) => {
    if (token.isCancellationRequested) return reject(new vscode.CancellationError());
    const listener = token.onCancellationRequested(() => {
      clearTimeout(timer);
      listener.dispose();
      reject(new vscode.CancellationError());
    });
    const timer = setTimeout(() => {
      listener.dispose();
      resolve();
    }, ms);
  });
}

async function askOnce(model: vscode.LanguageModelChat, prompt: string, justification: string, token: vscode.CancellationToken): Promise<string> {
  const response = await model.sendRequest([vscode.LanguageModelChatMessage.User(prompt)], { justification }, token);
  let answer = '';
  for await (const part of response.text) {
    if (token.isCancellationRequested) throw new vscode.CancellationError();
    answer += part;
  }
  // A cancelled stream may simply end: what came before the cancel is not an answer.
  if (token.isCancellationRequested) throw new vscode.CancellationError();
  return answer;
}

export type FailureKind = 'cancelled' | 'rejected' | 'failed';

export function isCancellation(err: unknown): boolean {
  return err instanceof vscode.CancellationError || (err instanceof Error && err.name === 'Canceled');
}

/** Why a request gave nothing usable, in one sentence without a final stop (the caller adds what was kept). */
export function failureReason(err: unknown, modelName: string): { kind: FailureKind; why: string } {
  if (isCancellation(err)) return { kind: 'cancelled', why: l10n.t('Cancelled') };
  if (err instanceof ModelAnswerError) return { kind: 'rejected', why: err.message.replace(/\.$/, '') };
  if (err instanceof ModelBusyError) return { kind: 'failed', why: err.message.replace(/\.$/, '') };
  if (err instanceof vscode.LanguageModelError) {
    const why =
      err.code === vscode.LanguageModelError.NoPermissions.name
        ? l10n.t('Dépêche may not use {0}', modelName)
        : err.code === vscode.LanguageModelError.Blocked.name
          ? l10n.t('{0} refused the request (blocked; perhaps a rate limit)', modelName)
          : err.code === vscode.LanguageModelError.NotFound.name
            ? l10n.t('{0} is no longer available', modelName)
            : l10n.t('{0} failed: {1}', modelName, err.message);
    return { kind: 'failed', why };
  }
  return { kind: 'failed', why: l10n.t('{0} failed: {1}', modelName, err instanceof Error ? err.message : String(err)) };
}

/** A token cancelled when either is. */
export function anyOf(a: vscode.CancellationToken, b: vscode.CancellationToken | undefined): vscode.CancellationToken {
  if (!b) return a;
  const source = new vscode.CancellationTokenSource();
  if (a.isCancellationRequested || b.isCancellationRequested) source.cancel();
  a.onCancellationRequested(() => source.cancel());
  b.onCancellationRequested(() => source.cancel());
  return source.token;
}

/** Writes through a temporary file and a rename, so a reader never sees half a lesson. */
export async function writeWhole(file: string, text: string, fs: typeof import('node:fs/promises')): Promise<void> {
  const temp = `${file}.${process.pid}.lm.tmp`;
  await fs.writeFile(temp, text, 'utf8');
  await fs.rename(temp, file);
}
