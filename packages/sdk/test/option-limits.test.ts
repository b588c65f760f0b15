// The edges of option validation: the largest accepted numbers, zero, and the logger's shape.
// The common bad values are in options.test.ts; these were found by mutation testing.
import { describe, expect, it } from 'vitest';
import { BlizWork } from '../src/index.node.js';

const valid = { token: 'tok_abc', userId: 'ana@acme.test' };
const construct = (change: Record<string, unknown>) => () => new BlizWork({ ...valid, ...change });

describe('maxRetries', () => {
  it('accepts 0 (no retries) up to 10', () => {
    expect(new BlizWork({ ...valid, maxRetries: 0 }).toJSON()).toMatchObject({ maxRetries: 0 });
    expect(new BlizWork({ ...valid, maxRetries: 10 }).toJSON()).toMatchObject({ maxRetries: 10 });
  });

  it.each([11, 1_000, Number.POSITIVE_INFINITY, -1])('rejects %s, naming the range', (value) => {
    expect(construct({ maxRetries: value })).toThrow(TypeError);
    expect(construct({ maxRetries: value })).toThrow(
      `BlizWork: option "maxRetries" must be an integer from 0 to 10 (got ${String(value)})`,
    );
  });

  it('rejects a numeric string', () => {
    expect(construct({ maxRetries: '3' })).toThrow(/option "maxRetries" must be an integer/);
  });
});

describe('timeoutMs', () => {
  it('accepts 0 (no limit), fractions, and the largest delay a timer can hold', () => {
    for (const timeoutMs of [0, 0.5, 2_147_483_647]) {
      expect(new BlizWork({ ...valid, timeoutMs }).toJSON()).toMatchObject({ timeoutMs });
    }
  });

  it('rejects a numeric string', () => {
    expect(construct({ timeoutMs: '3000' })).toThrow(
      'BlizWork: option "timeoutMs" must be a number from 0 to 2147483647 (got 3000)',
    );
  });

  it('rejects a delay a timer cannot hold (it would fire at once)', () => {
    expect(construct({ timeoutMs: 2_147_483_648 })).toThrow(
      'BlizWork: option "timeoutMs" must be a number from 0 to 2147483647 (got 2147483648)',
    );
  });
});

describe('logger', () => {
  it('accepts an object with any subset of debug/info/warn/error functions', () => {
    for (const logger of [{}, { warn: () => undefined }, console]) {
      expect(construct({ logger })).not.toThrow();
    }
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a function', () => undefined],
    ['a string', 'console'],
    ['an object with a non-function level', { debug: () => undefined, error: 'stderr' }],
    ['an object whose info is not a function', { info: true }],
    ['an object whose warn is not a function', { warn: {} }],
  ])('rejects %s, naming the expected shape', (_label, logger) => {
    expect(construct({ logger })).toThrow(TypeError);
    expect(construct({ logger })).toThrow(
      'BlizWork: option "logger" must be an object with debug/info/warn/error functions',
    );
  });
});

describe('a bad value in a message', () => {
  it('is named by its type when it is not a string', () => {
    expect(construct({ environment: 42 })).toThrow(
      'BlizWork: option "environment" must be "production" or "draft" (got number)',
    );
  });

  it('is quoted to its first 40 characters when it is a string', () => {
    const pasted = `draft${'x'.repeat(100)}`;
    expect(construct({ environment: pasted })).toThrow(
      `(got ${JSON.stringify(pasted.slice(0, 40))})`,
    );
  });
});

describe('baseUrl', () => {
  it.each<[string, unknown]>([
    ['a URL object (the option is a string)', new URL('http://127.0.0.1:3005')],
    ['a scheme that only ends in http', 'xhttp://x.test'],
  ])('rejects %s', (_label, baseUrl) => {
    expect(construct({ baseUrl })).toThrow(
      'BlizWork: option "baseUrl" must be an absolute http(s) URL without query or fragment',
    );
  });
});

describe('userAgent', () => {
  it('rejects a non-string as not a string, even when it would print as two lines', () => {
    expect(construct({ userAgent: ['a\nb'] })).toThrow(
      'BlizWork: option "userAgent" must be a non-empty string (got object)',
    );
  });
});
