// `blizwork doctor`: `run` reads the settings, runs the checks (`runDoctor`, run-doctor.ts), prints
// the report (or its JSON) and writes `--report <file>`; `registerDoctor` is the commander wiring.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { runAction, withExample } from '../../command-context.js';
import { resolveSettings } from '../../config/settings.js';
import type { CliContext } from '../../context.js';
import { CliError, ExitCode } from '../../errors.js';
import type { GlobalOptions } from '../../global-options.js';
import { Output } from '../../output/output.js';
import { redact } from '../../output/redact.js';
import { parseDoctorOptions, type DoctorFlags } from './doctor-options.js';
import { renderMarkdownReport, renderReport } from './render.js';
import { runDoctor, type DoctorOptions } from './run-doctor.js';

/** What `doctor` is given: the checks to run, and where to write the Markdown report. */
export interface DoctorCommandOptions extends GlobalOptions, DoctorOptions {
  /** Also write the report as Markdown to this file. */
  readonly report?: string;
}

/** Runs the checks and prints the report; exit 1 when a check failed or a probe was refuted. */
export async function run(options: DoctorCommandOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  const settings = await resolveSettings(options, context.env);
  const report = await runDoctor(options, { settings, now: context.now });
  if (options.report !== undefined) {
    try {
      await writeFile(options.report, redact(renderMarkdownReport(report)));
    } catch (error) {
      throw new CliError(`Cannot write the report to ${options.report}`, { cause: error });
    }
    output.note(`Report written to ${options.report}.`);
  }
  output.result(report, () => renderReport(report));
  return report.ok ? ExitCode.Ok : ExitCode.Failure;
}

/** Registers `doctor`. */
export function registerDoctor(program: Command): void {
  const command = program
    .command('doctor')
    .description(
      'check configuration, reachability, token and clock; --conformance checks replies against the spec; --probe tells which assumptions about the API hold for this account',
    )
    .option(
      '--conformance',
      'validate every read-only reply against the spec (needs --process and/or --table)',
    )
    .option('--probe', 'probe the assumptions about the API (read-only unless --write-draft)')
    .option('--process <id>', 'a process to read (listCases; getCase with --case)')
    .option('--case <n>', 'a case of --process to read')
    .option('--table <name>', 'a master-data table to read (with --write-draft: a scratch table)')
    .option(
      '--write-draft',
      'with --probe: also run the write probes, in draft only (start draft cases of --process, write and delete marked rows of --table)',
    )
    .option(
      '--form-path <forms>',
      'with --write-draft: the forms a draft case goes through, e.g. lead,qualification,won',
    )
    .option(
      '--only <ids>',
      'with --probe: only the probes of these assumption ids (comma-separated)',
    )
    .option(
      '--report <file>',
      'also write the report as Markdown to <file> (to attach to a bug report)',
    )
    .action(
      runAction<DoctorFlags>(async (_args, options, context) => {
        const { PROBED_ASSUMPTIONS } = await import('./probes/run-probes.js');
        // The global options and --report, then the checked doctor flags.
        const { json, verbose, profile, baseUrl, tps, env, report } = options;
        const checks = parseDoctorOptions(options, PROBED_ASSUMPTIONS);
        return run({ json, verbose, profile, baseUrl, tps, env, report, ...checks }, context);
      }),
    );
  withExample(
    command,
    'blizwork doctor',
    'blizwork doctor --conformance --process sales-process --case 2 --table Clientes',
    'blizwork doctor --probe --process sales-process --case 2 --table Clientes --report doctor.md',
    'blizwork doctor --probe --write-draft --process sales-process --table Scratch',
  );
}
