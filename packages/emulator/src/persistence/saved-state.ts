import type { ExtensionRegistry } from '../extensions/extension-registry.js';
import { buildState } from '../seed/build-state.js';
import type { Seed } from '../seed/seed-types.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { readSnapshot, stateFileIn } from './load-state.js';
import { PersistenceError } from './persistence-error.js';
import { restoreSnapshot } from './restore-snapshot.js';
import type { EmulatorSnapshot } from './snapshot-types.js';

/** Where the state comes from and goes to. */
export interface PersistenceSettings {
  /** Load from and save to `<dataDir>/emulator-state.json`. */
  readonly dataDir: string | undefined;
  /** Start from this state file instead (it is then saved into dataDir, if any). */
  readonly importFile: string | undefined;
}

/** A state with the seed's directory and extensions and the snapshot's cases, data and logs. */
export function stateFromSnapshot(
  seed: Seed,
  seedSource: string,
  extensions: ExtensionRegistry,
  snapshot: EmulatorSnapshot,
): EmulatorState {
  const state = buildState(
    { ...seed, cases: [], masterData: [], handshakes: [] },
    seedSource,
    extensions,
    new Date(),
  );
  restoreSnapshot(state, snapshot);
  return state;
}

/**
 * Reads the state to start from: the import file, else the data directory's state file. Undefined
 * when there is none (start from the seed). Throws a PersistenceError for a file it refuses.
 */
export async function readStartingSnapshot(
  settings: PersistenceSettings,
  seedState: EmulatorState,
): Promise<EmulatorSnapshot | undefined> {
  if (settings.importFile !== undefined) {
    const imported = await readSnapshot(settings.importFile, seedState.directory);
    if (imported === undefined) {
      throw new PersistenceError(settings.importFile, 'does not exist: nothing to import');
    }
    return imported;
  }
  if (settings.dataDir === undefined) return undefined;
  return readSnapshot(await stateFileIn(settings.dataDir), seedState.directory);
}
