// The instrumentation's metrics, created once per `instrument()` call.
import type { Counter, Histogram, MeterProvider } from '@opentelemetry/api';
import { SDK_VERSION } from '../version.js';
import { METRIC } from './attributes.js';

/** The instruments the client and the bulk helpers record to. */
export interface BlizWorkMeters {
  /** Seconds per call, retries and waits included; by operation and outcome. */
  duration: Histogram;
  /** Replies with result code 200 (the plan's transaction limit); by operation. */
  refusals: Counter;
  /** Seconds an attempt waited for a slot of the client's rate limiter; by operation. */
  slotWait: Histogram;
  /** Items a bulk helper finished; by helper and outcome. */
  bulkItems: Counter;
}

/** The buckets OpenTelemetry advises for HTTP client durations, in seconds. */
const DURATION_BUCKETS = [
  0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10,
];

/** Creates the instruments on `provider`'s `@blizwork/sdk` meter. */
export function createMeters(provider: MeterProvider): BlizWorkMeters {
  const meter = provider.getMeter('@blizwork/sdk', SDK_VERSION);
  const seconds = { unit: 's', advice: { explicitBucketBoundaries: DURATION_BUCKETS } };
  return {
    duration: meter.createHistogram(METRIC.duration, {
      ...seconds,
      description:
        'Duration of BlizWork API calls as their callers see it: attempts, rate-limit waits and back-offs',
    }),
    refusals: meter.createCounter(METRIC.refusals, {
      unit: '{refusal}',
      description: 'Replies refused with result code 200: the plan transaction limit was exceeded',
    }),
    slotWait: meter.createHistogram(METRIC.slotWait, {
      ...seconds,
      description: "Time an attempt waited for a slot of the client's rate limiter",
    }),
    bulkItems: meter.createCounter(METRIC.bulkItems, {
      unit: '{item}',
      description: 'Items the bulk helpers (upsertMany, deleteMany, startCases) finished',
    }),
  };
}
