// How a reply is settled, for the cases mutation testing found unchecked: JSON that is not an
// object, a blank body, a write aborted mid-flight, and an accepted result code without the data.
import { describe, expect, it } from 'vitest';
import {
  BlizWorkAbortError,
  BlizWorkApiError,
  BlizWorkConnectionError,
  BlizWorkResponseError,
} from '../src/index.node.js';
import { settle } from '../src/internal/pipeline/settle.js';
import { clientFor, rejectionOf } from './helpers/clients.js';
import { untilRequests, useFaultServer } from '@blizwork/test-support/fault-server';

const server = useFaultServer();
// Writes are never retried, so each call sees exactly one reply.
const deleteRecord = (signal?: AbortSignal) =>
  clientFor(server.url).masterData('Clientes').delete({ a: 1 }, { signal });

describe('a 2xx reply', () => {
  it.each([
    ['a JSON number', '5'],
    ['a JSON string', '"OK"'],
    ['JSON null', 'null'],
    ['JSON true', 'true'],
  ])('holding %s is refused as not a JSON object', async (_label, body) => {
    server.queue({ kind: 'text', contentType: 'application/json', body });
    const error = await rejectionOf(deleteRecord());
    expect(error).toBeInstanceOf(BlizWorkResponseError);
    expect(error.message).toContain('the body is not a JSON object');
  });

  it('holding only white space is refused as empty', async () => {
    server.queue({ kind: 'text', contentType: 'application/json', body: ' \r\n\t ' });
    const error = await rejectionOf(deleteRecord());
    expect(error).toBeInstanceOf(BlizWorkResponseError);
    expect(error.message).toContain('the body is empty');
  });
});

describe('a non-zero result code', () => {
  it('gives an empty resultMessage when the reply has no string message', async () => {
    server.queue({ kind: 'json', body: { resultCode: 101, resultMessage: 42 } });
    const error = (await rejectionOf(deleteRecord())) as BlizWorkApiError;
    expect(error).toBeInstanceOf(BlizWorkApiError);
    expect(error.resultMessage).toBe('');
  });
});

describe('a write aborted while its request is pending', () => {
  it('rejects with BlizWorkAbortError carrying the reason, not a connection error', async () => {
    server.queue({ kind: 'slow', delayMs: 10_000 });
    const controller = new AbortController();
    const pending = rejectionOf(deleteRecord(controller.signal));
    await untilRequests(server, 1);
    controller.abort('user left');
    const error = await pending;
    expect(error).not.toBeInstanceOf(BlizWorkConnectionError);
    expect(error).toBeInstanceOf(BlizWorkAbortError);
    expect(error.cause).toBe('user left');
    expect(server.requests).toHaveLength(1);
  });
});

describe('settle', () => {
  it('refuses an accepted non-zero code whose data is missing as a response error', () => {
    const wire = {
      url: 'http://127.0.0.1:1/utils/validatecall/***',
      response: new Response('{"resultCode":1}', { status: 200 }),
      text: '{"resultCode":1}',
    };
    const settling = () =>
      settle(wire, {
        operation: 'validateCall',
        baseUrl: 'http://127.0.0.1:1',
        redact: (text) => text,
        timedOut: false,
        timeoutMs: 1_000,
        acceptCodes: [0, 1],
        extract: { what: 'a verdict', read: () => undefined },
      });
    expect(settling).toThrow(BlizWorkResponseError);
    expect(settling).toThrow('the reply lacks a verdict');
  });
});
