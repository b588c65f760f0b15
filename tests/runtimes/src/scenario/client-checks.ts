import {
  BlizWork,
  BlizWorkApiError,
  BlizWorkConnectionError,
  InvalidTokenError,
  type FileContent,
} from '@blizwork/sdk';
import { instrument } from '@blizwork/sdk/otel';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { assert, assertEqual, assertHidden, type Checks, rejectionOf } from './checks.js';
import { recordingTracerProvider } from './recording-tracer.js';
import type { ScenarioConfig } from './scenario-config.js';

/** A client from overrides alone: `fromEnv` must not need environment access for it (Deno). */
export function clientFromOverrides(config: ScenarioConfig): BlizWork {
  return BlizWork.fromEnv(undefined, {
    token: config.token,
    userId: config.userId,
    companyId: config.companyId,
    baseUrl: config.emulatorUrl,
    environment: 'production',
  });
}

async function uploadAndDownload(bw: BlizWork, content: FileContent, expected: string) {
  const stored = await bw.uploadFile({ fileName: 'matrix.txt', content });
  const download = await fetch(stored.fileUrl);
  assertEqual(download.status, 200, 'download status');
  assertEqual(await download.text(), expected, 'downloaded content');
  return stored;
}

/** Client calls against the emulator: cases, master data, files, errors and token hiding. */
export async function clientChecks(checks: Checks, config: ScenarioConfig, runtime: string) {
  let bw: BlizWork | undefined;
  await checks.run('fromEnv with overrides builds a client', () => {
    bw = clientFromOverrides(config);
    assertEqual(bw.baseUrl, config.emulatorUrl.replace(/\/$/, ''), 'baseUrl');
  });
  if (bw === undefined) return;
  const client = bw;
  const sales = client.process('sales-process');

  await checks.run('startCase, getCase and exec move a case', async () => {
    const number = await sales.startCase();
    const lead = await sales.getCase(number);
    assertEqual([lead.number, lead.pendingFormId], [number, 'lead'], 'new case');
    const next = await lead.exec('qualification', { customer_name: runtime, amount: 3 });
    assertEqual(
      [next.pendingFormId, next.field('customer_name')],
      ['qualification', runtime],
      'case after exec',
    );
  });

  await checks.run(
    'OpenTelemetry: instrument() records a span per call, without the token',
    async () => {
      const { provider, ended } = recordingTracerProvider();
      const traced = instrument(client, { tracerProvider: provider });
      await traced.process('sales-process').listCases();
      await rejectionOf(traced.process('no-such-process').getCase(1));
      assertEqual(
        ended.map((span) => [span.name, span.kind, span.attributes['blizwork.operation']]),
        [
          ['blizwork listCases', SpanKind.CLIENT, 'listCases'],
          ['blizwork getCase', SpanKind.CLIENT, 'getCase'],
        ],
        'spans',
      );
      assertEqual(ended[1]?.status.code, SpanStatusCode.ERROR, 'failed call status');
      assert(!JSON.stringify(ended).includes(config.token), 'the token appears in a span');
    },
  );

  await checks.run('master data upsert and query', async () => {
    const table = client.masterData('Clientes');
    await table.upsert({ nombre: `matrix-${runtime}` }, { ciudad: runtime });
    const found = await table.records({ nombre: `matrix-${runtime}` });
    assertEqual(
      found.map((record) => record.ciudad),
      [runtime],
      'records',
    );
  });

  await checks.run('upload as bytes, Blob and text, then download', async () => {
    const text = `hola ${runtime} ñ`;
    const bytes = new TextEncoder().encode(text);
    await uploadAndDownload(client, bytes, text);
    await uploadAndDownload(client, new Blob([bytes], { type: 'text/plain' }), text);
    const quote = await uploadAndDownload(client, text, text);
    const number = await sales.startCase();
    const qualified = await (
      await sales.getCase(number)
    ).exec('qualification', {
      customer_name: runtime,
    });
    const won = await qualified.exec('won', { score: 1, quote });
    assertEqual(won.downloadUrl('quote'), quote.fileUrl, 'downloadUrl');
  });

  await checks.run(
    'a refused token is an InvalidTokenError that never shows the token',
    async () => {
      const secret = 'matrix-secret-token-0123456789';
      const error = await rejectionOf(
        client.withOptions({ token: secret }).process('sales-process').getCase(1),
      );
      assert(
        error instanceof InvalidTokenError,
        `expected InvalidTokenError, got ${String(error)}`,
      );
      assertHidden(error, secret);
    },
  );

  await checks.run('an unknown case is a BlizWorkApiError that never shows the token', async () => {
    const error = await rejectionOf(sales.getCase(987_654));
    assert(error instanceof BlizWorkApiError, `expected BlizWorkApiError, got ${String(error)}`);
    assert(!(error instanceof InvalidTokenError), 'a valid token was reported as invalid');
    assertHidden(error, config.token);
  });

  await checks.run(
    'a closed port is a BlizWorkConnectionError that never shows the token',
    async () => {
      const offline = client.withOptions({ baseUrl: config.closedUrl, maxRetries: 0 });
      const error = await rejectionOf(offline.process('sales-process').getCase(1));
      assert(
        error instanceof BlizWorkConnectionError,
        `expected BlizWorkConnectionError, got ${String(error)}`,
      );
      assertHidden(error, config.token);
    },
  );

  await checks.run('a bad option is a TypeError', () => {
    let thrown: unknown;
    try {
      new BlizWork({ token: config.token, userId: config.userId, environment: 'prod' as never });
    } catch (error) {
      thrown = error;
    }
    assert(thrown instanceof TypeError, `expected TypeError, got ${String(thrown)}`);
    assertHidden(thrown, config.token);
  });
}
