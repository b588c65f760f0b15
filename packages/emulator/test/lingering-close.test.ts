// Issue 20: an early reply (413 over the body limit, 408, a browser-guard refusal, a last-resort
// 500) closes the connection while the client may still be sending its body. Closing a socket with
// unread bytes sends a TCP reset, and a client that writes its whole body before it reads (as the
// raw sockets below do, and as fetch can under load) saw ECONNRESET instead of the reply. The
// server now drains the rest of the body (bounded) before it closes: a "lingering close".
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ResultCodes } from '../src/index.js';
import { withLastResort } from '../src/node/last-resort.js';
import { endLingering, LINGER_MAX_BYTES } from '../src/node/lingering-close.js';
import { operationPath } from './helpers/api-client.js';
import { acme, emulatorWith } from './helpers/use-emulator.js';

const MiB = 1024 * 1024;

/** How a raw upload ended: the reply read after the writing, or the socket error. */
interface Upload {
  readonly written: number;
  readonly reply: string;
  readonly error?: string;
}

/** Bytes handed to the socket so far. */
interface Progress {
  written: number;
}

/** Writes `chunk` until `total` bytes are written (Infinity: until the server stops it). */
async function writeBody(socket: Socket, chunk: Buffer, total: number, progress: Progress) {
  while (progress.written < total && !socket.destroyed) {
    const left = total - progress.written;
    const part = left < chunk.length ? chunk.subarray(0, left) : chunk;
    progress.written += part.length;
    if (!socket.write(part)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          socket.off('drain', done);
          socket.off('close', done);
          resolve();
        };
        socket.on('drain', done);
        socket.on('close', done);
      });
    }
  }
}

/**
 * Sends `head` with a `Content-Length` of `declared`, then writes `bodyBytes` of body (reading
 * nothing meanwhile), then reads what the server sent until it closes the connection.
 */
function upload(port: number, head: string, declared: number, bodyBytes: number): Promise<Upload> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, allowHalfOpen: true });
    socket.pause();
    const chunks: Buffer[] = [];
    const progress: Progress = { written: 0 };
    const reply = (): string => Buffer.concat(chunks).toString('latin1');
    socket.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ written: progress.written, reply: reply(), error: error.code ?? error.message }),
    );
    socket.on('end', () => {
      socket.destroy();
      resolve({ written: progress.written, reply: reply() });
    });
    socket.write(`${head}Content-Length: ${declared}\r\n\r\n`);
    void writeBody(socket, Buffer.alloc(64 * 1024, 0x20), bodyBytes, progress).then(() => {
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.resume();
    });
  });
}

describe('lingering close of the emulator server', () => {
  const emulator = emulatorWith({ maxBodyBytes: 1 * MiB, dashboard: true });
  const apiHead = (): string =>
    `POST ${operationPath('getCase', acme.token)} HTTP/1.1\r\nHost: 127.0.0.1:${emulator().port}\r\nContent-Type: application/json\r\n`;

  const overLimit: readonly (readonly [string, string, number | undefined])[] = [
    ['a BlizWork call', operationPath('getCase', acme.token), ResultCodes.bodyTooLarge],
    ['an admin API call', '/_emulator/api/exec', undefined],
  ];
  it.each(overLimit)(
    'answers %s with a declared body over the limit with the whole 413 to a client that writes it all first',
    async (_name, path, resultCode) => {
      const declared = 17 * MiB;
      const head = `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${emulator().port}\r\nContent-Type: application/json\r\n`;
      const outcome = await upload(emulator().port, head, declared, declared);
      expect(outcome.error).toBeUndefined();
      expect(outcome.written).toBe(declared);
      expect(outcome.reply).toMatch(/^HTTP\/1\.1 413 /);
      expect(outcome.reply.toLowerCase()).toContain('connection: close');
      const body = JSON.parse(outcome.reply.slice(outcome.reply.indexOf('\r\n\r\n') + 4)) as object;
      expect(body).toMatchObject(
        resultCode === undefined ? { error: 'request body is over 1048576 bytes' } : { resultCode },
      );
    },
  );

  it('answers a browser-guard refusal (no JSON type) with the whole reply before it closes', async () => {
    const head = `POST ${operationPath('getCase', acme.token)} HTTP/1.1\r\nHost: 127.0.0.1:${emulator().port}\r\nContent-Type: text/plain\r\n`;
    const outcome = await upload(emulator().port, head, 8 * MiB, 8 * MiB);
    expect(outcome.error).toBeUndefined();
    expect(outcome.reply).toMatch(/^HTTP\/1\.1 415 /);
  });

  it('cuts off a client that keeps sending past the byte bound', async () => {
    const outcome = await upload(emulator().port, apiHead(), 1024 * MiB, Infinity);
    // The connection ends (reset or closed) while the client still has body to send: bounded.
    expect(outcome.written).toBeLessThan(1024 * MiB);
    expect(outcome.written).toBeGreaterThan(LINGER_MAX_BYTES);
  });
});

describe('lingering close after the body deadline', () => {
  const emulator = emulatorWith({ bodyTimeoutMs: 100 });

  it('answers 408 and lets a slow client finish sending before it reads the reply', async () => {
    const declared = 4 * MiB;
    const outcome = await new Promise<Upload>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: emulator().port, allowHalfOpen: true });
      const chunks: Buffer[] = [];
      const progress: Progress = { written: 1 };
      const reply = (): string => Buffer.concat(chunks).toString('latin1');
      socket.on('error', (error: NodeJS.ErrnoException) =>
        resolve({ written: progress.written, reply: reply(), error: error.code ?? '' }),
      );
      socket.on('end', () => {
        socket.destroy();
        resolve({ written: progress.written, reply: reply() });
      });
      // The first reply bytes arrive once the deadline has passed: then the rest of the body.
      socket.once('data', (first: Buffer) => {
        chunks.push(first);
        socket.pause();
        void writeBody(socket, Buffer.alloc(64 * 1024, 0x20), declared, progress).then(() => {
          socket.on('data', (chunk: Buffer) => chunks.push(chunk));
          socket.resume();
        });
      });
      socket.write(
        `POST ${operationPath('getCase', acme.token)} HTTP/1.1\r\nHost: 127.0.0.1:${emulator().port}\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n `,
      );
    });
    expect(outcome.error).toBeUndefined();
    expect(outcome.written).toBe(declared);
    expect(outcome.reply).toMatch(/^HTTP\/1\.1 408 /);
    expect(outcome.reply).toContain(`"resultCode":${ResultCodes.requestTimeout}`);
  });
});

describe('endLingering and the last-resort catch', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  /** A server that answers 413 at once, lingering within `maxMs` and `maxBytes`. */
  async function serve(maxMs: number, maxBytes: number): Promise<number> {
    server = createServer((request, response) => {
      response.writeHead(413, { 'content-length': '4', connection: 'close' });
      endLingering(request, response, 'nope', { maxMs, maxBytes });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  }

  it('lets the last-resort 500 reach a client still uploading', async () => {
    server = createServer(
      withLastResort(
        () => {
          throw new Error('boom');
        },
        () => undefined,
        () => ({ error: 'unexpected error' }),
      ),
    );
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const outcome = await upload(port, 'POST / HTTP/1.1\r\nHost: x\r\n', 4 * MiB, 4 * MiB);
    expect(outcome.error).toBeUndefined();
    expect(outcome.reply).toMatch(/^HTTP\/1\.1 500 [^]*\{"error":"unexpected error"\}$/);
  });

  it('closes cleanly once the whole body is drained', async () => {
    const port = await serve(60_000, 64 * MiB);
    const outcome = await upload(port, 'POST / HTTP/1.1\r\nHost: x\r\n', 4 * MiB, 4 * MiB);
    expect(outcome).toEqual({ written: 4 * MiB, reply: expect.stringMatching(/nope$/) as string });
  });

  it('cuts off a client that trickles past the time bound', async () => {
    const port = await serve(50, 64 * MiB);
    const closed = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.on('error', () => resolve(true));
      socket.on('close', () => resolve(true));
      socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n');
      // One byte every 10 ms: under the byte bound for ever, so only the time bound can end it.
      const trickle = setInterval(() => {
        if (socket.destroyed) clearInterval(trickle);
        else socket.write(' ');
      }, 10);
      socket.on('close', () => clearInterval(trickle));
    });
    expect(closed).toBe(true);
  });
});
