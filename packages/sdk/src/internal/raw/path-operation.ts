// `bw.request()`'s operation: a function in the generated operations' calling convention, built
// for a path the spec does not know, so the call takes the same pipeline as every other one.
import type { Client } from '@blizwork/client';
import type { GeneratedOperation } from '../../operation-types.js';

/**
 * Checks `body` as `request()` sends it: a JSON object (not an array) that `JSON.stringify`
 * accepts, and returns that JSON (the text every attempt sends). Throws a `TypeError` otherwise,
 * before anything is sent.
 */
export function serializeRequestBody(body: unknown): string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new TypeError('BlizWork: request() body must be a JSON object, such as {}');
  }
  try {
    return JSON.stringify(body);
  } catch (error) {
    throw new TypeError(
      `BlizWork: request() body cannot be sent as JSON: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/**
 * An operation that POSTs its body as JSON to `url`, a checked `request()` URL template (see
 * `requestUrlTemplate`), the token filled in as its last segment.
 */
export function pathOperation(url: string): GeneratedOperation {
  const operation = (options: { client: Client }) =>
    options.client.post({ ...options, url }) as Promise<{ data?: unknown }>;
  return operation;
}
