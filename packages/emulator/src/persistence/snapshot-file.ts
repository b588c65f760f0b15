import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PersistenceError } from './persistence-error.js';

/** The state file's name inside a data directory. */
export const STATE_FILE_NAME = 'emulator-state.json';

/**
 * Reads and parses a state file; undefined when it does not exist. A file that is not JSON is a
 * PersistenceError, and the file is left as it is.
 */
export async function readStateFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PersistenceError(file, `cannot be read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new PersistenceError(
      file,
      `is not valid JSON (${(error as Error).message}); it was left untouched: fix or remove it`,
    );
  }
}

/**
 * Replaces `file` with `text` atomically: writes a temporary file next to it, fsyncs it, renames
 * it over the old one and fsyncs the folder. A crash at any point leaves either the old or the new
 * complete file, never a torn one.
 */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
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
