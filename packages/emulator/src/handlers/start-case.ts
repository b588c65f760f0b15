import { ResultCodes } from '../result-codes.js';
import { newCase } from '../state/case-rules.js';
import { refuseOverCaseCap } from '../state/case-cap.js';
import { findProcess, isRefusal, refuseOtherCompany, refuseUnknownUser } from './guards.js';
import {
  environmentOf,
  type OperationContext,
  type Reply,
  type RequestBody,
} from './operation-context.js';
import { refuse, succeed } from '../reply-envelope.js';

/**
 * `POST /init/{token}`: creates a case numbered per process and environment
 * (assumption:case-numbers-per-process), waiting at the first form, recorded as started by
 * `execUserId ?? userId`. A company whose plan caps its cases (Free: 10) gets code 200 from case #11
 * on (assumption:free-plan-case-cap). `environment` (undocumented for init) is honoured
 * (assumption:init-environment), or ignored (every case in production) with the `initEnvironment`
 * switch at `ignored`.
 */
export function startCase(body: RequestBody<'startCase'>, context: OperationContext): Reply {
  const refusal =
    refuseOtherCompany(context, body.companyId) ?? refuseUnknownUser(context, body.userId);
  if (refusal !== undefined) return refuse(refusal);
  const environment =
    context.assumptions.initEnvironment === 'ignored' ? 'production' : environmentOf(body);
  const process = findProcess(context, body.workflowId, environment);
  if (isRefusal(process)) return refuse(process);
  const capped = refuseOverCaseCap(context.state, context.company);
  if (capped !== undefined) return refuse(capped);
  const { cases } = context.state;
  const caseNumber = cases.nextNumber(process.companyId, process.processId, process.environment);
  if (!Number.isSafeInteger(caseNumber)) {
    return refuse({
      code: ResultCodes.caseNumbersExhausted,
      message: `process '${process.processId}' has no case number left in ${process.environment}: the next would be over Number.MAX_SAFE_INTEGER`,
    });
  }
  const user = body.execUserId ?? body.userId;
  cases.add(newCase(process, caseNumber, user, context.now().toISOString()));
  return succeed({ caseNumber });
}
