import type { BlizWork } from '../client/blizwork.js';
import { checkExtensionCallShape, type ExtensionCallBody } from './call-shape.js';
import {
  instrumentationOf,
  type ExtensionTrace,
  type ObservedExtensionCall,
} from '../internal/observe/instrumentation.js';
import { concurrencyLimit } from './concurrency-limit.js';
import { endpointResolver, type PublicUrlOptions } from './endpoint.js';
import { ExtensionCall } from './extension-call.js';
import { BODY_ALREADY_READ_MESSAGE, type ExtensionLogger } from './extension-logger.js';
import { resolveHandlerLimits } from './handler-limits.js';
import { readLimitedBody } from './read-limited-body.js';
import { jsonResponse, rejectionResponse } from './responses.js';
import { verifyCall, type Verification } from './verify-call.js';

/** A web-standard request handler: Hono, Next.js route handlers, Bun, Deno, Workers, `toNodeListener`. */
export type ExtensionHandler = (request: Request) => Promise<Response>;

/** The user's code, run only for verified calls. Its value becomes a JSON 200; a `Response` passes through. */
export type ExtensionFunction<Fields extends Record<string, unknown> = Record<string, unknown>> = (
  call: ExtensionCall<Fields>,
  request: Request,
) => unknown;

/** Options of {@link createExtensionHandler}. `publicUrl` is required (see {@link PublicUrlOptions}). */
export interface ExtensionHandlerOptions extends PublicUrlOptions {
  /**
   * Largest accepted body. BlizWork documents bodies of ~100 KB, up to ~500 KB.
   * @default 2 MiB
   */
  maxBodyBytes?: number;
  /**
   * Time allowed to receive the whole body; a slower body gets 408 and is cancelled, so a slow
   * sender cannot hold the handler for minutes.
   * @default 10000
   */
  bodyTimeoutMs?: number;
  /**
   * Most validatecalls in flight at once; a call over it gets 503 with `retry-after` and sends
   * nothing, so a flood of forged calls cannot multiply outbound requests (and plan quota).
   * @default 16
   */
  maxConcurrentVerifications?: number;
  /**
   * **Unsafe.** Skips verification for calls whose body says `environment: "draft"`, as the
   * Python wrapper did. Anyone can then forge a draft call. Only for teams whose draft calls
   * cannot be verified and whose draft handler does nothing that matters.
   * @default false
   */
  allowUnverifiedDraft?: boolean;
  /** Receives user-code errors and verification failures (never a token). @default console */
  logger?: ExtensionLogger;
  /** Time allowed for the validatecall request. @default the client's timeout */
  verifyTimeoutMs?: number;
}

export {
  DEFAULT_EXTENSION_BODY_LIMIT,
  DEFAULT_EXTENSION_BODY_TIMEOUT_MS,
  DEFAULT_MAX_CONCURRENT_VERIFICATIONS,
} from './handler-limits.js';

const isJsonContentType = (value: string | null): boolean =>
  value !== null && /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(value.trim());

/**
 * Builds an extension (webhook) handler that verifies every BlizWork call before user code runs.
 * Throws a `TypeError` at once for bad options, including a missing `publicUrl`.
 *
 * Order of checks: method POST (405), JSON content type (415), body size (413) and deadline (408),
 * UTF-8 and JSON (400), body shape incl. a sane handshake token (400), then validatecall with
 * `endpoint` = `publicUrl`: code 1 gives 401 (and a warning); a full verification slot, or any
 * other failure to verify, gives 503 so BlizWork may retry. Only then `fn` runs; what it returns
 * becomes a JSON 200, a thrown error a generic 500.
 *
 * What verification proves: BlizWork issued this handshake token for a call to `publicUrl`, and it
 * had not been spent. It does not bind the rest of the body; see {@link ExtensionCall}.
 *
 * @example
 * const handler = createExtensionHandler(bw, async (call) => {
 *   const c = await call.getCase(CaseDataLevel.PlusCaseHistory); // read from BlizWork: trusted
 *   return { received: c.number };
 * }, { publicUrl: 'https://hooks.example.com/blizwork' });
 */
export function createExtensionHandler<
  Fields extends Record<string, unknown> = Record<string, unknown>,
>(
  client: BlizWork,
  fn: ExtensionFunction<Fields>,
  options: ExtensionHandlerOptions,
): ExtensionHandler {
  if (typeof fn !== 'function') throw new TypeError('the extension function must be a function');
  const settings: ExtensionHandlerOptions = options ?? {};
  const limits = resolveHandlerLimits(settings);
  const endpointOf = endpointResolver(settings);
  const logger: ExtensionLogger = settings.logger ?? console;
  const verification: Verification = {
    verifier:
      settings.verifyTimeoutMs === undefined
        ? client
        : client.withOptions({ timeoutMs: settings.verifyTimeoutMs }),
    limit: concurrencyLimit(limits.maxConcurrentVerifications),
    logger,
  };

  const observer = instrumentationOf(client)?.extension;
  const handle = async (request: Request, trace?: ExtensionTrace): Promise<Response> => {
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
    if (request.bodyUsed) {
      // A framework middleware parsed it first: reading again would throw, not answer.
      logger.error?.(BODY_ALREADY_READ_MESSAGE);
      return rejectionResponse({ status: 500, error: 'internal error' });
    }
    const read = await readLimitedBody(request, {
      limitBytes: limits.maxBodyBytes,
      deadlineMs: limits.bodyTimeoutMs,
    });
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
    trace?.identified(observedCall(body));

    if (settings.allowUnverifiedDraft === true && body.environment === 'draft') {
      trace?.skipped();
    } else {
      const verify = () => verifyCall(verification, body, endpointOf(request), request.signal);
      const verified = trace ? await trace.verify(verify) : await verify();
      if (verified.rejection) return rejectionResponse(verified.rejection);
    }

    try {
      const run = async () => await fn(new ExtensionCall<Fields>(client, body), request);
      const result = trace ? await trace.runUser(run) : await run();
      if (result instanceof Response) return result;
      return jsonResponse(200, result === undefined ? { ok: true } : result);
    } catch (error) {
      logger.error?.('BlizWork extension function failed', error);
      return rejectionResponse({ status: 500, error: 'internal error' });
    }
  };
  return observer
    ? (request) => observer.observe(request, (trace) => handle(request, trace))
    : (request) => handle(request);
}

/** What an instrumentation may know of a call whose body passed the shape check. */
function observedCall(body: ExtensionCallBody): ObservedExtensionCall {
  const fields = body.fields ?? {};
  return {
    processId: body.processId,
    caseNumber: body.caseNumber,
    environment: body.environment,
    processVersion: body.processVersion,
    field: (name) => (Object.hasOwn(fields, name) ? fields[name] : undefined),
  };
}
