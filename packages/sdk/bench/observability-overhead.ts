// Per-call overhead of the hooks and of @blizwork/sdk/otel: getCase through the same SDK client
// setup without either (the baseline), with the hooks option set but every list empty, with four
// hooks that do nothing, instrumented with OpenTelemetry's global no-op providers, and instrumented
// with the real OpenTelemetry SDK (spans processed by a SimpleSpanProcessor into an exporter that
// drops them, metrics recorded into a MeterProvider with a reader), against the same local server
// (another process). Variants are interleaved; ratios are to the baseline of the same round, at
// concurrency 1 and 32.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  SimpleSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { BlizWork } from '@blizwork/sdk';
import { instrument } from '@blizwork/sdk/otel';
import { compare } from './interleaved.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const CALLS_PER_ROUND = Number(process.env.BENCH_CALLS ?? 400);
const token = 'bench-token-0123456789';

const server = fork(fileURLToPath(new URL('./fixed-reply-server.mjs', import.meta.url)), {
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
const [port] = (await once(server.stdout!, 'data')) as [Buffer];
const baseUrl = `http://127.0.0.1:${String(port).trim()}`;

/** Counts the spans it is given and keeps none (memory stays flat over the run). */
class DroppingExporter implements SpanExporter {
  exported = 0;
  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    this.exported += spans.length;
    done({ code: ExportResultCode.SUCCESS });
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
/** A reader nobody collects from: instruments aggregate, nothing is exported. */
class IdleReader extends MetricReader {
  protected override onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected override onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

const exporter = new DroppingExporter();
const tracerProvider = new BasicTracerProvider({
  spanProcessors: [new SimpleSpanProcessor(exporter)],
});
const meterProvider = new MeterProvider({ readers: [new IdleReader()] });

// The fixed reply is the fixture case (draft #39).
const client = new BlizWork({ token, userId: 'ana@acme.test', baseUrl, environment: 'draft' });
const nothing = (): void => {};
const getCaseOf = (bw: BlizWork) => {
  const sales = bw.process('sales-process');
  return (): Promise<unknown> => sales.getCase(39);
};
const comparison = {
  variants: {
    'SDK, nothing': getCaseOf(client),
    // The option set with no hook in any list: what an app that wires hooks conditionally pays.
    'hooks option, no hooks': getCaseOf(
      client.withOptions({
        hooks: { beforeRequest: [], afterResponse: [], beforeRetry: [], onError: [] },
      }),
    ),
    'hooks present, empty': getCaseOf(
      client.withOptions({
        hooks: {
          beforeRequest: [nothing],
          afterResponse: [nothing],
          beforeRetry: [nothing],
          onError: [nothing],
        },
      }),
    ),
    'otel, no-op providers': getCaseOf(instrument(client)),
    'otel, in-memory SDK': getCaseOf(instrument(client, { tracerProvider, meterProvider })),
  },
  baseline: 'SDK, nothing',
  rounds: ROUNDS,
  callsPerRound: CALLS_PER_ROUND,
};

console.log(
  `observability overhead, getCase: ${ROUNDS} rounds of ${CALLS_PER_ROUND} calls per variant (Node ${process.version})`,
);
await compare(comparison, 1, 1);
await compare(comparison, 32, 128);
if (exporter.exported === 0) throw new Error('the in-memory SDK variant recorded no span');
client.close();
server.disconnect();
server.kill();
