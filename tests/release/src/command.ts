// Runs the commands of the release run (npm, pnpm, bun, tsc, node) as child processes. A failure
// says which command failed, where, and ends with the command's own output, so that the run's
// message is the tool's message.
import { spawn } from 'node:child_process';

/** What a finished command printed. */
export interface CommandOutput {
  stdout: string;
  stderr: string;
}

/** Where and how to run a command. */
export interface CommandOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /**
   * Kills the command and its children (its process group, by PID) after this long: a safety net
   * against a hung install, not a check of speed (a build on a busy machine takes minutes).
   */
  timeoutMs?: number;
}

/** A command that exited with a non-zero code, with its output. */
export class CommandError extends Error {
  constructor(
    readonly commandLine: string,
    readonly exitCode: number | null,
    readonly output: CommandOutput,
    cwd: string,
  ) {
    super(
      `\`${commandLine}\` (in ${cwd}) exited with ${exitCode ?? 'a signal'}\n` +
        `--- stderr ---\n${tail(output.stderr)}\n--- stdout ---\n${tail(output.stdout)}`,
    );
    this.name = 'CommandError';
  }
}

const tail = (text: string): string => text.trim().split('\n').slice(-40).join('\n');

const DEFAULT_TIMEOUT_MS = 15 * 60_000;

/** The process groups of the commands still running: stopped if this process exits first. */
const running = new Set<number>();
const killGroup = (pid: number): void => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group has already exited.
  }
};
process.once('exit', () => running.forEach(killGroup));

/** Runs `command args`; resolves its output, rejects with a {@link CommandError} when it fails. */
export function run(
  command: string,
  args: string[],
  options: CommandOptions,
): Promise<CommandOutput> {
  const commandLine = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout stops what it started too (turbo, tsdown, npm).
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const pid = child.pid;
    if (pid !== undefined) running.add(pid);
    const output: CommandOutput = { stdout: '', stderr: '' };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
    const timer = setTimeout(() => {
      output.stderr += `\n(killed after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms)`;
      if (pid !== undefined) killGroup(pid);
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (pid !== undefined) running.delete(pid);
      if (code === 0) resolve(output);
      else reject(new CommandError(commandLine, code, output, options.cwd));
    });
  });
}
