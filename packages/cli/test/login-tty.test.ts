// login's prompts in a real terminal (tmux): the token is typed with hidden input, so it never
// shows on screen, and the profile is saved 0600.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from './helpers/run-cli.js';
import { startTmux } from './helpers/tmux.js';

const TOKEN = 'typed-secret-token-5678';

describe('login prompts', () => {
  it('reads the token with hidden input and saves the profile', { timeout: 60_000 }, async () => {
    const configDir = tempDir();
    const command = `env BLIZWORK_CONFIG_DIR='${configDir}' TERM=xterm-256color '${process.execPath}' '${BIN}' login --base-url http://127.0.0.1:9 --no-verify; echo "EXIT:$?"`;
    const terminal = startTmux(command, { width: 120, height: 30 });
    await terminal.waitFor(/API token/);
    await terminal.type(TOKEN);
    await terminal.waitFor(/\*{10,}/);
    await expect(terminal.pane()).resolves.not.toContain(TOKEN);
    await terminal.press('Enter');
    await terminal.waitFor(/User e-mail/);
    await terminal.type('ana@acme.test');
    await terminal.press('Enter');
    await terminal.waitFor(/Company id/);
    await terminal.type('c-9');
    await terminal.press('Enter');
    const done = await terminal.waitFor(/EXIT:\d+/);
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
