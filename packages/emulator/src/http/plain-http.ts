// The emulator's core speaks this plain shape instead of a runtime's request and response objects:
// the Node server adapter and `emulator.fetch` are thin wrappers around it, so Node never pays for
// web `Request`/`Response` objects and other runtimes never load `node:http`.

/**
 * A request body read whole (as UTF-8 text), or the sign that it went (or was declared) over the
 * limit, or did not arrive in time (`timedOut`: the Node server's deadline); nothing is kept then.
 */
export type BodyOutcome =
  { kind: 'complete'; text: string } | { kind: 'tooLarge' } | { kind: 'timedOut' };

/** True when a `content-length` header value declares more than `maxBytes`. */
export const declaresOver = (contentLength: string | undefined, maxBytes: number): boolean => {
  const declared = Number(contentLength);
  return Number.isFinite(declared) && declared > maxBytes;
};

/** One request, as the core sees it. */
export interface PlainRequest {
  readonly method: string;
  /** The path and query as sent, e.g. `/case/get/<token>?x=1`. */
  readonly url: string;
  /** A request header by lower-case name, or undefined. */
  header(name: string): string | undefined;
  /**
   * Reads the body, counting bytes: past `maxBytes` (or a content-length declaring more) it stops
   * keeping them and resolves `tooLarge`; a runtime with a deadline resolves `timedOut` past it.
   * Rejects with {@link ClientAbortedError} when the client goes away.
   */
  readBody(maxBytes: number): Promise<BodyOutcome>;
}

/** One reply: status, headers (lower-case names, no content-length) and body. */
export interface PlainReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** JSON text, file bytes, or '' for none. */
  readonly body: string | Uint8Array;
}

/** The client went away while sending its body: nothing to answer, nothing to log. */
export class ClientAbortedError extends Error {
  override readonly name = 'ClientAbortedError';
}

/** The content type of every JSON reply. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * The headers of a JSON reply with no extra header: one shared frozen object, which an adapter
 * may recognize by identity and write without copying.
 */
export const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-type': JSON_CONTENT_TYPE,
});

/** A JSON reply; extra headers (e.g. `allow`, `connection`) are added. */
export function jsonReply(
  status: number,
  body: unknown,
  headers?: Readonly<Record<string, string>>,
): PlainReply {
  return {
    status,
    headers:
      headers === undefined ? JSON_HEADERS : { 'content-type': JSON_CONTENT_TYPE, ...headers },
    body: JSON.stringify(body),
  };
}

/** The same reply with more headers (e.g. CORS ones); the given reply is left as it is. */
export const withHeaders = (
  reply: PlainReply,
  headers: Readonly<Record<string, string>> | undefined,
): PlainReply =>
  headers === undefined ? reply : { ...reply, headers: { ...reply.headers, ...headers } };

/** The path of a request URL, without query or fragment. */
export function pathOf(url: string): string {
  const queryStart = url.search(/[?#]/);
  return queryStart === -1 ? url : url.slice(0, queryStart);
}

/** True for the dashboard's and admin API's paths (`/_emulator` and below). */
export const isAdminPath = (path: string): boolean => /^\/_emulator(\/|$)/.test(path);
