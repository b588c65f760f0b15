// The CLI keeps its own list of the BLIZWORK_* variable names (the SDK does not export its map):
// both must read the same variables, so a renamed or added one in either fails here.
import { BlizWork } from '@blizwork/sdk';
import { describe, expect, it } from 'vitest';
import { clientOptions, resolveSettings } from '../src/config/settings.js';
import { tempDir } from './helpers/run-cli.js';

const variables = {
  BLIZWORK_TOKEN: 'env-token-abcdefgh-1234',
  BLIZWORK_USER_ID: 'bob@acme.test',
  BLIZWORK_COMPANY_ID: 'company-from-env',
  BLIZWORK_BASE_URL: 'http://127.0.0.1:9/api',
  BLIZWORK_ENVIRONMENT: 'draft',
};

describe('the environment variables', () => {
  it('are the ones BlizWork.fromEnv() reads, each for the same option', async () => {
    const env = { ...variables, BLIZWORK_CONFIG_DIR: tempDir() };
    const options = clientOptions(await resolveSettings({}, env));
    const bw = BlizWork.fromEnv(env);
    expect(options).toEqual({
      token: variables.BLIZWORK_TOKEN,
      userId: bw.userId,
      companyId: bw.companyId,
      baseUrl: bw.baseUrl,
      environment: bw.environment,
    });
    expect(bw.userId).toBe(variables.BLIZWORK_USER_ID);
    expect(bw.companyId).toBe(variables.BLIZWORK_COMPANY_ID);
    expect(bw.environment).toBe(variables.BLIZWORK_ENVIRONMENT);
    // The token is never readable from a client: the SDK names the variable it needs instead.
    const { BLIZWORK_TOKEN: _token, ...withoutToken } = env;
    expect(() => BlizWork.fromEnv(withoutToken)).toThrow(/BLIZWORK_TOKEN/);
  });
});
