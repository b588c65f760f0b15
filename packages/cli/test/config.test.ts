// login / logout / whoami and the config file, through the built binary.
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

const TOKEN = 'tok-secret-0123456789-WXYZ';

async function login(configDir: string, extra: string[] = []) {
  return runCli(
    [
      'login',
      '--token-stdin',
      '--user',
      'ana@acme.test',
      '--company',
      'c-1',
      '--base-url',
      'http://127.0.0.1:9',
      // Nothing listens on port 9: these tests are about the config file, offline.
      '--no-verify',
      ...extra,
    ],
    {
      env: { BLIZWORK_CONFIG_DIR: configDir },
      input: `${TOKEN}\n`,
    },
  );
}

describe('login', () => {
  it('writes the profile to a 0600 file in a 0700 directory, and never prints the token', async () => {
    const configDir = join(tempDir(), 'nested', 'blizwork');
    const run = await login(configDir);
    expect(run.code).toBe(0);
    const file = join(configDir, 'config.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(configDir).mode & 0o777).toBe(0o700);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.profiles.default).toEqual({
      token: TOKEN,
      userId: 'ana@acme.test',
      companyId: 'c-1',
      baseUrl: 'http://127.0.0.1:9',
    });
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('keeps named profiles apart and honours --plan', async () => {
    const configDir = tempDir();
    await login(configDir);
    expect((await login(configDir, ['--profile', 'staging', '--plan', 'medio'])).code).toBe(0);
    const saved = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8'));
    expect(Object.keys(saved.profiles).sort()).toEqual(['default', 'staging']);
    expect(saved.profiles.staging.plan).toBe('medio');
  });

  it('refuses to prompt without a terminal (exit 2) and an unknown plan (exit 2)', async () => {
    const configDir = tempDir();
    const noTty = await runCli(['login'], { env: { BLIZWORK_CONFIG_DIR: configDir } });
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toContain('--token-stdin');
    const badPlan = await login(configDir, ['--plan', 'gold']);
    expect(badPlan.code).toBe(2);
    expect(badPlan.stderr).toContain('Unknown plan "gold"');
  });
});

describe('whoami', () => {
  it('shows ***last4 of the token, never the token, in text and JSON', async () => {
    const configDir = tempDir();
    await login(configDir, ['--plan', 'avanzado']);
    for (const args of [['whoami'], ['whoami', '--json'], ['whoami', '--verbose']]) {
      const run = await runCli(args, { env: { BLIZWORK_CONFIG_DIR: configDir } });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('***WXYZ');
      expect(run.stdout + run.stderr).not.toContain(TOKEN);
    }
    const json = JSON.parse(
      (await runCli(['whoami', '--json'], { env: { BLIZWORK_CONFIG_DIR: configDir } })).stdout,
    );
    expect(json).toMatchObject({
      profile: 'default',
      user: 'ana@acme.test',
      company: 'c-1',
      token: '***WXYZ',
      pace: 'plan avanzado (5 tx/s)',
    });
  });

  it('lets environment variables override the profile and --tps override the plan', async () => {
    const configDir = tempDir();
    await login(configDir, ['--plan', 'medio']);
    const run = await runCli(
      ['whoami', '--json', '--tps', '12', '--base-url', 'http://127.0.0.1:1234'],
      {
        env: {
          BLIZWORK_CONFIG_DIR: configDir,
          BLIZWORK_USER_ID: 'bob@acme.test',
          BLIZWORK_TOKEN: 'env-token-abcdefgh-9876',
        },
      },
    );
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({
      user: 'bob@acme.test',
      token: '***9876',
      baseUrl: 'http://127.0.0.1:1234',
      pace: '--tps 12',
    });
    expect(json.sources).toEqual({
      token: 'env',
      userId: 'env',
      companyId: 'profile',
      baseUrl: 'flag',
    });
    expect(run.stdout).not.toContain('env-token-abcdefgh-9876');
  });

  it('explains a missing login (exit 1, with a hint)', async () => {
    const run = await runCli(['whoami'], { env: { BLIZWORK_CONFIG_DIR: tempDir() } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /error: Not logged in \(profile "default"\)\nhint: Run `blizwork login`/,
    );
    expect(run.stdout).toBe('');
  });

  it('reports a corrupt config file clearly, with its path and the fix', async () => {
    const configDir = tempDir();
    mkdirSync(configDir, { recursive: true });
    writeFileSync(join(configDir, 'config.json'), '{"profiles": {"default": ', { mode: 0o600 });
    const run = await runCli(['whoami'], { env: { BLIZWORK_CONFIG_DIR: configDir } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `The config file ${join(configDir, 'config.json')} is corrupt: it is not valid JSON`,
    );
    expect(run.stderr).toContain('hint: Fix or delete it');
    writeFileSync(join(configDir, 'config.json'), '{"profiles": {"default": {"userId": "a"}}}');
    const noToken = await runCli(['whoami', '--json'], { env: { BLIZWORK_CONFIG_DIR: configDir } });
    expect(noToken.code).toBe(1);
    expect(JSON.parse(noToken.stdout).error.message).toContain('profile "default" has no token');
  });
});

describe('logout', () => {
  it('removes the profile (and its token) from the file', async () => {
    const configDir = tempDir();
    await login(configDir);
    const run = await runCli(['logout', '--json'], { env: { BLIZWORK_CONFIG_DIR: configDir } });
    expect(JSON.parse(run.stdout)).toEqual({ profile: 'default', removed: true });
    expect(readFileSync(join(configDir, 'config.json'), 'utf8')).not.toContain(TOKEN);
    expect((await runCli(['whoami'], { env: { BLIZWORK_CONFIG_DIR: configDir } })).code).toBe(1);
  });
});

describe('profile names that are inherited member names', () => {
  it('are plain names: constructor is not a profile until one is saved, __proto__ is saved and removed', async () => {
    const configDir = tempDir();
    const env = { BLIZWORK_CONFIG_DIR: configDir };
    await login(configDir);
    const missing = await runCli(['whoami', '--profile', 'constructor'], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Not logged in (profile "constructor")');
    expect((await login(configDir, ['--profile', '__proto__'])).code).toBe(0);
    const saved = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8'));
    expect(Object.keys(saved.profiles).sort()).toEqual(['__proto__', 'default']);
    const whoami = await runCli(['whoami', '--json', '--profile', '__proto__'], { env });
    expect(JSON.parse(whoami.stdout)).toMatchObject({
      profile: '__proto__',
      user: 'ana@acme.test',
    });
    const logout = await runCli(['logout', '--json', '--profile', '__proto__'], { env });
    expect(JSON.parse(logout.stdout)).toEqual({ profile: '__proto__', removed: true });
    const after = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8'));
    expect(Object.keys(after.profiles)).toEqual(['default']);
  });
});

describe('the config file is private, as ssh keeps a key', () => {
  const env = (configDir: string) => ({ env: { BLIZWORK_CONFIG_DIR: configDir } });

  it('refuses a token file other users can read, saying the chmod to run; then reads it', async () => {
    const configDir = tempDir();
    await login(configDir);
    const file = join(configDir, 'config.json');
    for (const mode of [0o644, 0o640, 0o604, 0o660]) {
      chmodSync(file, mode);
      const run = await runCli(['whoami', '--json'], env(configDir));
      expect(run.code).toBe(1);
      const { error } = JSON.parse(run.stdout);
      expect(error.message).toBe(
        `The config file ${file} is open to other users (mode 0${mode.toString(8)}), and it holds API tokens`,
      );
      expect(error.hint).toContain(`Run: chmod 600 ${file}`);
      expect(run.stdout + run.stderr).not.toContain(TOKEN);
      // login too: it would otherwise go on writing tokens next to the exposed ones.
      expect((await login(configDir, ['--profile', 'other'])).code).toBe(1);
    }
    chmodSync(file, 0o600);
    expect((await runCli(['whoami'], env(configDir))).code).toBe(0);
  });

  it('does not follow a symlinked config directory, and never chmods its target', async () => {
    const target = join(tempDir(), 'real');
    mkdirSync(target, { mode: 0o755 });
    chmodSync(target, 0o755);
    const link = join(tempDir(), 'blizwork');
    symlinkSync(target, link);
    const run = await login(link);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The config directory ${link} is a symbolic link`);
    expect(statSync(target).mode & 0o777).toBe(0o755);
    expect(readdirSync(target)).toEqual([]);
    expect((await runCli(['whoami'], env(link))).stderr).toContain('is a symbolic link');
  });

  it('does not follow a symlinked config file', async () => {
    const real = tempDir();
    await login(real);
    const configDir = tempDir();
    symlinkSync(join(real, 'config.json'), join(configDir, 'config.json'));
    const run = await runCli(['whoami', '--json'], env(configDir));
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).error.message).toContain('is a symbolic link');
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(lstatSync(join(configDir, 'config.json')).isSymbolicLink()).toBe(true);
  });

  it('refuses a config directory others can write to (they could swap the file), and a FIFO in place of the file', async () => {
    const configDir = tempDir();
    await login(configDir);
    chmodSync(configDir, 0o777);
    const run = await runCli(['whoami'], env(configDir));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is writable by other users (mode 0777)');
    expect(run.stderr).toContain(`chmod 700 ${configDir}`);
    expect(statSync(configDir).mode & 0o777).toBe(0o777);

    const fifoDir = tempDir();
    const made = spawnSync('mkfifo', [join(fifoDir, 'config.json')], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const fifo = await runCli(['whoami'], env(fifoDir));
    expect(fifo.code).toBe(1);
    expect(fifo.stderr).toContain('is not a regular file');
  });

  it('leaves nothing but config.json (0600) after writes: the temp file is renamed or removed', async () => {
    const configDir = tempDir();
    await login(configDir);
    await login(configDir, ['--profile', 'b']);
    expect(readdirSync(configDir)).toEqual(['config.json']);
    expect(statSync(join(configDir, 'config.json')).mode & 0o777).toBe(0o600);
  });
});
