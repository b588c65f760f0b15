// Construction: defaults, validation (TypeError, never quoting the token), withOptions, fromEnv.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BlizWork,
  DEFAULT_BASE_URL,
  SDK_VERSION,
  type BlizWorkOptions,
} from '../src/index.node.js';
import { ENV_VARIABLES } from '../src/client/env.js';

const valid = { token: 'tok_abc', userId: 'ana@acme.test' };

describe('new BlizWork()', () => {
  it('applies the defaults: production, the public API, no company', () => {
    const bw = new BlizWork(valid);
    expect(bw.environment).toBe('production');
    expect(bw.baseUrl).toBe(DEFAULT_BASE_URL);
    expect(bw.companyId).toBeUndefined();
    expect(bw.userId).toBe('ana@acme.test');
    expect(bw.toJSON()).toMatchObject({ timeoutMs: 30_000, maxRetries: 2 });
  });

  it('never derives the environment from NODE_ENV', () => {
    const saved = process.env.NODE_ENV;
    try {
      for (const value of [undefined, 'development', 'production', 'test']) {
        if (value === undefined) delete process.env.NODE_ENV;
        else process.env.NODE_ENV = value;
        expect(new BlizWork(valid).environment).toBe('production');
      }
    } finally {
      process.env.NODE_ENV = saved;
    }
  });

  it('drops trailing slashes from baseUrl', () => {
    expect(new BlizWork({ ...valid, baseUrl: 'http://127.0.0.1:3005//' }).baseUrl).toBe(
      'http://127.0.0.1:3005',
    );
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['no options', {}, /option "token" must be a string \(got undefined\)/],
    [
      'an empty token',
      { token: '' },
      /option "token" must be a non-empty string without white space/,
    ],
    [
      'a token with a space',
      { token: 'abc def' },
      /option "token" must be a non-empty string without white space/,
    ],
    ['a numeric token', { token: 123 }, /option "token" must be a string \(got number\)/],
    ['no userId', { userId: undefined }, /option "userId" is required/],
    ['a blank userId', { userId: '  ' }, /option "userId" must be a non-empty string/],
    ['an empty companyId', { companyId: '' }, /option "companyId" must be a non-empty string/],
    [
      'a bad environment',
      { environment: 'Production' },
      /option "environment" must be "production" or "draft" \(got "Production"\)/,
    ],
    [
      'a relative baseUrl',
      { baseUrl: '/api' },
      /option "baseUrl" must be an absolute http\(s\) URL/,
    ],
    [
      'a non-http baseUrl',
      { baseUrl: 'ftp://x.test' },
      /option "baseUrl" must be an absolute http\(s\) URL/,
    ],
    ['a baseUrl with a query', { baseUrl: 'https://x.test/?token=1' }, /option "baseUrl"/],
    ['a negative timeout', { timeoutMs: -1 }, /option "timeoutMs" must be a number from 0/],
    ['a NaN timeout', { timeoutMs: Number.NaN }, /option "timeoutMs"/],
    [
      'fractional retries',
      { maxRetries: 1.5 },
      /option "maxRetries" must be an integer from 0 to 10/,
    ],
    ['too many retries', { maxRetries: 11 }, /option "maxRetries"/],
    ['a fetch that is not a function', { fetch: 'fetch' }, /option "fetch" must be a function/],
    ['a logger without functions', { logger: { debug: 'yes' } }, /option "logger"/],
    [
      'a two-line user agent',
      { userAgent: 'a\r\nx-evil: 1' },
      /option "userAgent" must be one line/,
    ],
    ['a user agent with NUL', { userAgent: 'a\u0000' }, /option "userAgent" must be one line/],
    ['a user agent beyond ASCII', { userAgent: 'sdk ✓' }, /option "userAgent" must be one line/],
    ['an unknown option (a typo)', { userID: 'x' }, /option "userID" is unknown/],
  ])('rejects %s with a TypeError', (_label, change, message) => {
    const options = Object.keys(change).length === 0 ? {} : { ...valid, ...change };
    expect(() => new BlizWork(options as unknown as BlizWorkOptions)).toThrow(TypeError);
    expect(() => new BlizWork(options as unknown as BlizWorkOptions)).toThrow(message);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string (a token passed alone)', 'tok_abc'],
    ['a number', 42],
    ['a boolean', true],
  ])('rejects %s instead of options with its own TypeError', (_label, options) => {
    const construct = () => new BlizWork(options as BlizWorkOptions);
    expect(construct).toThrow(TypeError);
    expect(construct).toThrow('BlizWork: options must be an object with at least token and userId');
  });
});

describe('withOptions()', () => {
  it('returns a new client with the change and leaves the original as it was', () => {
    const bw = new BlizWork({ ...valid, companyId: 'c1' });
    const draft = bw.withOptions({ environment: 'draft' });
    expect(draft).not.toBe(bw);
    expect(draft.environment).toBe('draft');
    expect(draft.companyId).toBe('c1');
    expect(bw.environment).toBe('production');
  });

  it('validates the changed options', () => {
    expect(() => new BlizWork(valid).withOptions({ timeoutMs: -5 })).toThrow(TypeError);
  });
});

describe('BlizWork.fromEnv()', () => {
  const env = {
    BLIZWORK_TOKEN: 'tok_env',
    BLIZWORK_USER_ID: 'bob@acme.test',
    BLIZWORK_COMPANY_ID: 'c9',
    BLIZWORK_BASE_URL: 'http://127.0.0.1:4010/',
    BLIZWORK_ENVIRONMENT: 'draft',
  };

  it('reads every variable', () => {
    const bw = BlizWork.fromEnv(env);
    expect(bw.toJSON()).toMatchObject({
      userId: 'bob@acme.test',
      companyId: 'c9',
      baseUrl: 'http://127.0.0.1:4010',
      environment: 'draft',
    });
    expect(Object.values(ENV_VARIABLES).sort()).toEqual(Object.keys(env).sort());
  });

  it('lets overrides win and ignores empty variables', () => {
    const bw = BlizWork.fromEnv(
      { ...env, BLIZWORK_COMPANY_ID: '', BLIZWORK_ENVIRONMENT: '' },
      { userId: 'ana@acme.test' },
    );
    expect(bw.toJSON()).toMatchObject({
      userId: 'ana@acme.test',
      companyId: undefined,
      environment: 'production',
    });
  });

  it('names the missing variable', () => {
    expect(() => BlizWork.fromEnv({ BLIZWORK_USER_ID: 'u' })).toThrow(
      /set BLIZWORK_TOKEN or pass overrides.token/,
    );
    expect(() => BlizWork.fromEnv({ BLIZWORK_TOKEN: 't' })).toThrow(/set BLIZWORK_USER_ID/);
  });

  it('rejects a bad variable like a bad option', () => {
    expect(() => BlizWork.fromEnv({ ...env, BLIZWORK_ENVIRONMENT: 'prod' })).toThrow(
      /"environment"/,
    );
  });

  /** An environment that refuses every read as Deno does without `--allow-env`. */
  const denoWithoutEnvPermission = (reads: string[]) =>
    new Proxy(
      {},
      {
        get(_target, name) {
          reads.push(String(name));
          const error = new Error(`Requires env access to "${String(name)}"`);
          error.name = 'NotCapable';
          throw error;
        },
      },
    );

  it('reads no variable when overrides give every option (Deno without --allow-env)', () => {
    const reads: string[] = [];
    const bw = BlizWork.fromEnv(denoWithoutEnvPermission(reads), {
      token: 'tok_x',
      userId: 'ana@acme.test',
      companyId: 'c1',
      baseUrl: 'http://127.0.0.1:4010',
      environment: 'draft',
    });
    expect(bw.userId).toBe('ana@acme.test');
    expect(reads).toEqual([]);
  });

  it('reads only the variables overrides leave unset', () => {
    const reads: string[] = [];
    const env = new Proxy<Record<string, string>>(
      { BLIZWORK_USER_ID: 'bob@acme.test' },
      {
        get(target, name) {
          reads.push(String(name));
          return target[String(name)];
        },
      },
    );
    BlizWork.fromEnv(env, { token: 'tok_x', environment: 'draft' });
    expect(reads.sort()).toEqual(['BLIZWORK_BASE_URL', 'BLIZWORK_COMPANY_ID', 'BLIZWORK_USER_ID']);
  });

  it('turns a missing env permission into a TypeError naming the permission to grant', () => {
    const attempt = () =>
      BlizWork.fromEnv(denoWithoutEnvPermission([]), { token: 'tok_secret_123' });
    expect(attempt).toThrow(TypeError);
    expect(attempt).toThrow(
      'BlizWork.fromEnv: no permission to read BLIZWORK_USER_ID; in Deno, run with ' +
        '--allow-env=BLIZWORK_USER_ID,BLIZWORK_COMPANY_ID,BLIZWORK_BASE_URL,BLIZWORK_ENVIRONMENT, ' +
        'or pass overrides.userId',
    );
    expect(() => attempt()).not.toThrow(/tok_secret_123/);
  });

  it('lets other errors of a throwing environment through unchanged', () => {
    const broken = new Proxy(
      {},
      {
        get() {
          throw new RangeError('broken env');
        },
      },
    );
    expect(() => BlizWork.fromEnv(broken)).toThrow(RangeError);
  });

  it('reads process.env by default', () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, env);
      expect(BlizWork.fromEnv().userId).toBe('bob@acme.test');
    } finally {
      for (const key of Object.keys(env)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});

describe('SDK_VERSION', () => {
  it('equals the package version (it is sent in the user agent)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(SDK_VERSION).toBe(pkg.version);
  });
});
