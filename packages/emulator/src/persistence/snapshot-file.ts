import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readJsonFile, type JsonFileProblem } from './json-file.js';
import { PersistenceError } from './persistence-error.js';

/** The state file's name inside a data directory. */
export const STATE_FILE_NAME = 'emulator-state.json';

/**
 * Reads and parses a state file; undefined when it does not exist. A file that cannot be read, is
 * not a regular file or is not JSON is a PersistenceError that says what and where (line, column)
 * but never quotes the file, and the file is left as it is.
 */
export async function readStateFile(file: string): Promise<unknown> {
  try {
    return await readJsonFile(file);
  } catch (error) {
    const problem = error as JsonFileProblem;
    if (problem.missing) return undefined;
    throw new PersistenceError(file, `${problem.message}; it was left untouched: fix or remove it`);
  }
}

/**
 * Replaces `file` with `text` atomically: writes a temporary file next to it, fsyncs it, renames
 * it over the old one and fsyncs the folder. A crash at any point leaves either the old or the new
 * complete file, never a torn one. The temporary file has a random name and is created exclusively
 * (`wx`): a file or symlink planted in the folder is never followed or overwritten. A failed write,
 * fsync or rename (a full disk, a file size limit) removes it before the error is thrown.
 */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
  const temporary = join(
    dirname(file),
    `.${basename(file)}.${randomBytes(12).toString('hex')}.tmp`,
  );
  const handle = await open(temporary, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const folder = await open(dirname(file), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
