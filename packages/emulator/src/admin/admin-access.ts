import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  contentTypeRefusal,
  crossSiteRefusal,
  hostRefusal,
  isLoopbackHost,
  type GuardRefusal,
} from '../node/browser-guard.js';

/** The header a script sends the admin token in (browsers use the cookie). */
export const ADMIN_TOKEN_HEADER = 'x-emulator-admin-token';

/** The cookie the dashboard's entry URL (`/_emulator/?admin_token=...`) sets. */
export const ADMIN_TOKEN_COOKIE = 'blizwork_emulator_admin';

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

  /**
   * Why the request is refused, or undefined when it may go on: two Host headers or a foreign one
   * (see `hostRefusal`), a missing admin token off loopback, and for changes a cross-site request
   * or a body that is not JSON. The admin API grants no CORS origin. `loggingIn`: the request
   * brings the admin token in its URL (checked by the login itself), so none is required here.
   */
  refuse(request: IncomingMessage, loggingIn = false): GuardRefusal | undefined {
    const host = hostRefusal(request, this.adminToken === undefined);
    if (host !== undefined) return host;
    if (this.adminToken !== undefined && !loggingIn) {
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
    if (request.method === 'GET' || request.method === 'HEAD') return undefined;
    return crossSiteRefusal(request, () => false) ?? contentTypeRefusal(request);
  }
}
