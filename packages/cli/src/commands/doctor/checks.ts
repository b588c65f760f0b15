// The checks of `blizwork doctor`: configuration, reachability, clock and token. Each says ok,
// fail, warn (could not be confirmed) or skipped (could not be run), and why.
import type { Settings } from '../../config/settings.js';
import { maskToken } from '../../config/settings.js';
import type { Difference } from './conformance.js';
import type { Exchanger } from './exchange.js';
import { DOCUMENTED_NON_TOKEN_CODES, describeReading, readReply } from './reply.js';

/** How a check ended. `warn`: it ran but could not confirm; `skipped`: it could not run. */
export type CheckStatus = 'ok' | 'fail' | 'warn' | 'skipped';

/** One line of the doctor's report. */
export interface CheckResult {
  readonly check: string;
  readonly status: CheckStatus;
  /** False only for `fail`. */
  readonly ok: boolean;
  readonly detail: string;
  readonly differences?: readonly Difference[];
}

/** A check result; `ok` follows from the status. */
export const result = (
  check: string,
  status: CheckStatus,
  detail: string,
  differences?: readonly Difference[],
): CheckResult => ({
  check,
  status,
  ok: status !== 'fail',
  detail,
  ...(differences === undefined ? {} : { differences }),
});

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** What the settings say, and where each came from. */
export function configurationCheck(settings: Settings): CheckResult {
  const { sources } = settings;
  return result(
    'configuration',
    'ok',
    `profile ${settings.profile}, user ${settings.userId} (${sources.userId}), token ${maskToken(settings.token)} (${sources.token}), base URL ${settings.baseUrl ?? 'https://api.blizwork.com'} (${sources.baseUrl}), ${settings.pace}`,
  );
}

/** Any HTTP answer from the base URL counts as reachable; its Date header checks the clock. */
export async function reachabilityChecks(
  baseUrl: string,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<CheckResult[]> {
  let response: Response;
  const started = Date.now();
  try {
    response = await fetchImpl(baseUrl, { method: 'GET', signal: AbortSignal.timeout(10_000) });
    await response.body?.cancel();
  } catch (error) {
    return [
      result('reachability', 'fail', `${baseUrl} did not answer: ${message(error)}`),
      result('clock', 'skipped', 'not checked: the server cannot be reached'),
    ];
  }
  const elapsed = Date.now() - started;
  const results = [
    result('reachability', 'ok', `${baseUrl} answered HTTP ${response.status} in ${elapsed} ms`),
  ];
  const date = response.headers.get('date');
  if (date === null || Number.isNaN(Date.parse(date))) {
    results.push(result('clock', 'skipped', 'the server sent no Date header: not compared'));
  } else {
    // The Date header has 1 s resolution: anything within 5 s (plus the round trip) is in sync.
    const skew = Math.round((Date.parse(date) - (started + elapsed / 2)) / 1000);
    const ok = Math.abs(skew) <= 5 + Math.ceil(elapsed / 1000);
    results.push(
      result(
        'clock',
        ok ? 'ok' : 'fail',
        ok
          ? `in sync with the server (${skew} s)`
          : `${skew} s off the server's clock: fix the system time (handshakes and audit dates depend on it)`,
      ),
    );
  }
  return results;
}

/** The token check's detail when the server refused the token (code 1). */
export const TOKEN_REFUSED = 'refused: the token or user is not valid (run `blizwork login`)';

/** The process the token check lists, when the user named none. */
export const PLACEHOLDER_PROCESS = 'blizwork-doctor-probe';

/**
 * Whether the token works, from one read (listCases): accepted only on a BlizWork success or a
 * documented code that is not about the token (100, 101, 200); refused on code 1; anything else
 * (an undocumented code, an HTML page, an HTTP 403/404, no reply) is not an acceptance. Not run
 * when the server cannot be reached.
 */
export async function tokenCheck(
  exchanger: Exchanger,
  settings: Pick<Settings, 'userId' | 'environment'>,
  processId: string | undefined,
  reachable: boolean,
): Promise<CheckResult> {
  if (!reachable) return result('token', 'skipped', 'not checked: the server cannot be reached');
  const exchange = await exchanger.send({
    path: '/process/case-list/{token}/',
    body: {
      userId: settings.userId,
      environment: settings.environment,
      processId: processId ?? PLACEHOLDER_PROCESS,
      filter: {},
    },
  });
  const reading = readReply(exchange);
  const seen = describeReading(reading);
  if (reading.kind !== 'envelope') {
    const failed =
      reading.kind === 'none' ? 'the call failed' : 'the server did not answer as BlizWork';
    return result('token', 'fail', `not confirmed: ${failed}: ${seen}; check the base URL`);
  }
  if (reading.code === 0) return result('token', 'ok', 'accepted');
  if (reading.code === 1) {
    return result(
      'token',
      'fail',
      'refused: the token or user is not valid (run `blizwork login`)',
    );
  }
  if (DOCUMENTED_NON_TOKEN_CODES.has(reading.code)) {
    return result(
      'token',
      'ok',
      `accepted (the call was answered with code ${reading.code}, not 1: ${seen})`,
    );
  }
  return result(
    'token',
    'warn',
    `not confirmed: the call was answered with code ${reading.code}, which is not a documented code (${seen}); ${processId === undefined ? 'pass --process <a process id> so that the check can read a process that exists' : `is ${processId} a process of this account?`}`,
  );
}
