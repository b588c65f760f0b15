// `blizwork doctor`: the commander wiring only. The work is `runDoctor` (run-doctor.ts); this
// reads the flags, prints the report (or its JSON) and writes `--report <file>`.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { action, withExample } from '../../command-context.js';
import { resolveSettings } from '../../config/settings.js';
import { CliError } from '../../errors.js';
import { redact } from '../../output/redact.js';
import { parseDoctorOptions, type DoctorFlags } from './doctor-options.js';
import { renderMarkdownReport, renderReport } from './render.js';
import { runDoctor } from './run-doctor.js';

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
      action<DoctorFlags>(async ({ options, output }) => {
        const { PROBED_ASSUMPTIONS } = await import('./probes/run-probes.js');
        const doctorOptions = parseDoctorOptions(options, PROBED_ASSUMPTIONS);
        const settings = await resolveSettings(options);
        const report = await runDoctor(doctorOptions, { settings });
        if (options.report !== undefined) {
          try {
            await writeFile(options.report, redact(renderMarkdownReport(report)));
          } catch (error) {
            throw new CliError(`Cannot write the report to ${options.report}`, { cause: error });
          }
          output.note(`Report written to ${options.report}.`);
        }
        output.result(report, () => renderReport(report));
        if (!report.ok) process.exitCode = 1;
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
