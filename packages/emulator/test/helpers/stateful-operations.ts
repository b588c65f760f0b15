// Which operations of the spec have a stateful handler. Tests keep tables keyed by the handlers
// (expected effects, valid bodies); a new operation in the spec needs no entry there (it answers its
// spec example), so its id must be narrowed before it indexes such a table: `OperationId` grows with
// the spec, the handler table does not.
import type { OperationId } from '../../src/generated/spec.gen.js';
import { operationHandlers } from '../../src/handlers/operation-handlers.js';

/** An operationId that has a stateful handler. */
export type StatefulOperation = keyof typeof operationHandlers;

/** Whether the operation has a stateful handler; narrows its id to {@link StatefulOperation}. */
export const isStateful = (operationId: OperationId): operationId is StatefulOperation =>
  Object.hasOwn(operationHandlers, operationId);
