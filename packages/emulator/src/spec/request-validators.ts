import type { ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from './ajv.js';
import type { DerivedSpec } from './derive-spec.js';
import { SpecDerivationError } from './derive-spec.js';
import { describeValidationErrors } from './validation-message.js';

const SPEC_ID = 'urn:blizwork:spec';

/** The outcome of checking a body: the body itself, or a message naming the bad field. */
export type ValidationOutcome = { ok: true } | { ok: false; message: string };

/** Checks a request body against its operation's request schema. */
export type RequestValidator = (body: unknown) => ValidationOutcome;

const VALID: ValidationOutcome = Object.freeze({ ok: true });

/** Points local `$ref`s (`#/components/...`) of an operation's schema at the registered spec. */
function anchorRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(anchorRefs);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/')
        ? SPEC_ID + value
        : anchorRefs(value),
    ]),
  );
}

/** Compiles a schema of an operation of `spec` (inline, or `$ref`s into its components). */
export type SpecSchemaCompiler = (schema: unknown, where: string) => ValidateFunction;

/**
 * A compiler for the schemas of `spec`'s operations, sharing one ajv instance with the spec's
 * components registered. Throws a SpecDerivationError naming `where` for a schema ajv cannot
 * compile.
 */
export function specSchemaCompiler(spec: DerivedSpec): SpecSchemaCompiler {
  const ajv = createAjv(spec, false, { tolerant: true });
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: spec.components.schemas ?? {} } });
  return (schema, where) => {
    try {
      return ajv.compile(anchorRefs(schema) as object);
    } catch (error) {
      throw new SpecDerivationError(
        `${where} does not compile: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
}

/**
 * Compiles, once, a validator for each operation's request schema (inline or `$ref`), keyed by
 * operationId. Operations without a JSON request body get none (any body is accepted). Throws a
 * SpecDerivationError naming the operation whose schema ajv cannot compile.
 */
export function compileRequestValidators(spec: DerivedSpec): ReadonlyMap<string, RequestValidator> {
  const compile = specSchemaCompiler(spec);
  const validators = new Map<string, RequestValidator>();
  for (const operation of spec.operations) {
    if (operation.requestSchema === undefined) continue;
    const validate = compile(
      operation.requestSchema,
      `${operation.method} ${operation.path}: the request schema`,
    );
    validators.set(operation.operationId, (body) =>
      validate(body) ? VALID : { ok: false, message: describeValidationErrors(validate.errors) },
    );
  }
  return validators;
}
