// Issue 18, items 3 and 6: what a web page in the developer's browser could make the browser send
// to the emulator's API (a cross-site form post, a DNS-rebound host name) is refused, and so are two
// Host headers, on the API and the dashboard alike; server-to-server clients pass unchanged.
import { createClient, createConfig, startCase } from '@blizwork/client';
import { describe, expect, it } from 'vitest';
import { ResultCodes, type Emulator } from '../src/index.js';
import { operationPath } from './helpers/api-client.js';
import { socketExchange } from '@blizwork/test-support/raw-socket';
import { acme, emulatorWith } from './helpers/use-emulator.js';

const startBody = JSON.stringify({
  companyId: acme.companyId,
  userId: acme.ana,
  workflowId: acme.process,
});
const listBody = JSON.stringify({ userId: acme.ana, processId: acme.process });

/** The cases of the default process: a started case shows up as #4. */
const caseCount = (emulator: Emulator): number =>
  [1, 2, 3, 4, 5].filter(
    (caseNumber) => emulator.readCase({ processId: acme.process, caseNumber }) !== undefined,
  ).length;

/** A POST to an operation with exactly these headers (node's fetch adds none that matter). */
const post = (emulator: Emulator, path: string, headers: Record<string, string>, body: string) =>
  fetch(emulator.url + path, { method: 'POST', headers, body });

/** One HTTP/1.1 request as raw bytes, `Connection: close` so the server ends the exchange. */
const rawRequest = (method: string, path: string, headers: readonly string[], body = ''): string =>
  `${method} ${path} HTTP/1.1\r\n${[...headers, 'Connection: close', `Content-Length: ${Buffer.byteLength(body)}`].join('\r\n')}\r\n\r\n${body}`;

describe('the API on a loopback bind (the default)', () => {
  const emulator = emulatorWith({ dashboard: true });

  it('refuses a text/plain form post from another site and starts no case (403, code 394)', async () => {
    const before = caseCount(emulator());
    // What `<form method=post enctype=text/plain action=http://127.0.0.1:3005/init/<token>>` sends.
    const reply = await post(
      emulator(),
      operationPath('startCase', acme.token),
      {
        'content-type': 'text/plain',
        origin: 'http://evil.example',
        'sec-fetch-site': 'cross-site',
      },
      startBody,
    );
    expect(reply.status).toBe(403);
    expect(reply.headers.get('connection')).toBe('close');
    const body = (await reply.json()) as { resultCode: number; resultMessage: string };
    expect(body.resultCode).toBe(ResultCodes.requestRefused);
    expect(body.resultMessage).toMatch(/cross-origin request refused.*--cors-origin/);
    expect(caseCount(emulator())).toBe(before);
  });

  it.each([
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['Origin: null (a sandboxed frame, a file:// page)', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (another port of localhost)', { 'sec-fetch-site': 'same-site' }],
  ])('refuses a JSON write with %s (403) and changes nothing', async (_name, headers) => {
    const before = caseCount(emulator());
    const reply = await post(
      emulator(),
      operationPath('startCase', acme.token),
      { 'content-type': 'application/json', ...headers },
      startBody,
    );
    expect(reply.status).toBe(403);
    expect(await reply.json()).toMatchObject({ resultCode: ResultCodes.requestRefused });
    expect(caseCount(emulator())).toBe(before);
  });

  it.each([
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['no content type', undefined],
  ])(
    'refuses a write whose body is %s, even without Origin (415, code 395)',
    async (_name, type) => {
      const before = caseCount(emulator());
      const exchange = await socketExchange(
        emulator().url,
        rawRequest(
          'POST',
          operationPath('startCase', acme.token),
          [
            `Host: ${new URL(emulator().url).host}`,
            ...(type === undefined ? [] : [`Content-Type: ${type}`]),
          ],
          startBody,
        ),
      );
      expect(exchange.status).toBe(415);
      expect(JSON.parse(exchange.body)).toMatchObject({
        resultCode: ResultCodes.unsupportedMediaType,
        resultMessage: expect.stringMatching(/application\/json.*curl: --json/) as unknown,
      });
      expect(caseCount(emulator())).toBe(before);
    },
  );

  it('refuses a foreign Host (DNS rebinding): the case list is not answered (403, code 394)', async () => {
    const exchange = await socketExchange(
      emulator().url,
      rawRequest(
        'POST',
        operationPath('listCases', acme.token),
        ['Host: evil.example:3005', 'Content-Type: application/json'],
        listBody,
      ),
    );
    expect(exchange.status).toBe(403);
    expect(exchange.body).not.toContain('caseNumber');
    expect(JSON.parse(exchange.body)).toMatchObject({
      resultCode: ResultCodes.requestRefused,
      resultMessage: expect.stringMatching(/loopback host names.*DNS rebinding.*--host/) as unknown,
    });
  });

  it.each([
    ['the API', (emulator: Emulator) => operationPath('listCases', emulator.token), 396],
    ['the dashboard', () => '/_emulator/api/overview', undefined],
  ])('answers 400 to two Host headers on %s, whichever comes first', async (_name, path, code) => {
    for (const hosts of [
      ['Host: 127.0.0.1', 'Host: evil.example'],
      ['Host: evil.example', 'Host: 127.0.0.1'],
    ]) {
      const exchange = await socketExchange(
        emulator().url,
        rawRequest(
          'POST',
          path(emulator()),
          [...hosts, 'Content-Type: application/json'],
          listBody,
        ),
      );
      expect(exchange.status).toBe(400);
      expect(exchange.body).toContain('more than one Host header');
      if (code !== undefined) expect(JSON.parse(exchange.body)).toMatchObject({ resultCode: code });
    }
  });

  it('answers the same request with one loopback Host (the control case)', async () => {
    const exchange = await socketExchange(
      emulator().url,
      rawRequest(
        'POST',
        operationPath('listCases', acme.token),
        [`Host: localhost:${emulator().port}`, 'Content-Type: application/json'],
        listBody,
      ),
    );
    expect(exchange.status).toBe(200);
    expect(JSON.parse(exchange.body)).toMatchObject({ resultCode: 0 });
  });

  it.each([
    // node:http with a JSON body: the SDK's Node transport.
    ['the SDK (Node transport)', ['Content-Type: application/json', 'Accept: application/json']],
    // `requests.post(url, json=body)`: the Python wrapper.
    [
      "Python's requests.post(json=...)",
      [
        'User-Agent: python-requests/2.32.3',
        'Accept-Encoding: gzip, deflate',
        'Accept: */*',
        'Content-Type: application/json',
      ],
    ],
    // `curl --json @body.json`.
    [
      'curl --json',
      ['User-Agent: curl/8.5.0', 'Content-Type: application/json', 'Accept: application/json'],
    ],
    // A JSON subtype with parameters.
    ['a +json type with a charset', ['Content-Type: application/vnd.blizwork+json; charset=utf-8']],
  ])('answers a server-to-server write as before: %s', async (_name, headers) => {
    const exchange = await socketExchange(
      emulator().url,
      rawRequest(
        'POST',
        operationPath('startCase', acme.token),
        [`Host: 127.0.0.1:${emulator().port}`, ...headers],
        startBody,
      ),
    );
    expect(exchange.status).toBe(200);
    expect(JSON.parse(exchange.body)).toMatchObject({ resultCode: 0, caseNumber: 4 });
    emulator().reset();
  });

  it('answers the generated client (@blizwork/client, fetch with its JSON content type)', async () => {
    const client = createClient(createConfig({ baseUrl: emulator().url }));
    const { data, response } = await startCase({
      client,
      path: { token: acme.token },
      body: { companyId: acme.companyId, userId: acme.ana, workflowId: acme.process },
    });
    expect(response?.status).toBe(200);
    expect(data).toMatchObject({ resultCode: 0, caseNumber: 4 });
    emulator().reset();
  });

  it('lets a page read a stored file cross-site (an <img>): reads are not writes', async () => {
    const uploaded = await post(
      emulator(),
      operationPath('uploadAttachment', acme.token),
      { 'content-type': 'application/json' },
      JSON.stringify({ userId: acme.ana, filename: 'a.txt', file: 'aGk=' }),
    );
    const { fileUrl } = ((await uploaded.json()) as { payload: { fileUrl: string } }).payload;
    const reply = await fetch(fileUrl, {
      headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-dest': 'image' },
    });
    expect(reply.status).toBe(200);
    expect(await reply.text()).toBe('hi');
    emulator().reset();
  });
});

describe('the API with cors', () => {
  const app = 'http://localhost:5173';
  const listed = emulatorWith({ cors: [app] });
  const any = emulatorWith({ cors: true });

  it('accepts a write from the listed origin, and refuses another one', async () => {
    const headers = { 'content-type': 'application/json', 'sec-fetch-site': 'same-site' };
    const allowed = await post(
      listed(),
      operationPath('listCases', acme.token),
      { ...headers, origin: app },
      listBody,
    );
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(app);
    const other = await post(
      listed(),
      operationPath('listCases', acme.token),
      { ...headers, origin: 'http://localhost:8080' },
      listBody,
    );
    expect(other.status).toBe(403);
  });

  it('accepts a write from any origin with cors: true', async () => {
    const reply = await post(
      any(),
      operationPath('listCases', acme.token),
      {
        'content-type': 'application/json',
        origin: 'http://elsewhere.test',
        'sec-fetch-site': 'cross-site',
      },
      listBody,
    );
    expect(reply.status).toBe(200);
  });

  it('still requires JSON from an allowed origin (a JSON body is what the preflight allowed)', async () => {
    const reply = await post(
      listed(),
      operationPath('listCases', acme.token),
      { 'content-type': 'text/plain', origin: app },
      listBody,
    );
    expect(reply.status).toBe(415);
  });
});

describe('the API bound beyond loopback on purpose (0.0.0.0, reached through 127.0.0.1)', () => {
  const emulator = emulatorWith({ host: '0.0.0.0' });

  it('answers any host name (a container or a LAN name), and still refuses cross-site writes', async () => {
    const named = await socketExchange(
      emulator().url,
      rawRequest(
        'POST',
        operationPath('listCases', acme.token),
        ['Host: emulator.internal:3005', 'Content-Type: application/json'],
        listBody,
      ),
    );
    expect(named.status).toBe(200);
    const crossSite = await post(
      emulator(),
      operationPath('listCases', acme.token),
      { 'content-type': 'application/json', origin: 'http://evil.example' },
      listBody,
    );
    expect(crossSite.status).toBe(403);
  });
});
