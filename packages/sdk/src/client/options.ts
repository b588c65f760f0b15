import type { Environment, Logger } from '../types.js';
import { isNonEmptyString } from '../internal/options/arguments.js';
import { checkOptionKeys, optionKeysOf } from '../internal/options/option-keys.js';
import { isHeaderValue } from '../internal/options/header-names.js';
import { SDK_VERSION } from '../version.js';
import type { RateLimiter, RateLimitOption } from '../rate-limit/rate-limiter.js';
import { resolveRateLimit } from '../internal/rate-limit/resolve-rate-limit.js';
import type { BlizWorkHooks } from './hooks.js';
import { resolveHooks, type ResolvedHooks } from '../internal/observe/resolve-hooks.js';
import { instrumentationIn, type Instrumentation } from '../internal/observe/instrumentation.js';

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

/** The options after validation, with every default applied. */
export interface ResolvedOptions extends Required<
  Omit<BlizWorkOptions, 'companyId' | 'fetch' | 'logger' | 'rateLimit' | 'hooks'>
> {
  companyId: string | undefined;
  /** The limiter from `rateLimit`, if any. */
  limiter: RateLimiter | undefined;
  fetch: typeof fetch | undefined;
  logger: Logger | undefined;
  /** The checked hooks; `undefined` when there are none. */
  hooks: ResolvedHooks | undefined;
  /** The instrumentation (`@blizwork/sdk/otel`) the options carry, if any. */
  instrumentation: Instrumentation | undefined;
}

/** The production API. */
export const DEFAULT_BASE_URL = 'https://api.blizwork.com';
/** The default per-attempt time limit. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** The default number of retries of a failed read. */
export const DEFAULT_MAX_RETRIES = 2;
/** The default largest reply body, in bytes (32 MiB): far above any real case document. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
/** The default `user-agent` header. */
export const DEFAULT_USER_AGENT = `blizwork-sdk-ts/${SDK_VERSION}`;

/** Every key of {@link BlizWorkOptions}, for the unknown-option check. */
export const OPTION_KEYS = /* @__PURE__ */ optionKeysOf<BlizWorkOptions>()([
  'token',
  'userId',
  'companyId',
  'environment',
  'baseUrl',
  'fetch',
  'timeoutMs',
  'maxRetries',
  'resendWritesOnTransactionLimit',
  'logger',
  'userAgent',
  'maxResponseBytes',
  'rateLimit',
  'hooks',
] as const);

function fail(name: string, problem: string): never {
  throw new TypeError(`BlizWork: option "${name}" ${problem}`);
}

/** A short description of a (non-secret) bad value for error messages. */
function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
}

function optionalString(name: string, value: unknown): string | undefined {
  if (value === undefined || isNonEmptyString(value)) return value;
  return fail(name, `must be a non-empty string (got ${describe(value)})`);
}

function checkToken(value: unknown): string {
  // The value itself is never quoted: it may be a real token with a typo.
  if (typeof value !== 'string') return fail('token', `must be a string (got ${typeof value})`);
  if (!/^\S+$/.test(value)) return fail('token', 'must be a non-empty string without white space');
  return value;
}

function checkBaseUrl(value: unknown): string {
  if (value === undefined) return DEFAULT_BASE_URL;
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
    return fail('baseUrl', 'must be an absolute http(s) URL without query or fragment');
  }
  // Credentials in the URL would be sent to the server and echoed by every error message; the
  // value is not quoted here for the same reason.
  if (url.username || url.password) {
    return fail(
      'baseUrl',
      'must not hold credentials (user:password@): remove them; the API token is the only credential',
    );
  }
  return url.href.replace(/\/+$/, '');
}

function checkNumber(
  name: string,
  value: unknown,
  fallback: number,
  integer: boolean,
  max: number,
  min = 0,
): number {
  if (value === undefined) return fallback;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value));
  return ok
    ? value
    : fail(
        name,
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- any bad value, shown as String() would show it
        `must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max} (got ${String(value)})`,
      );
}

function checkBoolean(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  return typeof value === 'boolean'
    ? value
    : fail(name, `must be true or false (got ${describe(value)})`);
}

function checkLogger(value: unknown): Logger | undefined {
  if (value === undefined) return undefined;
  const ok =
    typeof value === 'object' &&
    value !== null &&
    (['debug', 'info', 'warn', 'error'] as const).every((level) => {
      const fn = (value as Record<string, unknown>)[level];
      return fn === undefined || typeof fn === 'function';
    });
  return ok ? value : fail('logger', 'must be an object with debug/info/warn/error functions');
}

/** Validates options once, at construction, and applies the defaults. Throws `TypeError`. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('BlizWork: options must be an object with at least token and userId');
  }
  const raw = options as Record<string, unknown>;
  checkOptionKeys('new BlizWork', raw, OPTION_KEYS);
  const { environment = 'production', fetch, userAgent } = raw;
  if (environment !== 'production' && environment !== 'draft') {
    fail('environment', `must be "production" or "draft" (got ${describe(environment)})`);
  }
  if (fetch !== undefined && typeof fetch !== 'function') fail('fetch', 'must be a function');
  if (typeof userAgent === 'string' && !isHeaderValue(userAgent))
    fail('userAgent', 'must be one line of printable ASCII (it is sent as a header)');
  return {
    token: checkToken(raw.token),
    userId: optionalString('userId', raw.userId) ?? fail('userId', 'is required'),
    companyId: optionalString('companyId', raw.companyId),
    environment,
    baseUrl: checkBaseUrl(raw.baseUrl),
    fetch: fetch as typeof globalThis.fetch | undefined,
    timeoutMs: checkNumber('timeoutMs', raw.timeoutMs, DEFAULT_TIMEOUT_MS, false, 2_147_483_647),
    maxRetries: checkNumber('maxRetries', raw.maxRetries, DEFAULT_MAX_RETRIES, true, 10),
    resendWritesOnTransactionLimit: checkBoolean(
      'resendWritesOnTransactionLimit',
      raw.resendWritesOnTransactionLimit,
    ),
    logger: checkLogger(raw.logger),
    userAgent: optionalString('userAgent', userAgent) ?? DEFAULT_USER_AGENT,
    maxResponseBytes: checkNumber(
      'maxResponseBytes',
      raw.maxResponseBytes,
      DEFAULT_MAX_RESPONSE_BYTES,
      true,
      Number.MAX_SAFE_INTEGER,
      1,
    ),
    limiter: resolveRateLimit(raw.rateLimit),
    hooks: resolveHooks(raw.hooks),
    instrumentation: instrumentationIn(raw),
  };
}
