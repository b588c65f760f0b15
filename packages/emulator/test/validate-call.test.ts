import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultCodes, defaultSeed, type Seed } from '../src/index.js';
import { ApiClient } from './helpers/api-client.js';
import { startExtensionServer, type ExtensionServer } from './helpers/extension-server.js';
import { acme, useEmulator, leadExecBody } from './helpers/use-emulator.js';

const otherToken = 'emu-other-token-fedcba9876543210';
const seed: Seed = structuredClone(defaultSeed);
seed.companies.push({
  companyId: 'other-co',
  name: 'Other',
  tokens: [otherToken],
  users: ['eve@other.test'],
});
seed.handshakes = [
  {
    companyId: acme.companyId,
    token: 'seeded0123456789abcdef00',
    endpoint: 'https://hooks.example.com/x',
  },
];

const fixture = useEmulator({ seed });
let extension: ExtensionServer;
beforeAll(async () => {
  extension = await startExtensionServer();
});
afterAll(() => extension.close());

/** Runs an exec that calls the test extension; returns the endpoint called and its handshake token. */
async function issueHandshake(): Promise<{ endpoint: string; token: string }> {
  const endpoint = `${extension.url}/hooks/lead`;
  const remove = fixture.emulator.addExtension({
    processId: acme.process,
    formId: 'lead',
    url: endpoint,
  });
  await fixture.api.call('executeActivity', leadExecBody());
  remove();
  const call = fixture.emulator.extensionCalls.at(-1);
  if (call === undefined) throw new Error('no extension call was made');
  return { endpoint, token: call.body.handshakeToken };
}

const validate = (endpoint: string, token: string, apiToken?: string) =>
  fixture.api.call(
    'validateCall',
    { endpoint, token },
    apiToken === undefined ? {} : { token: apiToken },
  );
const validateByPath = (handshakeToken: string, apiToken?: string) =>
  fixture.api.call(
    'validateCallByPath',
    {},
    { handshakeToken, ...(apiToken === undefined ? {} : { token: apiToken }) },
  );

describe('validateCall', () => {
  it('answers 0 once, then 1, for a handshake token the emulator issued and the endpoint it called', async () => {
    const { endpoint, token } = await issueHandshake();
    expect((await validate(endpoint, token)).body).toEqual({ resultCode: 0, resultMessage: 'OK' });
    expect((await validate(endpoint, token)).body.resultCode).toBe(ResultCodes.invalidToken);
  });

  it('answers 1 without spending the token when the endpoint is not the one called', async () => {
    const { endpoint, token } = await issueHandshake();
    expect((await validate(`${extension.url}/hooks/other`, token)).body.resultCode).toBe(
      ResultCodes.invalidToken,
    );
    expect((await validate(endpoint, token)).body.resultCode).toBe(0);
  });

  it('answers 1 when the handshake token was never issued', async () => {
    const reply = await validate('https://hooks.example.com/x', '642c8f141be17c78c05bcb4c');
    expect(reply.body.resultCode).toBe(ResultCodes.invalidToken);
  });

  it("answers 1 when the API token belongs to another company than the case's", async () => {
    const { endpoint, token } = await issueHandshake();
    expect((await validate(endpoint, token, otherToken)).body.resultCode).toBe(
      ResultCodes.invalidToken,
    );
    expect((await validate(endpoint, token)).body.resultCode).toBe(0);
  });

  it('accepts a handshake token from the seed once, for its endpoint', async () => {
    expect(
      (await validate('https://hooks.example.com/x', 'seeded0123456789abcdef00')).body.resultCode,
    ).toBe(0);
    expect(
      (await validate('https://hooks.example.com/x', 'seeded0123456789abcdef00')).body.resultCode,
    ).toBe(1);
  });
});

describe('validateCallByPath', () => {
  it('answers 0 once, then 1, for a handshake token the emulator issued', async () => {
    const { token } = await issueHandshake();
    expect((await validateByPath(token)).body.resultCode).toBe(0);
    expect((await validateByPath(token)).body.resultCode).toBe(ResultCodes.invalidToken);
  });

  it('spends the token for the documented form too, since a token validates one call', async () => {
    const { endpoint, token } = await issueHandshake();
    expect((await validateByPath(token)).body.resultCode).toBe(0);
    expect((await validate(endpoint, token)).body.resultCode).toBe(ResultCodes.invalidToken);
  });

  it('answers 1 when the handshake token was never issued or the company differs', async () => {
    const { token } = await issueHandshake();
    expect((await validateByPath('000000000000000000000000')).body.resultCode).toBe(
      ResultCodes.invalidToken,
    );
    expect((await validateByPath(token, otherToken)).body.resultCode).toBe(
      ResultCodes.invalidToken,
    );
  });

  it('answers 1 rather than routing elsewhere when the handshake token holds path characters', async () => {
    const reply = await new ApiClient(fixture.emulator.url, fixture.emulator.token).call(
      'validateCallByPath',
      {},
      { handshakeToken: '../../init' },
    );
    expect(reply.body.resultCode).toBe(ResultCodes.invalidToken);
  });
});
