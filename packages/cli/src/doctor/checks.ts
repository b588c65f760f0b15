// The checks of `blizwork doctor`: configuration, reachability, clock, token, and (with
// --conformance) the replies of read-only calls against the spec.
import { getCase, listCases, queryMasterData } from '@blizwork/client';
import { InvalidTokenError, type BlizWork } from '@blizwork/sdk';
import type { Settings } from '../config/settings.js';
import { maskToken } from '../config/settings.js';
import type { Difference } from './conformance.js';

/** One line of the doctor's report. */
export interface CheckResult {
  check: string;
  ok: boolean;
  detail: string;
  differences?: Difference[];
}

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** What the settings say, and where each came from. */
export function configurationCheck(settings: Settings): CheckResult {
  const { sources } = settings;
  return {
    check: 'configuration',
    ok: true,
    detail: `profile ${settings.profile}, user ${settings.userId} (${sources.userId}), token ${maskToken(settings.token)} (${sources.token}), base URL ${settings.baseUrl ?? 'https://api.blizwork.com'} (${sources.baseUrl}), ${settings.pace}`,
  };
}

/** Any HTTP answer from the base URL counts as reachable; its Date header checks the clock. */
export async function reachabilityChecks(baseUrl: string): Promise<CheckResult[]> {
  let response: Response;
  const started = Date.now();
  try {
    response = await fetch(baseUrl, { method: 'GET', signal: AbortSignal.timeout(10_000) });
    await response.body?.cancel();
  } catch (error) {
    return [
      { check: 'reachability', ok: false, detail: `${baseUrl} did not answer: ${message(error)}` },
    ];
  }
  const elapsed = Date.now() - started;
  const results: CheckResult[] = [
    {
      check: 'reachability',
      ok: true,
      detail: `${baseUrl} answered HTTP ${response.status} in ${elapsed} ms`,
    },
  ];
  const date = response.headers.get('date');
  if (date === null || Number.isNaN(Date.parse(date))) {
    results.push({
      check: 'clock',
      ok: true,
      detail: 'the server sent no Date header: not compared',
    });
  } else {
    // The Date header has 1 s resolution: anything within 5 s (plus the round trip) is in sync.
    const skew = Math.round((Date.parse(date) - (started + elapsed / 2)) / 1000);
    const ok = Math.abs(skew) <= 5 + Math.ceil(elapsed / 1000);
    results.push({
      check: 'clock',
      ok,
      detail: ok
        ? `in sync with the server (${skew} s)`
        : `${skew} s off the server's clock: fix the system time (handshakes and audit dates depend on it)`,
    });
  }
  return results;
}

/** The token works when a call is not refused as unauthorized (any other answer is fine). */
export async function tokenCheck(
  bw: BlizWork,
  processId: string | undefined,
): Promise<CheckResult> {
  try {
    await bw.process(processId ?? 'blizwork-doctor-probe').listCases({});
    return { check: 'token', ok: true, detail: 'accepted' };
  } catch (error) {
    if (error instanceof InvalidTokenError)
      return {
        check: 'token',
        ok: false,
        detail: 'refused: the token or user is not valid (run `blizwork login`)',
      };
    return {
      check: 'token',
      ok: true,
      detail: `accepted (the probe call answered: ${message(error)})`,
    };
  }
}

/** What --conformance reads. */
export interface ConformanceTargets {
  process?: string;
  caseNumber?: number;
  table?: string;
}

async function conformanceOf(
  name: string,
  operationId: string,
  call: () => Promise<unknown>,
): Promise<CheckResult> {
  try {
    // ajv and the spec's schemas load only for --conformance.
    const { checkReply } = await import('./conformance.js');
    const differences = checkReply(operationId, await call());
    return {
      check: `conformance ${name}`,
      ok: differences.length === 0,
      detail:
        differences.length === 0
          ? 'matches the spec'
          : `${differences.length} difference(s) from the spec`,
      differences,
    };
  } catch (error) {
    return {
      check: `conformance ${name}`,
      ok: false,
      detail: `the call failed: ${message(error)}`,
    };
  }
}

/** Read-only calls (getCase, listCases, queryMasterData) checked against the spec. */
export async function conformanceChecks(
  bw: BlizWork,
  settings: Settings,
  targets: ConformanceTargets,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const base = { userId: settings.userId, environment: settings.environment };
  if (targets.process !== undefined) {
    const processId = targets.process;
    results.push(
      await conformanceOf(`listCases ${processId}`, 'listCases', () =>
        bw.raw(listCases, { body: { ...base, processId, filter: {} } }),
      ),
    );
    if (targets.caseNumber !== undefined) {
      const caseNumber = targets.caseNumber;
      results.push(
        await conformanceOf(`getCase ${processId} #${caseNumber}`, 'getCase', () =>
          bw.raw(getCase, { body: { ...base, processId, caseNumber, include: 4 } }),
        ),
      );
    }
  }
  if (targets.table !== undefined) {
    const table = targets.table;
    results.push(
      await conformanceOf(`queryMasterData ${table}`, 'queryMasterData', () =>
        bw.raw(queryMasterData, { body: { ...base, table, filter: {} } }),
      ),
    );
  }
  return results;
}
