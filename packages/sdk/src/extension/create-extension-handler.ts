import type { BlizWork } from '../index.js';
import { checkExtensionCallShape } from './call-shape.js';
import { ExtensionCall } from './extension-call.js';
import { resolvePublicUrl, type PublicUrlOptions } from './public-url.js';
import { readLimitedBody } from './read-limited-body.js';
import { jsonResponse, rejectionResponse } from './responses.js';

/** A web-standard request handler: Hono, Next.js route handlers, Bun, Deno, Workers, `toNodeListener`. */
export type ExtensionHandler = (request: Request) => Promise<Response>;

/** The user's code, run only for verified calls. Its value becomes a JSON 200; a `Response` passes through. */
export type ExtensionFunction<Fields extends Record<string, unknown> = Record<string, unknown>> = (
  call: ExtensionCall<Fields>,
  request: Request,
) => unknown;

/** Where the handler reports what the caller must not see (errors thrown by user code, failed verifications). */
export interface ExtensionLogger {
  warn?(message: string, ...details: unknown[]): void;
  error?(message: string, ...details: unknown[]): void;
}

/** Options of {@link createExtensionHandler}. */
export interface ExtensionHandlerOptions extends PublicUrlOptions {
  /**
   * Largest accepted body. BlizWork documents bodies of ~100 KB, up to ~500 KB.
   * @default 2 MiB
   */
  maxBodyBytes?: number;
  /**
   * **Unsafe.** Skips verification for calls whose body says `environment: "draft"`, as the
   * Python wrapper did. Anyone can then forge a draft call. Only for teams whose draft calls
   * cannot be verified and whose draft handler does nothing that matters.
   * @default false
   */
  allowUnverifiedDraft?: boolean;
  /** Receives user-code errors and verification failures. @default console */
  logger?: ExtensionLogger;
  /** Time allowed for the validatecall request, per attempt. @default the client's timeout */
  verifyTimeoutMs?: number;
}

/** 2 MiB: four times BlizWork's documented largest body. */
export const DEFAULT_EXTENSION_BODY_LIMIT = 2 * 1024 * 1024;

const isJsonContentType = (value: string | null): boolean =>
  value !== null && /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(value.trim());

/**
 * Builds an extension (webhook) handler that verifies every BlizWork call before user code runs.
 *
 * Order of checks: method POST (405), JSON content type (415), body size (413), valid JSON (400),
 * body shape incl. a sane handshake token (400), then validatecall with `endpoint` = this handler's
 * public URL: code 1 gives 401; any other failure to verify gives 503 so BlizWork may retry.
 * Only then `fn` runs; what it returns becomes a JSON 200, a thrown error a generic 500.
 *
 * @example
 * const handler = createExtensionHandler(bw, async (call) => {
 *   const c = await call.getCase(CaseDataLevel.PlusCaseHistory);
 *   return { received: c.number };
 * }, { publicUrl: 'https://hooks.example.com/blizwork' });
 */
export function createExtensionHandler<
  Fields extends Record<string, unknown> = Record<string, unknown>,
>(
  client: BlizWork,
  fn: ExtensionFunction<Fields>,
  options: ExtensionHandlerOptions = {},
): ExtensionHandler {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_EXTENSION_BODY_LIMIT;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes <= 0) {
    throw new TypeError('maxBodyBytes must be a positive integer');
  }
  if (typeof fn !== 'function') throw new TypeError('the extension function must be a function');
  const logger: ExtensionLogger = options.logger ?? console;
  const verifier =
    options.verifyTimeoutMs === undefined
      ? client
      : client.withOptions({ timeoutMs: options.verifyTimeoutMs });

  return async (request) => {
    if (request.method !== 'POST') {
      return rejectionResponse({
        status: 405,
        error: 'method not allowed',
        headers: { allow: 'POST' },
      });
    }
    if (!isJsonContentType(request.headers.get('content-type'))) {
      return rejectionResponse({ status: 415, error: 'content-type must be application/json' });
    }
    const read = await readLimitedBody(request, maxBodyBytes);
    if (!read.ok) return rejectionResponse(read.rejection);
    let parsed: unknown;
    try {
      parsed = JSON.parse(read.text);
    } catch {
      return rejectionResponse({ status: 400, error: 'request body is not valid JSON' });
    }
    const shape = checkExtensionCallShape(parsed);
    if (!shape.ok) return rejectionResponse(shape.rejection);
    const body = shape.body;

    const skipVerification = options.allowUnverifiedDraft === true && body.environment === 'draft';
    if (!skipVerification) {
      let valid: boolean;
      try {
        valid = await verifier.validateCall(body, {
          endpoint: resolvePublicUrl(request, options),
          signal: request.signal,
        });
      } catch (error) {
        logger.warn?.('BlizWork extension call could not be verified; answering 503', error);
        return rejectionResponse({
          status: 503,
          error: 'the call could not be verified; retry later',
        });
      }
      if (!valid) return rejectionResponse({ status: 401, error: 'the call failed verification' });
    }

    try {
      const result = await fn(new ExtensionCall<Fields>(client, body), request);
      if (result instanceof Response) return result;
      return jsonResponse(200, result === undefined ? { ok: true } : result);
    } catch (error) {
      logger.error?.('BlizWork extension function failed', error);
      return rejectionResponse({ status: 500, error: 'internal error' });
    }
  };
}
