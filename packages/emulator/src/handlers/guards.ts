import { ResultCodes } from '../result-codes.js';
import type { Environment } from '../domain/terms.js';
import type { Refusal } from '../state/case-rules.js';
import type { CaseRecord } from '../state/case-record.js';
import type { ProcessVersion } from '../state/directory.js';
import type { OperationContext } from './operation-context.js';

/** Refuses a `userId` that is not an authorized user of the token's company. */
export const refuseUnknownUser = (
  context: OperationContext,
  userId: string,
): Refusal | undefined =>
  context.company.users.has(userId)
    ? undefined
    : {
        code: ResultCodes.userNotAuthorized,
        message: `user '${userId}' is not authorized for this token`,
      };

/** Refuses a `companyId` other than the token's company. */
export const refuseOtherCompany = (
  context: OperationContext,
  companyId: string,
): Refusal | undefined =>
  companyId === context.company.companyId
    ? undefined
    : {
        code: ResultCodes.companyMismatch,
        message: `companyId '${companyId}' is not the token's company`,
      };

/** The process version of the token's company, or a refusal. */
export function findProcess(
  context: OperationContext,
  processId: string,
  environment: Environment,
): ProcessVersion | Refusal {
  return (
    context.state.directory.process(context.company.companyId, processId, environment) ?? {
      code: ResultCodes.processNotFound,
      message: `no process '${processId}' in ${environment}`,
    }
  );
}

/** Distinguishes a refusal from a found value. */
export const isRefusal = (value: object): value is Refusal => 'code' in value && 'message' in value;

/** A case found with its process version. */
export interface FoundCase {
  readonly process: ProcessVersion;
  readonly record: CaseRecord;
}

/** A case of the token's company with its process version, or a refusal (310 or 311). */
export function findCase(
  context: OperationContext,
  processId: string,
  environment: Environment,
  caseNumber: number,
): FoundCase | Refusal {
  const process = findProcess(context, processId, environment);
  if (isRefusal(process)) return process;
  const record = context.state.cases.get(
    process.companyId,
    process.processId,
    environment,
    caseNumber,
  );
  return record === undefined
    ? { code: ResultCodes.caseNotFound, message: `no ${environment} case #${caseNumber}` }
    : { process, record };
}
