// Hooks and OpenTelemetry on one client: the hooks log each reply and failure, and every call's
// span is printed by OpenTelemetry's console exporter. The observability guide (docs/en and
// docs/es) shows the code between the markers verbatim (examples/docs-samples checks it), and
// test/observability.test.ts runs the compiled program against the emulator.
import { BlizWork, type BlizWorkHooks, type BlizWorkOptions } from '@blizwork/sdk';
import { instrument } from '@blizwork/sdk/otel';
import {
  BasicTracerProvider,
  ConsoleSpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';

/** Runs the observability sample with the given client settings and returns what it printed. */
export async function observability(options: BlizWorkOptions): Promise<string[]> {
  const lines: string[] = [];
  const log = (...parts: unknown[]) => lines.push(parts.map(String).join(' '));
  // docs:start
  const hooks: BlizWorkHooks = {
    // Runs before every attempt; returns headers to add (never host or hop-by-hop ones).
    beforeRequest: [(r) => ({ 'x-request-id': `${r.operation}-${r.attempt}` })],
    afterResponse: [(r) => log(r.operation, r.status, r.resultCode, r.url)],
    onError: [(f) => log(f.operation, 'failed with', f.error.name)],
  };
  // Spans printed to the console; in production, your OpenTelemetry SDK's provider.
  const tracerProvider = new BasicTracerProvider({
    spanProcessors: [new SimpleSpanProcessor(new ConsoleSpanExporter())],
  });
  const bw = instrument(new BlizWork({ ...options, hooks }), { tracerProvider });

  await bw.process('sales-process').listCases(); // prints the span "blizwork listCases"
  // listCases 200 0 http://127.0.0.1:…/process/case-list/*** (the token is never shown)
  const missing = bw.process('no-such-process');
  await missing.getCase(1).catch(() => 'logged by onError');
  // getCase failed with BlizWorkApiError (result code 310)
  // docs:end
  return lines;
}
