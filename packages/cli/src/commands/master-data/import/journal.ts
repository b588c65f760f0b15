// The import journal: a JSON-lines file next to the import that records every settled row (sent
// and answered, or rejected) by its 1-based file line, appended the moment it settles, so
// `--resume` skips exactly the rows an earlier run finished. The first line identifies the import
// (format version, file, size, SHA-256 of its content, table, key) so a journal is never applied
// to a different import (another file of the same size included) or read with the wrong format.
//
// Each entry is written with one synchronous write(2) before the next row settles: a SIGKILL
// cannot lose it (the kernel already has it); only rows whose reply had not been handled yet are
// missing, and a resumed import sends those again. The file is also fsync'd every second and at
// the end, so even a machine crash loses at most the last second of entries. A row is recorded
// only after its reply (or its reject is on disk), never before: the journal never claims a row
// that was not done.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fdatasyncSync, openSync, writeSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { resolve } from 'node:path';
import { CliError } from '../../../errors.js';

/** The format this version writes and reads; a journal of another format is refused. */
export const JOURNAL_FORMAT = 'blizwork-md-import-journal';
export const JOURNAL_VERSION = 3;

/** How often the journal is fsync'd (a SIGKILL needs no fsync; a power cut does). */
const SYNC_EVERY_MS = 1000;

/** What a journal belongs to. */
export interface JournalHeader {
  file: string;
  size: number;
  /** SHA-256 of the file's content (hex): the same path and size are not the same rows. */
  sha256: string;
  table: string;
  key: string[];
}

/** SHA-256 of a file's content, read as a stream (the file may be larger than memory). */
async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
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
    const [{ size }, sha256] = await Promise.all([stat(file), sha256Of(file)]);
    return { file: resolve(file), size, sha256, table, key };
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
  checkSameImport(saved, header, path);
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

/** Refuses a journal of another import, naming what differs and what to do. */
function checkSameImport(
  saved: Record<string, unknown>,
  header: JournalHeader,
  path: string,
): void {
  const refuse = (problem: string, hint: string) =>
    new CliError(`The journal ${path} ${problem}`, { hint, exitCode: 2 });
  const startOver = `or delete ${path} and run the import again without --resume (rows are upserted by key, so none is duplicated)`;
  if (saved.file !== header.file)
    throw refuse(
      `belongs to an import of ${String(saved.file)}, not ${header.file}`,
      `Resume with that file, ${startOver}.`,
    );
  if (saved.size !== header.size || saved.sha256 !== header.sha256)
    throw refuse(
      `was written for other content of ${header.file} (its size or SHA-256 differs: the file changed since the interrupted import)`,
      `Resume with the original file, ${startOver}.`,
    );
  if (saved.table !== header.table || JSON.stringify(saved.key) !== JSON.stringify(header.key))
    throw refuse(
      `belongs to an import into ${String(saved.table)} keyed on ${JSON.stringify(saved.key)}`,
      `Resume with the same table and --key, ${startOver}.`,
    );
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
