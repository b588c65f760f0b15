import type { OperationEvent } from '../handlers/operation-event.js';
import type { OperationContext, OperationHandler, Reply } from '../handlers/operation-context.js';
import { handlerFor } from '../handlers/operation-handlers.js';
import { envelope } from '../reply-envelope.js';
import { ResultCodes } from '../result-codes.js';
import type { OperationId } from '../generated/spec.gen.js';
import type { EmulatedSpec } from '../spec/emulated-spec.js';
import type { MatchedRoute } from '../spec/routes.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { companyRate } from '../state/plan-limiter.js';
import type { ResolvedAssumptions } from '../domain/assumptions.js';
import { corsFor, type CorsOrigins } from './cors.js';
import { exampleReplyFor } from './example-reply.js';
import { MAX_BODY_DEPTH, nestsDeeperThan } from './json-depth.js';
import {
  ClientAbortedError,
  declaresOver,
  isAdminPath,
  jsonReply,
  pathOf,
  withHeaders,
  type PlainReply,
  type PlainRequest,
} from './plain-http.js';
import { ReadReplyCache } from './read-reply-cache.js';
import { attachmentPrefix, serveAttachment } from './serve-attachment.js';
import { toStatusEnvelope } from './status-envelope.js';
import { httpStatusFor, pathFormAnswered, unknownMembers } from './wire-assumptions.js';

/** What the request pipeline needs from the emulator. */
export interface PipelineDependencies {
  /** The current state (replaced by `reset()`). */
  readonly state: () => EmulatorState;
  /** The served spec: routes, request validators and example replies. */
  readonly spec: EmulatedSpec;
  readonly maxBodyBytes: number;
  readonly maxAttachmentBytes: number;
  /** The assumption switches (path forms, error statuses, the status envelope, ...). */
  readonly assumptions: ResolvedAssumptions;
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
  /**
   * Told of every state-changing operation that ran, with its reply (persistence and the
   * dashboard's live updates); absent when neither is on.
   */
  readonly onOperation?: (event: OperationEvent) => void;
  /** Browser origins that may call the API and download attachments; undefined: none. */
  readonly cors?: CorsOrigins;
  /** Cached replies of reads; every state-changing operation goes through its `change`. */
  readonly readCache: ReadReplyCache;
}

// `connection: close` so the unread rest of the body is dropped with the socket, never buffered.
const tooLarge = (limit: number): PlainReply =>
  jsonReply(413, envelope(ResultCodes.bodyTooLarge, `request body is over ${limit} bytes`), {
    connection: 'close',
  });

const timedOut = (): PlainReply =>
  jsonReply(
    408,
    envelope(ResultCodes.requestTimeout, 'the request body did not arrive in time; send it again'),
    { connection: 'close' },
  );

const parseJson = (
  text: string,
  hasSchema: boolean,
): { ok: true; value: unknown } | { ok: false } => {
  // An operation that declares no JSON body may be called without one.
  if (text.length === 0 && !hasSchema) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/**
 * Runs the operation's handler: a read as it is, a change through the read cache's `change` and
 * then told to `onOperation`. Stays synchronous for a synchronous handler (no promise to pay for).
 */
function runHandler(
  route: MatchedRoute,
  handler: OperationHandler,
  value: unknown,
  context: OperationContext,
  deps: PipelineDependencies,
): Reply | Promise<Reply> {
  const { operationId } = route.operation;
  if (ReadReplyCache.isRead(operationId)) return handler(value as never, context);
  const result = deps.readCache.change(() => handler(value as never, context));
  const { onOperation } = deps;
  if (onOperation === undefined) return result;
  const notify = (reply: Reply): Reply => {
    // A handler exists, so the id is one of the built-in spec's.
    onOperation({
      operationId: operationId as OperationId,
      company: context.company,
      body: value,
      reply,
    });
    return reply;
  };
  return result instanceof Promise ? result.then(notify) : notify(result);
}

/** Throws the failure a test asked for with `failNextRequest()`, once, if one is pending. */
function failIfInjected(operationId: string, deps: PipelineDependencies): void {
  if (deps.takeInjectedFailure(operationId)) {
    throw new Error('failure injected with failNextRequest()');
  }
}

async function handleOperation(
  request: PlainRequest,
  route: MatchedRoute,
  deps: PipelineDependencies,
): Promise<PlainReply> {
  const { maxBodyBytes, readCache, assumptions } = deps;
  const { operationId } = route.operation;
  // Operations listed in `statusEnvelope` answer every 200 in the status/message/payload envelope.
  const shape = assumptions.statusEnvelope.has(operationId)
    ? toStatusEnvelope
    : (reply: Reply) => reply;
  /** A BlizWork reply: HTTP 200 (or, with `errorStatus: 'http-status'`, a 4xx for an error). */
  const answer = (reply: Reply): PlainReply =>
    jsonReply(httpStatusFor(reply.resultCode, assumptions.errorStatus), shape(reply));
  /** A business refusal with a non-zero result code. */
  const refuse = (resultCode: number, resultMessage: string): PlainReply =>
    answer(envelope(resultCode, resultMessage));
  // Refused before the token check; the body reader refuses such a declaration too.
  if (declaresOver(request.header('content-length'), maxBodyBytes)) return tooLarge(maxBodyBytes);
  const handler = handlerFor(operationId);
  const state = deps.state();
  // Every BlizWork path ends in the token; an operation of a custom spec without one is open.
  const token = route.params.token ?? '';
  const needsToken = handler !== undefined || route.operation.path.includes('{token}');
  const company = state.directory.companyForToken(token);
  if (needsToken && company === undefined) {
    return refuse(ResultCodes.invalidToken, 'invalid or expired token');
  }
  // The plan limit counts every call (assumption:plan-limit-covers-every-call) and, by default,
  // refuses before anything runs (assumption:code-200-refused-before-running); `after-work` runs
  // the call first.
  const limit = company && companyRate(company, assumptions.freePlan, deps.transactionsPerSecond);
  const overLimit = company !== undefined && !state.planLimiter.take(company.companyId, limit);
  const overLimitReply = () =>
    refuse(ResultCodes.transactionLimitExceeded, 'transaction limit exceeded');
  if (overLimit && assumptions.transactionLimit === 'before-work') return overLimitReply();
  const body = await request.readBody(maxBodyBytes);
  if (body.kind === 'tooLarge') return tooLarge(maxBodyBytes);
  if (body.kind === 'timedOut') return timedOut();
  // A read already answered for this token and body, with the state unchanged since: same reply.
  const cacheKey =
    handler !== undefined && ReadReplyCache.isRead(operationId)
      ? ReadReplyCache.keyFor(operationId, token, body.text)
      : undefined;
  const cached = cacheKey === undefined ? undefined : readCache.get(cacheKey);
  if (cached !== undefined) {
    failIfInjected(operationId, deps);
    return overLimit ? overLimitReply() : cached;
  }
  const version = readCache.version;
  const validator = deps.spec.validators.get(operationId);
  const parsed = parseJson(body.text, validator !== undefined);
  if (!parsed.ok) return refuse(ResultCodes.malformedRequest, 'body is not valid JSON');
  if (nestsDeeperThan(parsed.value, MAX_BODY_DEPTH)) {
    const message = `body nests arrays/objects more than ${MAX_BODY_DEPTH} levels deep`;
    return refuse(ResultCodes.malformedRequest, message);
  }
  const validation = validator?.(parsed.value) ?? { ok: true };
  if (!validation.ok) return refuse(ResultCodes.malformedRequest, validation.message);
  if (assumptions.unknownReadMembers === 'rejected' && ReadReplyCache.isRead(operationId)) {
    const unknown = unknownMembers(parsed.value, route.operation, deps.spec.derived);
    if (unknown.length > 0) {
      return refuse(ResultCodes.malformedRequest, `unknown member(s): ${unknown.join(', ')}`);
    }
  }
  failIfInjected(operationId, deps);
  if (handler === undefined || company === undefined) {
    const example = exampleReplyFor(route.operation, deps.logOnce);
    return overLimit ? overLimitReply() : example;
  }
  const context: OperationContext = {
    state,
    company,
    params: route.params,
    baseUrl: deps.baseUrl(),
    now: deps.now,
    maxAttachmentBytes: deps.maxAttachmentBytes,
    runExtensions: deps.runExtensions(state),
    assumptions,
  };
  const reply = answer(await runHandler(route, handler, parsed.value, context, deps));
  if (cacheKey !== undefined) readCache.store(cacheKey, version, reply);
  return overLimit ? overLimitReply() : reply;
}

function answerOperation(
  request: PlainRequest,
  route: MatchedRoute,
  deps: PipelineDependencies,
): Promise<PlainReply | undefined> {
  return handleOperation(request, route, deps).catch((error: unknown) => {
    if (error instanceof ClientAbortedError) return undefined;
    const { operationId } = route.operation;
    deps.log(
      `unexpected error in ${operationId}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return jsonReply(500, envelope(ResultCodes.unexpectedError, 'unexpected error'));
  });
}

function route(
  request: PlainRequest,
  path: string,
  deps: PipelineDependencies,
): PlainReply | Promise<PlainReply | undefined> {
  if (path.startsWith(attachmentPrefix)) {
    return serveAttachment(request.method, path, deps.state().attachments);
  }
  const matched = deps.spec.route(request.method, path);
  if (matched.kind === 'none' || !pathFormAnswered(path, deps.assumptions.pathForms)) {
    return jsonReply(404, envelope(ResultCodes.routeNotFound, 'no such operation'));
  }
  if (matched.kind === 'otherMethods') {
    const allow = matched.allowed.join(', ');
    return jsonReply(
      405,
      envelope(ResultCodes.methodNotAllowed, `this path answers ${allow} only`),
      { allow },
    );
  }
  return answerOperation(request, matched.route, deps);
}

/**
 * The emulator's request handling, independent of any runtime: 404 for unknown paths, 405 for
 * other methods, 413 over the body limit, then token (1), plan limit (200), JSON, nesting depth
 * and schema (100), and the operation's handler (or its spec example reply); an exception becomes
 * 101 (HTTP 500). Resolves undefined when the client went away (nothing to answer). The dashboard's
 * `/_emulator/` paths are the Node adapter's; here they get 404 like any unknown path.
 */
export function handleRequest(
  request: PlainRequest,
  deps: PipelineDependencies,
): PlainReply | Promise<PlainReply | undefined> {
  const path = pathOf(request.url);
  if (deps.cors === undefined || isAdminPath(path)) return route(request, path, deps);
  const cors = corsFor(deps.cors, request);
  if (cors.preflight !== undefined) return cors.preflight;
  const reply = route(request, path, deps);
  return reply instanceof Promise
    ? reply.then((settled) => settled && withHeaders(settled, cors.headers))
    : withHeaders(reply, cors.headers);
}
