// `blizwork doctor [--conformance]`: a report a user can paste into an issue (token masked,
// no reply values, only paths).
import type { Command } from 'commander';
import { action, withExample } from '../command-context.js';
import { connect } from '../client.js';
import { DEFAULT_BASE_URL } from '@blizwork/sdk';
import { UsageError } from '../errors.js';
import { CLI_VERSION } from '../version.js';
import {
  configurationCheck,
  conformanceChecks,
  reachabilityChecks,
  tokenCheck,
  type CheckResult,
} from './checks.js';

interface DoctorOptions {
  conformance?: boolean;
  process?: string;
  case?: string;
  table?: string;
}

function render(results: readonly CheckResult[]): string {
  const lines = [`blizwork doctor (cli ${CLI_VERSION}, node ${process.version})`];
  for (const result of results) {
    lines.push(`${result.ok ? 'ok  ' : 'FAIL'} ${result.check}: ${result.detail}`);
    for (const difference of result.differences ?? [])
      lines.push(
        `       ${difference.kind} at ${difference.path}: expected ${difference.expected}`,
      );
  }
  return lines.join('\n');
}

/** Registers `doctor`. */
export function registerDoctor(program: Command): void {
  const command = program
    .command('doctor')
    .description(
      'check configuration, reachability, token and clock; --conformance checks replies against the spec',
    )
    .option(
      '--conformance',
      'validate read-only replies against the spec (needs --process and/or --table)',
    )
    .option('--process <id>', 'a process to read (listCases; getCase with --case)')
    .option('--case <n>', 'a case of --process to read')
    .option('--table <name>', 'a master-data table to query')
    .action(
      action<DoctorOptions>(async ({ options, output }) => {
        const caseNumber = options.case === undefined ? undefined : Number(options.case);
        if (caseNumber !== undefined && !(Number.isInteger(caseNumber) && caseNumber > 0))
          throw new UsageError(`--case must be a case number (got "${options.case}")`);
        if (options.conformance && options.process === undefined && options.table === undefined) {
          throw new UsageError(
            '--conformance needs something to read',
            'Add --process <id> [--case <n>] and/or --table <name>.',
          );
        }
        const { bw, settings } = await connect(options);
        const results: CheckResult[] = [configurationCheck(settings)];
        results.push(...(await reachabilityChecks(settings.baseUrl ?? DEFAULT_BASE_URL)));
        const token = await tokenCheck(bw, options.process);
        results.push(token);
        if (options.conformance && token.ok) {
          results.push(
            ...(await conformanceChecks(bw, settings, {
              process: options.process,
              caseNumber,
              table: options.table,
            })),
          );
        }
        const ok = results.every((result) => result.ok);
        output.result({ ok, checks: results }, () => render(results));
        if (!ok) process.exitCode = 1;
      }),
    );
  withExample(
    command,
    'blizwork doctor',
    'blizwork doctor --conformance --process sales-process --case 2 --table Clientes',
  );
}
