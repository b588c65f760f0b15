import type { IncomingMessage, ServerResponse } from 'node:http';
import { endLingering } from '../node/lingering-close.js';
import { readBody } from '../node/read-body.js';
import { isJsonObject, type JsonObject } from '../state/json-values.js';
import { ADMIN_TOKEN_COOKIE, type AdminAccess } from './admin-access.js';
import type { AdminContext, AdminReply } from './admin-context.js';
import type { AdminEvents } from './admin-events.js';
import { adminRoutes } from './admin-routes.js';
import { pageAssets } from './page-assets.js';

/** The dashboard's path prefix. */
export const DASHBOARD_PATH = '/_emulator/';
const API_PREFIX = '/_emulator/api/';

/** Headers on every dashboard reply: no caching, no sniffing, no framing, and never any CORS header. */
const baseHeaders = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

const pageSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Writes a JSON reply; `close` ends the connection after it, once the body left unread is drained
 * (bounded, see `lingering-close.ts`): closing on unread bytes would reset the connection.
 */
function send(response: ServerResponse, reply: AdminReply, close = false): void {
  const payload = Buffer.from(JSON.stringify(reply.body));
  response.writeHead(reply.status, {
    ...baseHeaders,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(payload.length),
    ...(close ? { connection: 'close' } : {}),
  });
  if (close) endLingering(response.req, response, payload);
  else response.end(payload);
}

/** The request's JSON object body, or the error reply to send (`close`: the body was not read whole). */
type BodyRead = { ok: true; value: JsonObject } | { ok: false; reply: AdminReply; close?: boolean };

/** Limits of the body reader (the same reader as the BlizWork API's). */
interface BodyLimits {
  readonly maxBodyBytes: number;
  readonly bodyTimeoutMs: number;
}

async function readJsonObject(request: IncomingMessage, limits: BodyLimits): Promise<BodyRead> {
  const { maxBodyBytes, bodyTimeoutMs } = limits;
  const body = await readBody(request, maxBodyBytes, bodyTimeoutMs);
  if (body.kind === 'tooLarge') {
    const error = `request body is over ${maxBodyBytes} bytes`;
    return { ok: false, reply: { status: 413, body: { error } }, close: true };
  }
  if (body.kind === 'timedOut') {
    const error = 'the request body did not arrive in time; send it again';
    return { ok: false, reply: { status: 408, body: { error } }, close: true };
  }
  try {
    const value: unknown = JSON.parse(body.text);
    if (isJsonObject(value)) return { ok: true, value };
  } catch {
    // answered below
  }
  return { ok: false, reply: { status: 400, body: { error: 'the body must be a JSON object' } } };
}

function servePage(response: ServerResponse, file: string): void {
  const asset = pageAssets?.get(file);
  if (asset === undefined) {
    const message =
      pageAssets === undefined
        ? 'the dashboard page is not built: run `pnpm build` in packages/emulator'
        : 'no such dashboard file';
    return send(response, {
      status: pageAssets === undefined ? 503 : 404,
      body: { error: message },
    });
  }
  const payload = Buffer.from(asset.body);
  response.writeHead(200, {
    ...baseHeaders,
    'content-type': asset.contentType,
    'content-length': String(payload.length),
    ...(file === 'index.html' ? { 'content-security-policy': pageSecurityPolicy } : {}),
  });
  response.end(payload);
}

/** `/_emulator/?admin_token=...`: a valid token is kept in a strict, HTTP-only cookie, then the page reloads without it. */
function logIn(response: ServerResponse, access: AdminAccess, token: string): void {
  if (!access.matches(token))
    return send(response, { status: 401, body: { error: 'wrong admin token' } });
  response.writeHead(303, {
    ...baseHeaders,
    location: DASHBOARD_PATH,
    'set-cookie': `${ADMIN_TOKEN_COOKIE}=${token}; Path=/_emulator; HttpOnly; SameSite=Strict`,
  });
  response.end();
}

async function serveApi(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  context: AdminContext,
  events: AdminEvents,
  limits: BodyLimits,
): Promise<void> {
  const name = url.pathname.slice(API_PREFIX.length).replace(/\/$/, '');
  if (request.method === 'GET' && name === 'events') return events.subscribe(request, response);
  const endpoint = adminRoutes.get(`${request.method ?? ''} ${name}`);
  if (endpoint === undefined) {
    const known = [...adminRoutes.keys()].some((key) => key.endsWith(` ${name}`));
    return send(
      response,
      known
        ? { status: 405, body: { error: 'method not allowed' } }
        : { status: 404, body: { error: `no admin endpoint '${name}'` } },
    );
  }
  const body: BodyRead =
    request.method === 'POST' ? await readJsonObject(request, limits) : { ok: true, value: {} };
  if (!body.ok) return send(response, body.reply, body.close);
  send(response, await endpoint({ query: url.searchParams, body: body.value }, context));
}

/**
 * The request handler of `/_emulator/...`: access checks first (see `AdminAccess.refuse`: Host,
 * admin token off loopback, same origin and JSON for changes), then the page, the admin API and its
 * event stream. Its promise settles when an admin API request is answered; the server's last-resort
 * catch answers whatever it throws.
 */
export function createAdminServer(
  access: AdminAccess,
  events: AdminEvents,
  context: AdminContext,
  limits: BodyLimits,
) {
  return (request: IncomingMessage, response: ServerResponse): Promise<void> | undefined => {
    const url = new URL(request.url ?? '/', 'http://emulator.invalid');
    const loginToken = url.searchParams.get('admin_token');
    const loggingIn =
      request.method === 'GET' &&
      url.pathname === DASHBOARD_PATH &&
      loginToken !== null &&
      access.adminToken !== undefined;
    const refusal = access.refuse(request, loggingIn);
    if (refusal !== undefined) {
      send(response, { status: refusal.status, body: { error: refusal.message } }, true);
      return undefined;
    }
    if (loggingIn && loginToken !== null) return void logIn(response, access, loginToken);
    if (url.pathname === '/_emulator') {
      response.writeHead(308, { ...baseHeaders, location: DASHBOARD_PATH }).end();
      return undefined;
    }
    if (url.pathname.startsWith(API_PREFIX)) {
      return serveApi(request, response, url, context, events, limits);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, { status: 405, body: { error: 'method not allowed' } });
      return undefined;
    }
    const file = url.pathname.slice(DASHBOARD_PATH.length);
    servePage(response, file === '' ? 'index.html' : file);
    return undefined;
  };
}
