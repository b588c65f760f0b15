// The checks every listener of the Node server runs before anything else, against what a web page
// in the developer's browser could make it send: a request to 127.0.0.1 from another site, or, by DNS
// rebinding, under a foreign host name that makes that site same-origin with the emulator. The
// dashboard (admin API) and the BlizWork API use these same functions; only what each allows differs.
import type { IncomingMessage } from 'node:http';

/** A refused request: HTTP status and a message that says why and how to get through. */
export interface GuardRefusal {
  readonly status: number;
  readonly message: string;
}

/** True for loopback host names and addresses (`localhost`, `127.x.y.z`, `::1`). */
export const isLoopbackHost = (host: string): boolean => {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
};

/** The hostname part of a Host header (`127.0.0.1:3005` → `127.0.0.1`, `[::1]:80` → `[::1]`). */
const hostnameOf = (hostHeader: string): string =>
  hostHeader.startsWith('[')
    ? hostHeader.slice(0, hostHeader.indexOf(']') + 1)
    : (hostHeader.split(':')[0] ?? '');

/** How many times a header (lower-case name) was sent: Node's `headers` keeps only the first Host. */
function countHeader(request: IncomingMessage, name: string): number {
  let count = 0;
  for (let index = 0; index < request.rawHeaders.length; index += 2) {
    if (request.rawHeaders[index]?.toLowerCase() === name) count += 1;
  }
  return count;
}

/**
 * Refuses two `Host` headers (400: Node keeps the first, a proxy in front may route by the other),
 * and, when the emulator listens on loopback, a host name that is not a loopback one (403: DNS
 * rebinding). A server bound to another interface on purpose answers any name.
 */
export function hostRefusal(
  request: IncomingMessage,
  loopbackBound: boolean,
): GuardRefusal | undefined {
  if (countHeader(request, 'host') > 1) {
    return { status: 400, message: 'the request has more than one Host header' };
  }
  if (loopbackBound && !isLoopbackHost(hostnameOf(request.headers.host ?? ''))) {
    return {
      status: 403,
      message:
        'the emulator listens on loopback and answers only to loopback host names (localhost, 127.0.0.1, [::1]): another name is how a web page reaches it by DNS rebinding. To serve other names, bind another interface (--host)',
    };
  }
  return undefined;
}

/** A header's single value (repeated headers are joined by Node, so they never match a value). */
const headerOf = (
  request: IncomingMessage,
  name: 'origin' | 'sec-fetch-site',
): string | undefined => request.headers[name];

/**
 * Refuses a request a page of another origin made the browser send: an `Origin` that is neither the
 * emulator's own nor allowed by `allowsOrigin` (the `cors` option), or a `Sec-Fetch-Site` other than
 * `same-origin`/`none` from an origin not allowed. Clients that are not browsers send neither header.
 */
export function crossSiteRefusal(
  request: IncomingMessage,
  allowsOrigin: (origin: string | undefined) => boolean,
): GuardRefusal | undefined {
  const origin = headerOf(request, 'origin');
  const site = headerOf(request, 'sec-fetch-site');
  const ownOrigin = origin !== undefined && origin === `http://${request.headers.host ?? ''}`;
  const foreignOrigin = origin !== undefined && !ownOrigin;
  const foreignSite = site !== undefined && site !== 'same-origin' && site !== 'none';
  if ((foreignOrigin || (foreignSite && !ownOrigin)) && !allowsOrigin(origin)) {
    return {
      status: 403,
      message:
        'cross-origin request refused: a page of another site may not change the emulator. To let a web app in development call it, start the emulator with --cors-origin <its origin> (the cors option)',
    };
  }
  return undefined;
}

/** `application/json` or `application/<anything>+json`, with parameters. */
const JSON_MEDIA_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

/** True when the request carries a body: a positive content-length or a transfer encoding. */
const hasBody = (request: IncomingMessage): boolean =>
  request.headers['transfer-encoding'] !== undefined ||
  Number(request.headers['content-length'] ?? '0') > 0;

/**
 * Refuses a request body that is not declared as JSON (415). A page can send `text/plain`, form
 * and multipart bodies to any site without asking; a JSON content type needs a CORS preflight,
 * which only origins allowed by the `cors` option get. A request without a body needs no type.
 */
export function contentTypeRefusal(request: IncomingMessage): GuardRefusal | undefined {
  if (!hasBody(request) || JSON_MEDIA_TYPE.test(request.headers['content-type'] ?? '')) {
    return undefined;
  }
  return {
    status: 415,
    message:
      "send the request body as JSON with 'Content-Type: application/json' (curl: --json, or -H 'content-type: application/json')",
  };
}
