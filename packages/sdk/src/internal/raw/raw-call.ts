// What `BlizWork.raw()` adds around a generated operation: the body members it fills in from the
// client's configuration (where the spec's metadata, see operation-metadata.ts, says the body has
// them), and the envelope it resolves.
import type { OperationMetadata } from '@blizwork/client';
import type { FillableMember, RawEnvelope } from '../../operation-types.js';
import type { Envelope, Extractor } from '../pipeline/settle.js';

/** The client values `raw()` fills in (the user id, and the environment: `'production'` or `'draft'`). */
export type FillValues = Readonly<Record<FillableMember, string>>;

const FILLABLE: readonly FillableMember[] = ['userId', 'environment'];

/**
 * `body` with `userId` and `environment` added where the operation's body schema has them and
 * `body` leaves them `undefined`. A body that is not a plain object is returned unchanged (the
 * server's validation answers for it); `undefined` becomes an object when there is something to fill.
 */
export function fillBody(
  body: unknown,
  metadata: Pick<OperationMetadata, 'bodyMembers'>,
  values: FillValues,
): unknown {
  const members = FILLABLE.filter((member) => metadata.bodyMembers.includes(member));
  if (members.length === 0) return body;
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
    return body;
  }
  const filled: Record<string, unknown> = { ...(body as Record<string, unknown> | undefined) };
  for (const member of members) {
    if (filled[member] === undefined) filled[member] = values[member];
  }
  return filled;
}

/**
 * Reads a success envelope as a {@link RawEnvelope}: a `status`/`message` envelope gets the same
 * values as `resultCode`/`resultMessage` (the originals stay), as settle's one reader read them
 * (assumption:status-envelope). Only called for a success, which always carries a result code.
 */
export const rawEnvelope: Extractor<RawEnvelope & Envelope> = {
  what: 'a result code',
  read(envelope, { code, message }) {
    if (Object.hasOwn(envelope, 'resultCode')) return envelope as RawEnvelope & Envelope;
    return message !== undefined && envelope.resultMessage === undefined
      ? { ...envelope, resultCode: code, resultMessage: message }
      : { ...envelope, resultCode: code };
  },
};
