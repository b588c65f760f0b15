// The caller's AbortSignal: before sending, while waiting for a reply, and between retries.
import { beforeEach, describe, expect, it } from 'vitest';
import { BlizWorkAbortError, BlizWorkError } from '../src/index.node.js';
import { describeEachTransport, rejectionOf } from './helpers/clients.js';
import { ok, untilRequests, useFaultServer } from '@blizwork/test-support/fault-server';

const server = useFaultServer();

describeEachTransport('abort', ({ clientFor }) => {
  beforeEach(() => {
    server.fallback = ok({ payload: [] });
  });

  describe('a caller signal', () => {
    it('that is already aborted rejects with BlizWorkAbortError and sends nothing', async () => {
      const reason = new Error('user left');
      const error = await rejectionOf(
        clientFor(server.url)
          .masterData('T')
          .records({}, { signal: AbortSignal.abort(reason) }),
      );
      expect(error).toBeInstanceOf(BlizWorkAbortError);
      expect(error).toBeInstanceOf(BlizWorkError);
      expect(error.name).toBe('BlizWorkAbortError');
      expect(error.cause).toBe(reason);
      expect(server.requests).toHaveLength(0);
    });

    it('aborts a pending request, which is then not retried', async () => {
      server.queue({ kind: 'slow', delayMs: 10_000 });
      const controller = new AbortController();
      const pending = rejectionOf(
        clientFor(server.url, { maxRetries: 3 })
          .process('p')
          .getCase(1, { signal: controller.signal }),
      );
      await untilRequests(server, 1);
      controller.abort('stop');
      const error = await pending;
      expect(error).toBeInstanceOf(BlizWorkAbortError);
      expect(error.cause).toBe('stop');
      expect(error.message).toBe("getCase was aborted by the caller's signal");
      expect(server.requests).toHaveLength(1);
    });

    it('stops the wait between retries while it is under way; the next attempt is never sent', async () => {
      server.queue({ kind: 'json', status: 503, body: {}, headers: { 'retry-after': '1' } });
      const controller = new AbortController();
      // The transport logs the retry, then starts the wait in the same synchronous step: once the
      // test resumes after `warn`, the wait is under way.
      let warned!: () => void;
      const waiting = new Promise<void>((resolve) => (warned = resolve));
      const logger = { warn: () => warned() };
      const pending = rejectionOf(
        clientFor(server.url, { logger })
          .masterData('T')
          .records({}, { signal: controller.signal }),
      );
      await waiting;
      controller.abort('stop');
      const error = await pending;
      expect(error).toBeInstanceOf(BlizWorkAbortError);
      expect(error.cause).toBe('stop');
      expect(error.message).toBe("queryMasterData was aborted by the caller's signal");
      // Past the server's Retry-After (1 s) the second attempt would have been sent.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(server.requests).toHaveLength(1);
    });

    it('does not disturb calls that finish before it aborts', async () => {
      const controller = new AbortController();
      const table = clientFor(server.url).masterData('T');
      expect(await table.records({}, { signal: controller.signal })).toEqual([]);
      controller.abort();
      expect(await table.records()).toEqual([]);
    });
  });
});
