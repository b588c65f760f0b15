// The one reader of a reply's result: which code (and message) a parsed JSON reply carries, in
// either envelope, or why it carries none. settle() and every extractor read through it, the
// extension's verification included.
import { excerpt } from './redact.js';

/** A parsed reply: a JSON object. */
export type Envelope = Record<string, unknown>;

/** What a reply says about its result. */
export type ReplyResult =
  /** A result envelope: `code` 0 is success; `message` is its text, if a string. */
  | { readonly kind: 'code'; readonly code: number; readonly message: string | undefined }
  /** No result code: the reply is something else (an HTTP error body, a proxy's JSON). */
  | { readonly kind: 'none'; readonly note?: string }
  /** A result code that is not an integer: a malformed reply, never a success. */
  | { readonly kind: 'malformed'; readonly problem: string };

const NONE: ReplyResult = Object.freeze({ kind: 'none' });

const stringOrUndefined = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** A short, JSON-quoted view of a bad member value (never more than 40 characters of it). */
const shown = (value: unknown): string =>
  excerpt(JSON.stringify(value) ?? String(value), (text) => text, 40);

/**
 * The result a parsed reply carries (assumption:status-envelope):
 * - `resultCode` when the reply has it (the documented envelope), whatever else it holds: an
 *   integer is the code, anything else (`null`, a string, a fraction) makes the reply malformed;
 * - else `status`, but only in the shape of the other envelope, `{ status, message?, payload? }`
 *   with `message` or `payload`: a bare `status` is what HTTP error bodies carry (RFC 9457
 *   problem details: `{ type, title, status: 422 }`), and so is a `status` equal to the HTTP
 *   status of a non-2xx reply (`{ status: 500, message, path }`); neither is a BlizWork result;
 * - else none.
 * `httpStatus` is the reply's HTTP status (omit it for a reply already known to be a 2xx).
 */
export function readResult(envelope: Envelope | undefined, httpStatus = 200): ReplyResult {
  if (envelope === undefined) return NONE;
  if (Object.hasOwn(envelope, 'resultCode')) {
    const code = envelope.resultCode;
    if (!Number.isInteger(code)) {
      return { kind: 'malformed', problem: `its resultCode is not an integer (${shown(code)})` };
    }
    const message =
      stringOrUndefined(envelope.resultMessage) ?? stringOrUndefined(envelope.message);
    return { kind: 'code', code: code as number, message };
  }
  if (!Object.hasOwn(envelope, 'status')) return NONE;
  const { status } = envelope;
  const shaped = typeof envelope.message === 'string' || Object.hasOwn(envelope, 'payload');
  const echoesHttp = status === httpStatus && (httpStatus < 200 || httpStatus > 299);
  if (!shaped || echoesHttp) {
    return {
      kind: 'none',
      note: echoesHttp
        ? 'its status repeats the HTTP status'
        : 'its status is no result code without a message or payload',
    };
  }
  if (!Number.isInteger(status)) {
    return { kind: 'malformed', problem: `its status is not an integer (${shown(status)})` };
  }
  return { kind: 'code', code: status as number, message: stringOrUndefined(envelope.message) };
}
