import { loadSeed } from '../seed/load-seed.js';
import { loadEmulatedSpec, type EmulatedSpec } from '../spec/emulated-spec.js';
import { EmulatorServer } from './emulator-server.js';
import type { Emulator } from './emulator-types.js';
import { resolveOptions, type EmulatorOptions } from './options.js';

/** Throws a TypeError naming the option's operationIds that the served spec does not have. */
function refuseUnknownOperations(
  option: string,
  ids: ReadonlySet<string>,
  spec: EmulatedSpec,
): void {
  const known = spec.derived.operations.map((operation) => operation.operationId);
  const unknown = [...ids].filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new TypeError(
      `${option}: no operation ${unknown.map((id) => `'${id}'`).join(', ')} in the spec (operationIds: ${known.join(', ')})`,
    );
  }
}

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
  const settings = resolveOptions(options);
  const spec = loadEmulatedSpec(options.spec);
  refuseUnknownOperations('statusEnvelope', settings.statusEnvelope, spec);
  const { seed, source } = await loadSeed(options.seed);
  const emulator = new EmulatorServer(settings, seed, source, spec);
  await emulator.loadSavedState();
  await emulator.listen();
  return emulator;
}
