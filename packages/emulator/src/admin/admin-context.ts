import type { ExtensionRegistration } from '../extensions/extension-registry.js';
import type { PostJson } from '../extensions/post-outcome.js';
import type { PipelineDependencies } from '../http/pipeline.js';
import type { EmulatorSnapshot } from '../persistence/snapshot-types.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { JsonObject } from '../state/json-values.js';
import type { ChangeNotice } from './change-notice.js';
import type { AdminError } from './admin-contract.js';

/** What the admin API's endpoints use. */
export interface AdminContext {
  /** The request pipeline's dependencies: the dashboard runs operations through the same handlers. */
  readonly pipeline: PipelineDependencies;
  readonly state: () => EmulatorState;
  /** Extension calls made by "resend": timeout and the emulator's closing signal. */
  readonly extensionTimeoutMs: number;
  readonly closing: AbortSignal;
  /** How "resend" sends the call. */
  readonly postJson: PostJson;
  /** Announces a change the admin API made itself (resend): live updates and saving. */
  readonly changed: (notice: ChangeNotice) => void;
  /** The current state as a versioned snapshot (export). */
  readonly snapshot: () => EmulatorSnapshot;
  /** The data directory, when the state is saved. */
  readonly dataDir: string | undefined;
  /** Every registered extension (seeded and added), for the process graph's edges. */
  readonly extensions: () => readonly ExtensionRegistration[];
}

/** An endpoint's answer: HTTP status and JSON body. */
export interface AdminReply {
  readonly status: number;
  readonly body: unknown;
}

/** An endpoint's input: the query string and (for POST) the JSON body object. */
export interface AdminInput {
  readonly query: URLSearchParams;
  readonly body: JsonObject;
}

/** One admin API endpoint. */
export type AdminEndpoint = (
  input: AdminInput,
  context: AdminContext,
) => AdminReply | Promise<AdminReply>;

/** A 200 reply; `Body` names the reply's type in `admin-contract.ts` (the dashboard reads it). */
export const ok = <Body>(body: Body): AdminReply => ({ status: 200, body });

/** An error reply `{ error }`. */
export const fail = (status: number, error: string): AdminReply => ({
  status,
  body: { error } satisfies AdminError,
});

/** Shows only the last four characters of a secret: `***cdef`. */
export const maskSecret = (secret: string): string => `***${secret.slice(-4)}`;
