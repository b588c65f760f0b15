// Issue 18, item 10: the Node server's one body reader (BlizWork API and admin API alike) refuses an
// over-limit content-length at once (413) and bounds the time a body may take (408); both replies
// close the connection, so nothing unread is kept or waited for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultCodes, startEmulator, type Emulator } from '../src/index.js';
import { operationPath } from './helpers/api-client.js';
import { socketExchange } from '@blizwork/test-support/raw-socket';
import { acme } from './helpers/use-emulator.js';

const maxBodyBytes = 4096;
const bodyTimeoutMs = 300;
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({
    log: () => undefined,
    dashboard: true,
    maxBodyBytes,
    bodyTimeoutMs,
  });
});
afterAll(() => emulator.close());

/** A JSON POST head (no `Connection: close`: the server must close by itself). */
const head = (path: string, framing: string): string =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${emulator.port}\r\nContent-Type: application/json\r\nOrigin: ${emulator.url}\r\n${framing}\r\n\r\n`;

const routes = [
  ['the admin API', () => '/_emulator/api/cases'],
  ['the BlizWork API', () => operationPath('startCase', acme.token)],
] as const;

describe.each(routes)('the body reader of %s', (name, path) => {
  const isAdmin = name === 'the admin API';

  it('answers 413 to an over-limit content-length at once, without waiting for the body, and closes', async () => {
    // Only the head is sent: a reader that waits for the declared 100 MB never answers.
    const exchange = await socketExchange(emulator.url, head(path(), 'Content-Length: 100000000'));
    expect(exchange.status).toBe(413);
    expect(exchange.headers.get('connection')).toBe('close');
    expect(JSON.parse(exchange.body)).toMatchObject(
      isAdmin
        ? { error: `request body is over ${maxBodyBytes} bytes` }
        : { resultCode: ResultCodes.bodyTooLarge },
    );
  });

  it.each([
    ['a declared body that stops halfway', 'Content-Length: 100', '{"companyId":'],
    ['a chunked body that never ends', 'Transfer-Encoding: chunked', '5\r\n{"a":\r\n'],
  ])('answers 408 to %s once bodyTimeoutMs passes, and closes', async (_case, framing, part) => {
    const exchange = await socketExchange(emulator.url, `${head(path(), framing)}${part}`);
    expect(exchange.status).toBe(408);
    expect(exchange.headers.get('connection')).toBe('close');
    expect(JSON.parse(exchange.body)).toMatchObject(
      isAdmin
        ? { error: 'the request body did not arrive in time; send it again' }
        : { resultCode: ResultCodes.requestTimeout },
    );
  });

  it('still answers a whole body in time', async () => {
    const body = JSON.stringify({
      companyId: acme.companyId,
      processId: acme.process,
      userId: acme.ana,
      workflowId: acme.process,
    });
    const exchange = await socketExchange(
      emulator.url,
      `${head(path(), `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close`)}${body}`,
    );
    expect(exchange.status).toBe(200);
    expect(JSON.parse(exchange.body)).toMatchObject({ resultCode: 0, caseNumber: 4 });
    emulator.reset();
  });
});

describe('the bodyTimeoutMs option', () => {
  it.each([0, -1, 1.5, Number.NaN])('refuses %s with a TypeError', async (value) => {
    await expect(startEmulator({ bodyTimeoutMs: value })).rejects.toThrow(
      /bodyTimeoutMs must be a positive integer/,
    );
  });
});
