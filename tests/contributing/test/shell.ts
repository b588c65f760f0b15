// Runs command lines as a user types them (`sh -c`), in a given folder, with the environment a
// fresh shell would have: nothing inherited from the pnpm, turbo and vitest processes this test
// runs under (their `npm_config_*`, `TURBO_*` and `VITEST*` variables, and the workspace's
// `node_modules/.bin` folders on PATH, which would let a missing install pass unnoticed).
import { spawn, type ChildProcess } from 'node:child_process';
import { delimiter, sep } from 'node:path';

/** What a command did: its exit status and its output (stdout and stderr interleaved). */
export interface CommandResult {
  readonly command: string;
  readonly status: number | null;
  readonly output: string;
}

const INHERITED_NOISE = /^(npm_|pnpm_|PNPM_|TURBO_|VITEST|INIT_CWD$|NODE_ENV$|NODE_OPTIONS$)/;

/** The environment of a fresh shell, plus `extra`. */
export function freshShellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!INHERITED_NOISE.test(name)) env[name] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !entry.includes(`${sep}node_modules${sep}.bin`))
    .join(delimiter);
  return {
    ...env,
    COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
    TURBO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ...extra,
  };
}

const running = new Set<ChildProcess>();

/**
 * Runs one command line with `sh -c` in `cwd`. Never rejects on a non-zero exit: the caller
 * asserts on the result (see {@link expectSuccess}). The child leads its own process group, so
 * {@link stopAll} can stop it and everything it started.
 */
export function runCommand(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      running.delete(child);
      resolve({ command, status, output });
    });
  });
}

/** Stops every command still running (and what it started), by process group. */
export function stopAll(): void {
  for (const child of running) {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
}

/**
 * What shows why a command failed: the lines of its output that mention an error (turbo and pnpm
 * print a failing task's error among hundreds of lines of the others), then its last lines.
 */
export function tail(output: string, lines = 60): string {
  const all = output.trimEnd().split('\n');
  const errors = all.filter((line) => /error|ERR_|failed|✗|×|FAIL/i.test(line)).slice(0, 60);
  const end = all.slice(-lines).join('\n');
  return errors.length === 0 ? end : `${errors.join('\n')}\n...\n${end}`;
}

/** Throws with the command's output when it did not exit with 0. */
export function expectSuccess(result: CommandResult): CommandResult {
  if (result.status !== 0) {
    throw new Error(
      `\`${result.command}\` exited with ${String(result.status)}; its output:\n` +
        tail(result.output),
    );
  }
  return result;
}
