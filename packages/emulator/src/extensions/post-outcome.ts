/** The outcome of a POST: the HTTP status and reply text, or 0 with the reason when no answer came. */
export interface PostOutcome {
  readonly status: number;
  readonly error?: string;
  /** The reply body (UTF-8), cut at {@link MAX_RESPONSE_BODY_BYTES}; absent when no answer came. */
  readonly responseBody?: string;
}

/** How much of an extension's reply body is kept for the call log. */
export const MAX_RESPONSE_BODY_BYTES = 64 * 1024;

/**
 * POSTs a JSON body to an extension and resolves with the outcome once the reply has been read.
 * Never rejects: connection failures, timeouts and aborts resolve with status 0 and the reason.
 */
export type PostJson = (
  url: string,
  body: unknown,
  timeoutMs: number,
  signal: AbortSignal,
) => Promise<PostOutcome>;
