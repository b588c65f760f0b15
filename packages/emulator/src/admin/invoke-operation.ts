import type { Reply } from '../handlers/operation-context.js';
import { operationHandlers } from '../handlers/operation-handlers.js';
import type { PipelineDependencies } from '../http/request-pipeline.js';
import { ResultCodes } from '../result-codes.js';
import type { OperationId } from '../spec/routes.js';
import type { Company } from '../state/directory.js';

/**
 * Runs a BlizWork operation for the dashboard exactly as the API would: the spec's request schema,
 * then the operation's own handler (rules, extensions), then the same change notification. Only the
 * transport differs: no API token (the dashboard acts as `company`) and no plan limit.
 */
export async function invokeOperation(
  deps: PipelineDependencies,
  company: Company,
  operationId: OperationId,
  body: unknown,
): Promise<Reply> {
  const validation = deps.validators.get(operationId)?.(body) ?? { ok: true };
  if (!validation.ok) {
    return { resultCode: ResultCodes.malformedRequest, resultMessage: validation.message };
  }
  const state = deps.state();
  const reply = await operationHandlers[operationId](body as never, {
    state,
    company,
    params: {},
    baseUrl: deps.baseUrl(),
    now: deps.now,
    runExtensions: deps.runExtensions(state),
  });
  deps.onOperation?.({ operationId, company, body, reply });
  return reply;
}
