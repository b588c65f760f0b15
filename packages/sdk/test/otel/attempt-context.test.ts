// The context an instrumented call's exchange runs in, as a user's `fetch` sees it: the call's
// span when it records or is a new (sampled-out) span context, the caller's own context when the
// tracer is a no-op (no context switch: nothing would change for code run under it).
import { context, trace, TraceFlags, type Context, type SpanContext } from '@opentelemetry/api';
import {
  AlwaysOffSampler,
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import type { BlizWork } from '../../src/index.node.js';
import { instrument } from '../../src/otel/index.js';
import { clientFor } from '../helpers/clients.js';
import { ok, useFaultServer } from '@blizwork/test-support/fault-server';
import { useOtelSdk } from './otel-sdk.js';

const server = useFaultServer();
const sdk = useOtelSdk();

/** A client whose fetch records the active context of every exchange. */
function clientSeeingContexts(): { client: BlizWork; seen: Context[] } {
  const seen: Context[] = [];
  const client = clientFor(server.url, {
    fetch: (input, init) => {
      seen.push(context.active());
      return fetch(input, init);
    },
  });
  return { client, seen };
}

const spanContextIn = (active: Context | undefined): SpanContext | undefined =>
  active === undefined ? undefined : trace.getSpanContext(active);

describe('the context of an instrumented call’s exchange', () => {
  it('is the call’s span when it records', async () => {
    server.queue(ok({ payload: [] }));
    const { client, seen } = clientSeeingContexts();
    await instrument(client, { tracerProvider: sdk.tracerProvider }).process('p').listCases();
    const [span] = sdk.spans();
    expect(spanContextIn(seen[0])?.spanId).toBe(span?.spanContext().spanId);
  });

  it('is a sampled-out span’s own context, so that what runs under it is sampled out too', async () => {
    server.queue(ok({ payload: [] }));
    const sampledOut = new BasicTracerProvider({
      sampler: new AlwaysOffSampler(),
      spanProcessors: [new SimpleSpanProcessor(new InMemorySpanExporter())],
    });
    const { client, seen } = clientSeeingContexts();
    await instrument(client, { tracerProvider: sampledOut }).process('p').listCases();
    const seenSpan = spanContextIn(seen[0]);
    expect(seenSpan?.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(seenSpan?.traceFlags).toBe(TraceFlags.NONE);
    await sampledOut.shutdown();
  });

  it('is the caller’s own context with a no-op tracer (no context switch per attempt)', async () => {
    server.queue(ok({ payload: [] }));
    const { client, seen } = clientSeeingContexts();
    // No tracerProvider and none registered globally: the API's no-op tracer.
    const bw = instrument(client);
    const caller = sdk.tracerProvider.getTracer('test');
    let callerContext: Context | undefined;
    await caller.startActiveSpan('handle order', async (parent) => {
      callerContext = context.active();
      await bw.process('p').listCases();
      parent.end();
    });
    expect(seen[0]).toBe(callerContext);
  });
});
