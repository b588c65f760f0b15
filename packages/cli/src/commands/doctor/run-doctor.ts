// `blizwork doctor` as a function: options and a context in, a report out (no commander, no
// process exit, no printing), so it is tested against real servers without spawning the CLI.
import { randomBytes } from 'node:crypto';
import { DEFAULT_BASE_URL } from '@blizwork/sdk';
import type { AssumptionId } from '@blizwork/client';
import { clientOptions, type Settings } from '../../config/settings.js';
import { registerSecret } from '../../output/redact.js';
import { CLI_VERSION } from '../../version.js';
import {
  configurationCheck,
  reachabilityChecks,
  result,
  TOKEN_REFUSED,
  tokenCheck,
  type CheckResult,
} from './checks.js';
import { createExchangers } from './exchange.js';
import type { ProbeResult } from './probes/probe-types.js';
import type { DoctorReport } from './render.js';

/** What to check, after the command line was read (see `parseDoctorOptions`). */
export interface DoctorOptions {
  /** Check the replies of read-only calls against the spec. */
  readonly conformance: boolean;
  /** Probe which assumptions about the API hold for this account. */
  readonly probe: boolean;
  readonly process?: string;
  readonly caseNumber?: number;
  readonly table?: string;
  /** Consent to the write probes (draft cases of `process`, marked rows of `table`). */
  readonly writeDraft: boolean;
  /** The forms a draft case goes through, when its definition cannot say. */
  readonly formPath?: readonly string[];
  /** Only the probes of these assumptions (all when empty). */
  readonly only: readonly AssumptionId[];
}

/** What the doctor works with. */
export interface DoctorContext {
  readonly settings: Settings;
  /** The fetch every request goes through. @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** Waits; the code-200 probe lets the plan's budget refill. @default a timer */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => Date;
}

const timer = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** The profile's plan, when its pacing names one. */
const planOf = (settings: Settings): string | undefined =>
  settings.rateLimit !== undefined && 'plan' in settings.rateLimit
    ? settings.rateLimit.plan
    : undefined;

/** Runs the checks (and, as asked, conformance and the probes) and returns the report. */
export async function runDoctor(
  options: DoctorOptions,
  context: DoctorContext,
): Promise<DoctorReport> {
  const { settings } = context;
  registerSecret(settings.token);
  const fetchImpl = context.fetch ?? globalThis.fetch;
  const baseUrl = settings.baseUrl ?? DEFAULT_BASE_URL;
  const exchangers = createExchangers(clientOptions(settings), fetchImpl);
  const checks: CheckResult[] = [configurationCheck(settings)];
  const reachability = await reachabilityChecks(baseUrl, fetchImpl);
  checks.push(...reachability);
  const reachable = reachability[0]?.status === 'ok';
  const token = await tokenCheck(exchangers.paced, settings, options.process, reachable);
  checks.push(token);
  const usable = token.status === 'ok' || token.status === 'warn';
  const refused = token.detail === TOKEN_REFUSED;
  const notRun = (why: string) => `not run: ${reachable ? why : 'the server cannot be reached'}`;
  if (options.conformance) {
    // Run unless nothing can answer: a server that answers badly is what conformance reports.
    if (reachable && !refused) {
      // ajv and the spec's schemas load only for --conformance.
      const { conformanceChecks } = await import('./conformance-checks.js');
      checks.push(...(await conformanceChecks(exchangers.paced, settings, options)));
    } else {
      checks.push(result('conformance', 'skipped', notRun('the token was refused')));
    }
  }
  let probes: ProbeResult[] | undefined;
  if (options.probe) {
    if (usable) {
      const { runProbes } = await import('./probes/run-probes.js');
      probes = await runProbes(
        {
          targets: options,
          userId: settings.userId,
          companyId: settings.companyId,
          plan: planOf(settings),
          read: exchangers.paced,
          write: exchangers.paced,
          burst: exchangers.burst,
          marker: () => `blizwork-doctor-${randomBytes(6).toString('hex')}`,
          sleep: context.sleep ?? timer,
        },
        options.only,
      );
    } else {
      checks.push(result('probes', 'skipped', notRun('the token was not accepted')));
    }
  }
  const ok =
    checks.every((check) => check.status !== 'fail') &&
    (probes ?? []).every((probe) => probe.result !== 'refuted');
  return {
    ok,
    cli: CLI_VERSION,
    node: process.version,
    date: (context.now?.() ?? new Date()).toISOString(),
    baseUrl,
    pace: settings.pace,
    checks,
    ...(probes === undefined ? {} : { probes }),
  };
}
