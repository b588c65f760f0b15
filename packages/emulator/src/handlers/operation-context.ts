import type { OperationRequestBodies } from '../generated/operation-bodies.gen.js';
import type { OperationId } from '../generated/spec.gen.js';
import type { Environment } from '../domain/terms.js';
import type { CaseRecord } from '../state/case-record.js';
import type { Company } from '../state/directory.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { Transition } from '../extensions/extension-registry.js';
import type { ResolvedAssumptions } from '../domain/assumptions.js';

/** A reply body: the documented envelope plus the operation's own members. */
export interface Reply {
  resultCode: number;
  resultMessage: string;
  [member: string]: unknown;
}

/** What a handler may use besides the (already validated) request body. */
export interface OperationContext {
  readonly state: EmulatorState;
  /** The company the request's API token belongs to. */
  readonly company: Company;
  /** Decoded path parameters (`token`, and `handshakeToken` for the path form of validatecall). */
  readonly params: Readonly<Record<string, string>>;
  /** The emulator's base URL, for the file URLs it hands out. */
  readonly baseUrl: string;
  readonly now: () => Date;
  /** The cap on the total bytes of stored attachments (option `maxAttachmentBytes`). */
  readonly maxAttachmentBytes: number;
  /** Calls the extensions an exec triggers and waits for them (they may call back meanwhile). */
  readonly runExtensions: (record: CaseRecord, transition: Transition) => Promise<void>;
  /** Which reading of BlizWork's unknown behaviours to follow (the `assumptions` option). */
  readonly assumptions: ResolvedAssumptions;
}

/** The request body of an operation, as generated from the spec (never copied by hand). */
export type RequestBody<Id extends OperationId> = OperationRequestBodies[Id];

/** Handles one operation; `body` has passed the operation's request schema. */
export type OperationHandler<Body = never> = (
  body: Body,
  context: OperationContext,
) => Reply | Promise<Reply>;

/** The default environment of every body that may carry one (assumption:environment-default-production). */
export const environmentOf = (body: { environment?: Environment }): Environment =>
  body.environment ?? 'production';

/** The environment a case read (getCase, listCases) works on: its own, else the `readEnvironment` switch's. */
export const readEnvironmentOf = (
  body: { environment?: Environment },
  context: OperationContext,
): Environment => body.environment ?? context.assumptions.readEnvironment;
