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
 */
export function runCli(args: readonly string[]): Promise<RunningCli> {
  const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
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
        resolve({ child, url, dashboard, output: () => output, exited });
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    void exited.then((code) =>
      reject(new Error(`CLI exited with ${String(code)} before its banner:\n${output}`)),
    );
  });
}
