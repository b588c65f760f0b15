// The BLIZWORK_* variables the CLI reads are the SDK's ENV_VARIABLES (imported, not copied): each
// one overrides the profile's value for its own option, and an empty one counts as unset, as
// BlizWork.fromEnv() reads them.
import { ENV_VARIABLES } from '@blizwork/sdk';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeConfig } from '../src/config/profile-store.js';
import { clientOptions, resolveSettings } from '../src/config/settings.js';
import { tempDir } from './helpers/run-cli.js';

const profile = {
  token: 'profile-token-abcdefgh-1234',
  userId: 'ana@acme.test',
  companyId: 'company-from-profile',
  baseUrl: 'http://127.0.0.1:9/profile',
};
const fromEnv = {
  token: 'env-token-abcdefgh-9876',
  userId: 'bob@acme.test',
  companyId: 'company-from-env',
  baseUrl: 'http://127.0.0.1:9/env',
  environment: 'draft',
} as const;

/** An environment whose config directory holds `profile` as the default profile. */
async function withProfile(variables: Record<string, string>): Promise<NodeJS.ProcessEnv> {
  const dir = tempDir();
  await writeConfig(join(dir, 'config.json'), { profiles: new Map([['default', profile]]) });
  return { BLIZWORK_CONFIG_DIR: dir, ...variables };
}

describe('the environment variables', () => {
  it.each(Object.keys(ENV_VARIABLES) as (keyof typeof ENV_VARIABLES)[])(
    'the variable of %s overrides the profile for that option only',
    async (option) => {
      const env = await withProfile({ [ENV_VARIABLES[option]]: fromEnv[option] });
      const settings = await resolveSettings({}, env);
      expect(clientOptions(settings)).toEqual({
        ...profile,
        environment: 'production',
        [option]: fromEnv[option],
      });
      if (option !== 'environment') expect(settings.sources[option]).toBe('env');
    },
  );

  it('counts an empty variable as unset, like BlizWork.fromEnv()', async () => {
    const empty = Object.fromEntries(Object.values(ENV_VARIABLES).map((name) => [name, '']));
    const settings = await resolveSettings({}, await withProfile(empty));
    expect(clientOptions(settings)).toEqual({ ...profile, environment: 'production' });
    expect(Object.values(settings.sources)).toEqual(['profile', 'profile', 'profile', 'profile']);
  });

  it('names the SDK variables in the hint when there are no credentials', async () => {
    await expect(resolveSettings({}, { BLIZWORK_CONFIG_DIR: tempDir() })).rejects.toMatchObject({
      hint: expect.stringContaining(`set ${ENV_VARIABLES.token} and ${ENV_VARIABLES.userId}`),
    });
  });
});
