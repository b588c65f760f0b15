// The field ids a process definition declares (the case document's `processDefinition`, read with
// include 3), and the check of `--field`/`--data` names against them.
import type { Case } from '@blizwork/sdk';
import { UsageError } from '../../errors.js';
import { isRecord } from '../../is-record.js';

/**
 * The field ids of every form of the case's process definition, in order and without repeats;
 * `undefined` when the document carries no definition that declares fields (include < 3, or an
 * API that sends none): then nothing is known to check against.
 */
export function definitionFieldIds(c: Case): string[] | undefined {
  const definition: unknown = c.document.processDefinition;
  if (!isRecord(definition) || !Array.isArray(definition.forms)) return undefined;
  const ids = definition.forms.flatMap((form: unknown) =>
    isRecord(form) && Array.isArray(form.fields)
      ? form.fields.flatMap((field: unknown) =>
          isRecord(field) && typeof field.id === 'string' ? [field.id] : [],
        )
      : [],
  );
  return ids.length > 0 ? [...new Set(ids)] : undefined;
}

/**
 * Refuses (UsageError, exit 2) field names the case's process definition does not declare, listing
 * the ones it does; does nothing when the definition is not known.
 */
export function checkFieldNames(c: Case, values: Record<string, unknown>): void {
  const known = definitionFieldIds(c);
  if (known === undefined) return;
  const knownSet = new Set(known);
  const unknown = Object.keys(values).filter((name) => !knownSet.has(name));
  if (unknown.length === 0) return;
  throw new UsageError(
    `Unknown field${unknown.length > 1 ? 's' : ''} for process ${c.processId}: ${unknown.join(', ')}`,
    `The process definition declares: ${known.join(', ')}. Fix the name, or add --no-field-check to send it anyway.`,
  );
}
