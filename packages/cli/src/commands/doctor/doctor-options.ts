// The doctor's command-line options, checked: a usage error (exit code 2) says what to add.
import type { AssumptionId } from '@blizwork/client';
import { UsageError } from '../../errors.js';
import type { DoctorOptions } from './run-doctor.js';

/** The flags as commander parsed them. */
export interface DoctorFlags {
  conformance?: boolean;
  probe?: boolean;
  process?: string;
  case?: string;
  table?: string;
  writeDraft?: boolean;
  formPath?: string;
  only?: string;
  report?: string;
}

/** Checks the flags; `probed` are the assumption ids `--only` may name. */
export function parseDoctorOptions(
  flags: DoctorFlags,
  probed: readonly AssumptionId[],
): DoctorOptions {
  const caseNumber = flags.case === undefined ? undefined : Number(flags.case);
  if (caseNumber !== undefined && !(Number.isSafeInteger(caseNumber) && caseNumber > 0)) {
    throw new UsageError(`--case must be a case number (got "${flags.case}")`);
  }
  if (caseNumber !== undefined && flags.process === undefined) {
    throw new UsageError('--case needs --process', 'Add --process <the case’s process id>.');
  }
  if (flags.conformance && flags.process === undefined && flags.table === undefined) {
    throw new UsageError(
      '--conformance needs something to read',
      'Add --process <id> [--case <n>] and/or --table <name>.',
    );
  }
  const probeOnly = ['writeDraft', 'formPath', 'only'] as const;
  for (const flag of probeOnly) {
    if (flags[flag] !== undefined && !flags.probe) {
      const name = flag.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      throw new UsageError(`--${name} goes with --probe`, 'Add --probe.');
    }
  }
  if (flags.writeDraft && flags.process === undefined && flags.table === undefined) {
    throw new UsageError(
      '--write-draft needs something to write to',
      'Add --process <id> (draft cases are started) and/or --table <a scratch table> (marked rows are written, then deleted).',
    );
  }
  const formPath = flags.formPath?.split(',').map((form) => form.trim());
  if (formPath !== undefined && (formPath.length < 2 || formPath.some((form) => form === ''))) {
    throw new UsageError(
      '--form-path lists at least two form ids, comma-separated',
      'e.g. --form-path lead,qualification,won',
    );
  }
  const only = (flags.only ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const unknown = only.filter((id) => !(probed as readonly string[]).includes(id));
  if (unknown.length > 0) {
    throw new UsageError(
      `--only: no probe settles ${unknown.join(', ')}`,
      `Probed assumptions: ${probed.join(', ')}.`,
    );
  }
  return {
    conformance: flags.conformance === true,
    probe: flags.probe === true,
    ...(flags.process === undefined ? {} : { process: flags.process }),
    ...(caseNumber === undefined ? {} : { caseNumber }),
    ...(flags.table === undefined ? {} : { table: flags.table }),
    writeDraft: flags.writeDraft === true,
    ...(formPath === undefined ? {} : { formPath }),
    only: only as AssumptionId[],
  };
}
