// Misspelled options fail loudly (TypeError naming the method, the key and the valid keys) instead
// of being ignored; and a baseUrl with credentials is refused without echoing them.
import { describe, expect, it } from 'vitest';
import { checkOptionKeys } from '../src/internal/options/option-keys.js';
import { BlizWork } from '../src/index.node.js';
import { fixtureCase } from './helpers/case-fixture.js';
import { TOKEN, USER_ID, clientFor } from './helpers/clients.js';
import { useFaultServer } from '@blizwork/test-support/fault-server';

const server = useFaultServer();

type Call = (bw: BlizWork) => unknown; // a value or a promise
const bad = <T>(options: Record<string, unknown>) => options as unknown as T;

describe('every method that takes an options object', () => {
  it.each<[string, Call, string, RegExp]>([
    [
      'getCase',
      (bw) => bw.process('p').getCase(2, bad({ inclde: 0 })),
      'inclde',
      /valid: signal, include, environment\)\. Did you mean "include"\?/,
    ],
    [
      'getCaseFromDraft',
      (bw) => bw.process('p').getCaseFromDraft(2, 3, bad({ signl: undefined })),
      'signl',
      /valid: signal\)\. Did you mean "signal"\?/,
    ],
    [
      'getCaseFromProduction',
      (bw) => bw.process('p').getCaseFromProduction(2, 3, bad({ include: 0 })),
      'include',
      /valid: signal\)/,
    ],
    [
      'startCase',
      (bw) => bw.process('p').startCase(bad({ companyID: 'c' })),
      'companyID',
      /Did you mean "companyId"\?/,
    ],
    [
      'listCases',
      (bw) => bw.process('p').listCases({}, bad({ environment: 'draft' })),
      'environment',
      /valid: signal\)/,
    ],
    [
      'exec',
      () => fixtureCase().exec('won', {}, bad({ skipExtension: true })),
      'skipExtension',
      /valid: signal, skipExtensions, companyId, execUserId, ensure\)\. Did you mean "skipExtensions"\?/,
    ],
    ['records', (bw) => bw.masterData('T').records({}, bad({ limit: 1 })), 'limit', /signal/],
    [
      'dictionary',
      (bw) => bw.masterData('T').dictionary({}, 'id', bad({ key: 'id' })),
      'key',
      /signal/,
    ],
    [
      'upsert',
      (bw) => bw.masterData('T').upsert({ a: 1 }, {}, bad({ upsert: true })),
      'upsert',
      /signal/,
    ],
    ['delete', (bw) => bw.masterData('T').delete({ a: 1 }, bad({ all: true })), 'all', /signal/],
    [
      'uploadFile',
      (bw) => bw.uploadFile({ fileName: 'a', content: 'b' }, bad({ mimeType: 'text/plain' })),
      'mimeType',
      /signal/,
    ],
    [
      'sendNotification',
      (bw) => bw.sendNotification('t', { to: 'a@b.c' }, bad({ cc: 'x' })),
      'cc',
      /signal/,
    ],
    [
      'validateCall',
      (bw) => bw.validateCall({ handshakeToken: 'h' }, bad({ endpoint: 'https://x', endPoint: 1 })),
      'endPoint',
      /valid: endpoint, signal\)\. Did you mean "endpoint"\?/,
    ],
    [
      'withOptions',
      (bw) => bw.withOptions(bad({ enviroment: 'draft' })),
      'enviroment',
      /Did you mean "environment"\?/,
    ],
    [
      'BlizWork.fromEnv overrides',
      () => BlizWork.fromEnv({ BLIZWORK_TOKEN: 't', BLIZWORK_USER_ID: 'u' }, bad({ baseURL: 'x' })),
      'baseURL',
      /Did you mean "baseUrl"\?/,
    ],
  ])(
    '%s refuses an unknown option with TypeError and sends nothing',
    async (method, call, key, valid) => {
      let thrown: unknown;
      try {
        await call(clientFor(server.url));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      const message = (thrown as Error).message;
      expect(message).toContain(`${method}: option "${key}" is unknown`);
      expect(message).toMatch(valid);
      expect(server.requests).toHaveLength(0);
    },
  );

  it('refuses options that are not an object', async () => {
    const process = clientFor(server.url).process('p');
    await expect(process.getCase(2, 3 as never)).rejects.toThrow(
      'BlizWork: getCase options must be an object (got number)',
    );
    await expect(process.listCases({}, null as never)).rejects.toThrow(/got null/);
    expect(server.requests).toHaveLength(0);
  });

  it('the constructor uses the same check', () => {
    expect(() => clientFor(server.url, bad({ timeout: 5 }))).toThrow(
      /new BlizWork: option "timeout" is unknown \(valid: .*timeoutMs.*\)\. Did you mean "timeoutMs"\?/,
    );
  });
});

describe('checkOptionKeys', () => {
  it('accepts undefined, {} and known keys; gives no hint for a key far from any valid one', () => {
    expect(() => checkOptionKeys('m', undefined, ['a'])).not.toThrow();
    expect(() => checkOptionKeys('m', { signal: undefined }, ['signal'])).not.toThrow();
    expect(() => checkOptionKeys('m', { zzzzzzzz: 1 }, ['signal'])).toThrow(
      /^BlizWork: m: option "zzzzzzzz" is unknown \(valid: signal\)\.$/,
    );
    expect(() => checkOptionKeys('m', [], ['a'])).toThrow(/got an array/);
  });

  it('never shows option values', () => {
    expect(() => checkOptionKeys('m', { tokn: TOKEN }, ['token'])).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(TOKEN) }),
    );
  });
});

describe('baseUrl with credentials', () => {
  it.each([
    'https://user:hunter2@api.example.com',
    'https://hunter2@api.example.com',
    'http://:hunter2@127.0.0.1:9',
  ])('%s is refused with a TypeError that does not echo them', (baseUrl) => {
    let thrown: unknown;
    try {
      new BlizWork({ token: TOKEN, userId: USER_ID, baseUrl });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(/option "baseUrl" must not hold credentials/);
    expect((thrown as Error).message).not.toContain('hunter2');
    expect((thrown as Error).stack).not.toContain('hunter2');
  });
});
