// `instrument()`: a client whose calls, extension handlers and bulk helpers report to OpenTelemetry.
import { metrics, trace, type MeterProvider, type TracerProvider } from '@opentelemetry/api';
import type { BlizWork } from '../client/blizwork.js';
import type { BlizWorkOptions } from '../options-types.js';
import { INSTRUMENTATION, type Instrumentation } from '../internal/observe/instrumentation.js';
import { checkOptionKeys, optionKeysOf } from '../internal/options/option-keys.js';
import { SDK_VERSION } from '../version.js';
import { ATTR } from './attributes.js';
import { clientCallObserver } from './client-spans.js';
import { extensionObserver } from './extension-spans.js';
import { createMeters } from './metrics.js';

/** Options of {@link instrument}. */
export interface InstrumentOptions {
  /**
   * Where spans go. @default the global tracer provider (`trace.getTracerProvider()`): a no-op
   * until an OpenTelemetry SDK registers one (before or after this call)
   */
  tracerProvider?: TracerProvider;
  /**
   * Where metrics go. @default the global meter provider (`metrics.getMeterProvider()`) as it is
   * when `instrument()` runs: register an SDK's meter provider before
   */
  meterProvider?: MeterProvider;
  /**
   * Field ids whose values are recorded, as `blizwork.field.<id>` attributes: the values an `exec`
   * sends (its form data) on the call's span, and the values an extension call's body carries on
   * its SERVER span. No field value (and no body) is recorded otherwise.
   * @default []
   */
  recordFields?: readonly string[];
}

const INSTRUMENT_OPTION_KEYS = /* @__PURE__ */ optionKeysOf<InstrumentOptions>()([
  'tracerProvider',
  'meterProvider',
  'recordFields',
] as const);

function checkProvider(value: unknown, name: string, method: 'getTracer' | 'getMeter'): void {
  if (
    value !== undefined &&
    typeof (value as Record<string, unknown> | null)?.[method] !== 'function'
  ) {
    throw new TypeError(`BlizWork: instrument() option "${name}" must have a ${method}() method`);
  }
}

function checkRecordFields(value: unknown): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string' && name !== '')) {
    throw new TypeError(
      'BlizWork: instrument() option "recordFields" must be an array of field ids, such as ["amount"]',
    );
  }
  return Object.freeze([...(value as string[])]);
}

/**
 * A client like `client` (same options, rate limiter and connections; `client` is unchanged) whose
 * activity OpenTelemetry records, through `@opentelemetry/api` (an optional peer dependency of
 * `@blizwork/sdk`, loaded only by this entry point):
 *
 * - a CLIENT span per call, `blizwork <operation>`, with the HTTP client conventions'
 *   attributes (`url.template` holds `{token}`: never the token) and `blizwork.*` ones, an event
 *   per retry, and an error status (the error's class, never its message) on failure;
 * - for extension handlers built on the returned client: a SERVER span per request, with the
 *   verification and the extension function as child spans; calls the function makes join its
 *   trace where a context manager is registered (AsyncLocalStorage on Node);
 * - metrics: `blizwork.client.request.duration` (s), `blizwork.client.transaction_limit.refusals`,
 *   `blizwork.client.rate_limit.wait` (s) and `blizwork.client.bulk.items`.
 *
 * Clients derived from it with `withOptions` stay instrumented. Field values are recorded only for
 * the ids in `recordFields`. Instrumenting an instrumented client replaces its instrumentation.
 *
 * @example
 * import { instrument } from '@blizwork/sdk/otel';
 * const bw = instrument(BlizWork.fromEnv(), { tracerProvider, meterProvider });
 */
export function instrument(client: BlizWork, options: InstrumentOptions = {}): BlizWork {
  if (typeof (client as Partial<BlizWork> | null)?.withOptions !== 'function') {
    throw new TypeError('BlizWork: instrument() needs a BlizWork client');
  }
  checkOptionKeys('instrument', options, INSTRUMENT_OPTION_KEYS);
  checkProvider(options.tracerProvider, 'tracerProvider', 'getTracer');
  checkProvider(options.meterProvider, 'meterProvider', 'getMeter');
  const recordFields = checkRecordFields(options.recordFields);
  const tracer = (options.tracerProvider ?? trace.getTracerProvider()).getTracer(
    '@blizwork/sdk',
    SDK_VERSION,
  );
  const meters = createMeters(options.meterProvider ?? metrics.getMeterProvider());
  const instrumentation: Instrumentation = {
    startCall: clientCallObserver(tracer, meters, recordFields),
    extension: extensionObserver(tracer, recordFields),
    bulkItem: (helper, ok) =>
      meters.bulkItems.add(1, {
        [ATTR.bulkHelper]: helper,
        [ATTR.bulkOutcome]: ok ? 'succeeded' : 'failed',
      }),
  };
  return client.withOptions({ [INSTRUMENTATION]: instrumentation } as Partial<BlizWorkOptions>);
}
