// Errors that say how to fix them: connection failures name their system code and what to check,
// a refused token says where tokens come from, a stale Case says to use the one exec resolved.
import { describe, expect, it } from 'vitest';
import { connectionHint } from '../src/errors/connection-hint.js';
import { BlizWorkConnectionError, InvalidTokenError } from '../src/index.node.js';
import { describeEachTransport, rejectionOf } from './helpers/clients.js';
import { closedPort, useFaultServer } from '@blizwork/test-support/fault-server';

const server = useFaultServer();

describeEachTransport('error hints', ({ clientFor }) => {
  describe('a connection error', () => {
    it('names ECONNREFUSED and asks whether the server at baseUrl is running', async () => {
      const baseUrl = `http://127.0.0.1:${await closedPort()}`;
      const error = await rejectionOf(
        clientFor(baseUrl, { maxRetries: 0 }).process('p').getCase(1),
      );
      expect(error).toBeInstanceOf(BlizWorkConnectionError);
      expect(error).toMatchObject({ code: 'ECONNREFUSED' });
      expect(error.message).toContain('(ECONNREFUSED)');
      expect(error.message).toContain(`is the server at ${baseUrl} running?`);
    });

    it('names the code of a connection dropped by the server, with a hint', async () => {
      server.queue({ kind: 'reset' });
      const error = await rejectionOf(clientFor(server.url).masterData('T').delete({ a: 1 }));
      expect(error).toBeInstanceOf(BlizWorkConnectionError);
      const code = (error as BlizWorkConnectionError).code;
      expect(code).toMatch(/^(ECONNRESET|UND_ERR_SOCKET)$/);
      expect(error.message).toContain(`(${code})`);
      expect(error.message).toContain(connectionHint(code, server.url));
    });

    it.each([
      ['ENOTFOUND', /check the host name in baseUrl \(https:\/\/x\.test\)/],
      ['EAI_AGAIN', /DNS lookup/],
      ['ECONNRESET', /closed the connection/],
      ['ETIMEDOUT', /no answer while connecting/],
      ['UND_ERR_CONNECT_TIMEOUT', /no answer while connecting/],
      ['CERT_HAS_EXPIRED', /TLS certificate/],
    ])('hint for %s', (code, hint) => {
      expect(connectionHint(code, 'https://x.test')).toMatch(hint);
    });

    it('has no hint for an unknown or missing code', () => {
      expect(connectionHint('EWHATEVER', 'https://x.test')).toBeUndefined();
      expect(connectionHint(undefined, 'https://x.test')).toBeUndefined();
    });
  });

  describe('InvalidTokenError', () => {
    it('says where tokens come from and that they expire', async () => {
      server.queue({ kind: 'json', body: { resultCode: 1, resultMessage: 'Invalid token' } });
      const error = await rejectionOf(clientFor(server.url).masterData('T').records());
      expect(error).toBeInstanceOf(InvalidTokenError);
      expect(error.message).toContain('result code 1: Invalid token');
      expect(error.message).toContain('"Mi Cuenta"');
      expect(error.message).toContain('BlizWork web app');
      expect(error.message).toContain('about one year');
    });
  });
});
