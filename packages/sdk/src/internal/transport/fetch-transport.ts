// The fetch transport: the calling convention of hey-api's fetch client, passed as `client` to the
// generated @blizwork/client operations (by the SDK's own methods and by `raw()`). The generated
// functions carry no runtime of their own (`client: false` in the generator config), so this is the
// only HTTP code in a bundle. Why not hey-api's own client: it builds a `Request` object and
// merges `Headers` on every call, which measured ~40 % slower per call than a plain
// `fetch(url, init)` against a local server (see bench/), far over the SDK's 10 % budget.
import { readLimitedText } from './read-limited-text.js';
import {
  fillPath,
  isRedirectStatus,
  mergeHeaders,
  requestBodyText,
  transportFrom,
  type OperationRequest,
  type Transport,
  type WireResult,
} from './wire.js';

/** What a {@link createFetchTransport} transport needs. */
export interface FetchTransportConfig {
  baseUrl: string;
  fetch: typeof fetch | undefined;
  /** Headers sent with every request (lower-case names). */
  headers: Record<string, string>;
  /** The largest reply body read, in bytes. */
  maxResponseBytes: number;
}

async function exchange(
  config: FetchTransportConfig,
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
    init.body = requestBodyText(options);
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
    isRedirectStatus(response.status)
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
 * Creates the fetch transport the SDK passes to generated operations. It never throws for a failed
 * exchange: it resolves a {@link WireResult} that `settle()` turns into a value or an error. It
 * throws `TypeError` synchronously for a missing path parameter.
 */
export function createFetchTransport(config: FetchTransportConfig): Transport {
  return transportFrom((options, method) =>
    exchange(config, options, method, config.baseUrl + fillPath(options.url, options.path)),
  );
}
