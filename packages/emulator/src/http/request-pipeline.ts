import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { OperationEvent } from '../admin/operation-event.js';
import type { OperationContext, Reply } from '../handlers/operation-context.js';
import { handlerFor } from '../handlers/operation-handlers.js';
import { ResultCodes } from '../result-codes.js';
import type { OperationId } from '../generated/spec.gen.js';
import type { EmulatedSpec } from '../spec/emulated-spec.js';
import type { MatchedRoute } from '../spec/routes.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { sendExampleReply } from './example-reply.js';
import { MAX_BODY_DEPTH, nestsDeeperThan } from './json-depth.js';
import { ClientAbortedError, declaresTooLarge, readBody } from './read-body.js';
import { applyCors, type CorsOrigins } from './cors.js';
import { sendJson } from './send-json.js';
import { toStatusEnvelope } from './status-envelope.js';
import { attachmentPrefix, serveAttachment } from './serve-attachment.js';

/** What the request pipeline needs from the emulator. */
export interface PipelineDependencies {
  /** The current state (replaced by `reset()`). */
  readonly state: () => EmulatorState;
  /** The served spec: routes, request validators and example replies. */
  readonly spec: EmulatedSpec;
  readonly maxBodyBytes: number;
  readonly maxAttachmentBytes: number;
  /** Operations that answer in the `status`/`message`/`payload` envelope. */
  readonly statusEnvelope: ReadonlySet<string>;
  /** Limit for companies whose seed gives none; undefined: unlimited. */
  readonly transactionsPerSecond: number | undefined;
  readonly baseUrl: () => string;
  readonly now: () => Date;
  readonly runExtensions: (state: EmulatorState) => OperationContext['runExtensions'];
  /** True (once) when a failure was injected for this operation with `failNextRequest`. */
  readonly takeInjectedFailure: (operationId: string) => boolean;
  readonly log: (line: string) => void;
  /** Logs `line` the first time it is called for `key` only. */
  readonly logOnce: (key: string, line: string) => void;
  /** Told of every operation that ran, with its reply (persistence and live updates). */
  readonly onOperation?: (event: OperationEvent) => void;
  /** Browser origins that may call the API and download attachments; undefined: none. */
  readonly cors?: CorsOrigins;
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

const parseJson = (
  bytes: Buffer,
  hasSchema: boolean,
): { ok: true; value: unknown } | { ok: false } => {
  // An operation that declares no JSON body may be called without one.
  if (bytes.length === 0 && !hasSchema) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(bytes.toString('utf8')) };
  } catch {
    return { ok: false };
  }
};

async function handleOperation(
  request: IncomingMessage,
  response: ServerResponse,
  route: MatchedRoute,
  deps: PipelineDependencies,
): Promise<void> {
  const { maxBodyBytes } = deps;
  const { operationId } = route.operation;
  // Operations listed in `statusEnvelope` answer every 200 in the status/message/payload envelope.
  const shape = deps.statusEnvelope.has(operationId) ? toStatusEnvelope : (reply: Reply) => reply;
  /** A business refusal: HTTP 200 with a non-zero result code, like the real service. */
  const refuse = (resultCode: number, resultMessage: string): void =>
    sendJson(response, 200, shape(envelope(resultCode, resultMessage)));
  if (declaresTooLarge(request, maxBodyBytes)) return tooLarge(response, maxBodyBytes);
  const handler = handlerFor(operationId);
  const state = deps.state();
  // Every BlizWork path ends in the token; an operation of a custom spec without one is open.
  const needsToken = handler !== undefined || route.operation.path.includes('{token}');
  const company = state.directory.companyForToken(route.params.token ?? '');
  if (needsToken && company === undefined) {
    return refuse(ResultCodes.invalidToken, 'invalid or expired token');
  }
  if (company !== undefined) {
    const limit = company.transactionsPerSecond ?? deps.transactionsPerSecond;
    if (!state.rateLimiter.take(company.companyId, limit)) {
      return refuse(ResultCodes.transactionLimitExceeded, 'transaction limit exceeded');
    }
  }
  const body = await readBody(request, maxBodyBytes);
  if (body.kind === 'tooLarge') return tooLarge(response, maxBodyBytes);
  const validator = deps.spec.validators.get(operationId);
  const parsed = parseJson(body.bytes, validator !== undefined);
  if (!parsed.ok) return refuse(ResultCodes.malformedRequest, 'body is not valid JSON');
  if (nestsDeeperThan(parsed.value, MAX_BODY_DEPTH)) {
    const message = `body nests arrays/objects more than ${MAX_BODY_DEPTH} levels deep`;
    return refuse(ResultCodes.malformedRequest, message);
  }
  const validation = validator?.(parsed.value) ?? { ok: true };
  if (!validation.ok) return refuse(ResultCodes.malformedRequest, validation.message);
  if (deps.takeInjectedFailure(operationId)) {
    throw new Error('failure injected with failNextRequest()');
  }
  if (handler === undefined || company === undefined) {
    return sendExampleReply(response, route.operation, deps.logOnce);
  }
  const context: OperationContext = {
    state,
    company,
    params: route.params,
    baseUrl: deps.baseUrl(),
    now: deps.now,
    maxAttachmentBytes: deps.maxAttachmentBytes,
    runExtensions: deps.runExtensions(state),
  };
  const reply = await handler(parsed.value as never, context);
  // A handler exists, so the id is one of the built-in spec's.
  deps.onOperation?.({
    operationId: operationId as OperationId,
    company,
    body: parsed.value,
    reply,
  });
  sendJson(response, 200, shape(reply));
}

function route(
  request: IncomingMessage,
  response: ServerResponse,
  deps: PipelineDependencies,
): Promise<void> | void {
  const url = request.url ?? '/';
  const queryStart = url.search(/[?#]/);
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const adminPath = /^\/_emulator(\/|$)/.test(path);
  if (deps.serveAdmin !== undefined && adminPath) {
    return deps.serveAdmin(request, response);
  }
  if (deps.cors !== undefined && !adminPath && applyCors(deps.cors, request, response)) return;
  if (path.startsWith(attachmentPrefix)) {
    return serveAttachment(request, response, path, deps.state().attachments);
  }
  const matched = deps.spec.route(request.method ?? 'GET', path);
  if (matched.kind === 'none') {
    return sendJson(response, 404, envelope(ResultCodes.routeNotFound, 'no such operation'));
  }
  if (matched.kind === 'otherMethods') {
    const allow = matched.allowed.join(', ');
    return sendJson(
      response,
      405,
      envelope(ResultCodes.methodNotAllowed, `this path answers ${allow} only`),
      { allow },
    );
  }
  const { operationId } = matched.route.operation;
  return handleOperation(request, response, matched.route, deps).catch((error: unknown) => {
    if (error instanceof ClientAbortedError) return void response.destroy();
    deps.log(
      `unexpected error in ${operationId}: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (response.headersSent) response.destroy();
    else sendJson(response, 500, envelope(ResultCodes.unexpectedError, 'unexpected error'));
  });
}

/**
 * The emulator's request listener: 404 for unknown paths, 405 for other methods, 413 over the body
 * limit, then token (1), plan limit (200), JSON, nesting depth and schema (100), and the
 * operation's handler (or its spec example reply); an
 * exception becomes 101 (HTTP 500) and the server keeps serving.
 */
export function createRequestListener(deps: PipelineDependencies): RequestListener {
  return (request, response) => {
    void route(request, response, deps);
  };
}
