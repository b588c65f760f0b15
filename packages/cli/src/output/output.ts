// Where a command writes. With --json, stdout carries exactly one JSON document and nothing else;
// otherwise stdout carries the human result. Notes, progress and errors always go to stderr.
import { redact } from './redact.js';
import { renderRecord, renderTable } from './table.js';
import { colorsEnabled, paint, stderrIsInteractive } from './colors.js';
import type { OutputStream, OutputStreams } from './streams.js';

/** The writer a command gets. */
export class Output {
  /** True with --json. */
  readonly json: boolean;
  /** True when stderr is a terminal a person watches (progress bars). */
  readonly interactive: boolean;
  /** Colour helpers (no-ops when colours are off). */
  readonly style: ReturnType<typeof paint>;
  /** Where the result goes (also the target of a command that streams its result, e.g. an export). */
  readonly stdout: OutputStream;
  /** Where notes, warnings and progress bars go. */
  readonly stderr: OutputStream;

  /** `streams`: the process's own by default; a command gets them from its context. */
  constructor(
    json: boolean,
    streams: OutputStreams = { stdout: process.stdout, stderr: process.stderr, env: process.env },
  ) {
    this.json = json;
    this.stdout = streams.stdout;
    this.stderr = streams.stderr;
    this.interactive = stderrIsInteractive(json, streams.env, streams.stderr);
    this.style = paint(colorsEnabled(json, streams.env, streams.stderr));
  }

  /** The command's result: `data` as JSON with --json, else `human()` on stdout. */
  result(data: unknown, human: () => string): void {
    const text = this.json ? JSON.stringify(data, null, 2) : human();
    this.stdout.write(`${redact(text)}\n`);
  }

  /** Rows: a JSON array with --json, a table otherwise. */
  rows(rows: readonly Record<string, unknown>[], columns?: readonly string[]): void {
    this.result(rows, () => renderTable(rows, columns));
  }

  /** One record: JSON with --json, `key: value` lines otherwise. */
  record(record: Record<string, unknown>): void {
    this.result(record, () => renderRecord(record));
  }

  /** A note for people on stderr (silent with --json, so scripts see only the result). */
  note(text: string): void {
    if (!this.json) this.stderr.write(`${redact(text)}\n`);
  }

  /** A warning on stderr, even with --json. */
  warn(text: string): void {
    this.stderr.write(`${redact(this.style.yellow(text))}\n`);
  }
}
