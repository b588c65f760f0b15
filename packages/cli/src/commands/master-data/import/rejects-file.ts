// Where rows that could not be imported go: one JSON line each with the file line(s), the error,
// the row's raw text in the file and the row as read (when it could be read), so they can be
// fixed and imported again. Nothing is dropped: each reject is written
// and fsync'd before the journal records its row as settled, so a kill between the two can at
// worst list a row twice, never lose it.
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import type { RowPlace } from './row-source.js';

/** One rejected row. */
export interface Reject extends RowPlace {
  error: string;
  /** The row as read, when it could be read (the API or the key check refused it). */
  row?: Record<string, unknown>;
}

/** The rejects file of an import of `file`. */
export const rejectsPathOf = (file: string): string => `${file}.rejects.jsonl`;

/** Appends rejects to a file, created on the first one. */
export class RejectsFile {
  readonly path: string;
  count = 0;
  #fd: number | undefined;
  readonly #append: boolean;

  constructor(path: string, append: boolean) {
    this.path = path;
    this.#append = append;
  }

  /** Adds one reject, on disk when this returns. */
  add(reject: Reject): void {
    this.#fd ??= openSync(this.path, this.#append ? 'a' : 'w', 0o600);
    this.count++;
    writeSync(this.#fd, `${JSON.stringify(reject)}\n`);
    fdatasyncSync(this.#fd);
  }

  /** Closes the file. */
  close(): void {
    if (this.#fd === undefined) return;
    closeSync(this.#fd);
    this.#fd = undefined;
  }
}
