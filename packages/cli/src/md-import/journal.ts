// The import journal: a JSON-lines file next to the import that records, after each chunk, the
// last file line whose row is settled (sent or rejected). `--resume` skips every row up to it.
// The first line identifies the import (file, size, table, key) so a journal is never applied to
// a different import.
import { appendFile, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../errors.js';

/** What a journal belongs to. */
export interface JournalHeader {
  file: string;
  size: number;
  table: string;
  key: string[];
}

/** The journal's path for an import file. */
export const journalPathOf = (file: string): string => `${file}.import-journal`;

/** An open journal. */
export class ImportJournal {
  readonly path: string;
  /** Rows up to this line are settled (0: none). */
  doneThrough: number;

  private constructor(path: string, doneThrough: number) {
    this.path = path;
    this.doneThrough = doneThrough;
  }

  /** The header of an import of `file`. */
  static async header(file: string, table: string, key: string[]): Promise<JournalHeader> {
    return { file: resolve(file), size: (await stat(file)).size, table, key };
  }

  /**
   * Starts a journal, or with `resume` continues the existing one. Refuses to start over an
   * existing journal without `resume` (that would redo the rows it says are done).
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
      await writeFile(path, `${JSON.stringify(header)}\n`, { mode: 0o600 });
      return new ImportJournal(path, 0);
    }
    if (!resume) {
      throw new CliError(`An interrupted import left a journal at ${path}`, {
        hint: 'Add --resume to continue it, or delete the journal to start over.',
        exitCode: 2,
      });
    }
    const [first, ...entries] = text.split('\n').filter((line) => line.trim() !== '');
    const saved = parseLine(first, path) as Partial<JournalHeader>;
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
    let doneThrough = 0;
    for (const entry of entries) {
      // A line cut short by a kill is ignored: only whole entries count.
      try {
        const { through } = JSON.parse(entry) as { through?: unknown };
        if (typeof through === 'number' && through > doneThrough) doneThrough = through;
      } catch {
        break;
      }
    }
    return new ImportJournal(path, doneThrough);
  }

  /** Records that every row up to `line` is settled. */
  async settle(line: number): Promise<void> {
    await appendFile(this.path, `${JSON.stringify({ through: line })}\n`);
    this.doneThrough = line;
  }

  /** Deletes the journal once the import is complete. */
  async remove(): Promise<void> {
    await rm(this.path, { force: true });
  }
}

function parseLine(line: string | undefined, path: string): unknown {
  try {
    return JSON.parse(line ?? '');
  } catch {
    throw new CliError(`The journal ${path} is corrupt`, {
      hint: 'Delete it and run the import again (upserts by key are safe to repeat).',
    });
  }
}
