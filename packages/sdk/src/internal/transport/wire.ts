// What every transport hands to `settle()`: the shapes shared by the fetch and the node:http
// transports, and the request-building helpers both use.
import type { Client as HeyApiClient } from '@blizwork/client';
import type { Oversize } from './read-limited-text.js';

/** The parts of a reply `settle()` reads: a fetch `Response` has them, and so does a node:http reply. */
export interface WireResponse {
  readonly status: number;
  readonly ok: boolean;
  /** True when a custom fetch followed a redirect anyway. */
  readonly redirected: boolean;
  /** `opaqueredirect` for a browser's redirect under `redirect: 'manual'`. */
  readonly type?: string;
  readonly headers: { get(name: string): string | null };
}

/** What one exchange produced: a reply with its text, or the error that stopped it. */
export interface WireResult {
  /** The full request URL (it holds the token: redact before showing). */
  url: string;
  response?: WireResponse;
  /** The reply body; absent when the exchange failed. */
  text?: string;
  /** The size in bytes of the body `text` was decoded from (counted as it arrived). */
  bytes?: number;
  /** Why the exchange failed: the request failed, or reading the body did (dropped connection). */
  error?: unknown;
  /** Set when the reply was a redirect (3xx or opaque): its body was not read. */
  redirect?: boolean;
  /** Set when the body was larger than `maxResponseBytes`: it was not read (whole). */
  oversize?: Oversize;
  /** Set by a transport that times attempts itself (node:http) when the attempt's time ran out. */
  timedOut?: boolean;
}

/**
 * A transport: what the generated `@blizwork/client` operations send through (their `client`
 * option; hey-api calls this shape `Client`). The SDK's transports resolve a {@link WireResult}
 * for every exchange instead of throwing.
 */
export type Transport = HeyApiClient;

/** The subset of hey-api's request options the generated operations pass. */
export interface OperationRequest {
  url: string;
  method?: string;
  path?: Record<string, unknown>;
  body?: unknown;
  /**
   * `body` as JSON, serialized once per call by the pipeline (so retries and the hooks'
   * `requestBytes` share one string); `undefined` when the pipeline could not serialize it.
   */
  serializedBody?: string | undefined;
  headers?: HeadersInit | Record<string, string | undefined | null>;
  /** The attempt's signal: the caller's only, on a transport that times attempts itself. */
  signal?: AbortSignal | null;
}

/** A URL template split at its `{name}` placeholders: even items are text, odd items names. */
const templates = new Map<string, string[]>();

/** Fills `{name}` placeholders, URL-encoded. A missing parameter is a programming error. */
export function fillPath(template: string, path: Record<string, unknown> = {}): string {
  let parts = templates.get(template);
  if (!parts) templates.set(template, (parts = template.split(/\{([^{}]+)\}/)));
  let url = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i % 2 === 0) {
      url += part;
      continue;
    }
    const value = Object.hasOwn(path, part) ? path[part] : undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new TypeError(`BlizWork: missing path parameter "${part}"`);
    }
    url += encodeURIComponent(value);
  }
  return url;
}

/** The client's headers with the operation's added (names lower-cased; `null` values dropped). */
export function mergeHeaders(
  base: Record<string, string>,
  extra: OperationRequest['headers'],
): Record<string, string> {
  if (!extra) return { ...base };
  // A Map, then own properties only: a header named `__proto__` stays a header.
  const merged = new Map(Object.entries(base));
  const entries =
    extra instanceof Headers ? [...extra] : Array.isArray(extra) ? extra : Object.entries(extra);
  for (const [name, value] of entries) {
    if (value != null) merged.set(name.toLowerCase(), String(value));
  }
  return Object.fromEntries(merged);
}

/**
 * `body` as JSON, or `undefined` when it has none or JSON has no text for it; throws what
 * `JSON.stringify` throws (a cycle, a BigInt), where it threw before the body was serialized once.
 */
export function serializeBody(body: unknown): string | undefined {
  return body === undefined ? undefined : JSON.stringify(body);
}

/** `serializeBody`, or `undefined` when it throws: the transport then throws the same on sending. */
export function trySerializeBody(body: unknown): string | undefined {
  try {
    return serializeBody(body);
  } catch {
    return undefined;
  }
}

/** The text a transport sends for the request's body (the pipeline's one serialization, if any). */
export const requestBodyText = (options: OperationRequest): string | undefined =>
  options.serializedBody ?? serializeBody(options.body);

/** True for a status that asks to be redirected: never followed (see the clients). */
export const isRedirectStatus = (status: number): boolean => status >= 300 && status < 400;

/**
 * A transport with hey-api's calling convention around `send`, for the generated operations. `send`
 * must not be async where it builds the URL: a missing path parameter throws synchronously.
 */
export function transportFrom(
  send: (options: OperationRequest, method: string) => Promise<WireResult>,
): Transport {
  const withMethod = (method: string) => (options: OperationRequest) => send(options, method);
  // Only the request methods exist: the operations call nothing else (all are POST).
  return {
    request: (options: OperationRequest) => send(options, options.method ?? 'POST'),
    post: withMethod('POST'),
    get: withMethod('GET'),
    put: withMethod('PUT'),
    patch: withMethod('PATCH'),
    delete: withMethod('DELETE'),
  } as unknown as Transport;
}
