// Replies the SDK refuses to read: redirects (never followed) and bodies over maxResponseBytes.
import { describe, expect, it } from 'vitest';
import {
  BlizWorkRedirectError,
  BlizWorkResponseTooLargeError,
  DEFAULT_MAX_RESPONSE_BYTES,
} from '../src/index.node.js';
import { TOKEN, describeEachTransport, rejectionOf } from './helpers/clients.js';
import { ok, useFaultServer } from '@blizwork/test-support/fault-server';

const server = useFaultServer();
/** Another origin, where a redirect points: it must never receive a request. */
const elsewhere = useFaultServer();

describeEachTransport('refused replies', ({ clientFor }) => {
  const MiB = 1024 * 1024;
  const caseDocument = { processSlug: 'p', caseNumber: 2, environment: 'production' };

  describe('a redirect', () => {
    it.each([301, 302, 303, 307, 308])(
      'HTTP %i is refused with BlizWorkRedirectError; the other origin receives nothing',
      async (status) => {
        // The other origin would answer a followed getCase with a success envelope.
        elsewhere.fallback = ok({ payload: caseDocument });
        // The Location keeps the token-bearing path, as a careless proxy or attacker would.
        server.fallback = {
          kind: 'json',
          status,
          body: {},
          headers: { location: `${elsewhere.url}/utils/attachment/${TOKEN}` },
        };
        const bw = clientFor(server.url, { maxRetries: 2 });
        const upload = await rejectionOf(
          bw.uploadFile({ fileName: 'secret.txt', content: 'FILE-CONTENT' }),
        );
        const read = await rejectionOf(bw.process('p').getCase(2));
        for (const error of [upload, read]) {
          expect(error).toBeInstanceOf(BlizWorkRedirectError);
          expect(error).toMatchObject({ status, locationOrigin: elsewhere.url });
          expect(error.message).toContain('redirects are not followed');
          expect(error.message).toContain(elsewhere.url);
          expect(error.message).not.toContain(TOKEN);
        }
        expect(elsewhere.requests).toHaveLength(0);
        // Not retried either: a redirect will not go away on its own.
        expect(server.requests).toHaveLength(2);
      },
    );

    it('without a Location says so', async () => {
      server.queue({ kind: 'json', status: 307, body: {} });
      const error = await rejectionOf(clientFor(server.url).masterData('T').records());
      expect(error).toBeInstanceOf(BlizWorkRedirectError);
      expect(error).toMatchObject({ status: 307, locationOrigin: undefined });
      expect(error.message).toContain('an unknown location');
    });

    it("is refused as a browser's opaque redirect (status 0) too", async () => {
      // A browser's fetch under `redirect: 'manual'` hides the 3xx behind an `opaqueredirect`
      // response with status 0; this fetch does the real exchange and then shows it as a browser would.
      const browserFetch: typeof fetch = async (input, init) => {
        expect(init?.redirect).toBe('manual');
        const response = await fetch(input, init);
        return new Proxy(response, {
          get: (target, key) =>
            key === 'type'
              ? 'opaqueredirect'
              : key === 'status'
                ? 0
                : key === 'headers'
                  ? new Headers()
                  : Reflect.get(target, key, target),
        });
      };
      server.queue({ kind: 'json', status: 302, body: {}, headers: { location: elsewhere.url } });
      const error = await rejectionOf(
        clientFor(server.url, { fetch: browserFetch }).masterData('T').records(),
      );
      expect(error).toBeInstanceOf(BlizWorkRedirectError);
      expect(error).toMatchObject({ status: 0, locationOrigin: undefined });
      expect(elsewhere.requests).toHaveLength(0);
    });
    it("is refused when a custom fetch follows it anyway: the other origin's reply is not taken", async () => {
      const followingFetch: typeof fetch = (input, init) =>
        fetch(input, { ...init, redirect: 'follow' });
      elsewhere.fallback = ok({ payload: caseDocument });
      server.queue({
        kind: 'json',
        status: 302,
        body: {},
        headers: { location: `${elsewhere.url}/process/case/x/` },
      });
      const error = await rejectionOf(
        clientFor(server.url, { fetch: followingFetch }).process('p').getCase(2),
      );
      expect(error).toBeInstanceOf(BlizWorkRedirectError);
      expect(error.message).toContain('the custom fetch followed despite redirect');
      expect(error.message).not.toContain('nothing was sent there');
    });
  });

  describe('a reply over maxResponseBytes', () => {
    it('is refused while a chunked body (no content-length) streams in, and the body is cancelled', async () => {
      server.queue({ kind: 'stream', chunkBytes: 64 * 1024, chunkCount: 160 }); // 10 MiB
      const error = await rejectionOf(
        clientFor(server.url, { maxResponseBytes: MiB }).process('p').getCase(2),
      );
      expect(error).toBeInstanceOf(BlizWorkResponseTooLargeError);
      expect(error).toMatchObject({ limitBytes: MiB, declaredBytes: undefined, httpStatus: 200 });
      expect(error.message).toContain('maxResponseBytes (1048576 bytes)');
      const sent = await server.streams[0];
      expect(sent?.completed).toBe(false);
      expect(sent?.sentBytes).toBeLessThan(10 * MiB);
      expect(server.requests).toHaveLength(1); // not retried
    });

    it('is refused at once from a content-length over the limit, before the body arrives', async () => {
      // Announces 10 GiB but sends 1 KiB and keeps the connection open: reading would never end.
      server.queue({
        kind: 'stream',
        chunkBytes: 1024,
        chunkCount: 1,
        headers: { 'content-length': String(10 * 1024 * MiB) },
      });
      const error = await rejectionOf(
        clientFor(server.url, { maxResponseBytes: MiB, timeoutMs: 0 }).process('p').getCase(2),
      );
      expect(error).toBeInstanceOf(BlizWorkResponseTooLargeError);
      expect(error).toMatchObject({ limitBytes: MiB, declaredBytes: 10 * 1024 * MiB });
      expect(error.message).toContain('announces 10737418240 bytes');
    });

    it('is refused at the default of 32 MiB', async () => {
      expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(32 * MiB);
      server.queue({ kind: 'stream', chunkBytes: MiB, chunkCount: 40 });
      const error = await rejectionOf(clientFor(server.url).masterData('T').records());
      expect(error).toBeInstanceOf(BlizWorkResponseTooLargeError);
      expect(error).toMatchObject({ limitBytes: 32 * MiB });
      expect((await server.streams[0])?.completed).toBe(false);
    });

    it('does not touch a reply of several chunks under the limit (multi-byte text split across chunks)', async () => {
      const records = Array.from({ length: 4000 }, (_, i) => ({ i, nombre: `Peñalolén ✓ ${i}` }));
      server.queue(ok({ payload: records }));
      const bw = clientFor(server.url, { maxResponseBytes: MiB });
      expect(await bw.masterData('T').records()).toEqual(records);
    });

    it.each([0, -1, 1.5, '1'])('maxResponseBytes %j is refused with TypeError', (value) => {
      expect(() => clientFor(server.url, { maxResponseBytes: value as number })).toThrow(
        /option "maxResponseBytes" must be an integer from 1/,
      );
    });
  });
});
