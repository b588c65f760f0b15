import type { CaseRecord } from '../state/case-record.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { fieldsWithFileUrls } from '../state/file-urls.js';
import { deepFreeze } from '../state/deep-freeze.js';
import type { ExtensionCallBody } from '../domain/terms.js';
import type { ExtensionCallRecord } from '../state/records.js';
import type { ExtensionRegistry, Transition } from './extension-registry.js';
import type { PostJson } from './post-outcome.js';

/** What calling extensions needs. */
export interface ExtensionCaller {
  readonly registry: ExtensionRegistry;
  readonly timeoutMs: number;
  /** Aborted when the emulator closes, so no call outlives it. */
  readonly signal: AbortSignal;
  /** Sends the call: `node:http` in the Node emulator, the global `fetch` in the core. */
  readonly post: PostJson;
  /** The emulator's current base URL: the case's stored file paths are sent under it. */
  readonly baseUrl: string;
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
  const { companyId, formId, nextFormId } = transition;
  const calls = registrations.map(({ url }) =>
    callExtension(
      caller,
      url,
      {
        environment: record.environment,
        processId: record.processSlug,
        processVersion: record.processVersion,
        caseNumber: record.caseNumber,
        handshakeToken: state.handshakes.issue(record.companyId, url),
        fields: structuredClone(fieldsWithFileUrls(record.fields, caller.baseUrl)),
      },
      { companyId, formId, nextFormId },
    ),
  );
  state.extensionCalls.push(...(await Promise.all(calls)));
}

/**
 * POSTs one extension body and returns the frozen call record: status, error, start time,
 * duration and reply body, and the transition that made it (when known). Used for exec-triggered
 * calls and for resending a logged call.
 */
export async function callExtension(
  caller: Pick<ExtensionCaller, 'timeoutMs' | 'signal' | 'post'>,
  url: string,
  body: ExtensionCallBody,
  transition: ExtensionCallRecord['transition'],
): Promise<ExtensionCallRecord> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const outcome = await caller.post(url, body, caller.timeoutMs, caller.signal);
  const durationMs = Math.round(performance.now() - started);
  return deepFreeze({
    url,
    body,
    ...(transition === undefined ? {} : { transition }),
    ...outcome,
    startedAt,
    durationMs,
  });
}
