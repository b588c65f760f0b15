import type { CaseRecord } from '../state/case-record.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { deepFreeze, type ExtensionCallBody } from '../state/records.js';
import type { ExtensionRegistry, Transition } from './extension-registry.js';
import { postJson } from './post-json.js';

/** What calling extensions needs. */
export interface ExtensionCaller {
  readonly registry: ExtensionRegistry;
  readonly timeoutMs: number;
  /** Aborted when the emulator closes, so no call outlives it. */
  readonly signal: AbortSignal;
}

/**
 * Calls every extension the transition triggers, in parallel, each with a fresh one-time handshake
 * token, and records `{url, body, status}` in registration order once all have answered or failed.
 * The extensions may call back into the emulator meanwhile: this only awaits I/O.
 */
export async function runExtensions(
  caller: ExtensionCaller,
  state: EmulatorState,
  record: CaseRecord,
  transition: Transition,
): Promise<void> {
  const registrations = caller.registry.matching(transition);
  if (registrations.length === 0) return;
  const calls = registrations.map(async ({ url }) => {
    const body: ExtensionCallBody = {
      environment: record.environment,
      processId: record.processSlug,
      processVersion: record.processVersion,
      caseNumber: record.caseNumber,
      handshakeToken: state.handshakes.issue(record.companyId, url),
      fields: structuredClone(record.fields),
    };
    const outcome = await postJson(url, body, caller.timeoutMs, caller.signal);
    return deepFreeze({ url, body, ...outcome });
  });
  state.extensionCalls.push(...(await Promise.all(calls)));
}
