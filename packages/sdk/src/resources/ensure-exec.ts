// `exec(..., { ensure: true })`: when an exec's outcome is unknown (timeout, dropped connection),
// read the case back and let its history say whether the activity ran; resend only if it did not
// (assumption:exec-ensure-history-proof).
import type { ExecuteActivityRequest } from '@blizwork/client';
import { BlizWorkConnectionError } from '../errors/connection-error.js';
import { BlizWorkTimeoutError } from '../errors/timeout-error.js';
import type { HistoryEntry } from '../types.js';

/** True for the failures after which the exec may or may not have run on the server. */
export function isOutcomeUnknown(error: unknown): boolean {
  return error instanceof BlizWorkTimeoutError || error instanceof BlizWorkConnectionError;
}

/**
 * What the history read back says of an exec sent when the case had `sentAt` history entries:
 * `ran` when the next entry executed `formId` towards `nextFormId`; `pending` when nothing was
 * added and the case still waits on `formId` (safe to resend); `changed` otherwise (someone else
 * moved the case: resending would not do what was asked).
 */
export function execOutcome(
  history: readonly HistoryEntry[],
  sentAt: number,
  body: Pick<ExecuteActivityRequest, 'formId' | 'nextFormId'>,
): 'ran' | 'pending' | 'changed' {
  const entry = history[sentAt];
  if (
    entry?.currentActivity?.formId === body.formId &&
    entry.nextActivity?.formId === body.nextFormId
  ) {
    return 'ran';
  }
  const waitsOnForm =
    history.length === sentAt && history.at(-1)?.nextActivity?.formId === body.formId;
  return waitsOnForm ? 'pending' : 'changed';
}

/** What `ensureExec` needs: send the exec once, and read the case's history back. */
export interface EnsureSteps {
  send(): Promise<unknown>;
  readHistory(): Promise<readonly HistoryEntry[]>;
}

/**
 * Sends the exec; after a failure whose outcome is unknown, reads the history back and resends
 * only while the activity has not run, at most `maxResends` times. Resolves once it ran; throws
 * the original failure when the history shows the case changed some other way, or when the read
 * back fails too (the outcome is then still unknown).
 */
export async function ensureExec(
  steps: EnsureSteps,
  sentAt: number,
  body: Pick<ExecuteActivityRequest, 'formId' | 'nextFormId'>,
  maxResends: number,
): Promise<void> {
  for (let resends = 0; ; resends++) {
    let failure: unknown;
    try {
      await steps.send();
      return;
    } catch (error) {
      if (!isOutcomeUnknown(error)) throw error;
      failure = error;
    }
    let history: readonly HistoryEntry[];
    try {
      history = await steps.readHistory();
    } catch {
      throw failure;
    }
    const outcome = execOutcome(history, sentAt, body);
    if (outcome === 'ran') return;
    if (outcome === 'changed' || resends >= maxResends) throw failure;
  }
}
