// The transport's wait for a limiter slot, bounded by the caller's signal and the per-attempt
// timeout, with the failures mapped to the SDK's errors. Resolves the milliseconds waited.
import { BlizWorkAbortError } from '../../errors/abort-error.js';
import { SlotTimeoutError } from '../../errors/slot-timeout-error.js';
import type { RateLimiter } from '../../rate-limit/rate-limiter.js';
import { TokenBucketLimiter } from '../../rate-limit/token-bucket.js';

/**
 * Takes a slot at once when the limiter is the in-memory bucket and one is free: no promise, no
 * timer, no AbortController. The transport's fast path, tried before {@link waitForSlot}.
 */
export function takeSlotNow(limiter: RateLimiter): boolean {
  return limiter instanceof TokenBucketLimiter && limiter.tryAcquire();
}

/**
 * Waits for one slot of `limiter`. Rejects with `BlizWorkAbortError` when `signal` aborts, with
 * `SlotTimeoutError` after `timeoutMs` (0: no limit), and passes any other limiter failure on.
 */
export async function waitForSlot(
  limiter: RateLimiter,
  operation: string,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<number> {
  if (signal?.aborted) throw new BlizWorkAbortError(operation, signal.reason);
  const started = performance.now();
  const controller = new AbortController();
  let timedOut = false;
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new SlotTimeoutError(operation, timeoutMs));
        }, timeoutMs)
      : undefined;
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  try {
    await limiter.acquire(controller.signal);
  } catch (error) {
    if (timedOut) throw new SlotTimeoutError(operation, timeoutMs);
    if (signal?.aborted) throw new BlizWorkAbortError(operation, signal.reason);
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
  return Math.round(performance.now() - started);
}
