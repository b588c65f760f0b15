// Issue 18, items 11 and 12: the files persistence and seed loading touch. Saving never follows a
// planted symlink and leaves no temporary file behind on any failure; loading never repeats a
// refused file's content in its error, only what is wrong and where.
import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PersistenceError,
  SeedError,
  SNAPSHOT_FORMAT,
  type EmulatorOptions,
} from '../src/index.js';
import { ensureBuilt, runCli } from './helpers/cli-process.js';
import { startedPerTest } from './helpers/use-emulator.js';

const start = startedPerTest();

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'emulator-files-'));
const temporaries = (dir: string): string[] =>
  readdirSync(dir).filter((name) => name.endsWith('.tmp'));

/** A file that must never be written, nor quoted: what a symlink might point at. */
const privateKey =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB\n-----END OPENSSH PRIVATE KEY-----\n';
const keyFragments = ['BEGIN', 'PRIVATE', '-----', 'b3Blbn', 'OPENSSH'];

function plantedKey(dir: string): string {
  const key = join(dir, 'id_ed25519');
  writeFileSync(key, privateKey, { mode: 0o600 });
  return key;
}

/** The error `promise` rejects with (it must reject). */
async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

beforeAll(ensureBuilt);

describe('saving the state (item 11)', () => {
  it('never follows a symlink planted at the temporary name the old saver used', async () => {
    const dir = freshDir();
    const victim = plantedKey(freshDir());
    // The name was predictable: `.emulator-state.json.<pid>.tmp`, opened with 'w'.
    symlinkSync(victim, join(dir, `.emulator-state.json.${process.pid}.tmp`));
    const emulator = await start({ dataDir: dir });
    await emulator.close(); // saves
    expect(readFileSync(victim, 'utf8')).toBe(privateKey);
    expect(lstatSync(join(dir, 'emulator-state.json')).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'emulator-state.json'), 'utf8'))).toMatchObject({
      format: SNAPSHOT_FORMAT,
    });
  });

  it('exportState never follows one either', async () => {
    const dir = freshDir();
    const victim = plantedKey(freshDir());
    symlinkSync(victim, join(dir, `.export.json.${process.pid}.tmp`));
    const emulator = await start({});
    await emulator.exportState(join(dir, 'export.json'));
    expect(readFileSync(victim, 'utf8')).toBe(privateKey);
    expect(lstatSync(join(dir, 'export.json')).isFile()).toBe(true);
  });

  it('removes its temporary file when the rename fails (the target is a folder)', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'export.json', 'inside'), { recursive: true });
    const emulator = await start({});
    await expect(emulator.exportState(join(dir, 'export.json'))).rejects.toThrow();
    expect(temporaries(dir)).toEqual([]);
  });

  it('removes its temporary file when the write fails (a file size limit: EFBIG, like a full disk)', async () => {
    const dir = freshDir();
    // One block is far less than the default seed's state: every save fails while writing.
    const cli = await runCli(['--port', '0', '--data', dir], { fileSizeLimitBlocks: 1 });
    await cli.until(/cannot save the state: EFBIG/);
    expect(temporaries(dir), cli.output()).toEqual([]);
    cli.child.kill('SIGTERM'); // saves once more on the way out, and fails the same way
    expect(await cli.exited, cli.output()).toBe(0);
    expect(cli.output().match(/cannot save the state: EFBIG/g)?.length).toBeGreaterThanOrEqual(2);
    expect(temporaries(dir), cli.output()).toEqual([]);
  });
});

describe('loading a state, import or seed file never quotes it (item 12)', () => {
  /** Each way to point the emulator at a file, and the error class that refuses it. */
  const targets: [string, (file: string) => EmulatorOptions, new (...args: never[]) => Error][] = [
    [
      'the data directory state file',
      (file) => {
        const dir = freshDir();
        symlinkSync(file, join(dir, 'emulator-state.json'));
        return { dataDir: dir };
      },
      PersistenceError,
    ],
    ['an import file', (file) => ({ importFile: file }), PersistenceError],
    ['a seed file', (file) => ({ seed: file }), SeedError],
  ];

  it.each(targets)(
    'a symlink from %s to a private key: says where it stops being JSON, never what is there',
    async (_name, optionsFor, errorClass) => {
      const key = plantedKey(freshDir());
      const error = await rejectionOf(start(optionsFor(key)));
      expect(error).toBeInstanceOf(errorClass);
      expect(error.message).toMatch(/is not valid JSON \(syntax error at line 1, column 1\)/);
      for (const fragment of keyFragments) expect(error.message).not.toContain(fragment);
    },
  );

  it.each(targets)(
    'names the line and column of a syntax error deeper in %s',
    async (_name, optionsFor) => {
      const file = join(freshDir(), 'broken.json');
      writeFileSync(
        file,
        '{\n  "format": "blizwork-emulator-state",\n  "version": 1,,\n  "hunter2": true\n}\n',
      );
      const error = await rejectionOf(start(optionsFor(file)));
      expect(error.message).toMatch(/line 3, column 16/);
      expect(error.message).not.toContain('hunter2');
      expect(error.message).not.toContain('blizwork-emulator-state');
    },
  );

  it.each(targets)(
    'refuses a FIFO as %s at once instead of waiting for a writer',
    async (_name, optionsFor) => {
      const fifo = join(freshDir(), 'pipe.json');
      const made = spawnSync('mkfifo', [fifo], { encoding: 'utf8' });
      expect(made.status, made.stderr).toBe(0);
      const error = await rejectionOf(start(optionsFor(fifo)));
      expect(error.message).toMatch(/is not a regular file/);
    },
  );

  it.each(targets)(
    'never quotes a value of a JSON file that is not one (%s)',
    async (_name, optionsFor) => {
      const file = join(freshDir(), 'credentials.json');
      writeFileSync(
        file,
        JSON.stringify({ client_secret: 's3cr3t-value-0123', companies: 'nope' }),
      );
      const error = await rejectionOf(start(optionsFor(file)));
      expect(error.message).not.toContain('s3cr3t-value-0123');
    },
  );

  it('the CLI prints the path and position on stderr, never the content', async () => {
    const dir = freshDir();
    symlinkSync(plantedKey(freshDir()), join(dir, 'emulator-state.json'));
    const failed = await rejectionOf(runCli(['--port', '0', '--data', dir]));
    expect(failed.message).toMatch(
      /exited with 1[\s\S]*emulator-state\.json: is not valid JSON \(syntax error at line 1, column 1\)/,
    );
    for (const fragment of keyFragments) expect(failed.message).not.toContain(fragment);
  });
});
