import { ResultCodes } from '../result-codes.js';
import type { Refusal } from './case-rules.js';
import type { Company } from './directory.js';
import type { EmulatorState } from './emulator-state.js';

/** How many cases a company has, over all its processes and both environments. */
export function companyCaseCount(state: EmulatorState, companyId: string): number {
  return state.directory
    .processVersions()
    .filter((process) => process.companyId === companyId)
    .reduce(
      (total, process) =>
        total + state.cases.list(companyId, process.processId, process.environment).length,
      0,
    );
}

/**
 * The refusal of a new case when the company's plan caps its cases (the Free plan's 10) and the
 * cap is reached. Code 200: the documented code of the plan's limits (the docs name no other code
 * for the cap, so this choice is inferred).
 */
export function refuseOverCaseCap(state: EmulatorState, company: Company): Refusal | undefined {
  const { maxCases } = company;
  if (maxCases === undefined || companyCaseCount(state, company.companyId) < maxCases)
    return undefined;
  return {
    code: ResultCodes.transactionLimitExceeded,
    message: `plan case limit reached: the company's plan handles ${maxCases} cases`,
  };
}
