import type { Logger } from '../types.js';
import type { BlizWorkOptions } from '../options-types.js';
import type { ResolvedOptions } from '../internal/options/resolved-options.js';
import { isNonEmptyString } from '../internal/options/arguments.js';
import { checkOptionKeys, optionKeysOf } from '../internal/options/option-keys.js';
import { isHeaderValue } from '../internal/options/header-names.js';
import { SDK_VERSION } from '../version.js';
import { resolveRateLimit } from '../internal/rate-limit/resolve-rate-limit.js';
import { resolveHooks } from '../internal/observe/resolve-hooks.js';
import { instrumentationIn } from '../internal/observe/instrumentation.js';

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
