import { loadSeed } from '../seed/load-seed.js';
import { refuseForbiddenStatusEnvelope } from '../http/status-envelope.js';
import { loadEmulatedSpec } from '../spec/emulated-spec.js';
import { EmulatorServer } from './emulator-server.js';
import type { Emulator } from './emulator-types.js';
import { refuseUnknownOperations, resolveOptions, type EmulatorOptions } from './options.js';

/** `startEmulator`'s default `log`: a line on stderr. */
const writeToStderr = (line: string): void => {
  process.stderr.write(`[blizwork-emulator] ${line}\n`);
};

/**
 * Starts a local, stateful BlizWork API on `http://127.0.0.1:<free port>` (by default) with the
 * default seed and the built-in spec. Rejects with a TypeError for malformed options (a
 * SpecDerivationError, also a TypeError, for a `spec` it cannot read), a SeedError for a bad seed
 * and a PersistenceError for a state file (`dataDir`, `importFile`) it refuses.
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
  const settings = resolveOptions(options, writeToStderr);
  const spec = loadEmulatedSpec(options.spec);
  refuseUnknownOperations('statusEnvelope', settings.assumptions.statusEnvelope, spec);
  refuseForbiddenStatusEnvelope(spec, settings.assumptions.statusEnvelope);
  const { seed, source } = await loadSeed(options.seed);
  const emulator = new EmulatorServer(settings, seed, source, spec);
  await emulator.loadSavedState();
  await emulator.listen();
  return emulator;
}
