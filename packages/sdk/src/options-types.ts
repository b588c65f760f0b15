// The client's options as a type: what a caller passes (`BlizWorkOptions`). Below `client/` and
// `internal/` so both can import it; `client/options.ts` validates and resolves them into
// `ResolvedOptions` (`internal/options/resolved-options.ts`).
import type { Environment, Logger } from './types.js';
import type { RateLimitOption } from './rate-limit/rate-limiter.js';
import type { BlizWorkHooks } from './hooks-types.js';

/** How to reach the API and how to behave. Each field's environment variable is read by `BlizWork.fromEnv`. */
export interface BlizWorkOptions {
  /** The company's API token (the last path segment of every URL). Never logged. Env `BLIZWORK_TOKEN`. */
  token: string;
  /** E-mail of a user authorized to use the token. Env `BLIZWORK_USER_ID`. */
  userId: string;
  /** The company's id; needed by `startCase`, and by `exec` when the case lacks it. Env `BLIZWORK_COMPANY_ID`. */
  companyId?: string;
  /** The process version calls work on. Never derived from `NODE_ENV`. Env `BLIZWORK_ENVIRONMENT`. @default 'production' */
  environment?: Environment;
  /** The API's base URL, e.g. an emulator's. Env `BLIZWORK_BASE_URL`. @default 'https://api.blizwork.com' */
  baseUrl?: string;
  /** The fetch implementation, called as `fetch(url, init)`. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Time limit of each attempt in milliseconds; `0` disables it. @default 30000 */
  timeoutMs?: number;
  /**
   * How many times a failed read (getCase, listCases, master-data query) is retried, after a
   * connection error, a timeout, HTTP 408, 429 or 5xx, or result code 200 (transaction limit).
   * Other operations are never retried (validateCall, notifications and writes), except after code
   * 200 when `resendWritesOnTransactionLimit` is set.
   * @default 2
   */
  maxRetries?: number;
  /**
   * Also resend writes (startCase, exec, upsert, delete, upload), notifications and validateCall
   * after result code 200 (transaction limit), within `maxRetries`. Off by default: resending is
   * safe only if BlizWork refused the call before running any of it, which no documentation page
   * says (assumption `code-200-refused-before-running`); if it is wrong, a resent write runs twice
   * (two cases, two e-mails). With it off, such a call rejects with `TransactionLimitError` at once:
   * pace calls with `rateLimit` to keep code 200 away. Inherited by `withOptions`; to opt in for
   * some calls only, derive a client: `bw.withOptions({ resendWritesOnTransactionLimit: true })`.
   * @default false
   */
  resendWritesOnTransactionLimit?: boolean;
  /** Receives a line per request (debug) and per retry (warn). @default no logging */
  logger?: Logger;
  /** The `user-agent` header, sent where the runtime allows it (not in browsers). @default 'blizwork-sdk-ts/<version>' */
  userAgent?: string;
  /**
   * The largest reply body accepted, in bytes. A larger reply is refused while it streams in (or
   * at once from its `content-length`) with `BlizWorkResponseTooLargeError`, and its body is
   * cancelled. @default 33554432 (32 MiB)
   */
  maxResponseBytes?: number;
  /**
   * Paces every call of this client (and of clients derived with `withOptions`) to a rate:
   * `{ transactionsPerSecond }`, `{ plan: 'avanzado' }` or `{ limiter }` (shared, e.g. on Redis).
   * A read refused with code 200 is resent whatever this option says (a write only with
   * `resendWritesOnTransactionLimit`), and the limiter slows down.
   * @default no pacing (the SDK cannot know the company's plan)
   */
  rateLimit?: RateLimitOption;
  /**
   * Functions called around every call: `beforeRequest` (may add headers), `afterResponse`,
   * `beforeRetry` and `onError`, each an array run in order, each given a frozen, token-free view
   * of the call. A hook that throws fails the call with `BlizWorkHookError` (never retried). See
   * {@link BlizWorkHooks} for the order relative to rate limiting, retries and timeouts. Clients
   * derived with `withOptions` inherit them, and hooks given there are appended (`null` drops the
   * inherited ones).
   * @default no hooks
   */
  hooks?: BlizWorkHooks | null;
}
