// A busy model (HTTP 429 or 503) is asked again after a growing pause, a bounded number of times,
// and the pause can be cancelled; every other failure is reported at once. The model here is
// scripted: each request takes the next outcome of its script.
import * as assert from 'node:assert/strict';
import { isTransientModelError, ModelBusyError, retryDelay, withRetry, type RetryPolicy } from '../../src/core/lm/retry';

const POLICY: RetryPolicy = { retries: 3, firstDelayMs: 2000, maxDelayMs: 5000 };

/** An error as VS Code's LanguageModelError carries it: a `code` naming the kind. */
function modelError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: code });
}

/** A model that answers each request with the next outcome of its script (an Error is thrown). */
function scriptedModel(script: (string | Error)[]) {
  const log = { requests: 0, waits: [] as number[] };
  const request = async (): Promise<string> => {
    const outcome = script[Math.min(log.requests++, script.length - 1)];
    if (outcome instanceof Error) throw outcome;
    return outcome as string;
  };
  const hooks = { wait: async (ms: number) => void log.waits.push(ms) };
  return { log, request, hooks };
}

class Cancelled extends Error {}

describe('language model: retries on a busy model', () => {
  it('tells a busy model from a failure asking again cannot change', () => {
    assert.ok(isTransientModelError(new Error('Request failed with status 429 Too Many Requests')));
    assert.ok(isTransientModelError(new Error('503 Service Unavailable')));
    assert.ok(isTransientModelError(Object.assign(new Error('HTTP error'), { status: 429 })));
    assert.ok(isTransientModelError(Object.assign(new Error('HTTP error'), { statusCode: 503 })));
    assert.ok(isTransientModelError(modelError('rate_limited', 'slow down')));
    assert.ok(isTransientModelError(new Error('Request failed', { cause: new Error('The server is overloaded') })));
    // VS Code's lasting LanguageModelError codes are never retried, whatever the message says.
    assert.ok(!isTransientModelError(modelError('Blocked', 'The scripted model is rate limited.')));
    assert.ok(!isTransientModelError(modelError('NoPermissions', 'no')));
    assert.ok(!isTransientModelError(modelError('NotFound', 'gone')));
    assert.ok(!isTransientModelError(new Error('Unexpected token in JSON at position 4')));
    assert.ok(!isTransientModelError(new Error('Error 4290 in the answer')));
    assert.ok(!isTransientModelError('429'));
    assert.ok(!isTransientModelError(undefined));
  });

  it('pauses twice as long before each retry, up to the longest pause', () => {
    assert.deepEqual([1, 2, 3, 4].map((n) => retryDelay(POLICY, n)), [2000, 4000, 5000, 5000]);
  });

  it('answers after two rate limits, having paused 2 s then 4 s', async () => {
    const model = scriptedModel([new Error('429 Too Many Requests'), new Error('503 Service Unavailable'), '["One."]']);
    const retries: number[] = [];
    const answer = await withRetry(model.request, 'Scripted Model', { ...model.hooks, onRetry: (n) => retries.push(n) }, POLICY);
    assert.equal(answer, '["One."]');
    assert.equal(model.log.requests, 3);
    assert.deepEqual(model.log.waits, [2000, 4000]);
    assert.deepEqual(retries, [1, 2]);
  });

  it('gives up after the last retry with one clear sentence naming the model and the tries', async () => {
    const busy = new Error('429 Too Many Requests');
    const model = scriptedModel([busy]);
    await assert.rejects(withRetry(model.request, 'Scripted Model', model.hooks, POLICY), (err: unknown) => {
      assert.ok(err instanceof ModelBusyError);
      assert.equal(err.attempts, 4);
      assert.equal(err.lastError, busy);
      assert.equal(err.message, 'Scripted Model is busy (a rate limit or a passing outage) and did not answer after 4 tries; try again in a minute.');
      return true;
    });
    assert.equal(model.log.requests, 4, 'the first request and three retries');
    assert.deepEqual(model.log.waits, [2000, 4000, 5000]);
  });

  it('reports a lasting failure at once, without a pause', async () => {
    const blocked = modelError('Blocked', 'The scripted model is rate limited.');
    const model = scriptedModel([blocked, '["One."]']);
    await assert.rejects(withRetry(model.request, 'Scripted Model', model.hooks, POLICY), (err) => err === blocked);
    assert.equal(model.log.requests, 1);
    assert.deepEqual(model.log.waits, []);
  });

  it('stops waiting when cancelled: the cancellation comes out, no further request is made', async () => {
    const model = scriptedModel([new Error('429 Too Many Requests'), '["One."]']);
    const wait = async () => {
      throw new Cancelled('cancelled during the pause');
    };
    await assert.rejects(withRetry(model.request, 'Scripted Model', { wait }, POLICY), (err) => err instanceof Cancelled);
    assert.equal(model.log.requests, 1);
  });
});
