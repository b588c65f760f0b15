// The CLIENT span of every API call, and the metrics recorded as it goes: built on the SDK's call
// observer, which sees what the public hooks see plus the call's start and end. This runs on every
// call, so the attribute objects that are the same for every call of an operation are built once
// (frozen, reused), and a span that records nothing costs no attributes and no context switch.
import {
  INVALID_TRACEID,
  context,
  trace,
  SpanKind,
  SpanStatusCode,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { TransactionLimitError } from '../errors/api-error.js';
import type { CallEnd, CallObserver, ObservedCall } from '../internal/observe/instrumentation.js';
import type { BeforeRetryInfo } from '../hooks-types.js';
import { ATTR, errorDescription, errorType, fieldAttributes, serverOf } from './attributes.js';
import type { BlizWorkMeters } from './metrics.js';

/**
 * The caches stop growing past this many entries (operations, URLs, error classes): a client calls
 * a few dozen operations, so only a program generating operation names could get there.
 */
const MAX_CACHED = 256;

/**
 * Gets `key` from `cache`, building it with `build(from)` (and keeping it, up to
 * {@link MAX_CACHED}) when absent. `build` takes an argument so that callers need no closure.
 */
function cached<A, V>(cache: Map<string, V>, key: string, build: (from: A) => V, from: A): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = build(from);
    if (cache.size < MAX_CACHED) cache.set(key, value);
  }
  return value;
}

/** The start attributes of a call that its body does not change, frozen. */
function sharedStartAttributes(call: ObservedCall): Attributes {
  const server = serverOf(call.baseUrl);
  const attributes: Attributes = {
    [ATTR.httpMethod]: call.method,
    [ATTR.serverAddress]: server.address,
    [ATTR.serverPort]: server.port,
    [ATTR.urlFull]: call.url,
    [ATTR.operation]: call.operation,
  };
  if (call.urlTemplate !== undefined) attributes[ATTR.urlTemplate] = call.urlTemplate;
  return Object.freeze(attributes);
}

/** What every call of one operation shares: its span name and its frozen attribute sets. */
class OperationAttributes {
  readonly spanName: string;
  /** `{ blizwork.operation }`, the attribute set of the per-operation metrics. */
  readonly byOperation: Attributes;
  /** The duration histogram's attribute set for a success. */
  readonly succeeded: Attributes;
  /** The duration histogram's attribute sets for a failure, by error class. */
  readonly #failed = new Map<string, Attributes>();
  /** The span's start attributes that do not depend on the request body, by URL and method. */
  readonly #start = new Map<string, Attributes>();

  constructor(readonly operation: string) {
    this.spanName = `blizwork ${operation}`;
    this.byOperation = Object.freeze({ [ATTR.operation]: operation });
    this.succeeded = Object.freeze({ [ATTR.operation]: operation, [ATTR.outcome]: 'success' });
  }

  failed(type: string): Attributes {
    return cached(
      this.#failed,
      type,
      (errorClass: string) =>
        Object.freeze({
          [ATTR.operation]: this.operation,
          [ATTR.outcome]: 'error',
          [ATTR.errorType]: errorClass,
        }),
      type,
    );
  }

  /** The span's start attributes of `call` (frozen and shared when the call names no process or case). */
  start(call: ObservedCall, recordFields: readonly string[]): Attributes {
    const key = `${call.method} ${call.url} ${call.urlTemplate ?? ''}`;
    const shared = cached(this.#start, key, sharedStartAttributes, call);
    const { processId, caseNumber, requestForm } = call;
    if (processId === undefined && caseNumber === undefined && recordFields.length === 0) {
      return shared;
    }
    const attributes: Attributes = { ...shared };
    if (processId !== undefined) attributes[ATTR.processId] = processId;
    if (caseNumber !== undefined) attributes[ATTR.caseNumber] = caseNumber;
    if (recordFields.length === 0) return attributes;
    return {
      ...attributes,
      ...fieldAttributes(recordFields, (name) =>
        requestForm !== undefined && Object.hasOwn(requestForm, name)
          ? requestForm[name]
          : undefined,
      ),
    };
  }
}

const newOperationAttributes = (operation: string): OperationAttributes =>
  new OperationAttributes(operation);

/** Runs `send(request)` with `active` as the active context. */
function inContext<A, T>(active: Context, send: (request: A) => T, request: A): T {
  return context.with(active, send, undefined, request);
}

/** The observer of one call: its span, and the metrics it records. */
class ClientCallObserver implements CallObserver {
  /** Set only when the span records or carries a context of its own (see the constructor). */
  readonly runAttempt?: <A, T>(send: (request: A) => T, request: A) => T;
  readonly #span: Span;
  readonly #recording: boolean;

  constructor(
    readonly attributes: OperationAttributes,
    readonly meters: BlizWorkMeters,
    span: Span,
    parent: Context,
  ) {
    this.#span = span;
    this.#recording = span.isRecording();
    // A span that does not record and is not a new span context (a no-op tracer's: the parent's
    // context or an invalid one) changes nothing for code run under it: the attempt runs in the
    // caller's context, without a context switch. A sampled-out span of a real SDK is a new
    // context (its children must be sampled out too), so it still becomes the active one.
    const own = span.spanContext();
    if (
      this.#recording ||
      (own.traceId !== INVALID_TRACEID && own !== trace.getSpanContext(parent))
    ) {
      const active = trace.setSpan(parent, span);
      this.runAttempt = (send, request) => inContext(active, send, request);
    }
  }

  beforeRequest(_attempt: number, slotWaitMs: number | undefined): void {
    if (slotWaitMs !== undefined) {
      this.meters.slotWait.record(slotWaitMs / 1000, this.attributes.byOperation);
    }
  }

  afterResponse(_status: number, error: Error | undefined): void {
    if (error instanceof TransactionLimitError) {
      this.meters.refusals.add(1, this.attributes.byOperation);
    }
  }

  beforeRetry(info: BeforeRetryInfo): void {
    if (!this.#recording) return;
    const attributes: Attributes = {
      [ATTR.attempt]: info.attempt,
      [ATTR.errorType]: errorType(info.error),
      [ATTR.retryDelay]: info.delayMs,
    };
    if (info.status !== undefined) attributes[ATTR.httpStatus] = info.status;
    if (info.resultCode !== undefined) attributes[ATTR.resultCode] = info.resultCode;
    this.#span.addEvent('blizwork.retry', attributes);
  }

  end(end: CallEnd): void {
    const { error } = end;
    const span = this.#span;
    if (this.#recording) {
      const attributes: Attributes = { [ATTR.retryCount]: Math.max(0, end.attempt - 1) };
      if (end.attempt > 1) attributes[ATTR.resendCount] = end.attempt - 1;
      if (end.status !== undefined) attributes[ATTR.httpStatus] = end.status;
      if (end.resultCode !== undefined) attributes[ATTR.resultCode] = end.resultCode;
      if (end.caseNumber !== undefined) attributes[ATTR.caseNumber] = end.caseNumber;
      if (end.slotWaitMs !== undefined) attributes[ATTR.rateLimitWait] = end.slotWaitMs;
      if (error) attributes[ATTR.errorType] = errorType(error);
      span.setAttributes(attributes);
      if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: errorDescription(error) });
    }
    span.end();
    this.meters.duration.record(
      end.durationMs / 1000,
      error ? this.attributes.failed(errorType(error)) : this.attributes.succeeded,
    );
  }
}

/** Starts the span of each call and records the call's metrics. */
export function clientCallObserver(
  tracer: Tracer,
  meters: BlizWorkMeters,
  recordFields: readonly string[],
): (call: ObservedCall) => CallObserver {
  const operations = new Map<string, OperationAttributes>();
  return (call) => {
    const operation = cached(operations, call.operation, newOperationAttributes, call.operation);
    const parent = context.active();
    const span = tracer.startSpan(
      operation.spanName,
      { kind: SpanKind.CLIENT, attributes: operation.start(call, recordFields) },
      parent,
    );
    return new ClientCallObserver(operation, meters, span, parent);
  };
}
