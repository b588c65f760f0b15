// The streams a command writes to: the process's own, or (in tests) streams that collect the text.

/** A stream the CLI writes to; `isTTY` is true when a person watches it (a terminal). */
export type OutputStream = NodeJS.WritableStream & { readonly isTTY?: boolean };

/** Where a command's output goes, and the environment that decides colours and progress bars. */
export interface OutputStreams {
  /** The result (with --json: exactly one JSON document). */
  readonly stdout: OutputStream;
  /** Notes, warnings, progress bars and errors. */
  readonly stderr: OutputStream;
  /** Read for NO_COLOR and TERM. */
  readonly env: NodeJS.ProcessEnv;
}
