/**
 * The result codes the emulator answers with.
 *
 * 0, 1, 100, 101 and 200 are the codes BlizWork documents. The real codes for "not found" and "wrong
 * state" errors are unknown (assumption:error-codes-unknown), so the emulator picks its own in the
 * 3xx range; they are stable across
 * emulator versions but are NOT BlizWork's: code against "non-zero means failure" in production.
 *
 * @example
 * ```ts
 * import { ResultCodes } from '@blizwork/emulator';
 * expect(reply.resultCode).toBe(ResultCodes.caseClosed);
 * ```
 */
export const ResultCodes = {
  /** Documented: success (for validatecall: the call is genuine). */
  ok: 0,
  /** Documented: invalid or expired API token (for validatecall: the call is not valid). */
  invalidToken: 1,
  /** Documented: malformed request (not JSON, or breaks the spec's request schema). */
  malformedRequest: 100,
  /** Documented: unexpected error inside the server. */
  unexpectedError: 101,
  /** Documented: the company's plan transaction limit (transactions per second) was exceeded. */
  transactionLimitExceeded: 200,
  /** Emulator's own: `userId` is not an authorized user of the token's company. */
  userNotAuthorized: 300,
  /** Emulator's own: `companyId` is not the company the token belongs to. */
  companyMismatch: 301,
  /** Emulator's own: no such process (`workflowId`/`processId`) in the company. */
  processNotFound: 310,
  /** Emulator's own: no such case number in that process and environment. */
  caseNotFound: 311,
  /** Emulator's own: no such master-data table (query and delete; upsert creates the table). */
  tableNotFound: 313,
  /** Emulator's own: the case is closed (it reached a final form), so it cannot be executed. */
  caseClosed: 320,
  /** Emulator's own: `formId` is not the activity the case is waiting on. */
  notCurrentActivity: 321,
  /** Emulator's own: `nextFormId` is not one of the actions of `formId`. */
  actionNotAllowed: 322,
  /**
   * Emulator's own: the process has no case number left in that environment (the next one would be
   * over `Number.MAX_SAFE_INTEGER`); numbers are never reused.
   */
  caseNumbersExhausted: 323,
  /** Emulator's own: a master-data delete with an empty filter is refused (no table wiped by accident). */
  emptyFilterRefused: 330,
  /**
   * Emulator's own: the attachment store is full (its total is capped by the `maxAttachmentBytes`
   * option, CLI `--max-attachment-bytes`); `reset()` empties it.
   */
  attachmentStoreFull: 340,
  /** Emulator's own, with HTTP 404: no operation at this path. */
  routeNotFound: 390,
  /** Emulator's own, with HTTP 405: the path exists but only answers POST (or GET for files). */
  methodNotAllowed: 391,
  /** Emulator's own, with HTTP 413: the request body is over `maxBodyBytes`. */
  bodyTooLarge: 392,
  /**
   * Emulator's own, with HTTP 501: the operation is in the spec but has no stateful handler and
   * the spec gives no example reply for it (the message names the operation).
   */
  notEmulated: 393,
  /**
   * Emulator's own, with HTTP 403 (Node server only): a request a web page could have made the
   * browser send, refused. On a loopback bind a `Host` that is not a loopback name (DNS rebinding),
   * and for writes an `Origin` (or `Sec-Fetch-Site`) of another site that the `cors` option does
   * not allow.
   */
  requestRefused: 394,
  /**
   * Emulator's own, with HTTP 415 (Node server only): a request body not declared as JSON
   * (`Content-Type: application/json`), which pages of any site can send without a CORS preflight.
   */
  unsupportedMediaType: 395,
  /** Emulator's own, with HTTP 400 (Node server only): a malformed HTTP request (two `Host` headers). */
  malformedHttpRequest: 396,
  /**
   * Emulator's own, with HTTP 408 (Node server only): the request body did not arrive within the
   * `bodyTimeoutMs` option; the connection is closed.
   */
  requestTimeout: 397,
} as const;

/** Name of a result code in {@link ResultCodes}. */
export type ResultCodeName = keyof typeof ResultCodes;

/** A result code the emulator can answer with. */
export type ResultCode = (typeof ResultCodes)[ResultCodeName];
