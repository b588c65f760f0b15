// bw.raw(): a generated operation the SDK does not wrap, with the SDK's configuration and errors.
import { describe, expect, it } from 'vitest';
import { getCase, validateCallByPath } from '@blizwork/client';
import { BlizWorkHttpError, InvalidTokenError } from '../src/index.js';
import { TOKEN, clientFor, recordingLogger, rejectionOf } from './helpers/clients.js';
import { ok, useFaultServer } from './helpers/fault-server.js';

const server = useFaultServer();

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
        clientFor(server.url).raw(validateCallByPath, { path: { handshakeToken: 'h' }, body: {} }),
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
    await expect(bw.raw('getCase' as never, { body: {} } as never)).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });
});
