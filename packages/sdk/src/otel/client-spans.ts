// The CLIENT span of every API call, and the metrics recorded as it goes: built on the SDK's call
// observer, which sees what the public hooks see plus the call's start and end.
import {
  context,
  trace,
  SpanKind,
  SpanStatusCode,
  type Attributes,
  type Tracer,
} from '@opentelemetry/api';
import { TransactionLimitError } from '../errors/api-error.js';
import type { CallObserver, ObservedCall } from '../internal/observe/instrumentation.js';
import { ATTR, errorDescription, errorType, fieldAttributes, serverOf } from './attributes.js';
import type { BlizWorkMeters } from './metrics.js';

/** The attributes a call's span starts with. */
function startAttributes(call: ObservedCall, recordFields: readonly string[]): Attributes {
  const server = serverOf(call.baseUrl);
  const attributes: Attributes = {
    [ATTR.httpMethod]: call.method,
    [ATTR.serverAddress]: server.address,
    [ATTR.serverPort]: server.port,
    [ATTR.urlFull]: call.url,
    [ATTR.operation]: call.operation,
  };
  if (call.urlTemplate !== undefined) attributes[ATTR.urlTemplate] = call.urlTemplate;
  if (call.processId !== undefined) attributes[ATTR.processId] = call.processId;
  if (call.caseNumber !== undefined) attributes[ATTR.caseNumber] = call.caseNumber;
  return recordFields.length === 0
    ? attributes
    : { ...attributes, ...fieldAttributes(recordFields, call.requestField) };
}

/** Starts the span of each call and records the call's metrics. */
export function clientCallObserver(
  tracer: Tracer,
  meters: BlizWorkMeters,
  recordFields: readonly string[],
): (call: ObservedCall) => CallObserver {
  return (call) => {
    const parent = context.active();
    const span = tracer.startSpan(
      `blizwork ${call.operation}`,
      { kind: SpanKind.CLIENT, attributes: startAttributes(call, recordFields) },
      parent,
    );
    const recording = span.isRecording();
    const active = trace.setSpan(parent, span);
    const byOperation = { [ATTR.operation]: call.operation };
    return {
      beforeRequest(info) {
        if (info.slotWaitMs !== undefined)
          meters.slotWait.record(info.slotWaitMs / 1000, byOperation);
      },
      afterResponse(info) {
        if (info.error instanceof TransactionLimitError) meters.refusals.add(1, byOperation);
      },
      beforeRetry(info) {
        if (!recording) return;
        const attributes: Attributes = {
          [ATTR.attempt]: info.attempt,
          [ATTR.errorType]: errorType(info.error),
          [ATTR.retryDelay]: info.delayMs,
        };
        if (info.status !== undefined) attributes[ATTR.httpStatus] = info.status;
        if (info.resultCode !== undefined) attributes[ATTR.resultCode] = info.resultCode;
        span.addEvent('blizwork.retry', attributes);
      },
      runAttempt: (send) => context.with(active, send),
      end(end) {
        const { error } = end;
        if (recording) {
          const attributes: Attributes = { [ATTR.retryCount]: Math.max(0, end.attempt - 1) };
          if (end.attempt > 1) attributes[ATTR.resendCount] = end.attempt - 1;
          if (end.status !== undefined) attributes[ATTR.httpStatus] = end.status;
          if (end.resultCode !== undefined) attributes[ATTR.resultCode] = end.resultCode;
          if (end.caseNumber !== undefined) attributes[ATTR.caseNumber] = end.caseNumber;
          if (end.slotWaitMs !== undefined) attributes[ATTR.rateLimitWait] = end.slotWaitMs;
          if (error) attributes[ATTR.errorType] = errorType(error);
          span.setAttributes(attributes);
          if (error)
            span.setStatus({ code: SpanStatusCode.ERROR, message: errorDescription(error) });
        }
        span.end();
        meters.duration.record(end.durationMs / 1000, {
          ...byOperation,
          [ATTR.outcome]: error ? 'error' : 'success',
          ...(error ? { [ATTR.errorType]: errorType(error) } : {}),
        });
      },
    };
  };
}
