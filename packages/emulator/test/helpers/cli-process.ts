import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { showOutputOnFailure } from '../../../../test-support/process-output.mjs';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));

/** The CLI as shipped. */
export const cliPath = join(packageDir, 'dist/cli.mjs');

/**
 * Builds the package (the library with the dashboard page inside, and the CLI) unless it is built:
 * turbo builds before testing; a bare `vitest run` in a fresh clone builds here once.
 */
export function ensureBuilt(): void {
  if (existsSync(cliPath) && existsSync(join(packageDir, 'dist/index.mjs'))) return;
  const build = spawnSync('pnpm', ['run', 'build'], { cwd: packageDir, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the package failed');
}

/** A running CLI and what its banner said. */
export interface RunningCli {
  readonly child: ChildProcess;
  readonly url: string;
  /** The dashboard line's URL (with `?admin_token=` when one is required). */
  readonly dashboard: string | undefined;
  readonly output: () => string;
  /** Resolves with the exit code (or null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** Resolves once the output (stdout and stderr) matches `pattern`; rejects if the CLI exits first. */
  readonly until: (pattern: RegExp) => Promise<void>;
}

/** How to start the CLI beyond its arguments. */
export interface CliLaunch {
  /**
   * Start it under `ulimit -f <blocks>` (through /bin/sh): a write past that file size fails with
   * EFBIG, a real and deterministic stand-in for a full disk.
   */
  readonly fileSizeLimitBlocks?: number;
}

/**
 * Started inside a test: kills the CLI by its PID when the test ends, if it still runs (a test that
 * failed or timed out never leaves one behind). Started in a `beforeAll`, the file's `afterAll`
 * stops it.
 */
function stopWhenTestEnds(child: ChildProcess, exited: Promise<unknown>): void {
  try {
    onTestFinished(async () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      process.kill(child.pid, 'SIGKILL');
      await exited;
    });
  } catch {
    // Not inside a test.
  }
}

/**
 * Starts `blizwork-emulator` with the arguments and resolves once its banner is printed. A test
 * that fails meanwhile (or later in the file, when started in a `beforeAll`) shows what it printed.
 * Under `ulimit`, /bin/sh execs node, so the PID stays the CLI's own and stopping it by PID works.
 */
export function runCli(args: readonly string[], launch: CliLaunch = {}): Promise<RunningCli> {
  const child =
    launch.fileSizeLimitBlocks === undefined
      ? spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(
          '/bin/sh',
          [
            '-c',
            `ulimit -f ${launch.fileSizeLimitBlocks} && exec "$0" "$@"`,
            process.execPath,
            cliPath,
            ...args,
          ],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
  let output = '';
  const until = (pattern: RegExp): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (!pattern.test(output)) return;
        child.stdout?.off('data', check);
        child.stderr?.off('data', check);
        resolve();
      };
      child.stdout?.on('data', check);
      child.stderr?.on('data', check);
      void exited.then(() =>
        reject(new Error(`CLI exited before printing ${String(pattern)}:\n${output}`)),
      );
      check();
    });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  showOutputOnFailure(`blizwork-emulator ${args.join(' ')} (stdout and stderr)`, () => output);
  stopWhenTestEnds(child, exited);
  return new Promise((resolve, reject) => {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const url = /listening on (\S+)/.exec(output)?.[1];
      if (url !== undefined && output.includes('Ctrl-C')) {
        const dashboard = /dashboard: (\S+)/.exec(output)?.[1];
        resolve({ child, url, dashboard, output: () => output, exited, until });
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    void exited.then((code) =>
      reject(new Error(`CLI exited with ${String(code)} before its banner:\n${output}`)),
    );
  });
}
