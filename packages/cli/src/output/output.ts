// Where a command writes. With --json, stdout carries exactly one JSON document and nothing else;
// otherwise stdout carries the human result. Notes, progress and errors always go to stderr.
import { redact } from './redact.js';
import { renderRecord, renderTable } from './table.js';
import { colorsEnabled, paint, stderrIsInteractive } from './colors.js';

/** The writer a command gets. */
export class Output {
  /** True with --json. */
  readonly json: boolean;
  /** True when stderr is a terminal a person watches (progress bars). */
  readonly interactive: boolean;
  /** Colour helpers (no-ops when colours are off). */
  readonly style: ReturnType<typeof paint>;

  constructor(json: boolean) {
    this.json = json;
    this.interactive = stderrIsInteractive(json);
    this.style = paint(colorsEnabled(json));
  }

  /** The command's result: `data` as JSON with --json, else `human()` on stdout. */
  result(data: unknown, human: () => string): void {
    const text = this.json ? JSON.stringify(data, null, 2) : human();
    process.stdout.write(`${redact(text)}\n`);
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
    if (!this.json) process.stderr.write(`${redact(text)}\n`);
  }

  /** A warning on stderr, even with --json. */
  warn(text: string): void {
    process.stderr.write(`${redact(this.style.yellow(text))}\n`);
  }
}
