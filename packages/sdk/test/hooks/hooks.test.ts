// The `hooks` option against a real local server: what each hook sees (frozen, token-free), when
// it runs, the headers it adds, and what a failing hook does to the call (never a resend).
import { describe, expect, it, vi } from 'vitest';
import { listCases } from '@blizwork/client';
import {
  BlizWorkAbortError,
  BlizWorkHookError,
  BlizWorkTimeoutError,
  SlotTimeoutError,
  TokenBucketLimiter,
  TransactionLimitError,
  isBlizWorkHookError,
  type AfterResponseInfo,
  type BeforeRequestInfo,
  type BeforeRetryInfo,
  type BlizWorkHooks,
  type OnErrorInfo,
} from '../../src/index.node.js';
import {
  TOKEN,
  clientFor as plainClientFor,
  describeEachTransport,
  rejectionOf,
} from '../helpers/clients.js';
import { ok, useFaultServer } from '@blizwork/test-support/fault-server';
import { minimalSalesCase } from '../helpers/sales-case-document.js';
import { utf8Length } from '../../src/internal/observe/call-observation.js';

const server = useFaultServer();

/** Hooks that record every view they get, in order, as `[hook, info]`. */
function recordingHooks(): { hooks: BlizWorkHooks; seen: [string, unknown][] } {
  const seen: [string, unknown][] = [];
  const record = (name: string) => (info: unknown) => void seen.push([name, info]);
  return {
    seen,
    hooks: {
      beforeRequest: [record('beforeRequest')],
      afterResponse: [record('afterResponse')],
      beforeRetry: [record('beforeRetry')],
      onError: [record('onError')],
    },
  };
}

const retryNow = { 'retry-after': '0' };
const caseDocument = minimalSalesCase(2);

describeEachTransport('hooks', ({ clientFor }) => {
  it('see a successful read: beforeRequest then afterResponse, frozen and token-free', async () => {
    const { hooks, seen } = recordingHooks();
    server.queue(ok({ payload: caseDocument }));
    await clientFor(server.url, { hooks }).process('sales-process').getCase(2);

    expect(seen.map(([name]) => name)).toEqual(['beforeRequest', 'afterResponse']);
    const before = seen[0]![1] as BeforeRequestInfo;
    const after = seen[1]![1] as AfterResponseInfo;
    const sent = JSON.stringify(server.requests[0]!.body);
    expect(before).toEqual({
      operation: 'getCase',
      method: 'POST',
      url: `${server.url}/process/case/***`,
      processId: 'sales-process',
      caseNumber: 2,
      requestBytes: new TextEncoder().encode(sent).length,
      attempt: 1,
      slotWaitMs: undefined,
    });
    expect(after).toMatchObject({
      operation: 'getCase',
      attempt: 1,
      status: 200,
      resultCode: 0,
      error: undefined,
    });
    expect(after.responseBytes).toBeGreaterThan(100);
    expect(after.durationMs).toBeGreaterThanOrEqual(0);
    for (const [, info] of seen) {
      expect(Object.isFrozen(info)).toBe(true);
      expect(JSON.stringify(info)).not.toContain(TOKEN);
      expect(Object.values(info as object).join(' ')).not.toContain(TOKEN);
    }
  });

  it('see responseBytes as the bytes the reply body had on the wire (a BOM included)', async () => {
    const { hooks, seen } = recordingHooks();
    // The transports drop a byte-order mark while decoding: measuring the decoded text would
    // report 3 bytes less than the server sent.
    const body = `\uFEFF${JSON.stringify({ resultCode: 0, resultMessage: 'OK', payload: caseDocument })}`;
    server.queue({ kind: 'text', body, contentType: 'application/json' });
    await clientFor(server.url, { hooks }).process('sales-process').getCase(2);

    const after = seen.find(([name]) => name === 'afterResponse')![1] as AfterResponseInfo;
    expect(after.responseBytes).toBe(Buffer.byteLength(body));
  });

  it('add headers to the attempt, checked like request() headers', async () => {
    const bw = clientFor(server.url, {
      hooks: {
        beforeRequest: [
          () => ({ 'x-request-id': 'r-1' }),
          async () => new Headers({ 'X-Tenant': 'acme' }),
          () => undefined,
        ],
      },
    });
    await bw.request('/ping', {}, { headers: { 'x-from-call': 'yes' } });
    expect(server.requests[0]!.headers).toMatchObject({
      'x-request-id': 'r-1',
      'x-tenant': 'acme',
      'x-from-call': 'yes',
    });

    const refused = clientFor(server.url, {
      hooks: { beforeRequest: [() => ({ host: 'evil.example' })] },
    });
    const error = await rejectionOf(refused.request('/ping', {}));
    expect(error).toBeInstanceOf(BlizWorkHookError);
    expect(error).toMatchObject({ hook: 'beforeRequest', operation: 'request(/ping)', attempt: 1 });
    expect((error.cause as Error).name).toBe('TypeError');
    expect(error.message).toContain('"host" is not allowed');
    expect(server.requests).toHaveLength(1); // nothing sent for the refused call
  });

  it('run in array order, each awaited before the next', async () => {
    const order: string[] = [];
    const slow = async (name: string) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push(name);
    };
    const bw = clientFor(server.url, {
      hooks: {
        beforeRequest: [() => slow('a'), () => void order.push('b')],
        afterResponse: [() => slow('c'), () => void order.push('d')],
      },
    });
    await bw.request('/ping', {});
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('see requestBytes of the one serialization every attempt sends (toJSON runs once per call)', async () => {
    const { hooks, seen } = recordingHooks();
    let serialized = 0;
    // A body whose JSON changes each time it is serialized: only one serialization per call
    // keeps a resend byte-identical and requestBytes equal to what was sent.
    const body = { note: 'café ☕', stamp: { toJSON: () => `serialization ${++serialized}` } };
    server.queue(
      { kind: 'json', status: 503, body: { error: 'busy' }, headers: retryNow },
      ok({ payload: [] }),
    );
    await clientFor(server.url, { hooks }).request('/ping', body, { retry: true });

    expect(serialized).toBe(1);
    const [first, second] = server.requests;
    expect(second!.body).toEqual(first!.body);
    expect(first!.body).toEqual({ note: 'café ☕', stamp: 'serialization 1' });
    const sentBytes = Buffer.byteLength(JSON.stringify(first!.body));
    const before = seen.filter(([name]) => name === 'beforeRequest');
    expect(before.map(([, info]) => (info as BeforeRequestInfo).requestBytes)).toEqual([
      sentBytes,
      sentBytes,
    ]);
  });

  it('see each retry of a read: the failed attempt, its status and the wait', async () => {
    const { hooks, seen } = recordingHooks();
    server.queue(
      { kind: 'json', status: 503, body: { error: 'busy' }, headers: retryNow },
      ok({ payload: [] }),
    );
    await clientFor(server.url, { hooks }).process('sales-process').listCases();

    expect(seen.map(([name]) => name)).toEqual([
      'beforeRequest',
      'afterResponse',
      'beforeRetry',
      'beforeRequest',
      'afterResponse',
    ]);
    expect(seen[1]![1]).toMatchObject({ attempt: 1, status: 503, resultCode: undefined });
    expect((seen[1]![1] as AfterResponseInfo).error?.name).toBe('BlizWorkHttpError');
    expect(seen[2]![1]).toMatchObject({ attempt: 1, status: 503, delayMs: 0 });
    expect(seen[3]![1]).toMatchObject({ attempt: 2 });
    expect(seen[4]![1]).toMatchObject({ attempt: 2, status: 200, error: undefined });
  });

  it('see a timed-out attempt only in beforeRetry (no reply, so no afterResponse)', async () => {
    const { hooks, seen } = recordingHooks();
    server.queue({ kind: 'slow', delayMs: 5_000 }, ok({ payload: [] }));
    await clientFor(server.url, { hooks, timeoutMs: 1_000 }).process('p').listCases();

    expect(seen.map(([name]) => name)).toEqual([
      'beforeRequest',
      'beforeRetry',
      'beforeRequest',
      'afterResponse',
    ]);
    const retry = seen[1]![1] as BeforeRetryInfo;
    expect(retry.error).toBeInstanceOf(BlizWorkTimeoutError);
    expect(retry.status).toBeUndefined();
  });

  it('call onError once with the error the caller gets, after the last attempt', async () => {
    const { hooks, seen } = recordingHooks();
    server.queue({ kind: 'json', body: { resultCode: 101, resultMessage: 'no such case' } });
    const error = await rejectionOf(
      clientFor(server.url, { hooks }).process('sales-process').getCase(7),
    );
    expect(seen.map(([name]) => name)).toEqual(['beforeRequest', 'afterResponse', 'onError']);
    const failure = seen[2]![1] as OnErrorInfo;
    expect(failure.error).toBe(error);
    expect(failure).toMatchObject({ attempt: 1, status: 200, resultCode: 101, caseNumber: 7 });
    expect(failure.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('report the number of the case startCase created', async () => {
    const { hooks, seen } = recordingHooks();
    server.queue(ok({ caseNumber: 41 }));
    expect(await clientFor(server.url, { hooks }).process('sales-process').startCase()).toBe(41);
    expect(seen[0]![1]).toMatchObject({ operation: 'startCase', caseNumber: undefined });
    expect(seen[1]![1]).toMatchObject({ operation: 'startCase', caseNumber: 41 });
  });

  it('see a code-200 refusal and its resend', async () => {
    const { hooks, seen } = recordingHooks();
    server.queue(
      { kind: 'json', body: { resultCode: 200, resultMessage: 'limit' }, headers: retryNow },
      ok({ payload: [] }),
    );
    await clientFor(server.url, { hooks }).process('p').listCases();
    expect(seen[1]![1]).toMatchObject({ status: 200, resultCode: 200 });
    expect((seen[1]![1] as AfterResponseInfo).error).toBeInstanceOf(TransactionLimitError);
    expect(seen[2]![0]).toBe('beforeRetry');
    expect(seen.at(-1)).toEqual(['afterResponse', expect.objectContaining({ resultCode: 0 })]);
  });
});

describe('a hook that fails the call', () => {
  it('after a write ran (afterResponse) fails the call without sending the write again', async () => {
    const bw = plainClientFor(server.url, {
      hooks: {
        afterResponse: [
          () => {
            throw new Error(`audit store down (token ${TOKEN})`);
          },
        ],
      },
    });
    const error = await rejectionOf(bw.masterData('Clientes').upsert({ id: 1 }, { name: 'x' }));
    expect(server.requests).toHaveLength(1);
    expect(isBlizWorkHookError(error)).toBe(true);
    expect(error).toMatchObject({ hook: 'afterResponse', operation: 'upsertMasterData' });
    // The hook's error is copied without the token: message, stack, JSON, cause.
    for (const text of [
      error.message,
      String(error.stack),
      JSON.stringify(error),
      (error.cause as Error).message,
      String((error.cause as Error).stack),
    ]) {
      expect(text).not.toContain(TOKEN);
    }
    expect((error.cause as Error).message).toBe('audit store down (token ***)');
  });

  it('in afterResponse after a retryable failure of a read is not retried either', async () => {
    server.queue({ kind: 'json', status: 503, body: {}, headers: retryNow });
    const bw = plainClientFor(server.url, {
      hooks: { afterResponse: [() => Promise.reject(new RangeError('no'))] },
    });
    const error = await rejectionOf(bw.process('p').listCases());
    expect(error).toMatchObject({ name: 'BlizWorkHookError', hook: 'afterResponse' });
    expect((error.cause as Error).name).toBe('RangeError');
    expect(server.requests).toHaveLength(1);
  });

  it('in beforeRequest sends nothing', async () => {
    const bw = plainClientFor(server.url, {
      hooks: {
        beforeRequest: [
          () => {
            throw new Error('stop');
          },
        ],
      },
    });
    const error = await rejectionOf(bw.process('p').startCase());
    expect(error).toMatchObject({ hook: 'beforeRequest', operation: 'startCase', attempt: 1 });
    expect(server.requests).toHaveLength(0);
  });

  it('in beforeRetry stops the retries', async () => {
    server.queue({ kind: 'json', status: 503, body: {}, headers: retryNow });
    const onError = vi.fn();
    const bw = plainClientFor(server.url, {
      hooks: { beforeRetry: [() => Promise.reject(new Error('circuit open'))], onError: [onError] },
    });
    const error = await rejectionOf(bw.process('p').listCases());
    expect(error).toMatchObject({ hook: 'beforeRetry', attempt: 1 });
    expect(server.requests).toHaveLength(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ error }));
  });

  it('in onError replaces the error, keeping the original as callError', async () => {
    server.queue({ kind: 'json', body: { resultCode: 7 } });
    const bw = plainClientFor(server.url, {
      hooks: {
        onError: [
          () => {
            throw new Error('alerting failed');
          },
        ],
      },
    });
    const error = (await rejectionOf(bw.process('p').getCase(1))) as BlizWorkHookError;
    expect(error.hook).toBe('onError');
    expect(error.callError?.name).toBe('BlizWorkApiError');
    expect(error.message).toMatch(
      /onError hook threw Error: alerting failed \(the call had failed with BlizWorkApiError\)/,
    );
  });

  it('a hook throwing a non-Error still fails the call by name', async () => {
    const bw = plainClientFor(server.url, {
      hooks: {
        beforeRequest: [
          () => {
            // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a careless hook does
            throw 'nope';
          },
        ],
      },
    });
    const error = await rejectionOf(bw.request('/ping', {}));
    expect(error.message).toContain('the beforeRequest hook threw');
  });
});

describe('hooks and the rest of the call', () => {
  it('beforeRequest sees the rate-limit wait; a slot timeout reaches onError with attempt 0', async () => {
    // One slot at once, the next in ~17 minutes: the second call's wait outlasts timeoutMs.
    const limiter = new TokenBucketLimiter(0.001, 1);
    const { hooks, seen } = recordingHooks();
    const bw = plainClientFor(server.url, { hooks, rateLimit: { limiter }, timeoutMs: 2_000 });
    await bw.request('/ping', {});
    expect(seen[0]![1]).toMatchObject({ attempt: 1, slotWaitMs: 0 });
    const error = await rejectionOf(bw.request('/ping', {}));
    expect(error).toBeInstanceOf(SlotTimeoutError);
    expect(seen.at(-1)).toEqual(['onError', expect.objectContaining({ attempt: 0, error })]);
  });

  it("checks the caller's signal after an async beforeRequest hook", async () => {
    const controller = new AbortController();
    const bw = plainClientFor(server.url, {
      hooks: {
        beforeRequest: [
          async () => {
            controller.abort();
            await Promise.resolve();
          },
        ],
      },
    });
    const error = await rejectionOf(bw.request('/ping', {}, { signal: controller.signal }));
    expect(error).toBeInstanceOf(BlizWorkAbortError);
    expect(server.requests).toHaveLength(0);
  });

  it('raw() calls report the spec path, redacted, and a missing path parameter fails as before', async () => {
    const { hooks, seen } = recordingHooks();
    const bw = plainClientFor(server.url, { hooks });
    server.queue(ok({ payload: [] }));
    await bw.raw(listCases, { body: { processId: 'p' } });
    expect(seen[0]![1]).toMatchObject({
      operation: 'listCases',
      url: `${server.url}/process/case-list/***`,
      processId: 'p',
    });
    const { validateCallByPath } = await import('@blizwork/client');
    await expect(bw.raw(validateCallByPath, { body: {} } as never)).rejects.toThrow(TypeError);
    expect(seen.at(-1)![0]).toBe('onError');
  });

  it('withOptions appends hooks after the inherited ones; null drops them', async () => {
    const order: string[] = [];
    const parent = plainClientFor(server.url, {
      hooks: { afterResponse: [() => void order.push('parent')] },
    });
    const child = parent.withOptions({
      hooks: { afterResponse: [() => void order.push('child')] },
    });
    await child.request('/ping', {});
    await parent.request('/ping', {});
    await parent.withOptions({ timeoutMs: 5_000 }).request('/ping', {});
    await child.withOptions({ hooks: null }).request('/ping', {});
    expect(order).toEqual(['parent', 'child', 'parent', 'parent']);
  });

  it('are copied: changing the given arrays later changes nothing', async () => {
    const afterResponse = [vi.fn()];
    const bw = plainClientFor(server.url, { hooks: { afterResponse } });
    const late = vi.fn();
    afterResponse.push(late);
    await bw.request('/ping', {});
    expect(afterResponse[0]).toHaveBeenCalledOnce();
    expect(late).not.toHaveBeenCalled();
  });
});

describe('the hooks option is checked', () => {
  it.each<[string, unknown, RegExp]>([
    ['not an object', 'x', /option "hooks" must be an object/],
    ['an array', [], /option "hooks" must be an object .* \(got an array\)/],
    ['an unknown hook', { beforeError: [] }, /hooks: option "beforeError" is unknown/],
    [
      'a function, not an array',
      { onError: () => {} },
      /one hook goes in an array: onError: \[fn\]/,
    ],
    [
      'a non-function in the array',
      { afterResponse: [1] },
      /"hooks.afterResponse" must be an array of functions/,
    ],
  ])('%s is a TypeError', (_label, hooks, message) => {
    expect(() => plainClientFor(server.url, { hooks: hooks as BlizWorkHooks })).toThrow(message);
    const bw = plainClientFor(server.url);
    expect(() => bw.withOptions({ hooks: hooks as BlizWorkHooks })).toThrow(message);
  });

  it('empty arrays and null mean no hooks', async () => {
    const bw = plainClientFor(server.url, { hooks: { beforeRequest: [], onError: [] } });
    await bw.request('/ping', {});
    await plainClientFor(server.url, { hooks: null }).request('/ping', {});
    expect(server.requests).toHaveLength(2);
  });
});

describe('utf8Length', () => {
  it('counts the bytes TextEncoder would write, surrogates included', () => {
    for (const text of [
      '',
      'abc',
      'ñandú',
      '€100',
      '😀x',
      'a\ud800b',
      '\udc00',
      'x\ud83d',
      '𝄞\u00ff',
    ]) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});
