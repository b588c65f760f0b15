import type { ErrorObject } from 'ajv/dist/2020.js';

const unescapePointer = (segment: string): string =>
  segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** `/formData/amount` -> `formData.amount`; the root is `body`. */
function fieldName(instancePath: string, child?: string): string {
  const segments = instancePath.split('/').slice(1).map(unescapePointer);
  if (child !== undefined) segments.push(child);
  return segments.length === 0 ? 'body' : segments.join('.');
}

/**
 * Turns ajv's errors into one message that names the offending field, e.g.
 * `caseNumber must be integer` or `workflowId is required`. With `allErrors: false` the last error
 * is the most general one (for `anyOf`, the summary rather than one branch's complaint).
 */
export function describeValidationErrors(
  errors: readonly ErrorObject[] | null | undefined,
): string {
  const error = errors?.[errors.length - 1];
  if (error === undefined) return 'body is invalid';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${fieldName(error.instancePath, String(params.missingProperty))} is required`;
    case 'additionalProperties':
      return `${fieldName(error.instancePath)} must not have property '${String(params.additionalProperty)}'`;
    case 'type':
      return `${fieldName(error.instancePath)} must be ${String(params.type)}`;
    case 'enum':
      return `${fieldName(error.instancePath)} must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
    default:
      return `${fieldName(error.instancePath)} ${error.message ?? 'is invalid'}`;
  }
}
