import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmulatorState } from '../state/emulator-state.js';
import { asSnapshot, snapshotProblem } from './check-snapshot.js';
import { PersistenceError } from './persistence-error.js';
import { readStateFile, STATE_FILE_NAME } from './snapshot-file.js';
import type { EmulatorSnapshot } from './snapshot-types.js';

/** The state file of a data directory (created if missing). */
export async function stateFileIn(dataDir: string): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  return join(dataDir, STATE_FILE_NAME);
}

/**
 * Reads a state file and checks it against the seed's directory: undefined when the file does not
 * exist, else the snapshot. A PersistenceError (file untouched) for a corrupt, foreign or newer file.
 */
export async function readSnapshot(
  file: string,
  directory: EmulatorState['directory'],
): Promise<EmulatorSnapshot | undefined> {
  const document = await readStateFile(file);
  if (document === undefined) return undefined;
  const problem = snapshotProblem(document, directory);
  if (problem !== undefined) {
    throw new PersistenceError(file, `${problem}; the file was left untouched`);
  }
  return asSnapshot(document);
}
