import { envelope } from '../reply-envelope.js';
import { ResultCodes } from '../result-codes.js';
import type { DerivedOperation } from '../spec/derive-spec.js';
import { jsonReply, type PlainReply } from './plain-http.js';

/** The header that marks a reply the emulator did not compute but copied from the spec. */
export const EMULATED_HEADER = 'x-blizwork-emulated';

/**
 * Answers an operation that has no stateful handler: its spec example reply with HTTP 200 and
 * `x-blizwork-emulated: example`, or, without an example, HTTP 501 with a result envelope naming
 * the operation. `logOnce` is called with a line the first time each operation is answered so.
 */
export function exampleReplyFor(
  operation: DerivedOperation,
  logOnce: (operationId: string, line: string) => void,
): PlainReply {
  const { operationId, exampleReply } = operation;
  if (exampleReply.found) {
    logOnce(
      operationId,
      `${operationId} is not emulated: answering its spec example (header ${EMULATED_HEADER}: example)`,
    );
    return jsonReply(200, exampleReply.value, { [EMULATED_HEADER]: 'example' });
  }
  logOnce(operationId, `${operationId} is not emulated and its spec gives no example reply: 501`);
  return jsonReply(
    501,
    envelope(
      ResultCodes.notEmulated,
      `operation '${operationId}' is not emulated and the spec gives no example reply for it`,
    ),
    { [EMULATED_HEADER]: 'none' },
  );
}
