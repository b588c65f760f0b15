import type { ExtensionCallBody } from '@blizwork/client';
import type { Rejection } from './responses.js';

/**
 * The well-formed fields of an extension call body (BlizWork's outbound webhook), as the spec
 * defines it under `webhooks`: checked by {@link checkExtensionCallShape}, verified by `validateCall`.
 */
export type { ExtensionCallBody };

/**
 * A sane handshake token: letters, digits, `_` and `-`, 16 to 64 characters. BlizWork documents
 * a 24-character id (24 hex in its example); the range tolerates a format change, while the
 * character set keeps `/`, `.`, `?`, `#` and `%` out, so the token can never be read as a path
 * (assumption:handshake-token-pattern).
 */
export const HANDSHAKE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/** The parsed body, or a 400 naming the offending field. */
export type ShapeResult =
  { ok: true; body: ExtensionCallBody } | { ok: false; rejection: Rejection };

const invalid = (field: string, expected: string): ShapeResult => ({
  ok: false,
  rejection: { status: 400, error: `invalid extension call: "${field}" must be ${expected}` },
});

const isPositiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

/** Checks the required fields and their types before anything is sent to BlizWork. */
export function checkExtensionCallShape(value: unknown): ShapeResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid('body', 'a JSON object');
  }
  const body = value as Record<string, unknown>;
  if (
    typeof body.handshakeToken !== 'string' ||
    !HANDSHAKE_TOKEN_PATTERN.test(body.handshakeToken)
  ) {
    return invalid('handshakeToken', 'a 16-64 character token of letters, digits, "_" or "-"');
  }
  if (body.environment !== 'production' && body.environment !== 'draft') {
    return invalid('environment', '"production" or "draft"');
  }
  if (typeof body.processId !== 'string' || body.processId === '') {
    return invalid('processId', 'a non-empty string');
  }
  if (typeof body.processVersion !== 'number' || !Number.isSafeInteger(body.processVersion)) {
    return invalid('processVersion', 'an integer');
  }
  if (!isPositiveInteger(body.caseNumber)) return invalid('caseNumber', 'a positive integer');
  if (
    body.fields !== undefined &&
    (typeof body.fields !== 'object' || body.fields === null || Array.isArray(body.fields))
  ) {
    return invalid('fields', 'an object when present');
  }
  return { ok: true, body: body as ExtensionCallBody };
}
