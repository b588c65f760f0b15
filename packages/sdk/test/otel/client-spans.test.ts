// @blizwork/sdk/otel on API calls, with the real OpenTelemetry SDK, against a real local server:
// the CLIENT span of each call (HTTP conventions and blizwork.* attributes), retries as events,
// failures as error status, the metrics, and no token in anything exported.
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BlizWork } from '../../src/index.node.js';
import { TransactionLimitError, isBlizWorkHookError } from '../../src/index.node.js';
import { instrument } from '../../src/otel/index.js';
import { TOKEN, clientFor, rejectionOf } from '../helpers/clients.js';
import { ok, useFaultServer } from '@blizwork/test-support/fault-server';
import { minimalSalesCase } from '../helpers/sales-case-document.js';
import {
  countOf,
  expectNoneHolds,
  exportedTexts,
  pointsOf,
  useOtelSdk,
  type OtelSdk,
} from './otel-sdk.js';

const server = useFaultServer();
const sdk = useOtelSdk();
// Replies a list call accepts, once the queue is empty.
beforeEach(() => {
  server.fallback = ok({ payload: [] });
});
const retryNow = { 'retry-after': '0' };
const refusal = { resultCode: 200, resultMessage: 'transaction limit' };
const caseDocument = minimalSalesCase(2);

/** A client of the fault server reporting to the test's SDK. */
const instrumented = (otel: OtelSdk, options: Parameters<typeof clientFor>[1] = {}): BlizWork =>
  instrument(clientFor(server.url, options), {
    tracerProvider: otel.tracerProvider,
    meterProvider: otel.meterProvider,
  });

describe('the CLIENT span of a call', () => {
  it('follows the HTTP client conventions, with blizwork.* attributes and no token', async () => {
    server.queue(ok({ payload: caseDocument }));
    await instrumented(sdk).process('sales-process').getCase(2);

    const [span, ...others] = sdk.spans();
    expect(others).toEqual([]);
    expect(span?.name).toBe('blizwork getCase');
    expect(span?.kind).toBe(SpanKind.CLIENT);
    expect(span?.status.code).toBe(SpanStatusCode.UNSET);
    const port = Number(new URL(server.url).port);
    expect(span?.attributes).toEqual({
      'http.request.method': 'POST',
      'server.address': '127.0.0.1',
      'server.port': port,
      'url.full': `${server.url}/process/case/***`,
      'url.template': '/process/case/{token}/',
      'http.response.status_code': 200,
      'blizwork.operation': 'getCase',
      'blizwork.process_id': 'sales-process',
      'blizwork.case_number': 2,
      'blizwork.result_code': 0,
      'blizwork.retry_count': 0,
    });
  });

  it('records the case number startCase created', async () => {
    server.queue(ok({ caseNumber: 41 }));
    await instrumented(sdk).process('sales-process').startCase();
    expect(sdk.spans()[0]?.attributes).toMatchObject({
      'blizwork.operation': 'startCase',
      'blizwork.case_number': 41,
    });
  });

  it('is a child of the span active where the call is made', async () => {
    server.queue(ok({ payload: [] }));
    const tracer = sdk.tracerProvider.getTracer('test');
    const bw = instrumented(sdk);
    await tracer.startActiveSpan('handle order', async (parent) => {
      await bw.process('p').listCases();
      parent.end();
    });
    const [call, parent] = sdk.spans();
    expect(call?.name).toBe('blizwork listCases');
    expect(call?.parentSpanContext?.spanId).toBe(parent?.spanContext().spanId);
    expect(call?.spanContext().traceId).toBe(parent?.spanContext().traceId);
  });

  it('holds one event per retry, and the retry count', async () => {
    server.queue(
      { kind: 'json', status: 503, body: {}, headers: retryNow },
      { kind: 'json', body: refusal, headers: retryNow },
      ok({ payload: [] }),
    );
    await instrumented(sdk).process('p').listCases();

    const [span] = sdk.spans();
    expect(span?.status.code).toBe(SpanStatusCode.UNSET);
    expect(span?.attributes).toMatchObject({
      'blizwork.retry_count': 2,
      'http.request.resend_count': 2,
      'blizwork.result_code': 0,
      'http.response.status_code': 200,
    });
    expect(span?.events.map((event) => [event.name, event.attributes])).toEqual([
      [
        'blizwork.retry',
        {
          'blizwork.attempt': 1,
          'error.type': 'BlizWorkHttpError',
          'blizwork.retry.delay_ms': 0,
          'http.response.status_code': 503,
        },
      ],
      [
        'blizwork.retry',
        {
          'blizwork.attempt': 2,
          'error.type': 'TransactionLimitError',
          'blizwork.retry.delay_ms': 0,
          'http.response.status_code': 200,
          'blizwork.result_code': 200,
        },
      ],
    ]);
    const metrics = await sdk.metrics();
    const refusals = pointsOf(metrics.get('blizwork.client.transaction_limit.refusals'));
    expect(refusals.map((point) => [point.attributes, point.value])).toEqual([
      [{ 'blizwork.operation': 'listCases' }, 1],
    ]);
  });

  it('has an error status naming the error class (never its message) when the call fails', async () => {
    server.queue({ kind: 'json', body: refusal });
    const error = await rejectionOf(instrumented(sdk).process('p').startCase());
    expect(error).toBeInstanceOf(TransactionLimitError);
    expect(server.requests).toHaveLength(1); // a write is not resent after code 200

    const [span] = sdk.spans();
    expect(span?.status).toEqual({
      code: SpanStatusCode.ERROR,
      message: 'TransactionLimitError (result code 200)',
    });
    expect(span?.attributes).toMatchObject({
      'error.type': 'TransactionLimitError',
      'blizwork.result_code': 200,
      'blizwork.retry_count': 0,
    });
    const duration = pointsOf((await sdk.metrics()).get('blizwork.client.request.duration'));
    expect(duration.map((point) => [point.attributes, countOf(point)])).toEqual([
      [
        {
          'blizwork.operation': 'startCase',
          'blizwork.outcome': 'error',
          'error.type': 'TransactionLimitError',
        },
        1,
      ],
    ]);
  });

  it('ends with the hook error when a hook fails the call', async () => {
    const bw = instrumented(sdk, {
      hooks: {
        beforeRequest: [
          () => {
            throw new Error(`vault down for ${TOKEN}`);
          },
        ],
      },
    });
    const error = await rejectionOf(bw.process('p').listCases());
    expect(isBlizWorkHookError(error)).toBe(true);
    expect(server.requests).toHaveLength(0);
    expect(sdk.spans()[0]?.attributes['error.type']).toBe('BlizWorkHookError');
  });
});

describe('the metrics of calls', () => {
  it('time every call by operation and outcome, and every rate-limit wait', async () => {
    const bw = instrumented(sdk, { rateLimit: { transactionsPerSecond: 1000 } });
    await bw.process('p').listCases();
    await bw.process('p').listCases();
    server.queue({ kind: 'json', status: 400, body: { resultCode: 5, resultMessage: 'no' } });
    await rejectionOf(bw.process('p').listCases());

    const metrics = await sdk.metrics();
    const duration = metrics.get('blizwork.client.request.duration');
    expect(duration?.descriptor.unit).toBe('s');
    expect(pointsOf(duration).map((point) => [point.attributes, countOf(point)])).toEqual([
      [{ 'blizwork.operation': 'listCases', 'blizwork.outcome': 'success' }, 2],
      [
        {
          'blizwork.operation': 'listCases',
          'blizwork.outcome': 'error',
          'error.type': expect.stringMatching(/Error$/),
        },
        1,
      ],
    ]);
    const wait = pointsOf(metrics.get('blizwork.client.rate_limit.wait'));
    expect(wait.map((point) => [point.attributes, countOf(point)])).toEqual([
      [{ 'blizwork.operation': 'listCases' }, 3],
    ]);
    expect(sdk.spans()[0]?.attributes['blizwork.rate_limit.wait_ms']).toBeGreaterThanOrEqual(0);
  });

  it('count the items a bulk helper finished, by outcome', async () => {
    server.queue(ok({ payload: [] }), ok(), {
      kind: 'json',
      status: 400,
      body: { resultCode: 5, resultMessage: 'bad row' },
    });
    const rows = [{ sku: 'A' }, { sku: 'B' }];
    const report = await instrumented(sdk)
      .masterData('Productos')
      .upsertMany(rows, { key: 'sku', concurrency: 1 });
    const items = pointsOf((await sdk.metrics()).get('blizwork.client.bulk.items'));
    const byOutcome = new Map(
      items.map((point) => [point.attributes['blizwork.bulk.outcome'], point.value]),
    );
    const expected: [string, number][] = [
      ['succeeded', report.succeeded],
      ['failed', report.failed.length],
    ];
    expect(byOutcome).toEqual(new Map(expected.filter(([, count]) => count !== 0)));
    expect(report.attempted).toBe(2);
    expect(items.every((point) => point.attributes['blizwork.bulk.helper'] === 'upsertMany')).toBe(
      true,
    );
  });
});

describe('instrument()', () => {
  it('returns an instrumented client, leaves the given one alone, and withOptions keeps it', async () => {
    const plain = clientFor(server.url);
    const bw = instrument(plain, { tracerProvider: sdk.tracerProvider });
    await plain.process('p').listCases();
    expect(sdk.spans()).toHaveLength(0);
    await bw.withOptions({ environment: 'draft' }).process('p').listCases();
    expect(sdk.spans().map((span) => span.name)).toEqual(['blizwork listCases']);
  });

  it('uses the global providers by default: a no-op until an SDK registers one', async () => {
    const bw = instrument(clientFor(server.url));
    await bw.process('p').listCases();
    expect(trace.getActiveSpan()).toBeUndefined();
    expect(context.active()).toBeDefined();
    expect(sdk.spans()).toHaveLength(0);
  });

  it('checks its options', () => {
    const bw = clientFor(server.url);
    expect(() => instrument({} as BlizWork)).toThrow('instrument() needs a BlizWork client');
    expect(() => instrument(bw, { tracerProvider: {} as never })).toThrow(
      'option "tracerProvider" must have a getTracer() method',
    );
    expect(() => instrument(bw, { recordFields: 'amount' as never })).toThrow(
      'option "recordFields" must be an array of field ids',
    );
    expect(() => instrument(bw, { tracer: 1 } as never)).toThrow(/tracer/);
  });
});

it('exports no token in any span name, attribute, event, status or metric label', async () => {
  // The server echoes the token back in an error message and a hook quotes it.
  server.queue(
    { kind: 'json', status: 503, body: { message: `bad ${TOKEN}` }, headers: retryNow },
    { kind: 'json', body: refusal, headers: retryNow },
    ok({ payload: [] }),
    { kind: 'text', status: 500, body: `<html>token ${TOKEN}</html>` },
    { kind: 'json', body: { resultCode: 5, resultMessage: `no access for ${TOKEN}` } },
  );
  const bw = instrumented(sdk, {
    rateLimit: { transactionsPerSecond: 1000 },
    maxRetries: 0,
    hooks: { onError: [() => void 0] },
  });
  await bw.withOptions({ maxRetries: 2 }).process('p').listCases();
  await rejectionOf(bw.process('p').startCase());
  await rejectionOf(bw.masterData('Clientes').upsert({ id: 1 }, { name: 'x' }));
  await bw.request('/process/case', { processId: 'p' }, { retry: false });
  const failing = instrumented(sdk, {
    hooks: { afterResponse: [() => Promise.reject(new Error(TOKEN))] },
  });
  await rejectionOf(failing.process('p').listCases());

  const spans = sdk.spans();
  expect(spans.length).toBeGreaterThanOrEqual(5);
  expect(spans.some((span) => span.events.length > 0)).toBe(true);
  expectNoneHolds(exportedTexts(spans, await sdk.metrics()), [TOKEN]);
});
