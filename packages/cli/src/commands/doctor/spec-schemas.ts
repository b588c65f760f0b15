// The spec's reply schemas for `doctor --conformance`, read from the spec `@blizwork/client` ships
// (`@blizwork/client/openapi.json`): the exact document the installed client was generated from,
// so the CLI keeps no copy of its own that could drift from it.
import { createRequire } from 'node:module';

/** The parts of an OpenAPI document `doctor --conformance` reads. */
interface SpecDocument {
  paths?: Record<string, Record<string, SpecOperation>>;
  components?: {
    schemas?: Record<string, unknown>;
    responses?: Record<string, SpecResponse>;
  };
}

/** A reply, reduced to its JSON schema reference. */
interface SpecResponse {
  content?: Record<string, { schema?: { $ref?: unknown } }>;
}

/** An operation, reduced to its id and its 200 reply's JSON schema reference. */
interface SpecOperation {
  operationId?: string;
  responses?: Record<string, SpecResponse>;
}

/** What conformance checks need: reply schema names by operationId, and the schemas themselves. */
export interface SpecSchemas {
  /** The reply schema (a key of `componentSchemas`) of each operation, by operationId. */
  replySchemas: Readonly<Record<string, string>>;
  /** The spec's `components.schemas`. */
  componentSchemas: Readonly<Record<string, unknown>>;
  /** The schema of a non-2xx reply (the `HttpError` reply's), when the spec names one. */
  errorSchema?: string;
}

const SCHEMA_PREFIX = '#/components/schemas/';

/** The component schema a reply's JSON content names, if any. */
const schemaOf = (response: SpecResponse | undefined): string | undefined => {
  const ref = response?.content?.['application/json']?.schema?.$ref;
  return typeof ref === 'string' && ref.startsWith(SCHEMA_PREFIX)
    ? ref.slice(SCHEMA_PREFIX.length)
    : undefined;
};

/**
 * Reads the reply schemas of every operation whose 200 reply names a component schema, and the
 * schema of the spec's `HttpError` reply (what a non-2xx reply may be).
 */
export function specSchemasOf(spec: SpecDocument): SpecSchemas {
  const replySchemas: [string, string][] = [];
  for (const item of Object.values(spec.paths ?? {})) {
    for (const operation of Object.values(item)) {
      const schema = schemaOf(operation.responses?.['200']);
      const id = operation.operationId;
      if (id !== undefined && schema !== undefined) replySchemas.push([id, schema]);
    }
  }
  const errorSchema = schemaOf(spec.components?.responses?.HttpError);
  // Own members whatever a spec names its operations.
  return {
    replySchemas: Object.fromEntries(replySchemas),
    componentSchemas: spec.components?.schemas ?? {},
    ...(errorSchema === undefined ? {} : { errorSchema }),
  };
}

let loaded: SpecSchemas | undefined;

/** The installed `@blizwork/client`'s spec, read once, on first use (only conformance needs it). */
export function shippedSpecSchemas(): SpecSchemas {
  loaded ??= specSchemasOf(
    createRequire(import.meta.url)('@blizwork/client/openapi.json') as SpecDocument,
  );
  return loaded;
}
