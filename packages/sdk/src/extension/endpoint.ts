/**
 * How the handler decides the endpoint it sends to validatecall: the URL BlizWork invoked. BlizWork
 * confirms a handshake token only for the endpoint it was issued for, so this URL is what stops a
 * token meant for someone else's extension from being replayed here. It must come from
 * configuration, never from what the caller says. It is sent verbatim: BlizWork is assumed to
 * compare it exactly with the URL it called (assumption:validatecall-endpoint-exact).
 */
export interface PublicUrlOptions {
  /**
   * The handler's public URL, exactly as registered in BlizWork (absolute `http:`/`https:`, no
   * credentials). Required, unless `unsafeEndpointFromRequest` is set.
   */
  publicUrl?: string;
  /**
   * **Unsafe.** Derives the endpoint from each request (its `Host` header, or with `trustProxy`
   * its `X-Forwarded-*` headers) instead of `publicUrl`. The caller controls those headers, so a
   * party that receives genuine calls for another endpoint (or can obtain their tokens) can replay
   * them here. Only for local experiments where the public URL is truly unknown. Behind
   * `toNodeListener` an absolute-form or `//host` request target is refused (400); under other
   * frameworks the request URL is whatever the framework built from the request.
   * @default false
   */
  unsafeEndpointFromRequest?: boolean;
  /**
   * With `unsafeEndpointFromRequest` only: honour `X-Forwarded-Proto`, `X-Forwarded-Host` and
   * `X-Forwarded-Port` (first value of each). Ignored when `publicUrl` is set.
   * @default false
   */
  trustProxy?: boolean;
}

/** Gives the endpoint to verify a request's call against. */
export type EndpointResolver = (request: Request) => string;

const firstValue = (header: string | null): string | undefined =>
  header?.split(',')[0]?.trim() || undefined;

/** Refuses a `publicUrl` that cannot be a registered extension URL; never echoes credentials. */
function checkPublicUrl(publicUrl: unknown): string {
  if (typeof publicUrl !== 'string') throw new TypeError('publicUrl must be a string');
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new TypeError(
      'publicUrl must be an absolute http(s) URL, e.g. "https://hooks.example.com/blizwork"',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`publicUrl must use http: or https:, not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new TypeError('publicUrl must not contain credentials (user:password@)');
  }
  return publicUrl;
}

/**
 * Builds the endpoint resolver once, when the handler is created: `publicUrl` as given, or (only
 * with the explicit unsafe opt-in) the request URL. Throws a `TypeError` naming `publicUrl` when
 * neither is configured, so a handler can never silently trust the `Host` header.
 */
export function endpointResolver(options: PublicUrlOptions): EndpointResolver {
  if (options.publicUrl !== undefined) {
    if (options.unsafeEndpointFromRequest === true) {
      throw new TypeError('give either publicUrl or unsafeEndpointFromRequest, not both');
    }
    const publicUrl = checkPublicUrl(options.publicUrl);
    return () => publicUrl;
  }
  if (options.unsafeEndpointFromRequest !== true) {
    throw new TypeError(
      'createExtensionHandler needs publicUrl: the URL registered in BlizWork for this extension ' +
        '(e.g. { publicUrl: "https://hooks.example.com/blizwork" }). BlizWork verifies each call ' +
        'against it; taking it from the request would let callers choose it.',
    );
  }
  const trustProxy = options.trustProxy === true;
  return (request) => endpointFromRequest(request, trustProxy);
}

/** The request URL, proxy-aware if trusted (the unsafe mode). */
export function endpointFromRequest(request: Request, trustProxy: boolean): string {
  const url = new URL(request.url);
  if (trustProxy) {
    const proto = firstValue(request.headers.get('x-forwarded-proto'));
    const host = firstValue(request.headers.get('x-forwarded-host'));
    const port = firstValue(request.headers.get('x-forwarded-port'));
    if (proto === 'http' || proto === 'https') url.protocol = `${proto}:`;
    if (host) url.host = host;
    if (port && /^\d{1,5}$/.test(port)) url.port = port;
  }
  return url.href;
}
