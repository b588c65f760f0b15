// The progress bar in a real terminal: the import runs inside tmux (a real pseudo-terminal), the
// pane is captured, and the bar must render and end cleanly. Piped to a file, the same command
// writes no control characters at all.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliEmulator } from './helpers/cli-emulator.js';
import { BIN, runCli, tempDir } from './helpers/run-cli.js';
import { startTmux } from './helpers/tmux.js';

const fixture = useCliEmulator();

function writeRows(rows: number): string {
  const file = join(tempDir(), 'rows.csv');
  writeFileSync(
    file,
    ['id,value', ...Array.from({ length: rows }, (_, i) => `${i + 1},v${i + 1}`)].join('\n') + '\n',
  );
  return file;
}

const shellQuote = (value: string) => `'${value.replace(/'/g, "'\\''")}'`;

describe('progress bar', () => {
  it(
    'renders in a terminal (count, rate, ETA) and ends cleanly',
    { timeout: 120_000 },
    async () => {
      const file = writeRows(600);
      const env = Object.entries({ ...fixture.env, TERM: 'xterm-256color' })
        .map(([name, value]) => `${name}=${shellQuote(value)}`)
        .join(' ');
      const command = `env ${env} ${shellQuote(process.execPath)} ${shellQuote(BIN)} md import Rows ${shellQuote(file)} --key id --tps 150; echo "EXIT:$?"`;
      const terminal = startTmux(command);
      const during = await terminal.waitFor(/rows\/s/);
      expect(during).toMatch(/Rows \[[█░]+\] \d+\/600 rows \| [\d.]+ rows\/s \| ETA /);
      const after = await terminal.waitFor(/EXIT:\d+/);
      const lines = after
        .split('\n')
        .map((line) => line.trimEnd())
        .filter(Boolean);
      const exit = lines.findIndex((line) => line.startsWith('EXIT:'));
      expect(lines[exit]).toBe('EXIT:0');
      expect(lines[exit - 1]).toBe('Imported ' + file + ' into Rows: 600 upserted, 0 rejected');
      // The bar's last state is complete and on its own line, above the summary.
      expect(lines[exit - 2]).toMatch(/^Rows \[█+\] 600\/600 rows/);
      expect(fixture.emulator.readTable('Rows')).toHaveLength(600);
    },
  );

  it('colours errors in a terminal, and NO_COLOR turns them off', { timeout: 60_000 }, async () => {
    // Each run has its own terminal (its own tmux server): the second never meets the first.
    const run = async (noColor: boolean) => {
      const env = `BLIZWORK_CONFIG_DIR=${shellQuote(tempDir())} TERM=xterm-256color${noColor ? ' NO_COLOR=1' : ''}`;
      const command = `env ${env} ${shellQuote(process.execPath)} ${shellQuote(BIN)} whoami; echo "EXIT:$?"`;
      const terminal = startTmux(command);
      await terminal.waitFor(/EXIT:\d+/);
      const withEscapes = await terminal.pane({ escapes: true });
      await terminal.stop();
      return withEscapes;
    };
    const coloured = await run(false);
    expect(coloured).toContain('Not logged in');
    expect(coloured).toContain('\u001b[31merror:');
    const plain = await run(true);
    expect(plain).toContain('error: Not logged in');
    expect(plain).not.toContain('\u001b[31m');
  });

  it('piped to a file: no bar, no colours, no control characters', async () => {
    const file = writeRows(50);
    const run = await runCli(['md', 'import', 'Piped', file, '--key', 'id'], {
      env: { ...fixture.env, TERM: 'xterm-256color' },
    });
    expect(run.code).toBe(0);
    const out = join(tempDir(), 'out.txt');
    writeFileSync(out, run.stdout + run.stderr);
    // eslint-disable-next-line no-control-regex
    expect(readFileSync(out, 'utf8')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    const failed = await runCli(['cases', 'get', 'sales-process', '404'], { env: fixture.env });
    // eslint-disable-next-line no-control-regex
    expect(failed.stderr).not.toMatch(/[\u001b\r]/);
  });
});
