// Everything the emulator derives from an OpenAPI 3.1 document, in one self-contained module (no
// imports): `scripts/generate-spec-module.mjs` runs it on spec/blizwork.openapi.yaml to write
// src/generated/spec.gen.ts, and `startEmulator({ spec })` runs it on the caller's document at run
// time, so both read a spec the same way. It accepts what the client generator accepts: inline or
// `$ref` schemas, `$ref`s to `components/requestBodies`, `components/responses`,
// `components/parameters` and `components/examples`, and path-level parameters.

/** The HTTP methods an OpenAPI path item may hold operations for. */
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** An example reply of an operation: `found: false` when the spec gives none. */
export type ExampleReply =
  { readonly found: true; readonly value: unknown } | { readonly found: false };

/** One operation of a spec, as the emulator routes, validates and answers it. */
export interface DerivedOperation {
  /** The operation's `operationId` (e.g. `startCase`): unique in the document, never empty. */
  readonly operationId: string;
  /** Upper-case HTTP method, e.g. `POST`. */
  readonly method: string;
  /** The path template, e.g. `/init/{token}`. */
  readonly path: string;
  /**
   * The JSON request body's schema (inline or a `$ref`; local `$ref`s point into the document's
   * `components`), or undefined when the operation declares no JSON body.
   */
  readonly requestSchema: unknown;
  /** The JSON request example, or null. */
  readonly requestExample: unknown;
  /** Example values of path parameters (operation- and path-level), by name. */
  readonly pathParamExamples: Readonly<Record<string, string>>;
  /** The `200` reply's example (`example`, else the first of `examples`). */
  readonly exampleReply: ExampleReply;
  /**
   * The `200` reply's JSON schema (inline or a `$ref` into `components`), or undefined when the
   * spec gives none.
   */
  readonly replySchema: unknown;
}

/** What the emulator derives from a whole document. */
export interface DerivedSpec {
  /** `info.version`. */
  readonly version: string;
  /** The document's `components` (targets of local `$ref`s), verbatim. */
  readonly components: Readonly<Record<string, unknown>>;
  /** Every operation, in document order. */
  readonly operations: readonly DerivedOperation[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Thrown for a document the emulator cannot read; the message names the place and the fix. */
export class SpecDerivationError extends TypeError {
  /** Always `'SpecDerivationError'`. */
  override readonly name = 'SpecDerivationError';
}

/** Resolves a local JSON pointer (`#/components/...`) in the document. */
function resolvePointer(document: Json, ref: string, where: string): unknown {
  if (!ref.startsWith('#/')) {
    throw new SpecDerivationError(`${where}: only local $refs (#/...) are supported, got '${ref}'`);
  }
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    const container = isObject(node) || Array.isArray(node) ? (node as Json) : undefined;
    // Own members only: `#/components/schemas/constructor` points nowhere, not at a function.
    node = container !== undefined && Object.hasOwn(container, key) ? container[key] : undefined;
    if (node === undefined) throw new SpecDerivationError(`${where}: $ref '${ref}' points nowhere`);
  }
  return node;
}

/** Follows `$ref` chains of OpenAPI objects (request bodies, responses, parameters, examples). */
function deref(document: Json, value: unknown, where: string): unknown {
  let current = value;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops += 1) {
    if (hops > 32) throw new SpecDerivationError(`${where}: $ref cycle`);
    current = resolvePointer(document, current.$ref, where);
  }
  return current;
}

/** The `application/json` (or `+json`) media type of a content map. */
function jsonMedia(content: unknown): Json | undefined {
  if (!isObject(content)) return undefined;
  const key =
    Object.keys(content).find((type) => type.split(';')[0]?.trim() === 'application/json') ??
    Object.keys(content).find((type) => /^application\/[^;]*\+json/.test(type));
  const media = key !== undefined && Object.hasOwn(content, key) ? content[key] : undefined;
  return isObject(media) ? media : undefined;
}

/** A media type's example: `example`, else the first entry of `examples` (an Example object's `value`). */
function mediaExample(document: Json, media: Json | undefined, where: string): ExampleReply {
  if (media === undefined) return { found: false };
  if (media.example !== undefined) return { found: true, value: media.example };
  if (isObject(media.examples)) {
    const first = Object.values(media.examples)[0];
    if (first !== undefined) {
      const example = deref(document, first, `${where} examples`);
      if (isObject(example) && example.value !== undefined)
        return { found: true, value: example.value };
    }
  }
  return { found: false };
}

function pathParamExamples(
  document: Json,
  parameters: unknown[],
  where: string,
): Record<string, string> {
  const examples: [string, string][] = [];
  for (const raw of parameters) {
    const param = deref(document, raw, `${where} parameters`);
    if (isObject(param) && param.in === 'path' && typeof param.name === 'string') {
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a path parameter's example is a scalar (it goes in a URL)
      if (param.example !== undefined) examples.push([param.name, String(param.example)]);
    }
  }
  // Own properties whatever the parameters are named.
  return Object.fromEntries(examples);
}

function deriveOperation(
  document: Json,
  path: string,
  method: string,
  operation: Json,
  pathLevelParameters: unknown[],
): DerivedOperation {
  const where = `${method.toUpperCase()} ${path}`;
  if (typeof operation.operationId !== 'string' || operation.operationId === '') {
    throw new SpecDerivationError(`${where}: every operation needs an operationId`);
  }
  const requestBody = deref(document, operation.requestBody, `${where} requestBody`);
  const requestMedia = isObject(requestBody) ? jsonMedia(requestBody.content) : undefined;
  const reply = deref(document, (operation.responses as Json | undefined)?.['200'], `${where} 200`);
  const replyMedia = isObject(reply) ? jsonMedia(reply.content) : undefined;
  const operationParameters: unknown[] = Array.isArray(operation.parameters)
    ? operation.parameters
    : [];
  return {
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path,
    requestSchema: requestMedia?.schema,
    requestExample: requestMedia?.example ?? null,
    // Operation-level parameters override path-level ones of the same name: apply them last.
    pathParamExamples: pathParamExamples(
      document,
      [...pathLevelParameters, ...operationParameters],
      where,
    ),
    exampleReply: mediaExample(document, replyMedia, `${where} 200`),
    replySchema: replyMedia?.schema,
  };
}

/**
 * Reads the operations of a parsed OpenAPI 3.1 document. Throws a {@link SpecDerivationError}
 * naming the operation for what it cannot read (a missing operationId, a duplicate one, a `$ref`
 * that points nowhere or outside the document).
 */
export function deriveSpec(document: unknown): DerivedSpec {
  if (!isObject(document) || typeof document.openapi !== 'string') {
    throw new SpecDerivationError(
      'spec must be a parsed OpenAPI 3.1 document (an object with an `openapi` member); parse YAML first',
    );
  }
  const operations: DerivedOperation[] = [];
  const seen = new Set<string>();
  for (const [path, rawItem] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    const item = deref(document, rawItem, path);
    if (!isObject(item)) continue;
    const pathLevelParameters = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const derived = deriveOperation(document, path, method, operation, pathLevelParameters);
      if (seen.has(derived.operationId)) {
        throw new SpecDerivationError(
          `${method.toUpperCase()} ${path}: operationId '${derived.operationId}' is used twice`,
        );
      }
      seen.add(derived.operationId);
      operations.push(derived);
    }
  }
  const info = isObject(document.info) ? document.info : {};
  return {
    version: typeof info.version === 'string' ? info.version : '',
    components: isObject(document.components) ? document.components : {},
    operations,
  };
}
