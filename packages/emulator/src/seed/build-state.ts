import type { ExtensionRegistry } from '../extensions/extension-registry.js';
import { processKey, tableKey } from '../state/composite-keys.js';
import { EmulatorState } from '../state/emulator-state.js';
import { SeedError } from './seed-error.js';
import type { Seed, SeedCompany } from './seed-types.js';
import type { Company } from '../state/directory.js';
import { PLAN_LIMITS } from '../domain/terms.js';
import { companyCaseCount } from '../state/case-cap.js';
import { addSeedCases } from './seed-cases.js';
import { addSeedProcesses } from './seed-processes.js';
import { SeedProblems } from './seed-problems.js';

/** A company's own rate, plan and case cap (the rate in force is `companyRate`'s). */
function companyLimits(
  company: SeedCompany,
): Pick<Company, 'transactionsPerSecond' | 'plan' | 'maxCases'> {
  return {
    transactionsPerSecond: company.transactionsPerSecond,
    plan: company.plan,
    maxCases: company.plan === undefined ? undefined : PLAN_LIMITS[company.plan].maxCases,
  };
}

function addSeedCompanies(seed: Seed, state: EmulatorState, problems: SeedProblems): void {
  const tokens = new Set<string>();
  seed.companies.forEach((company, index) => {
    if (state.directory.company(company.companyId) !== undefined) {
      problems.add(`companies[${index}].companyId`, `duplicate company '${company.companyId}'`);
    }
    company.tokens.forEach((token, tokenIndex) => {
      // The token itself is a secret: name its position, never its value.
      if (tokens.has(token))
        problems.add(`companies[${index}].tokens[${tokenIndex}]`, 'token used twice');
      tokens.add(token);
    });
    state.directory.addCompany({
      companyId: company.companyId,
      name: company.name,
      tokens: [...company.tokens],
      users: new Set(company.users),
      ...companyLimits(company),
    });
  });
}

/** A capped plan (Free: 10 cases) cannot be seeded with more cases than it handles. */
function checkCaseCaps(seed: Seed, state: EmulatorState, problems: SeedProblems): void {
  seed.companies.forEach((company, index) => {
    const maxCases = state.directory.company(company.companyId)?.maxCases;
    const count = companyCaseCount(state, company.companyId);
    if (maxCases !== undefined && count > maxCases) {
      problems.add(
        `companies[${index}].plan`,
        `the ${company.plan ?? ''} plan handles ${maxCases} cases, but the seed gives the company ${count}`,
      );
    }
  });
}

function addSeedTablesAndHandshakes(
  seed: Seed,
  state: EmulatorState,
  problems: SeedProblems,
): void {
  const tables = new Set<string>();
  seed.masterData?.forEach((table, index) => {
    if (state.directory.company(table.companyId) === undefined) {
      problems.add(`masterData[${index}].companyId`, `no company '${table.companyId}'`);
    }
    const key = tableKey(table.companyId, table.table);
    if (tables.has(key))
      problems.add(`masterData[${index}].table`, `duplicate table '${table.table}'`);
    tables.add(key);
    state.masterData.load(table.companyId, table.table, table.records);
  });
  seed.handshakes?.forEach((handshake, index) => {
    if (state.directory.company(handshake.companyId) === undefined) {
      problems.add(`handshakes[${index}].companyId`, `no company '${handshake.companyId}'`);
    }
    state.handshakes.register(handshake.token, handshake.companyId, handshake.endpoint);
  });
}

function setSeedExtensions(
  seed: Seed,
  state: EmulatorState,
  extensions: ExtensionRegistry,
  problems: SeedProblems,
): void {
  const processIds = new Set(
    state.directory
      .processVersions()
      .map((process) => processKey(process.companyId, process.processId)),
  );
  seed.extensions?.forEach((extension, index) => {
    const known = state.directory
      .companies()
      .some(
        (company) =>
          (extension.companyId === undefined || extension.companyId === company.companyId) &&
          processIds.has(processKey(company.companyId, extension.processId)),
      );
    if (!known)
      problems.add(`extensions[${index}].processId`, `no process '${extension.processId}'`);
  });
  extensions.setSeeded(seed.extensions ?? []);
}

/**
 * Builds the emulator's state from a seed that already matches the schema, checking what the
 * schema cannot: references between entries, unique ids, valid form paths. Throws a SeedError
 * listing every problem.
 */
export function buildState(
  seed: Seed,
  source: string,
  extensions: ExtensionRegistry,
  now: Date,
): EmulatorState {
  const state = new EmulatorState();
  const problems = new SeedProblems();
  addSeedCompanies(seed, state, problems);
  addSeedProcesses(seed, state, problems);
  addSeedCases(seed, state, problems, now);
  checkCaseCaps(seed, state, problems);
  addSeedTablesAndHandshakes(seed, state, problems);
  setSeedExtensions(seed, state, extensions, problems);
  if (problems.list.length > 0) throw new SeedError(source, problems.list);
  return state;
}
