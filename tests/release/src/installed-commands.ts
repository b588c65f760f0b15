// The commands the packages install, run as a user runs them: `npx blizwork --help`, and
// `npx blizwork-emulator --port 0` started, reached over HTTP, and stopped as Ctrl-C stops it.
import { spawn } from 'node:child_process';
import { run } from './command.js';
import type { UserProject } from './user-project.js';

/** `npx <bin> <args>` in the project, without installing anything else; resolves its stdout. */
export async function npx(project: UserProject, bin: string, args: string[]): Promise<string> {
  const { stdout } = await run('npx', ['--no-install', bin, ...args], {
    cwd: project.dir,
    env: project.env,
  });
  return stdout;
}

/** What the emulator command did between its start and its stop. */
export interface EmulatorRun {
  /** The URL its ready line gave. */
  url: string;
  /** The HTTP status of one request to that URL while it ran. */
  status: number;
  /** How `npx` ended after Ctrl-C: its exit code, or the signal npm re-raises on itself. */
  exit: { code: number | null; signal: NodeJS.Signals | null };
  /** Whether the URL still answered after the process exited. */
  answersAfterStop: boolean;
  /** Everything it printed. */
  output: string;
}

const READY_LINE = /listening on (http:\/\/\S+)/;
const READY_TIMEOUT_MS = 60_000;

/**
 * Starts `npx blizwork-emulator --port 0` in its own process group, waits for its ready line,
 * requests its URL, then sends SIGINT to the group (what Ctrl-C in a terminal does) and waits for
 * it to exit. The group is killed in any case before this returns, so nothing is left running.
 */
export async function runEmulatorCommand(project: UserProject): Promise<EmulatorRun> {
  const child = spawn('npx', ['--no-install', 'blizwork-emulator', '--port', '0'], {
    cwd: project.dir,
    env: project.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('npx blizwork-emulator did not start');
  let output = '';
  const exited = new Promise<EmulatorRun['exit']>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group has already exited.
    }
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ready line:\n${output}`)),
        READY_TIMEOUT_MS,
      );
      const onData = (chunk: string) => {
        output += chunk;
        const match = READY_LINE.exec(output);
        if (match?.[1] !== undefined) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout.setEncoding('utf8').on('data', onData);
      child.stderr.setEncoding('utf8').on('data', onData);
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(
          new Error(
            `npx blizwork-emulator exited (${code ?? signal}) before its ready line:\n${output}`,
          ),
        );
      });
    });
    const { status } = await fetch(url);
    killGroup('SIGINT');
    const exit = await exited;
    const answersAfterStop = await fetch(url).then(
      () => true,
      () => false,
    );
    return { url, status, exit, answersAfterStop, output };
  } finally {
    killGroup('SIGKILL');
    await exited;
  }
}
