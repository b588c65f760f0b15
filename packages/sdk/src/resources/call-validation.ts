import { validateCall as validateCallOperation } from '@blizwork/client';
import { isRecord, requireString } from '../internal/options/arguments.js';
import { checkOptionKeys, optionKeysOf } from '../internal/options/option-keys.js';
import type { Extractor } from '../internal/pipeline/settle.js';
import type { RequestPipeline } from '../internal/pipeline/request-pipeline.js';
import type { CallOptions } from '../types.js';

/** Options of `validateCall`. */
export interface ValidateCallOptions extends CallOptions {
  /** The URL of your extension that BlizWork called (sent so the API can match its call log). */
  endpoint: string;
}

/** The keys of {@link ValidateCallOptions}. */
const VALIDATE_CALL_KEYS = /* @__PURE__ */ optionKeysOf<ValidateCallOptions>()([
  'endpoint',
  'signal',
] as const);

// Code 0: the call is genuine. Code 1: it is not. Anything else is an error (thrown by settle()).
const IS_GENUINE: Extractor<boolean> = {
  what: 'a result code',
  read: (_envelope, { code }) => code === 0,
};

/**
 * Asks BlizWork whether an extension call is genuine, with the documented form (`endpoint` and the
 * call's one-time `handshakeToken` in the body). Fails closed: resolves `true` only for result
 * code 0, `false` for code 1 and, without contacting the API, for a body without a handshake
 * token; rejects for any other code, a reply without a code, or a failed request. Draft calls are
 * validated like any other (the Python wrapper skipped them; assumption:draft-calls-verifiable).
 */
export async function validateCall(
  pipeline: RequestPipeline,
  callBody: unknown,
  options: ValidateCallOptions,
): Promise<boolean> {
  checkOptionKeys('validateCall', options, VALIDATE_CALL_KEYS);
  const endpoint = requireString(options?.endpoint, 'endpoint');
  const token = isRecord(callBody) ? callBody.handshakeToken : undefined;
  if (typeof token !== 'string' || token === '') return false;
  // Sent once, never retried: the handshake token is single-use (assumption:validatecall-single-use).
  return pipeline.send(
    validateCallOperation,
    { body: { endpoint, token } },
    { operation: 'validateCall', signal: options.signal, acceptCodes: [0, 1], extract: IS_GENUINE },
  );
}
