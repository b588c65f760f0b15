// `blizwork upload` takes regular files only, checked on the opened file: a FIFO or /dev/zero
// used to hang the command (it waited for a writer, or read forever); a file over the limit is
// refused before a byte is read (a sparse 1 GiB file answers at once).
import { spawnSync } from 'node:child_process';
import { existsSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { useCliEmulator } from './helpers/cli-emulator.js';
import { startCli, tempDir, type CliRun } from './helpers/run-cli.js';

const fixture = useCliEmulator();

/** Runs the CLI; a run still going when the test ends (the old hang) is killed, not left behind. */
async function upload(args: string[]): Promise<CliRun> {
  const child = startCli(['upload', ...args, '--json'], fixture.env);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin!.end();
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

const errorOf = (run: CliRun) => JSON.parse(run.stdout).error as { message: string; hint: string };

describe('upload refuses what is not a regular file', () => {
  it('a FIFO: refused at once, without waiting for a writer', { timeout: 15_000 }, async () => {
    const fifo = join(tempDir(), 'pipe');
    const made = spawnSync('mkfifo', [fifo], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const run = await upload([fifo]);
    expect(run.code).toBe(2);
    expect(errorOf(run).message).toBe(
      `Not uploaded: ${fifo} is a FIFO (named pipe), not a regular file`,
    );
  });

  it('/dev/zero (a device that never ends) and a directory', { timeout: 15_000 }, async () => {
    const zero = await upload(['/dev/zero']);
    expect(zero.code).toBe(2);
    expect(errorOf(zero).message).toBe(
      'Not uploaded: /dev/zero is a character device, not a regular file',
    );
    const dir = tempDir();
    const directory = await upload([dir]);
    expect(directory.code).toBe(2);
    expect(errorOf(directory).message).toContain('is a directory');
  });

  it(
    'a file over --max-bytes (default 20 MiB) is refused before it is read',
    { timeout: 15_000 },
    async () => {
      const huge = join(tempDir(), 'huge.bin');
      writeFileSync(huge, '');
      truncateSync(huge, 1024 ** 3); // sparse: 1 GiB that takes no disk and no time to "write"
      const run = await upload([huge]);
      expect(run.code).toBe(2);
      expect(errorOf(run)).toEqual({
        name: 'CliError',
        message: `Not uploaded: ${huge} has ${1024 ** 3} bytes, over the limit of ${20 * 1024 * 1024}`,
        hint: 'Raise the limit with --max-bytes <n> if the API takes files this large.',
        exitCode: 2,
      });

      const small = join(tempDir(), 'small.txt');
      writeFileSync(small, '12345');
      expect((await upload([small, '--max-bytes', '4'])).code).toBe(2);
      const ok = await upload([small, '--max-bytes', '5']);
      expect(ok.stderr).toBe('');
      expect(JSON.parse(ok.stdout)).toMatchObject({ fileName: 'small.txt' });
      expect((await upload([small, '--max-bytes', '5MB'])).code).toBe(2);
      expect(existsSync(small)).toBe(true);
    },
  );
});
