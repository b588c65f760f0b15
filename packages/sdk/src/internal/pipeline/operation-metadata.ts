// The spec's facts about an operation, as `@blizwork/client` attaches them under `~blizwork`
// (generated from the spec's `x-blizwork-retry-safe` and request body schemas). The one place the
// SDK reads them: whether an operation may be resent, and which body members `raw()` fills in.
import type { OperationMetadata } from '@blizwork/client';

/** The members of {@link OperationMetadata} the SDK reads. */
export type UsedMetadata = Pick<OperationMetadata, 'operationId' | 'bodyMembers' | 'retrySafe'>;

/**
 * The spec metadata `@blizwork/client` attaches to its operations under `~blizwork` (the members
 * the SDK reads), or `undefined` for a function without (well-formed) metadata: a hand-written
 * operation.
 */
export function metadataOf(operation: object): UsedMetadata | undefined {
  const metadata: unknown = (operation as { '~blizwork'?: unknown })['~blizwork'];
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  const { operationId, bodyMembers, retrySafe } = metadata as Record<string, unknown>;
  const wellFormed =
    typeof operationId === 'string' &&
    typeof retrySafe === 'boolean' &&
    Array.isArray(bodyMembers) &&
    bodyMembers.every((member) => typeof member === 'string');
  return wellFormed ? (metadata as UsedMetadata) : undefined;
}

/**
 * Whether sending `operation` twice is harmless: the spec's `x-blizwork-retry-safe` (true for the
 * reads getCase, listCases and queryMasterData; assumption:reads-are-idempotent), false for every
 * other operation and for a function without spec metadata. validatecall (both forms) reads too,
 * but spends the call's single-use handshake token (assumption:validatecall-single-use): after a
 * lost reply a resend would get code 1 and refuse a genuine call, so the spec marks it unsafe.
 */
export const isRetrySafe = (operation: object): boolean =>
  metadataOf(operation)?.retrySafe === true;
