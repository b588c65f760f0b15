// The retry policy, in one place: on which failures a call may be sent again, and how long to wait
// before the next attempt. Which operations may be resent is the spec's `x-blizwork-retry-safe`
// (see operation-metadata.ts).
import { BlizWorkAbortError } from '../../errors/abort-error.js';
import { BlizWorkApiError } from '../../errors/api-error.js';
import { BlizWorkConnectionError } from '../../errors/connection-error.js';
import { BlizWorkHttpError } from '../../errors/http-error.js';
import { BlizWorkTimeoutError } from '../../errors/timeout-error.js';

/** The first backoff delay; each retry doubles it. */
export const RETRY_BASE_DELAY_MS = 500;
/** The longest computed backoff delay. */
export const RETRY_MAX_DELAY_MS = 8_000;
/** The longest wait a server's `Retry-After` can ask for; longer values are cut to this. */
export const RETRY_AFTER_CAP_MS = 30_000;

const RETRYABLE_STATUSES = new Set([408, 429]);

/** True for failures a later attempt may not meet: connection errors, timeouts, 408, 429, 5xx. */
export function isRetryableFailure(error: unknown): boolean {
  if (error instanceof BlizWorkConnectionError || error instanceof BlizWorkTimeoutError)
    return true;
  const status =
    error instanceof BlizWorkHttpError
      ? error.status
      : error instanceof BlizWorkApiError
        ? error.httpStatus
        : undefined;
  return status !== undefined && (RETRYABLE_STATUSES.has(status) || status >= 500);
}

/**
 * A `Retry-After` header value (delay in seconds, or an HTTP date) in milliseconds, capped at
 * {@link RETRY_AFTER_CAP_MS}; `undefined` when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(Math.max(0, Math.round(ms)), RETRY_AFTER_CAP_MS);
}

/**
 * How long to wait before retry number `retry` (1 for the first retry): the server's `Retry-After`
 * when given, else exponential backoff (0.5 s, 1 s, 2 s, ... up to 8 s) minus up to 25 % jitter.
 */
export function retryDelayMs(retry: number, retryAfterMs?: number, random = Math.random()): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  const backoff = Math.min(RETRY_BASE_DELAY_MS * 2 ** (retry - 1), RETRY_MAX_DELAY_MS);
  return Math.round(backoff * (1 - 0.25 * random));
}

/** Waits `ms` before the next attempt; rejects with BlizWorkAbortError when `signal` aborts. */
export function waitBeforeRetry(
  ms: number,
  signal: AbortSignal | undefined,
  operation: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new BlizWorkAbortError(operation, signal.reason));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new BlizWorkAbortError(operation, signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
