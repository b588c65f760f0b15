// The one reader of a reply's result code (issue 19 §3, issue 18 #7): `resultCode` when present
// (an integer, else the reply is malformed), else `status` only in the status envelope's shape;
// and, through the whole client against the fault server, what each kind of reply becomes.
import { describe, expect, it } from 'vitest';
import {
  BlizWorkApiError,
  BlizWorkHttpError,
  BlizWorkResponseError,
  UnexpectedServerError,
} from '../src/index.node.js';
import { readResult } from '../src/internal/pipeline/reply-envelope.js';
import { clientFor, rejectionOf } from './helpers/clients.js';
import { useFaultServer } from '@blizwork/test-support/fault-server';

describe('readResult', () => {
  it.each<[string, Record<string, unknown>, number | undefined, unknown]>([
    [
      'resultCode',
      { resultCode: 0, resultMessage: 'OK' },
      undefined,
      { kind: 'code', code: 0, message: 'OK' },
    ],
    [
      'resultCode with message',
      { resultCode: 7, message: 'm' },
      undefined,
      { kind: 'code', code: 7, message: 'm' },
    ],
    [
      'resultCode over status',
      { resultCode: 1, status: 0, message: 'no' },
      undefined,
      { kind: 'code', code: 1, message: 'no' },
    ],
    [
      'resultCode without a message',
      { resultCode: 0, resultMessage: 3 },
      undefined,
      { kind: 'code', code: 0, message: undefined },
    ],
    [
      'status with message',
      { status: 311, message: 'not found' },
      undefined,
      { kind: 'code', code: 311, message: 'not found' },
    ],
    [
      'status with payload',
      { status: 0, payload: [] },
      undefined,
      { kind: 'code', code: 0, message: undefined },
    ],
    [
      'status with payload on a 4xx',
      { status: 100, payload: null },
      400,
      { kind: 'code', code: 100, message: undefined },
    ],
    [
      'resultCode null, status 0',
      { resultCode: null, status: 0 },
      undefined,
      { kind: 'malformed', problem: 'its resultCode is not an integer (null)' },
    ],
    [
      'resultCode "0"',
      { resultCode: '0' },
      undefined,
      { kind: 'malformed', problem: 'its resultCode is not an integer ("0")' },
    ],
    [
      'resultCode 0.5',
      { resultCode: 0.5 },
      undefined,
      { kind: 'malformed', problem: 'its resultCode is not an integer (0.5)' },
    ],
    [
      'status "0" with message',
      { status: '0', message: 'OK' },
      undefined,
      { kind: 'malformed', problem: 'its status is not an integer ("0")' },
    ],
    [
      'a bare status',
      { status: 0 },
      undefined,
      { kind: 'none', note: 'its status is no result code without a message or payload' },
    ],
    [
      'a status with a non-string message',
      { status: 0, message: 5 },
      undefined,
      { kind: 'none', note: 'its status is no result code without a message or payload' },
    ],
    [
      'problem details (RFC 9457)',
      { type: 'about:blank', title: 'Unprocessable Entity', status: 422, detail: 'x' },
      422,
      { kind: 'none', note: 'its status repeats the HTTP status' },
    ],
    [
      'an HTTP error body echoing its status',
      { status: 500, message: 'Internal Server Error', path: '/x' },
      500,
      { kind: 'none', note: 'its status repeats the HTTP status' },
    ],
    ['nothing', { ok: true }, undefined, { kind: 'none' }],
  ])('reads %s', (_label, envelope, httpStatus, expected) => {
    expect(readResult(envelope, httpStatus)).toEqual(expected);
  });

  it('reads nothing from no envelope, and shows at most 40 characters of a bad code', () => {
    expect(readResult(undefined)).toEqual({ kind: 'none' });
    const long = readResult({ resultCode: 'x'.repeat(100) });
    expect(long.kind === 'malformed' && long.problem.length).toBeLessThan(90);
  });
});

describe('what a reply becomes', () => {
  const server = useFaultServer();
  const records = () => clientFor(server.url).masterData('Clientes').records();

  it("Prism's 422 problem+json is an HTTP error showing the body, not result code 422", async () => {
    const problem = {
      type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY',
      title: 'Invalid request',
      status: 422,
      detail: 'Your request is not valid and no HTTP validation response was found in the spec',
    };
    server.queue({
      kind: 'json',
      status: 422,
      body: problem,
      headers: { 'content-type': 'application/problem+json' },
    });
    const error = await rejectionOf(records());
    expect(error).toBeInstanceOf(BlizWorkHttpError);
    expect(error).not.toBeInstanceOf(BlizWorkApiError);
    expect(error).toMatchObject({ status: 422 });
    expect((error as BlizWorkHttpError).bodyExcerpt).toContain('"title":"Invalid request"');
  });

  it('an HTTP 500 body whose status repeats the HTTP status is an HTTP error', async () => {
    server.queue({
      kind: 'json',
      status: 500,
      body: { status: 500, message: 'Internal Server Error' },
    });
    const error = await rejectionOf(
      clientFor(server.url, { maxRetries: 0 }).masterData('C').records(),
    );
    expect(error).toBeInstanceOf(BlizWorkHttpError);
    expect(error).toMatchObject({ status: 500 });
  });

  it('a 2xx reply with a bare status is refused as carrying no result code, showing what came back', async () => {
    server.queue({ kind: 'json', body: { status: 0 } });
    const error = await rejectionOf(records());
    expect(error).toBeInstanceOf(BlizWorkResponseError);
    expect(error.message).toContain(
      'the reply carries no result code (its status is no result code without a message or payload)',
    );
    expect((error as BlizWorkResponseError).bodyExcerpt).toBe('{"status":0}');
  });

  it('resultCode null next to status 0 is a malformed reply, never a success', async () => {
    server.queue({ kind: 'json', body: { resultCode: null, status: 0, payload: [] } });
    const error = await rejectionOf(records());
    expect(error).toBeInstanceOf(BlizWorkResponseError);
    expect(error.message).toContain(
      'the reply is malformed: its resultCode is not an integer (null)',
    );
  });

  it('the status envelope is still read, with a message or with a payload alone', async () => {
    server.queue({ kind: 'json', body: { status: 0, payload: [{ a: 1 }] } });
    expect(await records()).toEqual([{ a: 1 }]);
    server.queue({ kind: 'json', body: { status: 101, message: 'boom' } });
    const error = await rejectionOf(records());
    expect(error).toBeInstanceOf(UnexpectedServerError);
    expect(error).toMatchObject({ resultCode: 101, resultMessage: 'boom' });
  });

  it('validateCall is not fooled by resultCode null next to status 0', async () => {
    server.queue({ kind: 'json', body: { resultCode: null, status: 0 } });
    const verdict = clientFor(server.url).validateCall(
      { handshakeToken: '642c8f141be17c78c05bcb4c' },
      { endpoint: 'https://hooks.example.com/b' },
    );
    await expect(verdict).rejects.toBeInstanceOf(BlizWorkResponseError);
  });
});
