// @blizwork/sdk/otel on an extension handler, with the real OpenTelemetry SDK and the emulator:
// one trace from BlizWork's call to the calls the user's function makes, and no token or field
// value in it unless a field is opted in.
import { startEmulator, type Emulator } from '@blizwork/emulator';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlizWork, CaseDataLevel } from '../../src/index.node.js';
import { createExtensionHandler, type ExtensionCall } from '../../src/extension/index.js';
import { instrument, type InstrumentOptions } from '../../src/otel/index.js';
import { serveHandlerAt, type HandlerServer } from '../helpers/handler-server.js';
import { expectNoneHolds, exportedTexts, useOtelSdk } from './otel-sdk.js';

const sdk = useOtelSdk();
const CUSTOMER = 'Initech-Secret-Customer';

/** The spans as a tree: each span's name with its children's, from the root `root`. */
function tree(spans: ReadableSpan[], root: ReadableSpan): unknown {
  const children = spans.filter(
    (span) => span.parentSpanContext?.spanId === root.spanContext().spanId,
  );
  return children.length === 0
    ? root.name
    : { [root.name]: children.map((child) => tree(spans, child)) };
}

describe('an instrumented extension handler', () => {
  let emulator: Emulator;
  let hook: HandlerServer;
  let plain: BlizWork;
  let handled = 0;

  /** Serves a handler on a client instrumented with `options`, as the sales process's extension. */
  async function serve(options: Omit<InstrumentOptions, 'tracerProvider'>): Promise<BlizWork> {
    await hook?.close();
    const bw = instrument(plain, { tracerProvider: sdk.tracerProvider, ...options });
    const onCall = async (call: ExtensionCall) => {
      await call.getCase(CaseDataLevel.PlusCaseHistory);
      await bw
        .masterData('Clientes')
        .upsert({ Código: `CASE-${call.caseNumber}` }, { nombre: 'x' });
      handled++;
      return { handled: call.caseNumber };
    };
    hook = await serveHandlerAt((base) =>
      createExtensionHandler(bw, onCall, { publicUrl: `${base}/blizwork/lead-done` }),
    );
    emulator.reset();
    emulator.addExtension({
      processId: 'sales-process',
      url: `${hook.url}/blizwork/lead-done`,
      formId: 'lead',
      nextFormId: 'qualification',
    });
    return bw;
  }

  /** Starts a case and executes the form whose extension the handler serves; resolves its number. */
  async function runCase(bw: BlizWork): Promise<number> {
    const process = bw.process('sales-process');
    const number = await process.startCase();
    const started = await process.getCase(number, { include: CaseDataLevel.PlusProcessDefinition });
    await started.exec('qualification', { customer_name: CUSTOMER, amount: 900 });
    return number;
  }

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, log: () => {} });
    plain = new BlizWork({ ...emulator.clientOptions, maxRetries: 0 });
  });
  afterAll(async () => {
    await hook?.close();
    await emulator.close();
  });

  it("has a SERVER span whose children are the verification and the user's function, with its calls", async () => {
    const bw = await serve({});
    const before = handled;
    const number = await runCase(plain); // the test's own calls are not instrumented
    expect(handled).toBe(before + 1);

    const spans = sdk.spans();
    const server = spans.find((span) => span.kind === SpanKind.SERVER);
    expect(server?.name).toBe('blizwork extension');
    expect(server?.status.code).toBe(SpanStatusCode.UNSET);
    expect(server?.attributes).toEqual({
      'http.request.method': 'POST',
      'http.response.status_code': 200,
      'blizwork.process_id': 'sales-process',
      'blizwork.case_number': number,
      'blizwork.environment': 'production',
      'blizwork.process_version': expect.any(Number),
      'blizwork.extension.verification': 'verified',
    });
    expect(tree(spans, server!)).toEqual({
      'blizwork extension': [
        { 'blizwork extension verify': ['blizwork validateCall'] },
        { 'blizwork extension function': ['blizwork getCase', 'blizwork upsertMasterData'] },
      ],
    });
    // Every span of the handler is in the SERVER span's trace.
    expect(new Set(spans.map((span) => span.spanContext().traceId))).toEqual(
      new Set([server!.spanContext().traceId]),
    );
    const getCase = spans.find((span) => span.name === 'blizwork getCase');
    expect(getCase?.kind).toBe(SpanKind.CLIENT);
    expect(getCase?.attributes).toMatchObject({ 'blizwork.case_number': number });
    expect(bw).not.toBe(plain);
  });

  it('joins the trace of a caller that sends a traceparent', async () => {
    await serve({});
    const genuine = emulator.extensionCalls.at(-1);
    expect(genuine).toBeUndefined(); // serve() reset the emulator
    await runCase(plain);
    const call = emulator.extensionCalls.at(-1)!;
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    // A replayed body is refused (401) but still traced, under the caller's trace.
    const reply = await fetch(call.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      },
      body: JSON.stringify(call.body),
    });
    await reply.body?.cancel();
    expect(reply.status).toBe(401);
    const server = sdk
      .spans()
      .filter((span) => span.kind === SpanKind.SERVER)
      .at(-1);
    expect(server?.spanContext().traceId).toBe(traceId);
    expect(server?.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(server?.attributes).toMatchObject({
      'http.response.status_code': 401,
      'blizwork.extension.verification': 'refused',
    });
    expect(server?.status.code).toBe(SpanStatusCode.UNSET); // a 4xx is the caller's problem
  });

  it('records no token and no field value without opt-in; an opted-in field only', async () => {
    const bw = await serve({ meterProvider: sdk.meterProvider });
    await runCase(bw); // the test's calls are instrumented too: exec sends the field values
    const texts = exportedTexts(sdk.spans(), await sdk.metrics());
    expectNoneHolds(texts, [emulator.clientOptions.token, CUSTOMER]);

    const optedIn = await serve({ recordFields: ['customer_name'] });
    await runCase(optedIn);
    const withField = sdk
      .spans()
      .filter((span) => span.attributes['blizwork.field.customer_name'] === CUSTOMER)
      .map((span) => span.name);
    expect(withField.sort()).toEqual(['blizwork executeActivity', 'blizwork extension']);
    expect(
      sdk.spans().some((span) => Object.keys(span.attributes).includes('blizwork.field.amount')),
    ).toBe(false);
    expectNoneHolds(exportedTexts(sdk.spans(), await sdk.metrics()), [
      emulator.clientOptions.token,
    ]);
  });
});
