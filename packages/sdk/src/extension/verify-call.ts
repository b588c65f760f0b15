import type { BlizWork } from '../client/blizwork.js';
import type { ExtensionCallBody } from './call-shape.js';
import type { ConcurrencyLimit } from './concurrency-limit.js';
import type { ExtensionLogger } from './extension-logger.js';
import type { Rejection } from './responses.js';
import type { VerificationOutcome } from '../internal/observe/instrumentation.js';

/** What the verification step needs, fixed when the handler is created. */
export interface Verification {
  /** The client that sends validatecall (with `verifyTimeoutMs` applied). */
  verifier: BlizWork;
  /** Caps validatecalls in flight. */
  limit: ConcurrencyLimit;
  logger: ExtensionLogger;
}

/** Seconds a caller refused for load should wait before retrying. */
const RETRY_AFTER_SECONDS = '1';

/** How verification ended: the outcome, and the rejection to answer unless it was verified. */
export type VerifyResult =
  | { outcome: 'verified'; rejection?: undefined }
  | { outcome: Exclude<VerificationOutcome, 'verified' | 'skipped'>; rejection: Rejection };

/**
 * Asks BlizWork whether the call is genuine for `endpoint`: `verified`, or the rejection to
 * answer. Code 1 gives 401 and a warning naming its two usual causes; any other failure 503
 * (BlizWork may retry); a full verification slot 503 with `retry-after`, without sending anything
 * (each validatecall costs plan quota, and a token can be spent only once).
 * BlizWork is assumed to expect nothing particular from a 401 (assumption:extension-answers-401)
 * and to be free to call again after a 503 (assumption:extension-503-may-be-retried).
 */
export async function verifyCall(
  { verifier, limit, logger }: Verification,
  body: ExtensionCallBody,
  endpoint: string,
  signal: AbortSignal,
): Promise<VerifyResult> {
  const release = limit.tryAcquire();
  if (release === undefined) {
    logger.warn?.('BlizWork extension: too many calls being verified at once; answering 503');
    return {
      outcome: 'busy',
      rejection: {
        status: 503,
        error: 'too many calls being verified; retry later',
        headers: { 'retry-after': RETRY_AFTER_SECONDS },
      },
    };
  }
  let valid: boolean;
  try {
    valid = await verifier.validateCall(body, { endpoint, signal });
  } catch (error) {
    logger.warn?.('BlizWork extension call could not be verified; answering 503', error);
    return {
      outcome: 'unavailable',
      rejection: { status: 503, error: 'the call could not be verified; retry later' },
    };
  } finally {
    release();
  }
  if (valid) return { outcome: 'verified' };
  logger.warn?.(
    `BlizWork says this extension call is not valid (validatecall code 1); answering 401. ` +
      `A forged or replayed call gets this; if genuine calls do too, either the endpoint sent ` +
      `("${endpoint}") differs from the URL registered for this extension in BlizWork (check ` +
      `publicUrl, e.g. behind a proxy), or the API token is expired or invalid (tokens last about ` +
      `a year; get a new one in BlizWork's "Mi Cuenta").`,
  );
  return { outcome: 'refused', rejection: { status: 401, error: 'the call failed verification' } };
}
