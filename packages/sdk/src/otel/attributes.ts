// The names the instrumentation records, in one place: OpenTelemetry's HTTP semantic conventions
// where one fits (stable names, written here rather than imported, so the entry needs nothing but
// @opentelemetry/api), `blizwork.*` for the rest. And the only ways values reach them.
import type { Attributes, AttributeValue } from '@opentelemetry/api';
import { isBlizWorkApiError } from '../errors/type-guards.js';

/** Span and metric attribute names. */
export const ATTR = {
  httpMethod: 'http.request.method',
  serverAddress: 'server.address',
  serverPort: 'server.port',
  urlFull: 'url.full',
  urlTemplate: 'url.template',
  httpStatus: 'http.response.status_code',
  resendCount: 'http.request.resend_count',
  errorType: 'error.type',
  operation: 'blizwork.operation',
  processId: 'blizwork.process_id',
  caseNumber: 'blizwork.case_number',
  resultCode: 'blizwork.result_code',
  retryCount: 'blizwork.retry_count',
  rateLimitWait: 'blizwork.rate_limit.wait_ms',
  attempt: 'blizwork.attempt',
  retryDelay: 'blizwork.retry.delay_ms',
  outcome: 'blizwork.outcome',
  environment: 'blizwork.environment',
  processVersion: 'blizwork.process_version',
  verification: 'blizwork.extension.verification',
  bulkHelper: 'blizwork.bulk.helper',
  bulkOutcome: 'blizwork.bulk.outcome',
} as const;

/** The prefix of an opted-in field value: `blizwork.field.<field id>`. */
export const FIELD_ATTRIBUTE_PREFIX = 'blizwork.field.';

/** Metric names. */
export const METRIC = {
  duration: 'blizwork.client.request.duration',
  refusals: 'blizwork.client.transaction_limit.refusals',
  slotWait: 'blizwork.client.rate_limit.wait',
  bulkItems: 'blizwork.client.bulk.items',
} as const;

/** The span names of the extension handler's SERVER span and its two stages. */
export const EXTENSION_SPAN = {
  call: 'blizwork extension',
  verify: 'blizwork extension verify',
  run: 'blizwork extension function',
} as const;

/**
 * A low-cardinality, data-free description of an error for `error.type`: its class name (e.g.
 * `TransactionLimitError`, `BlizWorkTimeoutError`, `BlizWorkHookError`), never its message, which
 * may quote a reply body.
 */
export const errorType = (error: Error): string => error.name || 'Error';

/**
 * The status description of a failed span: the error's class and result code or HTTP status, never
 * its message (an error message may quote a reply body, and so a field value).
 */
export function errorDescription(error: Error): string {
  if (isBlizWorkApiError(error)) return `${errorType(error)} (result code ${error.resultCode})`;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? `${errorType(error)} (HTTP ${status})` : errorType(error);
}

/** A field value as an attribute: strings, numbers and booleans as they are, anything else as JSON. */
function attributeValue(value: unknown): AttributeValue | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value === undefined) return undefined;
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** The opted-in fields' values, as `blizwork.field.<id>` attributes (absent fields skipped). */
export function fieldAttributes(
  names: readonly string[],
  read: (name: string) => unknown,
): Attributes {
  const entries: [string, AttributeValue][] = [];
  for (const name of names) {
    const value = attributeValue(read(name));
    if (value !== undefined) entries.push([FIELD_ATTRIBUTE_PREFIX + name, value]);
  }
  return Object.fromEntries(entries);
}

const servers = new Map<string, { address: string; port: number }>();

/** `server.address` and `server.port` of a base URL (the port of its scheme when it names none). */
export function serverOf(baseUrl: string): { address: string; port: number } {
  let server = servers.get(baseUrl);
  if (server === undefined) {
    const url = new URL(baseUrl);
    const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
    server = { address: url.hostname.replace(/^\[(.*)\]$/, '$1'), port };
    if (servers.size < 64) servers.set(baseUrl, server);
  }
  return server;
}
