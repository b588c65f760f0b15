// A minimal client with the calling convention of hey-api's fetch client, passed as `client` to the
// generated @blizwork/client operations (by the SDK's own methods and by `raw()`). The generated
// functions carry no runtime of their own (`client: false` in the generator config), so this is the
// only HTTP code in a bundle. Why not hey-api's own client: it builds a `Request` object and
// merges `Headers` on every call, which measured ~40 % slower per call than a plain
// `fetch(url, init)` against a local server (see bench/), far over the SDK's 10 % budget.
import type { Client } from '@blizwork/client';
import { readLimitedText, type Oversize } from './read-limited-text.js';

/** What one exchange produced: a reply with its text, or the error that stopped it. */
export interface WireResult {
  /** The full request URL (it holds the token: redact before showing). */
  url: string;
  response?: Response;
  /** The reply body; absent when the exchange failed. */
  text?: string;
  /** Why the exchange failed: fetch rejected, or reading the body did (dropped connection). */
  error?: unknown;
  /** Set when the reply was a redirect (3xx or opaque): its body was not read. */
  redirect?: boolean;
  /** Set when the body was larger than `maxResponseBytes`: it was not read (whole). */
  oversize?: Oversize;
}

/** The subset of hey-api's request options the generated operations pass. */
interface OperationRequest {
  url: string;
  method?: string;
  path?: Record<string, unknown>;
  body?: unknown;
  headers?: HeadersInit | Record<string, string | undefined | null>;
  signal?: AbortSignal | null;
}

/** What a {@link createFetchClient} client needs. */
export interface FetchClientConfig {
  baseUrl: string;
  fetch: typeof fetch | undefined;
  /** Headers sent with every request (lower-case names). */
  headers: Record<string, string>;
  /** The largest reply body read, in bytes. */
  maxResponseBytes: number;
}

/** A URL template split at its `{name}` placeholders: even items are text, odd items names. */
const templates = new Map<string, string[]>();

/** Fills `{name}` placeholders, URL-encoded. A missing parameter is a programming error. */
function fillPath(template: string, path: Record<string, unknown> = {}): string {
  let parts = templates.get(template);
  if (!parts) templates.set(template, (parts = template.split(/\{([^{}]+)\}/)));
  let url = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i % 2 === 0) {
      url += part;
      continue;
    }
    const value = path[part];
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new TypeError(`BlizWork: missing path parameter "${part}"`);
    }
    url += encodeURIComponent(value);
  }
  return url;
}

function mergeHeaders(
  base: Record<string, string>,
  extra: OperationRequest['headers'],
): Record<string, string> {
  const merged = { ...base };
  if (!extra) return merged;
  const entries =
    extra instanceof Headers ? [...extra] : Array.isArray(extra) ? extra : Object.entries(extra);
  for (const [name, value] of entries) {
    if (value != null) merged[name.toLowerCase()] = String(value);
  }
  return merged;
}

async function exchange(
  config: FetchClientConfig,
  options: OperationRequest,
  method: string,
  url: string,
): Promise<WireResult> {
  const headers = mergeHeaders(config.headers, options.headers);
  // Redirects are never followed: a 307/308 would re-send the body, and a Location keeping the
  // path the token, to another origin; a 301/302/303 would take another origin's reply for the API's.
  const init: RequestInit = { method, headers, redirect: 'manual' };
  // Only set when given: undici does measurable work for a `signal` member, even a null one.
  if (options.signal) init.signal = options.signal;
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  let response: Response;
  try {
    response = await (config.fetch ?? fetch)(url, init);
  } catch (error) {
    return { url, error };
  }
  // A browser gives an `opaqueredirect` (status 0) for a redirect under `redirect: 'manual'`; a
  // custom fetch that follows redirects anyway marks its reply `redirected`: never the API's answer.
  if (
    response.type === 'opaqueredirect' ||
    response.redirected ||
    (response.status >= 300 && response.status < 400)
  ) {
    await response.body?.cancel().catch(() => undefined);
    return { url, response, redirect: true };
  }
  try {
    return { url, response, ...(await readLimitedText(response, config.maxResponseBytes)) };
  } catch (error) {
    return { url, response, error };
  }
}

/**
 * Creates the client the SDK passes to generated operations. It never throws for a failed
 * exchange: it resolves a {@link WireResult} that `settle()` turns into a value or an error. It
 * throws `TypeError` synchronously for a missing path parameter.
 */
export function createFetchClient(config: FetchClientConfig): Client {
  // Not async: a missing path parameter throws synchronously, before any request.
  const send = (options: OperationRequest, method: string) =>
    exchange(config, options, method, config.baseUrl + fillPath(options.url, options.path));
  const withMethod = (method: string) => (options: OperationRequest) => send(options, method);
  // Only the request methods exist: the operations call nothing else (all are POST).
  return {
    request: (options: OperationRequest) => send(options, options.method ?? 'POST'),
    post: withMethod('POST'),
    get: withMethod('GET'),
    put: withMethod('PUT'),
    patch: withMethod('PATCH'),
    delete: withMethod('DELETE'),
  } as unknown as Client;
}
