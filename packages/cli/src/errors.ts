// The CLI's own errors: each carries the exit code and a hint that says how to fix it.

/** Exit codes: documented in the README. */
export const ExitCode = { Ok: 0, Failure: 1, Usage: 2 } as const;

/** A failure the CLI explains: one line, plus a hint. */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  /** What to do about it, shown under the message. */
  readonly hint: string | undefined;
  /** 1 (failure) or 2 (usage). */
  readonly exitCode: number;

  constructor(
    message: string,
    options: { hint?: string; exitCode?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? ExitCode.Failure;
  }
}

/** Bad command-line input (exit code 2). */
export class UsageError extends CliError {
  override readonly name: string = 'UsageError';

  constructor(message: string, hint?: string) {
    super(message, { hint, exitCode: ExitCode.Usage });
  }
}

/** `blizwork login` checked the token with one read-only call and it was not accepted (exit 1). */
export class TokenVerificationError extends CliError {
  override readonly name: string = 'TokenVerificationError';
}
