// bw.request() and bw.raw() against the real emulator: a path of the spec called as an unknown
// endpoint, and a generated operation whose userId and environment the SDK fills in.
import { startEmulator, type Emulator } from '@blizwork/emulator';
import { listCases } from '@blizwork/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlizWork, BlizWorkApiError, InvalidTokenError, type CaseDocument } from '../src/index.js';
import { rejectionOf } from './helpers/clients.js';
import { expectNoToken } from './helpers/expect-no-token.js';

let emulator: Emulator;
let bw: BlizWork;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
  bw = new BlizWork(emulator.clientOptions);
});
afterAll(() => emulator.close());

const readCase = (client: BlizWork) =>
  client.request<{ resultCode: number; payload: CaseDocument }>('/process/case', {
    userId: client.userId,
    processId: 'sales-process',
    caseNumber: 1,
    include: 3,
  });

describe('bw.request() against the emulator', () => {
  it('reads a case through /process/case with the token appended', async () => {
    const reply = await readCase(bw);
    expect(reply.resultCode).toBe(0);
    expect(reply.payload).toMatchObject({ processSlug: 'sales-process', caseNumber: 1 });
  });

  it('rejects with InvalidTokenError for a wrong token, without showing it', async () => {
    const wrong = bw.withOptions({ token: 'tok-SECRET-9f8e7d6c5b4a' });
    const error = await rejectionOf(readCase(wrong));
    expect(error).toBeInstanceOf(InvalidTokenError);
    expectNoToken(error);
  });

  it('rejects a request the emulator refuses with a typed error', async () => {
    const missingCase = await rejectionOf(
      bw.request('/process/case', {
        userId: bw.userId,
        processId: 'sales-process',
        caseNumber: 999,
      }),
    );
    expect(missingCase).toBeInstanceOf(BlizWorkApiError);
    const unknownPath = await rejectionOf(bw.request('/no/such/endpoint', {}));
    expect(unknownPath).toBeInstanceOf(BlizWorkApiError);
    expect(unknownPath).toMatchObject({ httpStatus: 404 });
  });
});

describe('bw.raw() against the emulator', () => {
  it('lists cases with userId and environment filled in from the client', async () => {
    const reply = await bw.raw(listCases, { body: { processId: 'sales-process' } });
    expect(reply.resultCode).toBe(0);
    expect(reply.payload?.length).toBeGreaterThan(0);
  });
});
