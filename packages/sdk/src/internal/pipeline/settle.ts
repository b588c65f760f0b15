// The one function where the result of a generated operation becomes a value or an exception.
import { BlizWorkAbortError } from '../../errors/abort-error.js';
import { BlizWorkConnectionError } from '../../errors/connection-error.js';
import { createApiError } from '../../errors/api-error.js';
import { BlizWorkHttpError } from '../../errors/http-error.js';
import { BlizWorkRedirectError } from '../../errors/redirect-error.js';
import { BlizWorkResponseError } from '../../errors/response-error.js';
import { BlizWorkResponseTooLargeError } from '../../errors/response-too-large-error.js';
import { BlizWorkTimeoutError } from '../../errors/timeout-error.js';
import type { WireResponse, WireResult } from '../transport/wire.js';
import { excerpt, redactUrl, sanitizeCause } from './redact.js';
import { readResult, type Envelope, type ReplyResult } from './reply-envelope.js';

export type { Envelope };

/** The result of a success envelope, as {@link readResult} read it. */
export type SuccessResult = Extract<ReplyResult, { kind: 'code' }>;

/** Reads the data an operation returns out of a success envelope; `undefined` when it is not there. */
export interface Extractor<T> {
  /** What is read, for the error message when it is missing, e.g. `a case document in payload`. */
  what: string;
  /** `result`: the envelope's code (0 or an accepted one) and message, from either envelope. */
  read(envelope: Envelope, result: SuccessResult): T | undefined;
  /** Checks what `read` returned against the request: the problem, or `undefined` when it fits. */
  verify?(value: T): string | undefined;
}

/** What `settle()` needs to know about the attempt besides its result. */
export interface SettleContext<T> {
  operation: string;
  redact: (text: string) => string;
  /** The configured base URL (token-free), named in connection hints. */
  baseUrl: string;
  /** The caller's signal, to tell a user abort from a timeout. */
  signal?: AbortSignal;
  /** True when the per-attempt timer fired. */
  timedOut: boolean;
  timeoutMs: number;
  /** Result codes that count as success; default `[0]`. */
  acceptCodes?: readonly number[];
  extract?: Extractor<T>;
  /** Set by `settle()`: the result code the reply carried, for the hooks (`undefined`: none). */
  resultCode?: number;
}

/** The body as a JSON object, or the reason it is not one. */
function parseObject(text: string): { envelope?: Envelope; parseError?: unknown } {
  try {
    const value: unknown = JSON.parse(text);
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    return isObject ? { envelope: value as Envelope } : {};
  } catch (parseError) {
    return { parseError };
  }
}

function failedExchange(
  wire: Partial<WireResult>,
  url: string,
  ctx: SettleContext<unknown>,
): Error {
  const cause = sanitizeCause(wire.error, ctx.redact);
  if (ctx.signal?.aborted) return new BlizWorkAbortError(ctx.operation, ctx.signal.reason);
  if (ctx.timedOut) return new BlizWorkTimeoutError(ctx.operation, url, ctx.timeoutMs, cause);
  return new BlizWorkConnectionError(ctx.operation, url, cause, ctx.baseUrl);
}

/** The origin a redirect's `Location` points to (resolved against the request), never its path. */
function locationOrigin(response: WireResponse, requestUrl: string): string | undefined {
  const location = response.headers.get('location');
  if (location === null) return undefined;
  try {
    return new URL(location, requestUrl).origin;
  } catch {
    return 'an unreadable Location';
  }
}

/** The error for a reply the SDK refused to read: a redirect, or a body over the size limit. */
function refusedReply(
  wire: Partial<WireResult>,
  response: WireResponse,
  url: string,
  ctx: SettleContext<unknown>,
): Error {
  const { operation } = ctx;
  if (wire.oversize) {
    return new BlizWorkResponseTooLargeError({
      operation,
      url,
      httpStatus: response.status,
      ...wire.oversize,
    });
  }
  const origin = locationOrigin(response, wire.url ?? '');
  const status = response.status;
  return new BlizWorkRedirectError({
    operation,
    url,
    status,
    locationOrigin: origin === undefined ? undefined : ctx.redact(origin),
    followed: response.redirected && (status < 300 || status >= 400),
  });
}

/** The error for a reply that is not an accepted success (see {@link settle}). */
function failedReply(
  response: WireResponse,
  text: string,
  parsed: { envelope?: Envelope; parseError?: unknown },
  result: ReplyResult,
  url: string,
  ctx: SettleContext<unknown>,
): Error {
  const { operation, redact } = ctx;
  const { envelope, parseError } = parsed;
  const httpStatus = response.status;
  if (
    result.kind === 'code' &&
    result.code !== 0 &&
    !(response.ok && ctx.acceptCodes?.includes(result.code))
  ) {
    const resultMessage = result.message === undefined ? '' : redact(result.message);
    return createApiError({ operation, url, resultCode: result.code, resultMessage, httpStatus });
  }
  const bodyExcerpt = excerpt(text, redact);
  if (!response.ok)
    return new BlizWorkHttpError({ operation, url, status: httpStatus, bodyExcerpt });
  const refuse = (problem: string, cause?: unknown) =>
    new BlizWorkResponseError({ operation, url, httpStatus, problem, bodyExcerpt, cause });
  if (!envelope) {
    if (text.trim() === '') return refuse('the body is empty');
    return refuse('the body is not a JSON object', sanitizeCause(parseError, redact));
  }
  if (result.kind === 'malformed')
    return refuse(`the reply is malformed: ${redact(result.problem)}`);
  if (result.kind === 'none') {
    const note = result.note === undefined ? '' : ` (${result.note})`;
    return refuse(`the reply carries no result code${note}`);
  }
  return refuse(`the reply lacks ${ctx.extract?.what ?? 'its data'}`);
}

/**
 * Turns a generated operation's result into the envelope (or the data `ctx.extract` reads from it),
 * or throws the matching `BlizWorkError`:
 * - no reply, or a reply cut short: abort, timeout or connection error;
 * - a non-zero result code (any HTTP status; assumption:business-errors-http-200), read by
 *   {@link readResult} from either envelope: `createApiError` picks the class;
 * - another non-2xx reply: `BlizWorkHttpError`;
 * - a redirect (never followed; assumption:no-redirects): `BlizWorkRedirectError`; a body over
 *   `maxResponseBytes`:
 *   `BlizWorkResponseTooLargeError`;
 * - a 2xx reply that is not a JSON object, has no result code (a `status` outside the status
 *   envelope is none), has a malformed one (`resultCode: null`), lacks the data, or whose data
 *   does not match the request (`extract.verify`): `BlizWorkResponseError`.
 * A reply is a success only when it carries an accepted result code; a missing code never is.
 */
export function settle<T = Envelope>(result: unknown, ctx: SettleContext<T>): T {
  const wire = (
    typeof result === 'object' && result !== null ? result : { error: result }
  ) as Partial<WireResult>;
  const { response, text } = wire;
  ctx.resultCode = undefined;
  // The token is the last path segment; the redactor also catches it anywhere else (a base URL).
  const shownUrl = () => ctx.redact(redactUrl(wire.url ?? ''));
  if (response && (wire.redirect || wire.oversize)) {
    throw refusedReply(wire, response, shownUrl(), ctx);
  }
  if (!response || text === undefined) throw failedExchange(wire, shownUrl(), ctx);
  const parsed = parseObject(text);
  const { envelope } = parsed;
  const outcome = readResult(envelope, response.status);
  ctx.resultCode = outcome.kind === 'code' ? outcome.code : undefined;
  // The success path stays short: excerpts and redaction are only computed for errors.
  if (
    envelope &&
    response.ok &&
    outcome.kind === 'code' &&
    (outcome.code === 0 || ctx.acceptCodes?.includes(outcome.code))
  ) {
    const value = ctx.extract ? ctx.extract.read(envelope, outcome) : (envelope as T);
    const problem = value === undefined ? undefined : ctx.extract?.verify?.(value);
    if (value !== undefined && problem === undefined) return value;
    if (problem !== undefined) {
      throw new BlizWorkResponseError({
        operation: ctx.operation,
        url: shownUrl(),
        httpStatus: response.status,
        problem: ctx.redact(problem),
        bodyExcerpt: excerpt(text, ctx.redact),
      });
    }
  }
  throw failedReply(response, text, parsed, outcome, shownUrl(), ctx);
}
