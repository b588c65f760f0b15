import type { ValidateFunction } from 'ajv/dist/2020.js';
import { specOperations, specSchemas } from '../generated/spec.gen.js';
import { createAjv } from './ajv.js';
import { describeValidationErrors } from './validation-message.js';

const SPEC_ID = 'urn:blizwork:spec';

/** The outcome of checking a body: the body itself, or a message naming the bad field. */
export type ValidationOutcome = { ok: true } | { ok: false; message: string };

/** Checks a request body against its operation's request schema. */
export type RequestValidator = (body: unknown) => ValidationOutcome;

/**
 * Compiles, once, a validator for each operation's request schema, straight from the spec's
 * `components.schemas` (see `src/generated/spec.gen.ts`), keyed by operationId.
 */
export function compileRequestValidators(): ReadonlyMap<string, RequestValidator> {
  const ajv = createAjv(specSchemas);
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: specSchemas } });
  const validators = new Map<string, RequestValidator>();
  for (const operation of specOperations) {
    const validate: ValidateFunction = ajv.compile({
      $ref: `${SPEC_ID}#/components/schemas/${operation.requestSchema}`,
    });
    validators.set(operation.operationId, (body) =>
      validate(body)
        ? { ok: true }
        : { ok: false, message: describeValidationErrors(validate.errors) },
    );
  }
  return validators;
}
