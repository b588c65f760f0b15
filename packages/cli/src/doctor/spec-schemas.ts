// The spec's reply schemas for `doctor --conformance`, read from the spec `@blizwork/client` ships
// (`@blizwork/client/openapi.json`): the exact document the installed client was generated from,
// so the CLI keeps no copy of its own that could drift from it.
import { createRequire } from 'node:module';

/** The parts of an OpenAPI document `doctor --conformance` reads. */
interface SpecDocument {
  paths?: Record<string, Record<string, SpecOperation>>;
  components?: { schemas?: Record<string, unknown> };
}

/** An operation, reduced to its id and its 200 reply's JSON schema reference. */
interface SpecOperation {
  operationId?: string;
  responses?: Record<string, { content?: Record<string, { schema?: { $ref?: unknown } }> }>;
}

/** What conformance checks need: reply schema names by operationId, and the schemas themselves. */
export interface SpecSchemas {
  /** The reply schema (a key of `componentSchemas`) of each operation, by operationId. */
  replySchemas: Readonly<Record<string, string>>;
  /** The spec's `components.schemas`. */
  componentSchemas: Readonly<Record<string, unknown>>;
}

const SCHEMA_PREFIX = '#/components/schemas/';

/** Reads the reply schemas of every operation whose 200 reply names a component schema. */
export function specSchemasOf(spec: SpecDocument): SpecSchemas {
  const replySchemas: [string, string][] = [];
  for (const item of Object.values(spec.paths ?? {})) {
    for (const operation of Object.values(item)) {
      const ref = operation.responses?.['200']?.content?.['application/json']?.schema?.$ref;
      const id = operation.operationId;
      if (id !== undefined && typeof ref === 'string' && ref.startsWith(SCHEMA_PREFIX)) {
        replySchemas.push([id, ref.slice(SCHEMA_PREFIX.length)]);
      }
    }
  }
  // Own members whatever a spec names its operations.
  return {
    replySchemas: Object.fromEntries(replySchemas),
    componentSchemas: spec.components?.schemas ?? {},
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
