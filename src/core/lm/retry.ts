// Rate limits and passing outages: a model that answers "429 Too Many Requests" or "503 Service
// Unavailable" may well answer a moment later, so such a request is tried again after a growing
// pause, a bounded number of times, and the learner can cancel while it waits. Anything else (a
// refusal, a block, a missing model, a malformed answer) is not retried: asking again would not help.
import * as l10n from '@vscode/l10n';

export interface RetryPolicy {
  /** How many times a transient failure is retried after the first request. */
  retries: number;
  /** The pause before the first retry; each next pause doubles, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

/** About 15 seconds of waiting at most: long enough for a per-minute limit to ease, short enough to sit through. */
export const MODEL_RETRY: RetryPolicy = { retries: 3, firstDelayMs: 2000, maxDelayMs: 8000 };

/** VS Code's `LanguageModelError` codes that asking again cannot change. */
const LASTING_CODES = new Set(['Blocked', 'NoPermissions', 'NotFound']);
const TRANSIENT_STATUS = new Set([429, 503]);
const TRANSIENT_TEXT = /\b(429|503)\b|rate[ _-]?limit|too many requests|service unavailable|temporarily unavailable|overloaded/i;

/**
 * Whether a failed request may succeed if made again: an HTTP 429 or 503 (as a `status` or
 * `statusCode`, or in the error's code or message, or in its `cause`), never a lasting
 * `LanguageModelError` (Blocked, NoPermissions, NotFound) whatever its message says.
 */
export function isTransientModelError(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 3) return false;
  const e = err as { code?: unknown; status?: unknown; statusCode?: unknown; message?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && LASTING_CODES.has(e.code)) return false;
  if (TRANSIENT_STATUS.has(Number(e.status)) || TRANSIENT_STATUS.has(Number(e.statusCode))) return true;
  if (typeof e.code === 'string' && TRANSIENT_TEXT.test(e.code)) return true;
  if (typeof e.message === 'string' && TRANSIENT_TEXT.test(e.message)) return true;
  return e.cause !== undefined && isTransientModelError(e.cause, depth + 1);
}

/** The pause before retry `n` (1-based). */
export function retryDelay(policy: RetryPolicy, n: number): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (n - 1));
}

/** The model stayed busy through every retry. The message is one sentence for the learner. */
export class ModelBusyError extends Error {
  constructor(
    readonly modelName: string,
    /** Requests made, the first one included. */
    readonly attempts: number,
    readonly lastError: unknown,
  ) {
    super(l10n.t('{0} is busy (a rate limit or a passing outage) and did not answer after {1} tries; try again in a minute.', modelName, attempts));
    this.name = 'ModelBusyError';
  }
}

export interface RetryHooks {
  /**
   * Waits `ms` milliseconds; rejects (with the caller's cancellation error) as soon as the
   * request is cancelled, so a learner never sits through a pause they cancelled.
   */
  wait(ms: number): Promise<void>;
  /** Told before each pause, e.g. to say "waiting for the model" in the progress notification. */
  onRetry?(retry: number, delayMs: number): void;
}

/** `request()` made once, and again after a pause while it fails transiently, up to `policy.retries` times. */
export async function withRetry<T>(request: () => Promise<T>, modelName: string, hooks: RetryHooks, policy: RetryPolicy = MODEL_RETRY): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await request();
    } catch (err) {
      if (!isTransientModelError(err)) throw err;
      if (retry >= policy.retries) throw new ModelBusyError(modelName, retry + 1, err);
      const delay = retryDelay(policy, retry + 1);
      hooks.onRetry?.(retry + 1, delay);
      await hooks.wait(delay);
    }
  }
}
