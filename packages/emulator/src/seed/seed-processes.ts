import type { FormDefinition, ProcessVersion } from '../state/directory.js';
import { processVersionKey } from '../state/composite-keys.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { SeedProblems } from './seed-problems.js';
import { ENVIRONMENTS, type Environment } from '../domain/terms.js';
import type { Seed, SeedProcess } from './seed-types.js';

function toProcessVersion(entry: SeedProcess, environment: Environment): ProcessVersion {
  const forms: FormDefinition[] = entry.forms.map((form) => ({
    formId: form.formId,
    ...(form.name === undefined ? {} : { name: form.name }),
    fields: form.fields.map((field) => ({ ...field })),
    nextFormIds: [...form.nextFormIds],
  }));
  return {
    companyId: entry.companyId,
    processId: entry.processId,
    name: entry.name,
    version: entry.version,
    environment,
    forms,
    formsById: new Map(forms.map((form) => [form.formId, form])),
  };
}

function checkForms(entry: SeedProcess, path: string, problems: SeedProblems): void {
  const formIds = new Set<string>();
  entry.forms.forEach((form, index) => {
    if (formIds.has(form.formId))
      problems.add(`${path}.forms[${index}].formId`, `duplicate form '${form.formId}'`);
    formIds.add(form.formId);
  });
  entry.forms.forEach((form, index) => {
    form.nextFormIds.forEach((next, nextIndex) => {
      if (!formIds.has(next)) {
        problems.add(
          `${path}.forms[${index}].nextFormIds[${nextIndex}]`,
          `no form '${next}' in this process`,
        );
      }
    });
  });
}

/**
 * Adds the seed's processes. Each entry is one environment's version; a process given for one
 * environment only gets the same definition in the other.
 */
export function addSeedProcesses(seed: Seed, state: EmulatorState, problems: SeedProblems): void {
  const given = new Map<string, SeedProcess>();
  seed.processes?.forEach((entry, index) => {
    const path = `processes[${index}]`;
    const environment = entry.environment ?? 'production';
    const key = processVersionKey(entry.companyId, entry.processId, environment);
    if (state.directory.company(entry.companyId) === undefined) {
      problems.add(`${path}.companyId`, `no company '${entry.companyId}'`);
    }
    if (given.has(key))
      problems.add(path, `duplicate ${environment} version of '${entry.processId}'`);
    given.set(key, entry);
    checkForms(entry, path, problems);
    state.directory.addProcess(toProcessVersion(entry, environment));
  });
  for (const entry of given.values()) {
    for (const environment of ENVIRONMENTS) {
      if (state.directory.process(entry.companyId, entry.processId, environment) === undefined) {
        state.directory.addProcess(toProcessVersion(entry, environment));
      }
    }
  }
}
