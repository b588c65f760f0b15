import { mergeFormData } from '../state/case-record.js';
import { newCase } from '../state/case-rules.js';
import type { ProcessVersion } from '../state/directory.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { SeedProblems } from './seed-problems.js';
import type { Seed, SeedCase } from './seed-types.js';

/** Checks a seeded form path: it starts at the start form and follows the process's actions. */
function checkFormPath(
  process: ProcessVersion,
  formPath: readonly string[],
  path: string,
  problems: SeedProblems,
): boolean {
  const start = process.forms[0]?.formId;
  if (formPath[0] !== start) {
    problems.add(`${path}.formPath[0]`, `must be the start form '${start ?? ''}'`);
    return false;
  }
  for (let index = 1; index < formPath.length; index += 1) {
    const from = formPath[index - 1] ?? '';
    const to = formPath[index] ?? '';
    if (!(process.formsById.get(from)?.nextFormIds.includes(to) ?? false)) {
      problems.add(`${path}.formPath[${index}]`, `form '${from}' has no action '${to}'`);
      return false;
    }
  }
  return true;
}

function addSeedCase(
  entry: SeedCase,
  path: string,
  state: EmulatorState,
  problems: SeedProblems,
  now: Date,
): void {
  const environment = entry.environment ?? 'production';
  const company = state.directory.company(entry.companyId);
  const process = state.directory.process(entry.companyId, entry.processId, environment);
  if (company === undefined || process === undefined) {
    problems.add(path, `no process '${entry.processId}' in company '${entry.companyId}'`);
    return;
  }
  const caseNumber =
    entry.caseNumber ?? state.cases.nextNumber(entry.companyId, entry.processId, environment);
  if (!Number.isSafeInteger(caseNumber + 1)) {
    // The next startCase would get an unsafe number, which JSON and Number cannot tell apart.
    problems.add(
      `${path}.caseNumber`,
      `case number ${caseNumber} leaves no safe integer for the next case: use at most ${Number.MAX_SAFE_INTEGER - 1}`,
    );
    return;
  }
  if (state.cases.has(entry.companyId, entry.processId, environment, caseNumber)) {
    problems.add(
      `${path}.caseNumber`,
      `duplicate ${environment} case #${caseNumber} of '${entry.processId}'`,
    );
    return;
  }
  const formPath = entry.formPath ?? [process.forms[0]?.formId ?? ''];
  if (!checkFormPath(process, formPath, path, problems)) return;
  const user = entry.createdBy ?? [...company.users][0] ?? '';
  const date = entry.createdOn ?? now.toISOString();
  const record = newCase(process, caseNumber, user, date);
  for (let index = 1; index < formPath.length; index += 1) {
    record.history.push({
      currentActivity: { formId: formPath[index - 1] ?? '' },
      nextActivity: { formId: formPath[index] ?? '' },
      updatedBy: user,
      updatedOn: date,
    });
  }
  const last = formPath[formPath.length - 1] ?? '';
  record.closed = (process.formsById.get(last)?.nextFormIds.length ?? 0) === 0;
  mergeFormData(record, structuredClone(entry.fields ?? {}));
  state.cases.add(record);
}

/** Adds the seed's cases; numbers default to the next free one of their process and environment. */
export function addSeedCases(
  seed: Seed,
  state: EmulatorState,
  problems: SeedProblems,
  now: Date,
): void {
  seed.cases?.forEach((entry, index) =>
    addSeedCase(entry, `cases[${index}]`, state, problems, now),
  );
}
