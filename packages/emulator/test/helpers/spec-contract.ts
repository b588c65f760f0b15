// Reply validation for contract tests, read straight from spec/blizwork.openapi.yaml (not from the
// generated module, so a generator bug cannot hide a contract break).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { createAjv } from '../../src/spec/ajv.js';
import type { OperationId } from '../../src/generated/spec.gen.js';

interface SpecDocument {
  paths: Record<string, { post: SpecPost }>;
  components: { schemas: Record<string, unknown> };
}

interface SpecPost {
  operationId: OperationId;
  parameters?: { name: string; in: string; example?: string }[];
  requestBody: { content: { 'application/json': { example: unknown; schema: SpecSchema } } };
  responses: Record<string, { content?: { 'application/json': SpecMedia } }>;
}

/** A reply's media type as the spec writes it. */
interface SpecMedia {
  schema: SpecSchema;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

/** A schema as the spec writes it: a `$ref` to `components/schemas` or inline. */
interface SpecSchema {
  $ref?: string;
  properties?: Record<string, unknown>;
  required?: string[];
}

/** An operation of the spec as the tests use it. */
export interface ContractOperation {
  readonly operationId: OperationId;
  readonly path: string;
  /** Properties of the request schema, and which of them are required. */
  readonly requestProperties: readonly string[];
  readonly requiredProperties: readonly string[];
  readonly requestExample: unknown;
  readonly pathParamExamples: Record<string, string>;
  readonly validateReply: ValidateFunction;
  /** The 200 reply's `example` (else the first of its `examples`): what the emulator answers without a handler. */
  readonly replyExample:
    { readonly found: true; readonly value: unknown } | { readonly found: false };
}

/** A reply's example: `example`, else the first inline entry of `examples`. */
const exampleOf = (media: SpecMedia | undefined): ContractOperation['replyExample'] => {
  if (media !== undefined && Object.hasOwn(media, 'example'))
    return { found: true, value: media.example };
  const first = Object.values(media?.examples ?? {})[0];
  return first !== undefined && Object.hasOwn(first, 'value')
    ? { found: true, value: first.value }
    : { found: false };
};

/** The spec, parsed. */
export const specDocument = parse(
  readFileSync(
    fileURLToPath(new URL('../../../../spec/blizwork.openapi.yaml', import.meta.url)),
    'utf8',
  ),
) as SpecDocument;

const SPEC_ID = 'urn:test:spec';
const ajv = createAjv(specDocument.components.schemas, true);
ajv.addSchema({ $id: SPEC_ID, components: { schemas: specDocument.components.schemas } });

/** A validator for `#/components/schemas/<name>`. */
export const schemaValidator = (name: string): ValidateFunction =>
  ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/${name}` });

const validateAnyEnvelope = schemaValidator('AnyEnvelope');

/** A schema with its `$ref` to `components/schemas` followed once (inline schemas as they are). */
const resolveSchema = (schema: SpecSchema | undefined): SpecSchema =>
  schema?.$ref === undefined
    ? (schema ?? {})
    : (specDocument.components.schemas[schema.$ref.replace('#/components/schemas/', '')] ?? {});

/** Points local `$ref`s of an inline schema at the registered spec. */
const anchorRefs = (node: unknown): unknown =>
  JSON.parse(JSON.stringify(node ?? {}).replaceAll('"$ref":"#/', `"$ref":"${SPEC_ID}#/`));

/** Every operation of the spec, by operationId. */
export const contractOperations: ReadonlyMap<OperationId, ContractOperation> = new Map(
  Object.entries(specDocument.paths).map(([path, { post }]) => {
    const request = post.requestBody.content['application/json'];
    const requestSchema = resolveSchema(request.schema);
    const replyMedia = post.responses['200']?.content?.['application/json'];
    const pathParamExamples: Record<string, string> = {};
    for (const param of post.parameters ?? []) {
      if (param.in === 'path' && param.example !== undefined)
        pathParamExamples[param.name] = param.example;
    }
    return [
      post.operationId,
      {
        operationId: post.operationId,
        path,
        requestProperties: Object.keys(requestSchema.properties ?? {}),
        requiredProperties: requestSchema.required ?? [],
        requestExample: request.example,
        pathParamExamples,
        validateReply: ajv.compile(anchorRefs(replyMedia?.schema) as object),
        replyExample: exampleOf(replyMedia),
      },
    ];
  }),
);

/**
 * Throws when a reply breaks the spec: the operation's 200 schema for HTTP 200, the HttpError
 * envelope (`AnyEnvelope`) for any other status.
 */
export function assertReplyMatchesSpec(
  operationId: OperationId | undefined,
  status: number,
  body: unknown,
): void {
  const validate =
    status === 200 && operationId !== undefined
      ? contractOperations.get(operationId)?.validateReply
      : validateAnyEnvelope;
  if (validate === undefined) throw new Error(`unknown operation ${String(operationId)}`);
  if (!validate(body)) {
    throw new Error(
      `reply of ${String(operationId)} (HTTP ${status}) breaks the spec: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body)}`,
    );
  }
}
