import type { Reply } from '../handlers/operation-context.js';
import { handlerFor } from '../handlers/operation-handlers.js';
import { MAX_BODY_DEPTH, nestsDeeperThan } from '../http/json-depth.js';
import type { PipelineDependencies } from '../http/pipeline.js';
import { envelope } from '../reply-envelope.js';
import { ResultCodes } from '../result-codes.js';
import type { OperationId } from '../generated/spec.gen.js';
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
  if (nestsDeeperThan(body, MAX_BODY_DEPTH)) {
    const message = `body nests arrays/objects more than ${MAX_BODY_DEPTH} levels deep`;
    return envelope(ResultCodes.malformedRequest, message);
  }
  const validation = deps.spec.validators.get(operationId)?.(body) ?? { ok: true };
  if (!validation.ok) {
    return envelope(ResultCodes.malformedRequest, validation.message);
  }
  const handler = handlerFor(operationId);
  if (handler === undefined) {
    return envelope(ResultCodes.notEmulated, `${operationId} is not emulated`);
  }
  const state = deps.state();
  // Through the read cache's `change` even for a read: the dashboard's calls are rare.
  const reply = await deps.readCache.change(() =>
    handler(body as never, {
      state,
      company,
      params: {},
      baseUrl: deps.baseUrl(),
      now: deps.now,
      maxAttachmentBytes: deps.maxAttachmentBytes,
      runExtensions: deps.runExtensions(state),
      assumptions: deps.assumptions,
    }),
  );
  deps.onOperation?.({ operationId, company, body, reply });
  return reply;
}
