// Runs the built `blizwork` binary as a child process (never in-process), with its own config
// directory and no BLIZWORK_* variables from the parent unless given.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { showOutputOnFailure, tail } from '../../../../test-support/process-output.mjs';

/** The committed bin shim (it imports dist/main.js). */
export const BIN = fileURLToPath(new URL('../../bin/blizwork.js', import.meta.url));

/** What a run printed and how it ended. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh temp directory. */
export const tempDir = (prefix = 'blizwork-cli-'): string => mkdtempSync(join(tmpdir(), prefix));

/** The environment of a run: the parent's minus BLIZWORK_*, plus `env`. */
export function cliEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('BLIZWORK_') && name !== 'NO_COLOR',
    ),
  );
  return { ...base, ...env };
}

/** What a started binary printed so far and how it ended, for failure messages. */
export function describeCli(child: ChildProcess): string {
  return cliOutputs.get(child)?.() ?? '(not started by startCli)';
}

const cliOutputs = new WeakMap<ChildProcess, () => string>();

/**
 * Starts the binary; the caller waits or kills it. Its stdout arrives as text (utf8). When the
 * test fails, its failure message shows the run's exit code, stderr and the end of its stdout.
 */
export function startCli(
  args: readonly string[],
  env: Record<string, string | undefined>,
  cwd?: string,
): ChildProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: cliEnv(env),
    cwd,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const describe = () => {
    const state =
      child.exitCode !== null || child.signalCode !== null
        ? `exit code ${String(child.exitCode)}${child.signalCode === null ? '' : `, signal ${child.signalCode}`}`
        : 'still running';
    return `${state}\nstderr:\n${stderr.trimEnd() || '(none)'}\nstdout (its end):\n${tail(stdout.trimEnd(), 2_000) || '(none)'}`;
  };
  cliOutputs.set(child, describe);
  showOutputOnFailure(`blizwork ${args.join(' ')}`, describe);
  try {
    // Started inside a test: a run the test did not wait for is killed by its PID when it ends.
    onTestFinished(async () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      const closed = new Promise((resolve) => child.once('close', resolve));
      process.kill(child.pid, 'SIGKILL');
      await closed;
    });
  } catch {
    // Not inside a test: the caller stops it.
  }
  return child;
}

/** Runs the binary to its end; `input` is written to its stdin. */
export function runCli(
  args: readonly string[],
  options: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {},
): Promise<CliRun> {
  const child = startCli(args, options.env ?? {}, options.cwd);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.on('data', (chunk: string) => (stderr += chunk));
  child.stdin!.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
