import type { Reply } from '../handlers/operation-context.js';
import type { DerivedOperation } from '../spec/derive-spec.js';
import type { EmulatedSpec } from '../spec/emulated-spec.js';
import { specSchemaCompiler } from '../spec/request-validators.js';

/** A reply in the `status`/`message`/`payload` envelope the Python wrapper also reads. */
export interface StatusEnvelopeReply {
  status: number;
  message: string;
  [member: string]: unknown;
}

/**
 * The same reply in the wrapper's other envelope: `resultCode` becomes `status`, `resultMessage`
 * becomes `message`, other members (`payload`, `caseNumber`...) stay. Which real endpoints use it is
 * unknown; the `statusEnvelope` option lets tests exercise clients' fallback to it
 * (assumption:status-envelope).
 */
export const toStatusEnvelope = ({
  resultCode,
  resultMessage,
  ...members
}: Reply): StatusEnvelopeReply => ({
  status: resultCode,
  message: resultMessage,
  ...members,
});

/** The replies an operation answers in the status envelope: its example success, and a refusal. */
function statusEnvelopeSamples(operation: DerivedOperation): unknown[] {
  const { exampleReply } = operation;
  const value = exampleReply.found ? (exampleReply.value as Partial<Reply> | null) : null;
  const example =
    typeof value === 'object' && value !== null && Number.isInteger(value.resultCode)
      ? toStatusEnvelope({ ...(value as Reply), resultMessage: value.resultMessage ?? 'OK' })
      : { status: 0, message: 'OK' };
  return [example, { status: 100, message: 'refused' }];
}

/**
 * The operations among `ids` whose `200` reply schema forbids the status envelope: the spec says
 * they answer `{ resultCode, resultMessage }` (the documented operations init, send-notification
 * and validatecall do), so answering them `{ status, message }` would break the spec the emulator
 * serves. An operation without a reply schema allows anything.
 */
export function statusEnvelopeForbidden(spec: EmulatedSpec, ids: ReadonlySet<string>): string[] {
  if (ids.size === 0) return [];
  const compile = specSchemaCompiler(spec.derived);
  return spec.derived.operations
    .filter(({ operationId, replySchema }) => ids.has(operationId) && replySchema !== undefined)
    .filter((operation) => {
      const validate = compile(
        operation.replySchema,
        `${operation.operationId}'s 200 reply schema`,
      );
      return !statusEnvelopeSamples(operation).every((sample) => validate(sample));
    })
    .map(({ operationId }) => operationId);
}

/**
 * Throws a TypeError when the `statusEnvelope` option lists an operation whose reply schema
 * forbids that envelope, naming it and the operations that allow it.
 */
export function refuseForbiddenStatusEnvelope(spec: EmulatedSpec, ids: ReadonlySet<string>): void {
  const forbidden = statusEnvelopeForbidden(spec, ids);
  if (forbidden.length === 0) return;
  const all = new Set(spec.derived.operations.map(({ operationId }) => operationId));
  const allowed = [...all].filter((id) => !statusEnvelopeForbidden(spec, new Set([id])).length);
  throw new TypeError(
    `statusEnvelope: the spec's 200 reply of ${forbidden.map((id) => `'${id}'`).join(', ')} allows only the { resultCode, resultMessage } envelope, so the emulator cannot answer it in the status envelope (operations whose reply allows it: ${allowed.join(', ')})`,
  );
}
