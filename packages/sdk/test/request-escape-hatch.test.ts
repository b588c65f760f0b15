// bw.request(): an endpoint the spec does not describe, through the same pipeline as every call.
import { describe, expect, it } from 'vitest';
import {
  BlizWorkAbortError,
  BlizWorkApiError,
  BlizWorkConnectionError,
  BlizWorkHttpError,
  BlizWorkResponseError,
  BlizWorkTimeoutError,
  InvalidTokenError,
  MalformedRequestError,
  TransactionLimitError,
  UnexpectedServerError,
} from '../src/index.node.js';
import { TOKEN, describeEachTransport, recordingLogger, rejectionOf } from './helpers/clients.js';
import { expectNoToken } from './helpers/expect-no-token.js';
import { ok, useFaultServer, type Fault } from '@blizwork/test-support/fault-server';

const server = useFaultServer();

describeEachTransport('request', ({ transport, clientFor, newClient }) => {
  describe('bw.request()', () => {
    it('POSTs the body as JSON to the path with the URL-encoded token as the last segment', async () => {
      server.queue(ok({ total: 7 }));
      const bw = newClient({ token: 'a/b%c?d', userId: 'u', baseUrl: server.url });
      const reply = await bw.request<{ resultCode: number; total: number }>('/reports/total', {
        year: 2026,
      });
      expect(reply).toEqual({ resultCode: 0, resultMessage: 'OK', total: 7 });
      expect(server.requests[0]).toMatchObject({
        method: 'POST',
        url: '/reports/total/a%2Fb%25c%3Fd',
        body: { year: 2026 },
      });
      expect(server.requests[0]?.headers['content-type']).toBe('application/json');
    });

    it('keeps percent-encoded characters other than slashes and sends extra headers', async () => {
      await clientFor(server.url).request(
        '/reports/caf%C3%A9',
        {},
        { headers: { 'x-trace': '1' } },
      );
      expect(server.requests[0]?.url).toBe(`/reports/caf%C3%A9/${TOKEN}`);
      expect(server.requests[0]?.headers['x-trace']).toBe('1');
    });

    it('sends a header named like an Object.prototype member as a header', async () => {
      const headers = JSON.parse('{"__proto__":"p","constructor":"c"}') as Record<string, string>;
      await clientFor(server.url).request('/x', {}, { headers });
      const raw = server.requests[0]?.rawHeaders ?? [];
      const sent = raw.flatMap((name, i) =>
        i % 2 === 0 ? [[name.toLowerCase(), raw[i + 1]]] : [],
      );
      expect(sent).toContainEqual(['constructor', 'c']);
      // undici (Node's fetch) drops a `__proto__` header whatever it is given: not ours to fix.
      if (transport === 'node:http') expect(sent).toContainEqual(['__proto__', 'p']);
    });

    it('resolves a status/message envelope with resultCode and resultMessage', async () => {
      server.queue({ kind: 'json', body: { status: 0, message: 'fine' } });
      expect(await clientFor(server.url).request('/x', {})).toEqual({
        status: 0,
        message: 'fine',
        resultCode: 0,
        resultMessage: 'fine',
      });
    });

    it.each([
      ['process/case', 'must start with "/"'],
      ['', 'must start with "/"'],
      ['/process/case?x=1', 'query or fragment'],
      ['/process/case#x', 'query or fragment'],
      ['/process/case/', 'must not end with "/"'],
      ['/', 'must not end with "/"'],
      ['/process//case', 'empty segment'],
      ['/process/../init', '"." or ".."'],
      ['/process/./case', '"." or ".."'],
      ['/process/%2e%2e/init', '"." or ".."'],
      ['/process/%2E/case', '"." or ".."'],
      ['/process%2Fcase', 'encoded "/"'],
      ['/process%2fcase', 'encoded "/"'],
      ['/process%5Ccase', 'encoded "/"'],
      ['/process\\case', '"\\"'],
      ['/process/{token}', '"{"'],
      ['/process/ case', 'whitespace'],
      ['/process/\tcase', 'whitespace'],
      ['/process/%0acase', 'control characters'],
      ['/process/%E0%A4%A', 'malformed percent-encoding'],
      ['/process/%7Fcase', 'control characters'],
      // Not ASCII: node:http would refuse it as a connection error, fetch would send it encoded.
      ['/．．/x', 'ASCII characters only'],
      ['/a/‥/b', 'ASCII characters only'],
      ['/é/x', 'ASCII characters only: percent-encode any other'],
      ['/x/\u{1F600}', 'ASCII characters only'],
      ['/x/\u0085', 'ASCII characters only'],
      // Percent-encoded, but read as a dot segment or a slash by a server that normalises (NFKC).
      ['/a/%EF%BC%8E%EF%BC%8E/b', 'nor characters that normalise to them'],
      ['/a/%E2%80%A5/b', 'nor characters that normalise to them'],
      ['/a/%EF%BC%8E/b', 'nor characters that normalise to them'],
      ['/a/.%EF%BC%8E/b', 'nor characters that normalise to them'],
      ['/process%EF%BC%8Fcase', 'encoded "/"'],
      ['/process%EF%BC%BCcase', 'encoded "/"'],
    ])('refuses the path %j with a TypeError (%s) and sends nothing', async (path, problem) => {
      const error = await rejectionOf(clientFor(server.url).request(path, {}));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toContain(problem);
      expect(server.requests).toHaveLength(0);
    });

    // Each with the value an attacker (or a confused caller) would give it.
    it.each([
      ['host', 'evil.example'],
      ['Host', 'evil.example:443'],
      ['content-length', '0'],
      ['Transfer-Encoding', 'chunked'],
      ['connection', 'upgrade, close'],
      ['keep-alive', 'timeout=600'],
      ['upgrade', 'websocket'],
      ['te', 'trailers'],
      ['trailer', 'x-late'],
      ['expect', '100-continue'],
      ['proxy-authorization', 'Basic eDp5'],
      ['Proxy-Connection', 'keep-alive'],
      ['cookie', 'session=1'],
      ['origin', 'https://evil.example'],
      ['sec-fetch-site', 'same-origin'],
      ['x-http-method-override', 'DELETE'],
    ])(
      'refuses the header %j (%j) with a TypeError naming it, and sends nothing',
      async (name, value) => {
        const error = await rejectionOf(
          clientFor(server.url).request('/x', {}, { headers: { [name]: value } }),
        );
        expect(error).toBeInstanceOf(TypeError);
        expect(error.message).toContain(`request() header ${JSON.stringify(name)} is not allowed`);
        expect(error.message).not.toContain(value);
        expect(server.requests).toHaveLength(0);
      },
    );

    it.each([
      ['a name that is not a token', { 'x y': '1' }, 'is not a valid header name'],
      ['an empty name', { '': '1' }, 'is not a valid header name'],
      ['a value with a line break', { 'x-a': '1\r\nhost: evil' }, 'one-line string value'],
      ['a value with NUL', { 'x-a': '1\u0000' }, 'one-line string value'],
      ['a value beyond ASCII', { 'x-a': 'é' }, 'one-line string value'],
      ['a value that is not a string', { 'x-a': 1 }, 'one-line string value'],
      ['headers that are not an object', 'x-a: 1', 'headers must be an object'],
      ['headers in an array', [['x-a', '1']], 'headers must be an object'],
      ['null headers', null, 'headers must be an object'],
      ['a value with DEL', { 'x-a': '1\u007f' }, 'one-line string value'],
      ['a long invalid name, cut short', { ['x y'.repeat(30)]: '1' }, `"${'x y'.repeat(20)}" is`],
      ['a Headers object with host', new Headers({ host: 'evil.example' }), 'header "host"'],
    ])('refuses %s with a TypeError and sends nothing', async (_what, headers, problem) => {
      const error = await rejectionOf(
        clientFor(server.url).request('/x', {}, { headers: headers as Record<string, string> }),
      );
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toContain(problem);
      expect(error.message).not.toContain('evil'); // a value may be a credential: never quoted
      expect(server.requests).toHaveLength(0);
    });

    it('refuses a path that is not a string with a TypeError and sends nothing', async () => {
      const error = await rejectionOf(clientFor(server.url).request(42 as unknown as string, {}));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toContain('request() needs a path string');
      expect(server.requests).toHaveLength(0);
    });

    it('sends a percent-encoded space, and a header value of all printable ASCII', async () => {
      const printable = String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 0x20 + i));
      await clientFor(server.url).request(
        '/reports/a%20b',
        {},
        { headers: { 'x-a': `a${printable}` } },
      );
      expect(server.requests[0]?.url).toBe(`/reports/a%20b/${TOKEN}`);
      expect(server.requests[0]?.headers['x-a']).toBe(`a${printable}`);
    });

    it('sends allowed headers from a Headers object, and skips undefined values', async () => {
      const bw = clientFor(server.url);
      await bw.request('/x', {}, { headers: new Headers({ authorization: 'Bearer t' }) as never });
      await bw.request(
        '/x',
        {},
        { headers: { 'x-a': undefined as unknown as string, 'x-b': '\tb' } },
      );
      expect(server.requests[0]?.headers.authorization).toBe('Bearer t');
      expect(server.requests[1]?.headers).not.toHaveProperty('x-a');
      expect(server.requests[1]?.headers['x-b']).toBe('b');
    });

    it.each([
      ['a string', 'text'],
      ['an array', [1]],
      ['null', null],
      ['a BigInt member', { n: 1n }],
      [
        'a circular object',
        (() => {
          const o: Record<string, unknown> = {};
          o.self = o;
          return o;
        })(),
      ],
    ])('refuses %s as the body with a TypeError and sends nothing', async (_what, body) => {
      const error = await rejectionOf(clientFor(server.url).request('/x', body as object));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(/request\(\) body/);
      expect(server.requests).toHaveLength(0);
    });

    it.each<[string, Fault, new (...args: never[]) => Error]>([
      [
        'result code 1',
        { kind: 'json', body: { resultCode: 1, resultMessage: 'no' } },
        InvalidTokenError,
      ],
      ['result code 100', { kind: 'json', body: { resultCode: 100 } }, MalformedRequestError],
      [
        'result code 101 (status envelope)',
        { kind: 'json', body: { status: 101, message: 'boom' } },
        UnexpectedServerError,
      ],
      ['result code 200', { kind: 'json', body: { resultCode: 200 } }, TransactionLimitError],
      ['another result code', { kind: 'json', body: { resultCode: 7 } }, BlizWorkApiError],
      [
        'an HTTP 502 page',
        { kind: 'text', status: 502, body: '<h1>bad gateway</h1>' },
        BlizWorkHttpError,
      ],
      ['an HTML 200 page', { kind: 'text', body: '<html>login</html>' }, BlizWorkResponseError],
      ['a reply without result code', { kind: 'json', body: { ok: true } }, BlizWorkResponseError],
      ['an empty reply', { kind: 'text', body: '' }, BlizWorkResponseError],
      ['a dropped connection', { kind: 'reset' }, BlizWorkConnectionError],
      ['a body cut short', { kind: 'cut-body' }, BlizWorkConnectionError],
    ])(
      'rejects %s with its typed error, named after the path',
      async (_what, fault, errorClass) => {
        server.queue(fault);
        const client = clientFor(server.url, { maxRetries: 0 });
        const error = await rejectionOf(client.request('/reports/total', {}));
        expect(error).toBeInstanceOf(errorClass);
        expect(error).toMatchObject({ operation: 'request(/reports/total)' });
        expectNoToken(error);
      },
    );

    it('times out each attempt after timeoutMs', async () => {
      server.queue({ kind: 'slow', delayMs: 5_000, then: ok() });
      const error = await rejectionOf(
        clientFor(server.url, { timeoutMs: 100 }).request('/reports/total', {}),
      );
      expect(error).toBeInstanceOf(BlizWorkTimeoutError);
      expectNoToken(error);
    });

    it("stops at the caller's signal, before sending and while waiting", async () => {
      const bw = clientFor(server.url);
      const before = await rejectionOf(
        bw.request('/reports/total', {}, { signal: AbortSignal.abort(new Error('left')) }),
      );
      expect(before).toBeInstanceOf(BlizWorkAbortError);
      expect(server.requests).toHaveLength(0);
      server.queue({ kind: 'slow', delayMs: 10_000 });
      const controller = new AbortController();
      const pending = rejectionOf(
        bw.request('/reports/total', {}, { retry: true, signal: controller.signal }),
      );
      while (server.requests.length < 1) await new Promise((resolve) => setTimeout(resolve, 5));
      controller.abort('stop');
      expect(await pending).toBeInstanceOf(BlizWorkAbortError);
      expect(server.requests).toHaveLength(1);
    });

    it('is not retried unless asked, and retried with { retry: true }', async () => {
      const bw = clientFor(server.url, { maxRetries: 1 });
      server.queue({ kind: 'text', status: 503, body: 'busy' });
      expect(await rejectionOf(bw.request('/reports/total', {}))).toBeInstanceOf(BlizWorkHttpError);
      expect(server.requests).toHaveLength(1);
      server.reset();
      server.queue({ kind: 'text', status: 503, body: 'busy' });
      await bw.request('/reports/total', {}, { retry: true });
      expect(server.requests).toHaveLength(2);
    });

    it('never shows the token, even when the server echoes it in a message or page', async () => {
      const logger = recordingLogger();
      const bw = clientFor(server.url, { logger });
      server.queue(
        { kind: 'json', body: { resultCode: 1, resultMessage: `token ${TOKEN} expired` } },
        { kind: 'text', status: 404, body: `Cannot POST /reports/total/${TOKEN}` },
      );
      const apiError = await rejectionOf(bw.request('/reports/total', {}));
      const httpError = await rejectionOf(bw.request('/reports/total', {}));
      expectNoToken(apiError);
      expectNoToken(httpError);
      expect((apiError as BlizWorkApiError).resultMessage).toBe('token *** expired');
      expect(logger.lines[0]?.text).toMatch(
        /^blizwork request\(\/reports\/total\) POST .*\/reports\/total\/\*\*\* attempt 1/,
      );
      for (const line of logger.lines) expectNoToken(line.text);
    });
  });
});
