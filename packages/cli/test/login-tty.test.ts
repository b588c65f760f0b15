// login's prompts in a real terminal (tmux): the token is typed with hidden input, so it never
// shows on screen, and the profile is saved 0600.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, tempDir } from './helpers/run-cli.js';

const TOKEN = 'typed-secret-token-5678';
const socket = `blizwork-login-test-${process.pid}`;
const tmux = (...args: string[]) =>
  spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const pane = () => tmux('capture-pane', '-p', '-J', '-t', 'login').stdout;

afterEach(() => {
  tmux('kill-server'); // only this test's server (its own socket)
});

async function waitFor(marker: RegExp): Promise<string> {
  for (;;) {
    const text = pane();
    if (marker.test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('login prompts', () => {
  it('reads the token with hidden input and saves the profile', { timeout: 60_000 }, async () => {
    const configDir = tempDir();
    const command = `env BLIZWORK_CONFIG_DIR='${configDir}' TERM=xterm-256color '${process.execPath}' '${BIN}' login --base-url http://127.0.0.1:9 --no-verify; echo "EXIT:$?"; sleep 60`;
    expect(tmux('new-session', '-d', '-s', 'login', '-x', '120', '-y', '30', command).status).toBe(
      0,
    );
    await waitFor(/API token/);
    tmux('send-keys', '-t', 'login', '-l', TOKEN);
    await waitFor(/\*{10,}/);
    expect(pane()).not.toContain(TOKEN);
    tmux('send-keys', '-t', 'login', 'Enter');
    await waitFor(/User e-mail/);
    tmux('send-keys', '-t', 'login', '-l', 'ana@acme.test');
    tmux('send-keys', '-t', 'login', 'Enter');
    await waitFor(/Company id/);
    tmux('send-keys', '-t', 'login', '-l', 'c-9');
    tmux('send-keys', '-t', 'login', 'Enter');
    const done = await waitFor(/EXIT:\d+/);
    expect(done).toContain('EXIT:0');
    expect(done).toContain('token ***5678');
    expect(done).not.toContain(TOKEN);
    const file = join(configDir, 'config.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).profiles.default).toEqual({
      token: TOKEN,
      userId: 'ana@acme.test',
      companyId: 'c-9',
      baseUrl: 'http://127.0.0.1:9',
    });
  });
});
