// Where rows that could not be imported go: one JSON line each with the file line, the error and
// the row, so they can be fixed and imported again. Nothing is dropped.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

/** One rejected row. */
export interface Reject {
  line: number;
  error: string;
  row?: Record<string, unknown>;
  raw?: string;
}

/** The rejects file of an import of `file`. */
export const rejectsPathOf = (file: string): string => `${file}.rejects.jsonl`;

/** Appends rejects to a file, created on the first one. */
export class RejectsFile {
  readonly path: string;
  count = 0;
  #stream: WriteStream | undefined;
  readonly #append: boolean;

  constructor(path: string, append: boolean) {
    this.path = path;
    this.#append = append;
  }

  /** Adds one reject. */
  async add(reject: Reject): Promise<void> {
    this.#stream ??= createWriteStream(this.path, { flags: this.#append ? 'a' : 'w', mode: 0o600 });
    this.count++;
    if (!this.#stream.write(`${JSON.stringify(reject)}\n`)) await once(this.#stream, 'drain');
  }

  /** Flushes and closes the file. */
  async close(): Promise<void> {
    if (this.#stream === undefined) return;
    this.#stream.end();
    await finished(this.#stream);
  }
}
