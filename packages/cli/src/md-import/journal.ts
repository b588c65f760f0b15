// The import journal: a JSON-lines file next to the import that records every settled row (sent
// and answered, or rejected) by its 1-based file line, appended the moment it settles, so
// `--resume` skips exactly the rows an earlier run finished. The first line identifies the import
// (format version, file, size, table, key) so a journal is never applied to a different import or
// read with the wrong format.
//
// Each entry is written with one synchronous write(2) before the next row settles: a SIGKILL
// cannot lose it (the kernel already has it); only rows whose reply had not been handled yet are
// missing, and a resumed import sends those again. The file is also fsync'd every second and at
// the end, so even a machine crash loses at most the last second of entries. A row is recorded
// only after its reply (or its reject is on disk), never before: the journal never claims a row
// that was not done.
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../errors.js';

/** The format this version writes and reads; a journal of another format is refused. */
export const JOURNAL_FORMAT = 'blizwork-md-import-journal';
export const JOURNAL_VERSION = 2;

/** How often the journal is fsync'd (a SIGKILL needs no fsync; a power cut does). */
const SYNC_EVERY_MS = 1000;

/** What a journal belongs to. */
export interface JournalHeader {
  file: string;
  size: number;
  table: string;
  key: string[];
}

/** The journal's path for an import file. */
export const journalPathOf = (file: string): string => `${file}.import-journal`;

const headerLine = (header: JournalHeader): string =>
  `${JSON.stringify({ format: JOURNAL_FORMAT, version: JOURNAL_VERSION, ...header })}\n`;

/** An open journal. */
export class ImportJournal {
  readonly path: string;
  /** The lines an earlier run settled: the rows a resumed import skips. */
  readonly done: ReadonlySet<number>;
  #fd: number | undefined;
  #lastSync = Date.now();

  private constructor(path: string, fd: number, done: ReadonlySet<number>) {
    this.path = path;
    this.#fd = fd;
    this.done = done;
  }

  /** The header of an import of `file`. */
  static async header(file: string, table: string, key: string[]): Promise<JournalHeader> {
    return { file: resolve(file), size: (await stat(file)).size, table, key };
  }

  /**
   * Starts a journal, or with `resume` continues the existing one. Refuses to start over an
   * existing journal without `resume` (that would redo the rows it says are done), and refuses a
   * journal of another import or of another format.
   */
  static async open(path: string, header: JournalHeader, resume: boolean): Promise<ImportJournal> {
    let text: string | undefined;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text === undefined) {
      if (resume)
        throw new CliError(`Nothing to resume: no journal at ${path}`, {
          hint: 'Run the import without --resume.',
          exitCode: 2,
        });
      // 'wx': never truncate a journal another run created in the meantime.
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, headerLine(header));
      fdatasyncSync(fd);
      return new ImportJournal(path, fd, new Set());
    }
    if (!resume) {
      throw new CliError(`An interrupted import left a journal at ${path}`, {
        hint: 'Add --resume to continue it, or delete the journal to start over.',
        exitCode: 2,
      });
    }
    const done = readEntries(text, header, path);
    const fd = openSync(path, 'a');
    // An entry cut short by a crash must not run into the next one written.
    if (!text.endsWith('\n')) writeSync(fd, '\n');
    return new ImportJournal(path, fd, done);
  }

  /** Records that the row at `line` is settled: called as each row settles, in any order. */
  record(line: number): void {
    if (this.#fd === undefined) throw new Error('BlizWork CLI: the import journal is closed');
    writeSync(this.#fd, `{"done":${line}}\n`);
    if (Date.now() - this.#lastSync >= SYNC_EVERY_MS) this.sync();
  }

  /** Flushes the entries to the disk. */
  sync(): void {
    if (this.#fd === undefined) return;
    fdatasyncSync(this.#fd);
    this.#lastSync = Date.now();
  }

  /** Syncs and closes the file (kept on disk: an unfinished import can still resume). */
  close(): void {
    if (this.#fd === undefined) return;
    this.sync();
    closeSync(this.#fd);
    this.#fd = undefined;
  }

  /** Deletes the journal once the import is complete. */
  async remove(): Promise<void> {
    this.close();
    await rm(this.path, { force: true });
  }
}

/** The settled lines of a journal, after checking its header belongs to this import. */
function readEntries(text: string, header: JournalHeader, path: string): Set<number> {
  const [first, ...entries] = text.split('\n');
  const saved = parseHeader(first, path);
  if (saved.format !== JOURNAL_FORMAT || saved.version !== JOURNAL_VERSION) {
    const version = typeof saved.version === 'number' ? saved.version : 1;
    throw new CliError(
      `The journal ${path} has format version ${version}; this blizwork reads only version ${JOURNAL_VERSION}`,
      {
        hint:
          version < JOURNAL_VERSION
            ? 'Finish it with the blizwork version that started it, or delete the journal and import again (rows are upserted by key, so none is duplicated).'
            : 'Resume it with a newer blizwork.',
        exitCode: 2,
      },
    );
  }
  if (
    saved.file !== header.file ||
    saved.size !== header.size ||
    saved.table !== header.table ||
    JSON.stringify(saved.key) !== JSON.stringify(header.key)
  ) {
    throw new CliError(
      `The journal ${path} belongs to another import (file, size, table or key differ)`,
      {
        hint: 'Resume with the same file, table and --key, or delete the journal to start over.',
        exitCode: 2,
      },
    );
  }
  const done = new Set<number>();
  // The text after the last newline is an entry cut short by a crash: never counted.
  for (const entry of entries.slice(0, -1)) {
    try {
      const { done: line } = JSON.parse(entry) as { done?: unknown };
      if (Number.isInteger(line) && (line as number) > 0) done.add(line as number);
    } catch {
      // A torn entry (glued to a later one after a crash): its row is simply sent again.
    }
  }
  return done;
}

function parseHeader(line: string | undefined, path: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(line ?? '');
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new CliError(`The journal ${path} is corrupt`, {
    hint: 'Delete it and run the import again (upserts by key are safe to repeat).',
    exitCode: 2,
  });
}
