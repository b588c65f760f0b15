// How the CLI shows a case (`cases get`, `cases exec`, `cases export`): one shape for all of them.
import type { Case } from '@blizwork/sdk';

/** A case as the CLI shows it: its identity, where it waits, and its fields. */
export function caseView(c: Case): Record<string, unknown> {
  let pendingFormId: string | null;
  try {
    pendingFormId = c.pendingFormId ?? null;
  } catch {
    pendingFormId = null; // read without history (include < 2)
  }
  return {
    processId: c.processId,
    caseNumber: c.number,
    environment: c.environment,
    pendingFormId,
    closed: c.closed ?? null,
    fields: c.fields,
  };
}
