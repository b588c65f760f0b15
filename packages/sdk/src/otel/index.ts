/**
 * `@blizwork/sdk/otel`: OpenTelemetry traces and metrics for a BlizWork client, its extension
 * handlers and its bulk helpers. Needs `@opentelemetry/api` (an optional peer dependency of
 * `@blizwork/sdk`); nothing else of the SDK loads it.
 *
 * @example
 * import { BlizWork } from '@blizwork/sdk';
 * import { instrument } from '@blizwork/sdk/otel';
 * const bw = instrument(BlizWork.fromEnv()); // the global tracer and meter providers
 *
 * @packageDocumentation
 * @module @blizwork/sdk/otel
 */
export { instrument, type InstrumentOptions } from './instrument.js';
