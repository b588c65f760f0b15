// The real OpenTelemetry SDK for the otel tests: a tracer provider exporting to memory, a meter
// provider read on demand, the AsyncLocalStorage context manager and the W3C trace-context
// propagator (what a Node application registers, e.g. through NodeSDK), plus a scan of everything exported for a secret.
import { context, propagation } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  MeterProvider,
  MetricReader,
  type DataPoint,
  type Histogram,
  type MetricData,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';

/** A reader the test collects from when it wants (no timer). */
class OnDemandReader extends MetricReader {
  protected override onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected override onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/** The SDK pieces a test instruments a client with, and what they recorded. */
export interface OtelSdk {
  tracerProvider: BasicTracerProvider;
  meterProvider: MeterProvider;
  /** The spans ended so far (reset before each test). */
  spans(): ReadableSpan[];
  /** Every metric collected now, by name. */
  metrics(): Promise<Map<string, MetricData>>;
}

/** Sets up the SDK for the test file: a fresh span list per test, fresh metrics per test. */
export function useOtelSdk(): OtelSdk {
  const exporter = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const sdk: OtelSdk = {
    tracerProvider,
    meterProvider: new MeterProvider(),
    spans: () => exporter.getFinishedSpans(),
    metrics: async () => {
      const { resourceMetrics, errors } = await reader.collect();
      expect(errors).toEqual([]);
      const byName = new Map<string, MetricData>();
      for (const scope of resourceMetrics.scopeMetrics) {
        for (const metric of scope.metrics) byName.set(metric.descriptor.name, metric);
      }
      return byName;
    },
  };
  let reader = new OnDemandReader();
  const contextManager = new AsyncLocalStorageContextManager();
  beforeAll(() => {
    context.setGlobalContextManager(contextManager.enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  });
  afterAll(async () => {
    context.disable();
    propagation.disable();
    await tracerProvider.shutdown();
  });
  beforeEach(() => {
    exporter.reset();
    reader = new OnDemandReader();
    sdk.meterProvider = new MeterProvider({ readers: [reader] });
  });
  return sdk;
}

/** The data points of a metric, with their attributes. */
export const pointsOf = (metric: MetricData | undefined): DataPoint<unknown>[] =>
  metric?.dataPoints ?? [];

/** The count of a histogram data point. */
export const countOf = (point: DataPoint<unknown> | undefined): number | undefined =>
  (point?.value as Histogram | undefined)?.count;

/**
 * Every text an exporter would ship: span names, attribute keys and values, event names and
 * attributes, status messages, link attributes, metric names, descriptions and labels.
 */
export function exportedTexts(spans: ReadableSpan[], metrics: Map<string, MetricData>): string[] {
  const texts: string[] = [];
  const attributes = (record: object | undefined) => {
    for (const [key, value] of Object.entries(record ?? {})) texts.push(key, JSON.stringify(value));
  };
  for (const span of spans) {
    texts.push(span.name, span.status.message ?? '');
    attributes(span.attributes);
    for (const event of span.events) {
      texts.push(event.name);
      attributes(event.attributes);
    }
    for (const link of span.links) attributes(link.attributes);
    attributes(span.resource.attributes);
  }
  for (const metric of metrics.values()) {
    texts.push(metric.descriptor.name, metric.descriptor.description, metric.descriptor.unit);
    for (const point of pointsOf(metric)) attributes(point.attributes);
  }
  return texts;
}

/** Fails when any exported text holds one of `secrets` (raw or URL-encoded). */
export function expectNoneHolds(texts: string[], secrets: string[]): void {
  expect(texts.length).toBeGreaterThan(0);
  for (const secret of secrets) {
    const encoded = encodeURIComponent(secret);
    const holding = texts.filter((text) => text.includes(secret) || text.includes(encoded));
    expect(holding, `exported text holding ${JSON.stringify(secret)}`).toEqual([]);
  }
}
