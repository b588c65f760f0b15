import { loadSeed } from '../seed/load-seed.js';
import { compileRequestValidators } from '../spec/request-validators.js';
import { EmulatorServer } from './emulator-server.js';
import type { Emulator } from './emulator-types.js';
import { resolveOptions, type EmulatorOptions } from './options.js';

/**
 * Starts a local, stateful BlizWork API on `http://127.0.0.1:<free port>` (by default) with the
 * default seed. Rejects with a TypeError for malformed options, a SeedError for a bad seed and a
 * PersistenceError for a state file (`dataDir`, `importFile`) it refuses.
 *
 * @example
 * ```ts
 * const emulator = await startEmulator();
 * const reply = await fetch(`${emulator.url}/init/${emulator.token}`, {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ companyId: emulator.companyId, userId: emulator.userId, workflowId: 'sales-process' }),
 * }).then((response) => response.json()); // { resultCode: 0, resultMessage: 'OK', caseNumber: 4 }
 * await emulator.close();
 * ```
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const settings = resolveOptions(options);
  const { seed, source } = await loadSeed(options.seed);
  const emulator = new EmulatorServer(settings, seed, source, compileRequestValidators());
  await emulator.loadSavedState();
  await emulator.listen();
  return emulator;
}
