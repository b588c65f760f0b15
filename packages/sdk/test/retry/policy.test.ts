// The retry policy's pure parts, and which operations it resends (the spec's metadata).
import { describe, expect, it } from 'vitest';
import {
  RETRY_AFTER_CAP_MS,
  isRetryableFailure,
  parseRetryAfter,
  retryDelayMs,
} from '../../src/internal/pipeline/retry.js';
import {
  BlizWorkAbortError,
  BlizWorkApiError,
  BlizWorkConnectionError,
  BlizWorkHttpError,
  BlizWorkResponseError,
  BlizWorkTimeoutError,
} from '../../src/index.node.js';
import {
  executeActivity,
  getCase,
  listCases,
  queryMasterData,
  validateCall,
} from '@blizwork/client';
import { isRetrySafe } from '../../src/internal/pipeline/operation-metadata.js';

describe('isRetrySafe', () => {
  it("reads the spec's x-blizwork-retry-safe from the operation's generated metadata", () => {
    for (const read of [getCase, listCases, queryMasterData]) expect(isRetrySafe(read)).toBe(true);
    for (const other of [executeActivity, validateCall]) expect(isRetrySafe(other)).toBe(false);
  });

  it('is false for a function without (well-formed) metadata', () => {
    const handWritten = async () => ({ data: {} });
    expect(isRetrySafe(handWritten)).toBe(false);
    const malformed = Object.assign(async () => ({ data: {} }), {
      '~blizwork': { operationId: 'x', bodyMembers: [], retrySafe: 'yes' },
    });
    expect(isRetrySafe(malformed)).toBe(false);
    const copied = Object.assign(async () => ({ data: {} }), { '~blizwork': getCase['~blizwork'] });
    expect(isRetrySafe(copied)).toBe(true);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each<[string | null, number | undefined]>([
    ['0', 0],
    ['2', 2_000],
    ['1.5', 1_500],
    ['3600', RETRY_AFTER_CAP_MS],
    ['-3', 0],
    ['Thu, 01 Jan 2026 00:00:05 GMT', 5_000],
    ['Wed, 31 Dec 2025 23:00:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    // Blank is absent, not 0 s (Number('  ') is 0): the backoff applies instead.
    ['  \t ', undefined],
    [null, undefined],
  ])('%s -> %s ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('retryDelayMs', () => {
  it('doubles from 0.5 s up to 8 s without jitter', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((retry) => retryDelayMs(retry, undefined, 0))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000,
    ]);
  });

  it('takes off at most 25 % as jitter', () => {
    expect(retryDelayMs(2, undefined, 0.999)).toBe(750);
  });

  it('uses the server Retry-After when given', () => {
    expect(retryDelayMs(3, 1_234, 0.5)).toBe(1_234);
  });
});

describe('isRetryableFailure', () => {
  const http = (status: number) =>
    new BlizWorkHttpError({ operation: 'op', url: 'u', status, bodyExcerpt: '' });
  const api = (httpStatus: number) =>
    new BlizWorkApiError({ operation: 'op', resultCode: 101, resultMessage: '', httpStatus });
  it.each<[string, unknown, boolean]>([
    ['a connection error', new BlizWorkConnectionError('op', 'u', undefined), true],
    ['a timeout', new BlizWorkTimeoutError('op', 'u', 1, undefined), true],
    ['HTTP 408', http(408), true],
    ['HTTP 429', http(429), true],
    ['HTTP 500', http(500), true],
    ['HTTP 503', http(503), true],
    ['an API error with HTTP 502', api(502), true],
    ['HTTP 400', http(400), false],
    ['HTTP 404', http(404), false],
    ['an API error with HTTP 200', api(200), false],
    [
      'a response error',
      new BlizWorkResponseError({
        operation: 'op',
        url: 'u',
        httpStatus: 200,
        problem: 'p',
        bodyExcerpt: '',
      }),
      false,
    ],
    ['an abort', new BlizWorkAbortError('op', 'why'), false],
    ['a TypeError', new TypeError('x'), false],
  ])('%s -> %s', (_label, error, expected) => {
    expect(isRetryableFailure(error)).toBe(expected);
  });
});
