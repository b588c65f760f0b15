// What a command touches outside itself, in one place: a command's `run(options, context)` reads
// and writes only through this, so it runs the same from the CLI and from a test (no child process).
import { BlizWork } from '@blizwork/sdk';
import { clientOptions, type Settings } from './config/settings.js';
import type { OutputStream, OutputStreams } from './output/streams.js';

/** A stream a command reads from (stdin); `isTTY` is true when a person types into it. */
export type InputStream = NodeJS.ReadableStream & { readonly isTTY?: boolean };

/**
 * Everything a command's `run` uses from outside itself. {@link processContext} is the real one
 * (the process's streams and environment, the clock, the SDK); a test builds its own with streams
 * that collect the text and an environment that points at an emulator.
 */
export interface CliContext extends OutputStreams {
  /** The command's result (with --json: exactly one JSON document, nothing else). */
  readonly stdout: OutputStream;
  /** Notes, warnings, progress bars and errors; a TTY here turns on colours and progress bars. */
  readonly stderr: OutputStream;
  /** What `login --token-stdin` reads; when it is not a TTY, `login` does not prompt. */
  readonly stdin: InputStream;
  /**
   * The environment: the `BLIZWORK_*` variables (credentials, base URL, profile, config
   * directory), NO_COLOR and TERM.
   */
  readonly env: NodeJS.ProcessEnv;
  /** The clock (the date in `doctor`'s report). */
  readonly now: () => Date;
  /** The client factory: the SDK client of resolved settings (every API call goes through it). */
  readonly createClient: (settings: Settings) => BlizWork;
}

/** The SDK client of `settings`, paced by its plan limit (or --tps). */
export const createBlizWorkClient = (settings: Settings): BlizWork =>
  new BlizWork(clientOptions(settings));

/** The context of the running process: its streams and environment, the system clock, the SDK. */
export function processContext(): CliContext {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    now: () => new Date(),
    createClient: createBlizWorkClient,
  };
}
