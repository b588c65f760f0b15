// The token never shows: not in error messages, stacks, inspect or JSON output, nor in log lines.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createRedactor, redactUrl, sanitizeCause } from '../../src/internal/pipeline/redact.js';
import { TOKEN, describeEachTransport, recordingLogger, rejectionOf } from '../helpers/clients.js';
import { expectNoToken } from '../helpers/expect-no-token.js';
import { closedPort, ok, useFaultServer, type Fault } from '@blizwork/test-support/fault-server';

const server = useFaultServer();

describeEachTransport('redaction', ({ clientFor, newClient }) => {
  describe('redactUrl', () => {
    it.each([
      ['https://api.blizwork.com/exec/abc', 'https://api.blizwork.com/exec/***'],
      ['https://api.blizwork.com/process/case/abc/', 'https://api.blizwork.com/process/case/***'],
      [
        'https://api.blizwork.com/utils/validatecall/hs/abc/',
        'https://api.blizwork.com/utils/validatecall/hs/***',
      ],
      ['http://127.0.0.1:9/init/a%2Fb?x=1#y', 'http://127.0.0.1:9/init/***'],
    ])('%s -> %s', (url, expected) => {
      expect(redactUrl(url)).toBe(expected);
    });
  });

  describe('createRedactor', () => {
    it('removes the raw and URL-encoded token', () => {
      const redact = createRedactor('a/b c');
      expect(redact('x a/b c y a%2Fb%20c z')).toBe('x *** y *** z');
    });
  });

  describe('sanitizeCause', () => {
    it('copies an error chain without the token, keeping name and code', () => {
      const inner = Object.assign(new Error(`connect to /exec/${TOKEN}`), { code: 'ECONNRESET' });
      const outer = new TypeError(`Failed to parse URL from https://x/exec/${TOKEN}`, {
        cause: inner,
      });
      const copy = sanitizeCause(outer, createRedactor(TOKEN)) as Error;
      expect(copy).toMatchObject({
        name: 'TypeError',
        message: 'Failed to parse URL from https://x/exec/***',
      });
      expect(copy.cause).toMatchObject({ message: 'connect to /exec/***', code: 'ECONNRESET' });
      expectNoToken(copy);
    });
  });

  describe('errors', () => {
    it.each<[string, Fault]>([
      [
        'an API error whose message echoes the URL',
        { kind: 'json', body: { resultCode: 1, resultMessage: `bad token ${TOKEN}` } },
      ],
      [
        'an HTTP error whose page echoes the path',
        { kind: 'text', status: 404, body: `Cannot POST /exec/${TOKEN}` },
      ],
      ['a response error', { kind: 'text', body: `<p>${TOKEN}</p>` }],
      ['a connection error', { kind: 'reset' }],
      ['a timeout', { kind: 'slow', delayMs: 5_000 }],
      [
        'a redirect whose Location keeps the token-bearing path',
        {
          kind: 'json',
          status: 307,
          body: {},
          headers: { location: `http://elsewhere.test/master-data/delete/${TOKEN}` },
        },
      ],
      [
        'a redirect to a host named after the token',
        { kind: 'json', status: 302, body: {}, headers: { location: `http://${TOKEN}.test/` } },
      ],
      [
        'a body over maxResponseBytes',
        { kind: 'stream', chunkBytes: 64 * 1024, chunkCount: 1, headers: { 'x-t': TOKEN } },
      ],
    ])('hold no token: %s', async (_label, fault) => {
      server.queue(fault);
      // Only the timeout case gets a short limit: on a busy machine a 100 ms limit can expire before
      // the request reaches the server, which then answers that late request with the next test's fault.
      const timeoutMs = fault.kind === 'slow' ? 100 : 20_000;
      const error = await rejectionOf(
        clientFor(server.url, { timeoutMs, maxResponseBytes: 1024 })
          .masterData('T')
          .delete({ a: 1 }),
      );
      expectNoToken(error);
      expect(JSON.parse(JSON.stringify(error))).toMatchObject({
        name: error.name,
        url: `${server.url}/master-data/delete/***`,
      });
    });

    it('hold no token when a custom fetch fails with the URL in its message', async () => {
      const fetch = async (url: string | URL | Request) => {
        throw new TypeError(
          `Failed to parse URL from ${url instanceof Request ? url.url : String(url)}`,
        );
      };
      const error = await rejectionOf(
        clientFor(server.url, { fetch }).masterData('T').delete({ a: 1 }),
      );
      expect((error.cause as Error).message).toContain('/master-data/delete/***');
      expectNoToken(error);
    });

    it('hold no token: a refused connection, with its hint naming a base URL that has the token', async () => {
      const origin = `http://127.0.0.1:${await closedPort()}`;
      const error = await rejectionOf(
        clientFor(`${origin}/${TOKEN}`).masterData('T').delete({ a: 1 }),
      );
      expect(error.message).toContain(`is the server at ${origin}/*** running?`);
      expect(error.message).toContain(`${origin}/***/master-data/delete/***`);
      expectNoToken(error);
    });

    it('hold no token: a getCase reply about another case that quotes the token', async () => {
      server.queue(ok({ payload: { caseNumber: 3, note: TOKEN } }));
      const error = await rejectionOf(clientFor(server.url).process('p').getCase(2));
      expect(error.message).toContain('the reply is case #3');
      expectNoToken(error);
    });

    it('hold no token: a stale Case', async () => {
      const document = { caseNumber: 2, history: [{ nextActivity: { formId: 'lead' } }] };
      server.queue(ok({ payload: document }), ok(), ok({ payload: document }));
      const c = await clientFor(server.url).process('p').getCase(2);
      await c.exec('qualification', {});
      const error = await rejectionOf(c.exec('qualification', {}));
      expect(error.name).toBe('StaleCaseError');
      expectNoToken(error);
    });

    it('hold no token when the options are rejected', () => {
      for (const token of [`${TOKEN} `, ` ${TOKEN}`, `${TOKEN}\n`]) {
        let thrown: unknown;
        try {
          newClient({ token, userId: 'u', environment: 'staging' as 'draft' });
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(TypeError);
        expectNoToken(thrown);
      }
    });
  });

  describe('SDK objects', () => {
    it('show no token in inspect() or JSON.stringify()', async () => {
      const bw = clientFor(server.url);
      server.queue(ok({ payload: { processSlug: 'sales-process', caseNumber: 2, history: [] } }));
      const process = bw.process('sales-process');
      const c = await process.getCase(2);
      for (const value of [
        bw,
        bw.withOptions({ environment: 'draft' }),
        process,
        c,
        bw.masterData('T'),
      ]) {
        expectNoToken(value);
      }
      expect(inspect(bw)).toContain("token: '***'");
      expect(inspect(c)).toBe(
        "Case {\n  processId: 'sales-process',\n  number: 2,\n  environment: 'production',\n  version: undefined,\n  include: 3\n}",
      );
      expect(JSON.parse(JSON.stringify(c))).toEqual({
        processSlug: 'sales-process',
        caseNumber: 2,
        history: [],
      });
    });
  });

  describe('log lines', () => {
    it('show the operation, redacted URL, attempt, status and duration, never the token or bodies', async () => {
      const logger = recordingLogger();
      server.queue(
        { kind: 'json', status: 503, body: {}, headers: { 'retry-after': '0' } },
        ok({ payload: [] }),
      );
      const bw = clientFor(server.url, { logger });
      await bw.masterData('T').records({ secretColumn: 'BODY-MARKER' });
      server.queue(ok({ payload: { fileName: 'a', fileUrl: 'u' } }));
      await bw.uploadFile({ fileName: 'f.txt', content: 'BODY-MARKER' });
      expect(logger.lines.map((line) => line.level)).toEqual(['debug', 'warn', 'debug', 'debug']);
      expect(logger.lines[0]?.text).toMatch(
        new RegExp(
          `^blizwork queryMasterData POST ${server.url}/master-data/\\*\\*\\* attempt 1: 503 in \\d+ ms`,
        ),
      );
      expect(logger.lines[2]?.text).toMatch(/attempt 2: 200 in \d+ ms/);
      for (const { text } of logger.lines) {
        expect(text).not.toContain(TOKEN);
        expect(text).not.toContain('BODY-MARKER');
        expect(text).not.toContain(btoa('BODY-MARKER'));
      }
    });
  });
});
