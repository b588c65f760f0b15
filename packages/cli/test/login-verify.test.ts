// `blizwork login` checks the token with one read-only call before storing it (issue 20 §3), against
// an emulator on port 0; --no-verify stores it without a call.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliEmulator } from './helpers/cli-emulator.js';
import { runCli, tempDir } from './helpers/run-cli.js';

const fixture = useCliEmulator();

const login = (token: string, baseUrl: string, extra: string[] = []) => {
  const configDir = tempDir('blizwork-login-');
  const run = runCli(
    [
      'login',
      '--token-stdin',
      '--user',
      fixture.emulator.clientOptions.userId,
      '--base-url',
      baseUrl,
      ...extra,
    ],
    { env: { BLIZWORK_CONFIG_DIR: configDir }, input: `${token}\n` },
  );
  return { configDir, run };
};
const configFile = (configDir: string) => join(configDir, 'config.json');

describe('login verifies the token', () => {
  it('refuses a wrong token (typed error, exit 1, what was checked) and stores nothing', async () => {
    const wrong = 'wrong-token-0123456789-abcd';
    const { configDir, run } = login(wrong, fixture.emulator.clientOptions.baseUrl, ['--json']);
    const result = await run;
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('The token was not stored: checked with one read-only call');
    expect(result.stderr).toContain('refused: the token or user is not valid');
    expect(result.stderr).toContain('--no-verify');
    expect(JSON.parse(result.stdout).error).toMatchObject({ name: 'TokenVerificationError' });
    expect(result.stdout + result.stderr).not.toContain(wrong);
    expect(existsSync(configFile(configDir))).toBe(false);
  });

  it('refuses when the server cannot be reached, and stores nothing', async () => {
    const { configDir, run } = login('some-token-0123456789', 'http://127.0.0.1:9');
    const result = await run;
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('not confirmed: the call failed');
    expect(existsSync(configFile(configDir))).toBe(false);
  });

  it('stores an accepted token and says it was checked', async () => {
    const { token, baseUrl } = fixture.emulator.clientOptions;
    const { configDir, run } = login(token, baseUrl, ['--json']);
    const result = await run;
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).verification.detail).toContain(
      'checked with one read-only call',
    );
    expect(JSON.parse(readFileSync(configFile(configDir), 'utf8')).profiles.default.token).toBe(
      token,
    );
  });

  it('--no-verify stores the token without a call (offline)', async () => {
    const { configDir, run } = login('offline-token-0123456789', 'http://127.0.0.1:9', [
      '--no-verify',
    ]);
    const result = await run;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('not checked (--no-verify)');
    expect(JSON.parse(readFileSync(configFile(configDir), 'utf8')).profiles.default.token).toBe(
      'offline-token-0123456789',
    );
  });
});
