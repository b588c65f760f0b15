// `doctor --conformance`: read-only calls whose replies are validated against the spec's reply
// schemas. Each difference is reported with its JSON path and the rule it breaks, never with the
// value (it may be personal data); the token is never in a reply path or message.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { shippedSpecSchemas } from './spec-schemas.js';

/** One way a reply differs from the spec. */
export interface Difference {
  /** JSON pointer in the reply, e.g. `/payload/history/0/updatedOn`. */
  path: string;
  /** `missing`, `extra`, `mistyped` or another JSON Schema rule. */
  kind: string;
  /** What the spec expects, without the value seen. */
  expected: string;
}

const SPEC_ID = 'https://blizwork.local/openapi.json';

let ajv: Ajv2020 | undefined;
function validator(): Ajv2020 {
  if (ajv === undefined) {
    // Not strict: the spec carries OpenAPI annotations (example, x-*) that are not JSON Schema.
    ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const { componentSchemas } = shippedSpecSchemas();
    ajv.addSchema({ $id: SPEC_ID, components: { schemas: componentSchemas } });
  }
  return ajv;
}

function describe(error: ErrorObject): Difference {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {
        path: `${error.instancePath}/${String(params.missingProperty)}`,
        kind: 'missing',
        expected: 'a required property',
      };
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = params.additionalProperty ?? params.unevaluatedProperty;
      return {
        path: `${error.instancePath}/${String(name)}`,
        kind: 'extra',
        expected: 'no such property',
      };
    }
    case 'type':
      return {
        path: error.instancePath || '/',
        kind: 'mistyped',
        expected: `type ${String(params.type)}`,
      };
    case 'if':
    case 'anyOf':
    case 'allOf':
      // The branch's own errors say what is wrong; these only repeat that a branch failed.
      return { path: '', kind: '', expected: '' };
    default:
      return {
        path: error.instancePath || '/',
        kind: error.keyword,
        expected: error.message ?? error.keyword,
      };
  }
}

/**
 * The differences between `reply` and the spec's schema for it (none: conforms): the operation's
 * reply schema for HTTP 200 (with its required members, such as `payload` on a success), the
 * spec's `HttpError` schema for any other status.
 */
export function checkReply(operationId: string, reply: unknown, httpStatus = 200): Difference[] {
  const schemas = shippedSpecSchemas();
  const replySchema = Object.hasOwn(schemas.replySchemas, operationId)
    ? schemas.replySchemas[operationId]
    : undefined;
  const schemaName = httpStatus === 200 ? replySchema : schemas.errorSchema;
  if (schemaName === undefined) {
    throw new Error(`The spec has no reply schema for ${operationId} (HTTP ${httpStatus})`);
  }
  const validate = validator().getSchema(`${SPEC_ID}#/components/schemas/${schemaName}`);
  if (validate === undefined) throw new Error(`The spec has no schema ${schemaName}`);
  if (validate(reply)) return [];
  const seen = new Set<string>();
  return (validate.errors ?? []).map(describe).filter((difference) => {
    const id = JSON.stringify(difference);
    return difference.kind === '' || seen.has(id) ? false : (seen.add(id), true);
  });
}
