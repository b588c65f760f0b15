import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header a script sends the admin token in (browsers use the cookie). */
export const ADMIN_TOKEN_HEADER = 'x-emulator-admin-token';

/** The cookie the dashboard's entry URL (`/_emulator/?admin_token=...`) sets. */
export const ADMIN_TOKEN_COOKIE = 'blizwork_emulator_admin';

/** True for loopback host names and addresses (`localhost`, `127.x.y.z`, `::1`). */
export const isLoopbackHost = (host: string): boolean => {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
};

/** A refused admin request: HTTP status and message. */
export interface AccessRefusal {
  readonly status: number;
  readonly message: string;
}

/** The hostname part of a Host header (`127.0.0.1:3005` → `127.0.0.1`, `[::1]:80` → `[::1]`). */
const hostnameOf = (hostHeader: string): string =>
  hostHeader.startsWith('[')
    ? hostHeader.slice(0, hostHeader.indexOf(']') + 1)
    : (hostHeader.split(':')[0] ?? '');

const sameSecret = (given: string, expected: string): boolean => {
  const left = Buffer.from(given);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
};

const cookieValue = (request: IncomingMessage, name: string): string | undefined => {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
};

/**
 * Who may use the dashboard and its admin API. Bound to loopback, only loopback host names are
 * answered (no DNS rebinding) and no token is needed; bound elsewhere on purpose, every request
 * needs the admin token (printed in the banner). State-changing requests must be same-origin.
 */
export class AdminAccess {
  /** Required when the emulator listens beyond loopback; undefined on loopback. */
  readonly adminToken: string | undefined;

  constructor(boundHost: string) {
    this.adminToken = isLoopbackHost(boundHost) ? undefined : randomBytes(24).toString('base64url');
  }

  /** True when `token` is the admin token (always false on loopback, where none exists). */
  matches(token: string): boolean {
    return this.adminToken !== undefined && sameSecret(token, this.adminToken);
  }

  /** Why the request is refused, or undefined when it may go on. */
  refuse(request: IncomingMessage): AccessRefusal | undefined {
    const host = request.headers.host ?? '';
    if (this.adminToken === undefined && !isLoopbackHost(hostnameOf(host))) {
      return {
        status: 403,
        message: 'the dashboard answers only to loopback host names (localhost, 127.0.0.1, [::1])',
      };
    }
    if (this.adminToken !== undefined) {
      const header = request.headers[ADMIN_TOKEN_HEADER];
      const given =
        (typeof header === 'string' ? header : undefined) ??
        cookieValue(request, ADMIN_TOKEN_COOKIE);
      if (given === undefined || !this.matches(given)) {
        return {
          status: 401,
          message: `admin token required: open the dashboard URL the emulator printed, or send the ${ADMIN_TOKEN_HEADER} header`,
        };
      }
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return refuseCrossSite(request, host);
    return undefined;
  }
}

/**
 * Refuses state-changing requests another page could send from the same browser: a foreign
 * `Origin` or `Sec-Fetch-Site`, or a body that is not JSON (a JSON content type cannot be sent
 * cross-origin without a preflight, which the admin API never grants: it sends no CORS headers).
 */
function refuseCrossSite(request: IncomingMessage, host: string): AccessRefusal | undefined {
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  if (
    (origin !== undefined && origin !== `http://${host}`) ||
    (site !== undefined && site !== 'same-origin' && site !== 'none')
  ) {
    return { status: 403, message: 'cross-origin request refused' };
  }
  if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    return { status: 415, message: 'send the request body as application/json' };
  }
  return undefined;
}
