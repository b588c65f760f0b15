import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { OperationEvent } from '../admin/operation-event.js';
import type { OperationContext } from '../handlers/operation-context.js';
import { operationHandlers } from '../handlers/operation-handlers.js';
import { ResultCodes } from '../result-codes.js';
import type { RequestValidator } from '../spec/request-validators.js';
import { matchRoute, type MatchedRoute, type OperationId } from '../spec/routes.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { ClientAbortedError, declaresTooLarge, readBody } from './read-body.js';
import { sendJson } from './send-json.js';
import { attachmentPrefix, serveAttachment } from './serve-attachment.js';

/** What the request pipeline needs from the emulator. */
export interface PipelineDependencies {
  /** The current state (replaced by `reset()`). */
  readonly state: () => EmulatorState;
  readonly validators: ReadonlyMap<string, RequestValidator>;
  readonly maxBodyBytes: number;
  /** Limit for companies whose seed gives none; undefined: unlimited. */
  readonly transactionsPerSecond: number | undefined;
  readonly baseUrl: () => string;
  readonly now: () => Date;
  readonly runExtensions: (state: EmulatorState) => OperationContext['runExtensions'];
  /** True (once) when a failure was injected for this operation with `failNextRequest`. */
  readonly takeInjectedFailure: (operationId: OperationId) => boolean;
  readonly log: (line: string) => void;
  /** Told of every operation that ran, with its reply (persistence and live updates). */
  readonly onOperation?: (event: OperationEvent) => void;
  /** Serves `/_emulator/...` (dashboard and admin API) when enabled; such paths are 404 otherwise. */
  readonly serveAdmin?: (request: IncomingMessage, response: ServerResponse) => void;
}

const envelope = (resultCode: number, resultMessage: string) => ({ resultCode, resultMessage });

const tooLarge = (response: ServerResponse, limit: number): void =>
  // `connection: close` so the unread rest of the body is dropped with the socket, never buffered.
  sendJson(
    response,
    413,
    envelope(ResultCodes.bodyTooLarge, `request body is over ${limit} bytes`),
    {
      connection: 'close',
    },
  );

const parseJson = (bytes: Buffer): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(bytes.toString('utf8')) };
  } catch {
    return { ok: false };
  }
};

/** A business refusal: HTTP 200 with a non-zero result code, like the real service. */
const answer = (response: ServerResponse, resultCode: number, resultMessage: string): void =>
  sendJson(response, 200, envelope(resultCode, resultMessage));

async function handleOperation(
  request: IncomingMessage,
  response: ServerResponse,
  route: MatchedRoute,
  deps: PipelineDependencies,
): Promise<void> {
  const { maxBodyBytes } = deps;
  if (declaresTooLarge(request, maxBodyBytes)) return tooLarge(response, maxBodyBytes);
  const state = deps.state();
  const company = state.directory.companyForToken(route.params.token ?? '');
  if (company === undefined) {
    return answer(response, ResultCodes.invalidToken, 'invalid or expired token');
  }
  const limit = company.transactionsPerSecond ?? deps.transactionsPerSecond;
  if (!state.rateLimiter.take(company.companyId, limit)) {
    return answer(response, ResultCodes.transactionLimitExceeded, 'transaction limit exceeded');
  }
  const body = await readBody(request, maxBodyBytes);
  if (body.kind === 'tooLarge') return tooLarge(response, maxBodyBytes);
  const parsed = parseJson(body.bytes);
  if (!parsed.ok) return answer(response, ResultCodes.malformedRequest, 'body is not valid JSON');
  const validation = deps.validators.get(route.operationId)?.(parsed.value) ?? { ok: true };
  if (!validation.ok) return answer(response, ResultCodes.malformedRequest, validation.message);
  if (deps.takeInjectedFailure(route.operationId)) {
    throw new Error('failure injected with failNextRequest()');
  }
  const context: OperationContext = {
    state,
    company,
    params: route.params,
    baseUrl: deps.baseUrl(),
    now: deps.now,
    runExtensions: deps.runExtensions(state),
  };
  const reply = await operationHandlers[route.operationId](parsed.value as never, context);
  deps.onOperation?.({ operationId: route.operationId, company, body: parsed.value, reply });
  sendJson(response, 200, reply);
}

function route(
  request: IncomingMessage,
  response: ServerResponse,
  deps: PipelineDependencies,
): Promise<void> | void {
  const path = (request.url ?? '/').split(/[?#]/)[0] ?? '/';
  if (deps.serveAdmin !== undefined && /^\/_emulator(\/|$)/.test(path)) {
    return deps.serveAdmin(request, response);
  }
  if (path.startsWith(attachmentPrefix)) {
    return serveAttachment(request, response, path, deps.state().attachments);
  }
  const matched = matchRoute(path);
  if (matched === undefined) {
    return sendJson(response, 404, envelope(ResultCodes.routeNotFound, 'no such operation'));
  }
  if (request.method !== 'POST') {
    return sendJson(
      response,
      405,
      envelope(ResultCodes.methodNotAllowed, 'every operation is POST'),
      { allow: 'POST' },
    );
  }
  return handleOperation(request, response, matched, deps).catch((error: unknown) => {
    if (error instanceof ClientAbortedError) return void response.destroy();
    deps.log(
      `unexpected error in ${matched.operationId}: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (response.headersSent) response.destroy();
    else sendJson(response, 500, envelope(ResultCodes.unexpectedError, 'unexpected error'));
  });
}

/**
 * The emulator's request listener: 404 for unknown paths, 405 for other methods, 413 over the body
 * limit, then token (1), plan limit (200), JSON and schema (100), and the operation's handler; an
 * exception becomes 101 (HTTP 500) and the server keeps serving.
 */
export function createRequestListener(deps: PipelineDependencies): RequestListener {
  return (request, response) => {
    void route(request, response, deps);
  };
}
