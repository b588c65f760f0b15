// isBlizWorkError / isBlizWorkApiError recognise errors made by another copy of the package: here
// the real ESM build (dist/index.mjs) and CJS build (dist/index.cjs) loaded in one Node process,
// where `instanceof` fails across the two.
import { describe, expect, it } from 'vitest';
import { runBuilt } from '../helpers/run-built.js';

const SCRIPT = `
import { createRequire } from 'node:module';
import { inspect } from 'node:util';
const esm = await import('./dist/index.mjs');
const cjs = createRequire(import.meta.url)('./dist/index.cjs');
const details = { operation: 'getCase', resultCode: 1, resultMessage: 'bad token', httpStatus: 200 };
const cjsApiError = new cjs.InvalidTokenError(details);
const cjsTimeout = new cjs.BlizWorkTimeoutError('getCase', 5);
// A real failure of a CJS client: nothing listens on port 9 of 127.0.0.1.
const client = new cjs.BlizWork({ token: 'tok-SECRET-guard', userId: 'ana@acme.test', baseUrl: 'http://127.0.0.1:9', maxRetries: 0 });
const cjsConnection = await client.process('sales-process').getCase(1).catch((error) => error);
const forged = { [Symbol.for('@blizwork/sdk/error')]: 'yes', [Symbol.for('@blizwork/sdk/api-error')]: 1 };
console.log(JSON.stringify({
  twoCopies: esm.BlizWorkError !== cjs.BlizWorkError,
  instanceofAcross: cjsApiError instanceof esm.BlizWorkError,
  esmSeesCjsApiError: [esm.isBlizWorkError(cjsApiError), esm.isBlizWorkApiError(cjsApiError)],
  esmSeesCjsTimeout: [esm.isBlizWorkError(cjsTimeout), esm.isBlizWorkApiError(cjsTimeout)],
  esmSeesCjsConnection: [cjsConnection.name, esm.isBlizWorkError(cjsConnection), esm.isBlizWorkApiError(cjsConnection)],
  cjsSeesEsmApiError: cjs.isBlizWorkApiError(new esm.TransactionLimitError(details)),
  others: [new Error('x'), new TypeError('x'), forged, {}, null, undefined, 'BlizWorkError']
    .map((value) => esm.isBlizWorkError(value) || esm.isBlizWorkApiError(value)),
  shown: JSON.stringify(cjsApiError) + inspect(cjsApiError) + Object.keys(cjsApiError).join(),
}));
`;

interface GuardResults {
  twoCopies: boolean;
  instanceofAcross: boolean;
  esmSeesCjsApiError: boolean[];
  esmSeesCjsTimeout: boolean[];
  esmSeesCjsConnection: [string, boolean, boolean];
  cjsSeesEsmApiError: boolean;
  others: boolean[];
  shown: string;
}

describe('isBlizWorkError / isBlizWorkApiError across the ESM and CJS builds in one process', () => {
  it('recognise errors of the other build, where instanceof does not', async () => {
    const results = await runBuilt<GuardResults>(SCRIPT);
    expect(results.twoCopies).toBe(true);
    expect(results.instanceofAcross).toBe(false);
    expect(results.esmSeesCjsApiError).toEqual([true, true]);
    expect(results.esmSeesCjsTimeout).toEqual([true, false]);
    expect(results.esmSeesCjsConnection).toEqual(['BlizWorkConnectionError', true, false]);
    expect(results.cjsSeesEsmApiError).toBe(true);
  });

  it('are false for anything else, a look-alike carrying the symbols with other values too', async () => {
    const results = await runBuilt<GuardResults>(SCRIPT);
    expect(results.others).toEqual([false, false, false, false, false, false, false]);
  });

  it('keep the brand out of JSON, util.inspect and the own keys', async () => {
    const { shown } = await runBuilt<GuardResults>(SCRIPT);
    expect(shown).toContain('InvalidTokenError');
    expect(shown).not.toContain('@blizwork/sdk/');
  });
});
