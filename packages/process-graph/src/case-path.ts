// A case's history (getCase include >= 2, or the emulator's timeline) as the steps it took.
import type { CaseStep } from './definition.js';

/** A history entry as BlizWork returns it; anything else in it is ignored. */
export interface HistoryEntryInput {
  /** The form the case was at before this entry (absent for the entry that started the case). */
  readonly currentActivity?: { readonly formId?: unknown } | null;
  /** The form the case moved to. */
  readonly nextActivity?: { readonly formId?: unknown } | null;
  /** Who executed the transition (a string is kept, anything else ignored). */
  readonly updatedBy?: unknown;
  /** When the transition was executed (a string is kept, anything else ignored). */
  readonly updatedOn?: unknown;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * The executed transitions of a case's history, oldest first. The entry that started the case
 * (no `currentActivity` form) is not a transition and is left out, as is any malformed entry.
 */
export function caseStepsFromHistory(history: readonly HistoryEntryInput[]): CaseStep[] {
  const steps: CaseStep[] = [];
  for (const entry of history) {
    const formId = text(entry.currentActivity?.formId);
    const nextFormId = text(entry.nextActivity?.formId);
    if (formId === undefined || nextFormId === undefined) continue;
    const by = text(entry.updatedBy);
    const on = text(entry.updatedOn);
    steps.push({
      formId,
      nextFormId,
      ...(by === undefined ? {} : { by }),
      ...(on === undefined ? {} : { on }),
    });
  }
  return steps;
}
