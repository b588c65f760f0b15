// The SERVER span of every request an extension handler serves, with its verification and the
// user's function as child spans. The user's function runs with its span as the active context,
// so the client spans of `call.getCase()` and `c.exec()` inside it join the trace (through the
// context manager the application registered: AsyncLocalStorage on Node; without one, they start
// traces of their own).
import {
  context,
  propagation,
  trace,
  SpanKind,
  SpanStatusCode,
  type Context,
  type Span,
  type TextMapGetter,
  type Tracer,
} from '@opentelemetry/api';
import type {
  ExtensionObserver,
  ExtensionTrace,
  VerificationOutcome,
} from '../internal/observe/instrumentation.js';
import { ATTR, EXTENSION_SPAN, errorType, fieldAttributes } from './attributes.js';

/** Reads a trace context (`traceparent`, …) from the request's headers, if a caller sent one. */
const headerGetter: TextMapGetter<Headers> = {
  get: (headers, key) => headers.get(key) ?? undefined,
  keys: (headers) => [...headers.keys()],
};

/** Outcomes that mean the handler could not do its job (the others are answers, not failures). */
const FAILED_VERIFICATIONS: ReadonlySet<VerificationOutcome> = new Set(['unavailable']);

/** Marks `span` failed by `error`'s class (never its message, which may quote a reply). */
function failSpan(span: Span, error: unknown): void {
  const type = error instanceof Error ? errorType(error) : typeof error;
  span.setAttribute(ATTR.errorType, type);
  span.setStatus({ code: SpanStatusCode.ERROR, message: type });
}

/** Runs `run` in a child span of `parent` named `name`; a throw marks it failed (by class only). */
async function inChildSpan<T>(
  tracer: Tracer,
  name: string,
  parent: Context,
  run: (span: Span) => Promise<T>,
): Promise<T> {
  const span = tracer.startSpan(name, { kind: SpanKind.INTERNAL }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => run(span));
  } catch (error) {
    failSpan(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/** Observes every request of the extension handlers built on an instrumented client. */
export function extensionObserver(
  tracer: Tracer,
  recordFields: readonly string[],
): ExtensionObserver {
  return {
    async observe(request, handle) {
      const parent = propagation.extract(context.active(), request.headers, headerGetter);
      const span = tracer.startSpan(
        EXTENSION_SPAN.call,
        { kind: SpanKind.SERVER, attributes: { [ATTR.httpMethod]: request.method } },
        parent,
      );
      const active = trace.setSpan(parent, span);
      const stages: ExtensionTrace = {
        identified(call) {
          span.setAttributes({
            [ATTR.processId]: call.processId,
            [ATTR.caseNumber]: call.caseNumber,
            [ATTR.environment]: call.environment,
            [ATTR.processVersion]: call.processVersion,
            ...fieldAttributes(recordFields, call.field),
          });
        },
        verify: (run) =>
          inChildSpan(tracer, EXTENSION_SPAN.verify, active, async (child) => {
            const result = await run();
            child.setAttribute(ATTR.verification, result.outcome);
            span.setAttribute(ATTR.verification, result.outcome);
            if (FAILED_VERIFICATIONS.has(result.outcome)) {
              child.setStatus({ code: SpanStatusCode.ERROR, message: result.outcome });
            }
            return result;
          }),
        skipped() {
          span.setAttribute(ATTR.verification, 'skipped');
        },
        runUser: (run) => inChildSpan(tracer, EXTENSION_SPAN.run, active, run),
      };
      try {
        const response = await context.with(active, () => handle(stages));
        span.setAttribute(ATTR.httpStatus, response.status);
        // Server spans: a 4xx is the caller's problem, a 5xx the handler's (HTTP conventions).
        if (response.status >= 500) {
          span.setAttribute(ATTR.errorType, String(response.status));
          span.setStatus({ code: SpanStatusCode.ERROR });
        }
        return response;
      } catch (error) {
        failSpan(span, error);
        throw error;
      } finally {
        span.end();
      }
    },
  };
}
