// How a failure is shown: one readable line and a hint on stderr (and, with --json, an
// { "error": ... } document on stdout); --verbose adds the cause chain. Nothing escapes redact().
import { BlizWorkError, ENV_VARIABLES } from '@blizwork/sdk';
import { CliError, ExitCode } from '../errors.js';
import { redact } from './redact.js';
import { paint } from './colors.js';

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

/** The summary of any thrown value. TypeErrors are the SDK's answer to bad input: usage errors. */
export function summarize(error: unknown): ErrorSummary {
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
      hint: SDK_HINTS.get(error.name),
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

/** Writes the failure and returns its exit code. */
export function reportError(
  error: unknown,
  options: { json: boolean; verbose: boolean; color: boolean },
): number {
  const summary = summarize(error);
  const style = paint(options.color);
  const lines = [`${style.red('error:')} ${summary.message}`];
  if (summary.hint) lines.push(`${style.dim('hint:')} ${summary.hint}`);
  if (options.verbose) lines.push(...summary.causes.map((cause) => `  caused by ${cause}`));
  else if (summary.causes.length > 0) lines.push(style.dim('(run with --verbose for the cause)'));
  process.stderr.write(`${redact(lines.join('\n'))}\n`);
  if (options.json) {
    const data = options.verbose ? summary : { ...summary, causes: undefined };
    process.stdout.write(`${redact(JSON.stringify({ error: data }, null, 2))}\n`);
  }
  return summary.exitCode;
}
