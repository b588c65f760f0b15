// The wait between retries: it ends on time, stops at once when the caller aborts, and leaves no
// timer or listener behind (a long-lived signal shared by many calls must not collect listeners).
// The HTTP side (abort during a real Retry-After wait) is in abort.test.ts.
import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BlizWorkAbortError } from '../../src/index.node.js';
import { waitBeforeRetry } from '../../src/internal/pipeline/retry.js';
import { rejectionOf } from '../helpers/clients.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Whether a promise has settled, without waiting for it. */
async function settledYet(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await vi.advanceTimersByTimeAsync(0);
  return settled;
}

describe('waitBeforeRetry', () => {
  it('resolves after the delay, not before, and removes its abort listener', async () => {
    const controller = new AbortController();
    const wait = waitBeforeRetry(1_000, controller.signal, 'getCase');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(await settledYet(wait)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(wait).resolves.toBeUndefined();
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('rejects at once when the signal aborts during the wait, and clears its timer', async () => {
    const controller = new AbortController();
    const wait = rejectionOf(waitBeforeRetry(20_000, controller.signal, 'listCases'));
    await vi.advanceTimersByTimeAsync(100);
    controller.abort('user left');
    const error = await wait;
    expect(error).toBeInstanceOf(BlizWorkAbortError);
    expect(error.cause).toBe('user left');
    expect(error.message).toBe("listCases was aborted by the caller's signal");
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('rejects without starting a timer when the signal is already aborted', async () => {
    const error = await rejectionOf(
      waitBeforeRetry(20_000, AbortSignal.abort('too late'), 'getCase'),
    );
    expect(error).toBeInstanceOf(BlizWorkAbortError);
    expect(error.cause).toBe('too late');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits without a signal', async () => {
    const wait = waitBeforeRetry(500, undefined, 'getCase');
    await vi.advanceTimersByTimeAsync(500);
    await expect(wait).resolves.toBeUndefined();
  });
});
