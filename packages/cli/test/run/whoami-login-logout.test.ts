// whoami, login and logout as run(options, context), in process, against an emulator on port 0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as login } from '../../src/commands/login/index.js';
import { run as logout } from '../../src/commands/logout/index.js';
import { run as whoami } from '../../src/commands/whoami/index.js';
import { useCliEmulator } from '../helpers/cli-emulator.js';
import { runWith } from '../helpers/run-context.js';
import { tempDir } from '../helpers/run-cli.js';

const fixture = useCliEmulator();

describe('whoami run()', () => {
  it('prints the settings from the context env, the token masked', async () => {
    const result = await runWith(whoami, { json: true }, fixture.env);
    expect(result.code, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({
      profile: 'default',
      user: fixture.emulator.clientOptions.userId,
      baseUrl: fixture.emulator.clientOptions.baseUrl,
      sources: { token: 'env', userId: 'env' },
    });
    expect(printed.token).toMatch(/^\*\*\*/);
    expect(result.stdout).not.toContain(fixture.emulator.clientOptions.token);
  });

  it('without credentials: exit 1, "Not logged in" with a hint on stderr', async () => {
    const result = await runWith(whoami, {}, { BLIZWORK_CONFIG_DIR: tempDir() });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^error: Not logged in \(profile "default"\)\nhint: Run `blizwork login`/,
    );
  });
});

describe('login and logout run()', () => {
  it('stores a checked token read from the context stdin, then logout removes the profile', async () => {
    const configEnv = { BLIZWORK_CONFIG_DIR: tempDir() };
    const { token, userId, baseUrl } = fixture.emulator.clientOptions;
    const loggedIn = await runWith(
      login,
      { tokenStdin: true, user: userId, baseUrl, verify: true, profile: 'emu', json: true },
      configEnv,
      `${token}\n`,
    );
    expect(loggedIn.code, loggedIn.stderr).toBe(0);
    expect(JSON.parse(loggedIn.stdout)).toMatchObject({
      profile: 'emu',
      user: userId,
    });
    expect(JSON.parse(loggedIn.stdout).verification.detail).toContain(
      'checked with one read-only call',
    );
    const stored = JSON.parse(
      readFileSync(join(configEnv.BLIZWORK_CONFIG_DIR, 'config.json'), 'utf8'),
    );
    expect(stored.profiles.emu).toMatchObject({ token, userId, baseUrl });

    const who = await runWith(whoami, { profile: 'emu', json: true }, configEnv);
    expect(JSON.parse(who.stdout)).toMatchObject({ profile: 'emu', sources: { token: 'profile' } });

    const out = await runWith(logout, { profile: 'emu' }, configEnv);
    expect(out).toEqual({ code: 0, stdout: 'Logged out: profile "emu" removed.\n', stderr: '' });
    const again = await runWith(logout, { profile: 'emu' }, configEnv);
    expect(again.stdout).toBe('Profile "emu" was not logged in.\n');
  });

  it('refuses a wrong token (exit 1) and stores nothing', async () => {
    const configEnv = { BLIZWORK_CONFIG_DIR: tempDir() };
    const { userId, baseUrl } = fixture.emulator.clientOptions;
    const result = await runWith(
      login,
      { tokenStdin: true, user: userId, baseUrl, verify: true },
      configEnv,
      'not-the-emulator-token',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: The token was not stored');
    expect(result.stderr).not.toContain('not-the-emulator-token');
    const logoutAfter = await runWith(logout, {}, configEnv);
    expect(logoutAfter.stdout).toBe('Profile "default" was not logged in.\n');
  });

  it('without a terminal and without --token-stdin: usage error (exit 2)', async () => {
    const result = await runWith(login, { verify: false }, { BLIZWORK_CONFIG_DIR: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('login needs a terminal to prompt');
  });
});
