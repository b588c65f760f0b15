import type { Reply } from '../handlers/operation-context.js';
import type { OperationId } from '../generated/spec.gen.js';
import type { Company } from '../state/directory.js';

/** An operation that ran (through the BlizWork API or the dashboard), with its reply. */
export interface OperationEvent {
  readonly operationId: OperationId;
  /** The company the operation ran as. */
  readonly company: Company;
  /** The request body (it passed the operation's schema). */
  readonly body: unknown;
  readonly reply: Reply;
}
