// Runs a command's `run(options, context)` in this process (no child process) with a context whose
// streams collect the text, and reports a thrown error the way the binary's main() does: on the
// context's streams, with its exit code.
import { Readable, Writable } from 'node:stream';
import type { CliContext } from '../../src/context.js';
import { createBlizWorkClient } from '../../src/context.js';
import type { GlobalOptions } from '../../src/global-options.js';
import { reportError } from '../../src/output/error-report.js';

/** A context for a test, and the text its streams received. */
export interface TestContext extends CliContext {
  /** What the command wrote to stdout so far. */
  stdoutText(): string;
  /** What the command wrote to stderr so far. */
  stderrText(): string;
}

/** The clock of a test context: a fixed instant. */
export const TEST_NOW = new Date('2026-01-02T03:04:05.000Z');

function collector(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      text += chunk.toString();
      callback();
    },
  });
  return { stream, text: () => text };
}

/**
 * A context with `env` only (nothing from this process's environment), streams that are not
 * terminals, `stdin` as the input, the fixed clock {@link TEST_NOW} and the real SDK client.
 */
export function testContext(env: Record<string, string>, stdin = ''): TestContext {
  const stdout = collector();
  const stderr = collector();
  return {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from([stdin]),
    env: { ...env },
    now: () => TEST_NOW,
    createClient: createBlizWorkClient,
    stdoutText: stdout.text,
    stderrText: stderr.text,
  };
}

/** How a run ended: its exit code and what it wrote. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Calls `run(options, context)`; a thrown error is reported as main() reports it. */
export async function runIn<O extends object>(
  run: (options: O, context: CliContext) => Promise<number>,
  options: O,
  context: TestContext,
): Promise<RunResult> {
  let code: number;
  try {
    code = await run(options, context);
  } catch (error) {
    const { json, verbose } = options as GlobalOptions;
    code = await reportError(
      error,
      { json: json === true, verbose: verbose === true, color: false },
      context,
    );
  }
  return { code, stdout: context.stdoutText(), stderr: context.stderrText() };
}

/** Runs in a fresh {@link testContext} with `env`. */
export const runWith = <O extends object>(
  run: (options: O, context: CliContext) => Promise<number>,
  options: O,
  env: Record<string, string>,
  stdin?: string,
): Promise<RunResult> => runIn(run, options, testContext(env, stdin));

/** The documents of JSON-lines text. */
export const jsonLines = (text: string): unknown[] =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
