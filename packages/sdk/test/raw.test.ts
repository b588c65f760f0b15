// bw.raw(): a generated operation the SDK does not wrap, with the SDK's configuration and errors.
import { describe, expect, it } from 'vitest';
import {
  getCase,
  listCases,
  startCase,
  upsertMasterData,
  validateCallByPath,
  type Client,
} from '@blizwork/client';
import { BlizWorkHttpError, InvalidTokenError } from '../src/index.node.js';
import {
  TOKEN,
  describeEachTransport,
  recordingLogger,
  rejectionOf,
  USER_ID,
} from './helpers/clients.js';
import { ok, useFaultServer } from '@blizwork/test-support/fault-server';

const server = useFaultServer();

describeEachTransport('raw', ({ clientFor }) => {
  describe('bw.raw()', () => {
    it('injects the token after the other path parameters, encodes them, and resolves the envelope', async () => {
      server.queue(ok({ extra: 1 }));
      const reply = await clientFor(server.url).raw(validateCallByPath, {
        path: { handshakeToken: 'a b/../init' },
        body: {},
      });
      expect(reply).toEqual({ resultCode: 0, resultMessage: 'OK', extra: 1 });
      expect(server.requests[0]).toMatchObject({
        url: `/utils/validatecall/a%20b%2F..%2Finit/${TOKEN}/`,
        body: {},
      });
    });

    it('types and returns the reply of the operation', async () => {
      server.queue(ok({ payload: { caseNumber: 5 } }));
      const reply = await clientFor(server.url).raw(getCase, {
        body: { userId: 'u', processId: 'p', caseNumber: 5 },
      });
      expect(reply.payload?.caseNumber).toBe(5);
    });

    it('sends extra headers', async () => {
      await clientFor(server.url).raw(validateCallByPath, {
        path: { handshakeToken: 'h' },
        body: {},
        headers: { 'x-trace': '1' },
      });
      expect(server.requests[0]?.headers['x-trace']).toBe('1');
    });

    it.each(['host', 'Content-Length', 'transfer-encoding', 'proxy-authorization'])(
      'refuses the header %j with a TypeError naming it, and sends nothing',
      async (name) => {
        const error = await rejectionOf(
          clientFor(server.url).raw(validateCallByPath, {
            path: { handshakeToken: 'h' },
            body: {},
            headers: { [name]: '1' },
          }),
        );
        expect(error).toBeInstanceOf(TypeError);
        expect(error.message).toContain(`raw() header ${JSON.stringify(name)} is not allowed`);
        expect(server.requests).toHaveLength(0);
      },
    );

    it('rejects with the same error classes as the SDK methods, named after the operation', async () => {
      server.queue({ kind: 'json', body: { resultCode: 1, resultMessage: 'expired' } });
      const apiError = await rejectionOf(
        clientFor(server.url).raw(validateCallByPath, { path: { handshakeToken: 'h' }, body: {} }),
      );
      expect(apiError).toBeInstanceOf(InvalidTokenError);
      expect(apiError).toMatchObject({ operation: 'validateCallByPath' });
      server.queue({ kind: 'text', status: 502, body: 'bad gateway' });
      expect(
        await rejectionOf(
          clientFor(server.url).raw(
            validateCallByPath,
            { path: { handshakeToken: 'h' }, body: {} },
            { retry: false },
          ),
        ),
      ).toBeInstanceOf(BlizWorkHttpError);
    });

    it('logs like the SDK methods', async () => {
      const logger = recordingLogger();
      await clientFor(server.url, { logger }).raw(validateCallByPath, {
        path: { handshakeToken: 'h' },
        body: {},
      });
      expect(logger.lines[0]?.text).toMatch(
        /^blizwork validateCallByPath POST .*\/utils\/validatecall\/h\/\*\*\* attempt 1: 200/,
      );
    });

    it('throws TypeError for a missing path parameter and sends nothing', async () => {
      const bw = clientFor(server.url);
      await expect(bw.raw(validateCallByPath, { body: {} } as never)).rejects.toThrow(
        /missing path parameter "handshakeToken"/,
      );
      await expect(bw.raw('getCase' as never, { body: {} })).rejects.toThrow(TypeError);
      expect(server.requests).toHaveLength(0);
    });

    it("fills in userId and environment where the spec's body has them, keeping the caller's values", async () => {
      const bw = clientFor(server.url);
      await bw.raw(listCases, { body: { processId: 'p' } });
      await bw.withOptions({ environment: 'draft' }).raw(listCases, { body: { processId: 'p' } });
      await bw.raw(listCases, {
        body: { processId: 'p', userId: 'bob@acme.test', environment: 'draft' },
      });
      expect(server.requests.map((request) => request.body)).toEqual([
        { processId: 'p', userId: USER_ID, environment: 'production' },
        { processId: 'p', userId: USER_ID, environment: 'draft' },
        { processId: 'p', userId: 'bob@acme.test', environment: 'draft' },
      ]);
    });

    it('fills in nothing the spec body lacks, nothing but userId and environment, and nothing with fill: false', async () => {
      const bw = clientFor(server.url);
      await bw.raw(validateCallByPath, { path: { handshakeToken: 'h' }, body: {} });
      await bw.raw(startCase, { body: { companyId: 'c', workflowId: 'p' } });
      await bw.raw(listCases, { body: { processId: 'p', userId: 'u' } }, { fill: false });
      expect(server.requests.map((request) => request.body)).toEqual([
        {},
        { companyId: 'c', workflowId: 'p', userId: USER_ID, environment: 'production' },
        { processId: 'p', userId: 'u' },
      ]);
    });

    it('resolves a status/message envelope with resultCode and resultMessage', async () => {
      server.queue({ kind: 'json', body: { status: 0, message: 'fine', payload: [] } });
      const reply = await clientFor(server.url).raw(listCases, { body: { processId: 'p' } });
      expect(reply).toEqual({
        status: 0,
        message: 'fine',
        payload: [],
        resultCode: 0,
        resultMessage: 'fine',
      });
    });

    it('retries an operation the spec marks retry-safe, and no other, unless told', async () => {
      const bw = clientFor(server.url, { maxRetries: 1 });
      server.queue({ kind: 'text', status: 503, body: 'busy' });
      await bw.raw(listCases, { body: { processId: 'p' } });
      expect(server.requests).toHaveLength(2);
      server.reset();
      server.queue({ kind: 'text', status: 503, body: 'busy' });
      const write = { body: { table: 'T', filter: { a: 1 }, update: { b: 2 } } };
      expect(await rejectionOf(bw.raw(upsertMasterData, write))).toBeInstanceOf(BlizWorkHttpError);
      expect(server.requests).toHaveLength(1);
      server.reset();
      server.queue({ kind: 'text', status: 503, body: 'busy' });
      expect(
        await rejectionOf(bw.raw(listCases, { body: { processId: 'p' } }, { retry: false })),
      ).toBeInstanceOf(BlizWorkHttpError);
      expect(server.requests).toHaveLength(1);
    });

    it('names errors after the spec operationId, not Function.name (minified bundles)', async () => {
      // What a minifier leaves: a function named `a` that still carries the metadata.
      const a = Object.assign((options: Parameters<typeof listCases>[0]) => listCases(options), {
        '~blizwork': listCases['~blizwork'],
      });
      server.queue({ kind: 'json', body: { resultCode: 1, resultMessage: 'expired' } });
      const error = await rejectionOf(clientFor(server.url).raw(a, { body: { processId: 'p' } }));
      expect(error).toMatchObject({ operation: 'listCases' });
      expect(server.requests[0]?.body).toMatchObject({ userId: USER_ID });
    });

    it('calls a hand-written operation in the generated style with the token and nothing filled', async () => {
      const countCases = (options: {
        client: Client;
        path: { token: string };
        body: { userId: string };
      }) =>
        options.client.post({ url: '/process/count/{token}', ...options }) as Promise<{
          data?: { resultCode: number; count: number };
        }>;
      server.queue(ok({ count: 3 }));
      const reply = await clientFor(server.url).raw(countCases, { body: { userId: 'u' } });
      expect(reply.count).toBe(3);
      expect(server.requests[0]).toMatchObject({
        url: `/process/count/${TOKEN}`,
        body: { userId: 'u' },
      });
    });
  });
});
