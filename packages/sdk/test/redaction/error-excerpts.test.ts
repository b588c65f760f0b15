// Token hygiene of what error objects carry: body excerpts and the copies of runtime errors kept as
// `cause`. Found by mutation testing (see stryker.equivalent-mutants.md for what is left).
import { describe, expect, it } from 'vitest';
import { BlizWorkConnectionError, BlizWorkHttpError } from '../../src/index.node.js';
import { createRedactor, excerpt, sanitizeCause } from '../../src/internal/pipeline/redact.js';
import { TOKEN, clientFor, rejectionOf } from '../helpers/clients.js';
import { startFaultServer, useFaultServer } from '@blizwork/test-support/fault-server';

const server = useFaultServer();
const redact = createRedactor(TOKEN);
// Writes are never retried, so each call sees exactly one reply.
const deleteRecord = (baseUrl = server.url) =>
  clientFor(baseUrl).masterData('Clientes').delete({ a: 1 });

/** An error whose own `cause` is the next one, `length` errors deep. */
function causeChain(length: number): Error {
  let error = new Error(`level ${length - 1}`);
  for (let level = length - 2; level >= 0; level -= 1) {
    error = new Error(`level ${level}`, { cause: error });
  }
  return error;
}

/** How many errors deep a `cause` chain goes, the error itself included. */
function chainLength(error: unknown): number {
  let length = 0;
  for (let e = error; e instanceof Error; e = e.cause) length += 1;
  return length;
}

describe('a body excerpt', () => {
  it('collapses each run of white space into one space', async () => {
    server.queue({ kind: 'text', status: 502, body: '  Bad \n\n\t  Gateway \r\n  (nginx)  ' });
    const error = (await rejectionOf(deleteRecord())) as BlizWorkHttpError;
    expect(error).toBeInstanceOf(BlizWorkHttpError);
    expect(error.bodyExcerpt).toBe('Bad Gateway (nginx)');
  });

  it('keeps a body of exactly the maximum length whole, without an ellipsis', async () => {
    const body = 'y'.repeat(160);
    server.queue({ kind: 'text', status: 503, body });
    const error = (await rejectionOf(deleteRecord())) as BlizWorkHttpError;
    expect(error.bodyExcerpt).toBe(body);
  });

  it('cuts a longer body to its first characters followed by an ellipsis', async () => {
    server.queue({ kind: 'text', status: 503, body: `${'a'.repeat(160)}TAIL` });
    const error = (await rejectionOf(deleteRecord())) as BlizWorkHttpError;
    expect(error.bodyExcerpt).toBe(`${'a'.repeat(160)}…`);
  });

  it('redacts the token before cutting, so a token across the cut leaves no prefix', () => {
    const text = `${'b'.repeat(150)}${TOKEN}`;
    expect(excerpt(text, redact)).toBe(`${'b'.repeat(150)}***`);
  });
});

describe('the cause of a connection error', () => {
  it('keeps the numeric errno and port of a refused connection, and the redacted strings', async () => {
    const closed = await startFaultServer();
    await closed.close();
    const port = Number(new URL(closed.url).port);
    const error = await rejectionOf(deleteRecord(closed.url));
    expect(error).toBeInstanceOf(BlizWorkConnectionError);
    // The system error of the refused connect(): the cause itself over node:http, the cause of
    // undici's "fetch failed" TypeError over fetch. Find it in the cause chain.
    let systemError = error.cause as Record<string, unknown> | undefined;
    while (systemError && systemError.code === undefined) {
      systemError = systemError.cause as Record<string, unknown> | undefined;
    }
    expect(systemError).toMatchObject({
      code: 'ECONNREFUSED',
      syscall: 'connect',
      address: '127.0.0.1',
      port,
    });
    expect(typeof systemError?.errno).toBe('number');
    expect(systemError?.errno).toBeLessThan(0);
  });
});

describe('sanitizeCause', () => {
  it('redacts a string cause and drops any other non-error value', () => {
    expect(sanitizeCause(`socket closed for /exec/${TOKEN}`, redact)).toBe(
      'socket closed for /exec/***',
    );
    expect(sanitizeCause({ message: TOKEN }, redact)).toBeUndefined();
    expect(sanitizeCause(42, redact)).toBeUndefined();
  });

  it('redacts the stack, and keeps an absent stack absent', () => {
    const withStack = new Error(`GET /exec/${TOKEN}`);
    const copy = sanitizeCause(withStack, redact) as Error;
    expect(copy.stack).toBe(withStack.stack?.split(TOKEN).join('***'));
    expect(copy.stack).toContain('GET /exec/***');

    const withoutStack = new Error('no stack');
    withoutStack.stack = undefined;
    expect((sanitizeCause(withoutStack, redact) as Error).stack).toBeUndefined();
  });

  it('redacts string diagnostic fields, keeps numeric ones, and never copies other values', () => {
    const source = Object.assign(new Error('boom'), {
      address: `proxy.test/${TOKEN}`,
      errno: -104,
      port: 8443,
      syscall: { detail: TOKEN },
    });
    const copy = sanitizeCause(source, redact) as Record<string, unknown>;
    expect(copy).toMatchObject({ address: 'proxy.test/***', errno: -104, port: 8443 });
    expect(Object.hasOwn(copy, 'syscall')).toBe(false);
    expect(Object.hasOwn(copy, 'code')).toBe(false);
  });

  it('adds no cause to a copy of an error that has none', () => {
    const copy = sanitizeCause(new Error('alone'), redact) as Error;
    expect(Object.hasOwn(copy, 'cause')).toBe(false);
  });

  it('copies at most three causes below the error', () => {
    expect(chainLength(sanitizeCause(causeChain(3), redact))).toBe(3);
    expect(chainLength(sanitizeCause(causeChain(10), redact))).toBe(4);
  });

  it('stops on an error that is its own cause', () => {
    const loop = new Error(`retrying /exec/${TOKEN}`);
    loop.cause = loop;
    const copy = sanitizeCause(loop, redact) as Error;
    expect(chainLength(copy)).toBe(4);
    expect(copy.message).toBe('retrying /exec/***');
  });
});
