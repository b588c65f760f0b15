// How a failure is shown: one readable line and a hint on stderr (and, with --json, an
// { "error": ... } document on stdout); --verbose adds the cause chain. Nothing escapes redact().
import { BlizWorkError, ENV_VARIABLES, isBlizWorkApiError } from '@blizwork/sdk';
import { CliError, ExitCode } from '../errors.js';
import { redact } from './redact.js';
import { paint } from './colors.js';
import type { OutputStream } from './streams.js';

/** The hint for the SDK's error classes (by name, so subclasses from other versions still match). */
const SDK_HINTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    InvalidTokenError: `The token or user was refused: run \`blizwork login\` again, or check ${ENV_VARIABLES.token} / ${ENV_VARIABLES.userId}.`,
    BlizWorkConnectionError:
      'The server could not be reached: check your network, or --base-url (`blizwork doctor` helps).',
    BlizWorkTimeoutError: 'The server did not answer in time: try again, or lower --tps.',
    TransactionLimitError:
      "The plan's rate limit refused the call: set your plan (`blizwork login --plan`) or lower --tps.",
    MalformedRequestError: 'The server refused the request as malformed: check the values sent.',
    FieldNotFoundError: 'Check the field id (`blizwork cases get` lists the fields).',
    CaseClosedError: 'The case is closed: it waits on no form.',
  }),
);

/**
 * The next step for a result code that names a missing thing, keyed by code. The codes are the
 * emulator's own (BlizWork documents none for "not found"); `ResultCodes` is their one definition.
 * Loaded only when an API error is shown: the emulator's core is not needed by any other path.
 */
export async function resultCodeHints(): Promise<ReadonlyMap<number, string>> {
  const { ResultCodes } = await import('@blizwork/emulator/core');
  return new Map([
    [
      ResultCodes.processNotFound,
      'No such process in this environment: a process not yet published exists only in draft (add `--env draft`); check the process id (`blizwork cases list <process>` lists its cases).',
    ],
    [
      ResultCodes.caseNotFound,
      'No such case in this process and environment: `blizwork cases list <process>` lists the case numbers (a draft case needs `--env draft`).',
    ],
    [
      ResultCodes.tableNotFound,
      'No such master-data table: check the table name (names are case-sensitive); an upsert (`blizwork master-data import`) creates one.',
    ],
  ]);
}

/** What a failure looks like as data (the --json error shape). */
export interface ErrorSummary {
  name: string;
  message: string;
  hint: string | undefined;
  exitCode: number;
  causes: string[];
}

function causes(error: unknown): string[] {
  const chain: string[] = [];
  let cause = error instanceof Error ? error.cause : undefined;
  while (cause !== undefined && chain.length < 10) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- String() on purpose: a non-Error cause is never serialised (it could hold secrets)
    chain.push(cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause));
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return chain;
}

/**
 * The summary of any thrown value. TypeErrors are the SDK's answer to bad input: usage errors.
 * `codeHints` gives the hint of an API error by its result code (see {@link resultCodeHints}).
 */
export function summarize(
  error: unknown,
  codeHints: ReadonlyMap<number, string> = new Map(),
): ErrorSummary {
  if (error instanceof CliError) {
    return {
      name: error.name,
      message: error.message,
      hint: error.hint,
      exitCode: error.exitCode,
      causes: causes(error),
    };
  }
  if (error instanceof BlizWorkError) {
    return {
      name: error.name,
      message: error.message,
      hint:
        SDK_HINTS.get(error.name) ??
        (isBlizWorkApiError(error) ? codeHints.get(error.resultCode) : undefined),
      exitCode: ExitCode.Failure,
      causes: causes(error),
    };
  }
  if (error instanceof TypeError) {
    return {
      name: 'UsageError',
      message: error.message.replace(/^BlizWork: /, ''),
      hint: 'See --help.',
      exitCode: ExitCode.Usage,
      causes: causes(error),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    name: error instanceof Error ? error.name : 'Error',
    message,
    hint: undefined,
    exitCode: ExitCode.Failure,
    causes: causes(error),
  };
}

/** Writes the failure (to the process's streams unless `streams` are given) and resolves its exit code. */
export async function reportError(
  error: unknown,
  options: { json: boolean; verbose: boolean; color: boolean },
  streams: { readonly stdout: OutputStream; readonly stderr: OutputStream } = process,
): Promise<number> {
  const summary = summarize(error, isBlizWorkApiError(error) ? await resultCodeHints() : undefined);
  const style = paint(options.color);
  const lines = [`${style.red('error:')} ${summary.message}`];
  if (summary.hint) lines.push(`${style.dim('hint:')} ${summary.hint}`);
  if (options.verbose) lines.push(...summary.causes.map((cause) => `  caused by ${cause}`));
  else if (summary.causes.length > 0) lines.push(style.dim('(run with --verbose for the cause)'));
  streams.stderr.write(`${redact(lines.join('\n'))}\n`);
  if (options.json) {
    const data = options.verbose ? summary : { ...summary, causes: undefined };
    streams.stdout.write(`${redact(JSON.stringify({ error: data }, null, 2))}\n`);
  }
  return summary.exitCode;
}
