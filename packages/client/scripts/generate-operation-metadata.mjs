// Writes src/generated/operations.gen.ts: every generated operation of sdk.gen.ts, re-exported with
// what the spec says about it under the `~blizwork` key (operation id, path, the member names of its
// JSON request body, and `x-blizwork-retry-safe`). The SDK's `bw.raw()` reads that key to fill in
// `userId` and `environment`: this is the one place that knowledge comes from, and it comes from
// the spec, so it can never drift from the generated types. It is read from a property, not from
// `Function.name`, so it survives minification.
//
// Usage: node scripts/generate-operation-metadata.mjs [--spec <openapi.yaml>] [--out <folder>]
// (defaults: the repository's spec and src/generated; the API-change flow test points both at a
// temporary copy). The output depends only on the spec and sdk.gen.ts, so every run is identical.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { generatorArgs } from './generator-args.mjs';

const values = generatorArgs();

const spec = parse(readFileSync(values.spec, 'utf8'));
const sdkSource = readFileSync(join(values.out, 'sdk.gen.ts'), 'utf8');

/** Follows local `$ref`s (`#/components/...`) to the schema object they name. */
function resolve(schema, where) {
  const seen = new Set();
  while (schema && typeof schema.$ref === 'string') {
    if (seen.has(schema.$ref)) throw new Error(`${where}: circular $ref ${schema.$ref}`);
    seen.add(schema.$ref);
    if (!schema.$ref.startsWith('#/'))
      throw new Error(`${where}: only local $refs are supported, got ${schema.$ref}`);
    schema = schema.$ref
      .slice(2)
      .split('/')
      .reduce((node, key) => node?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], spec);
  }
  if (schema === undefined) throw new Error(`${where}: a $ref points at nothing`);
  return schema;
}

/** The property names of an object schema, following `$ref` and `allOf` (not `oneOf`/`anyOf`: a member of only some branches is not the operation's). */
function memberNames(schema, where) {
  const resolved = resolve(schema, where);
  const names = new Set(Object.keys(resolved?.properties ?? {}));
  for (const part of resolved?.allOf ?? [])
    for (const name of memberNames(part, where)) names.add(name);
  return [...names].sort();
}

const operations = [];
for (const [path, item] of Object.entries(spec.paths ?? {})) {
  for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
    const operation = item?.[method];
    if (!operation) continue;
    const where = `${method.toUpperCase()} ${path}`;
    const name = operation.operationId;
    if (typeof name !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(name)) {
      throw new Error(
        `${where}: give the operation an operationId that is a JavaScript identifier (got ${JSON.stringify(name)})`,
      );
    }
    if (!new RegExp(`^export const ${name} = `, 'm').test(sdkSource)) {
      throw new Error(
        `${where}: @hey-api/openapi-ts generated no function named ${name} in sdk.gen.ts`,
      );
    }
    const requestBody =
      operation.requestBody && resolve(operation.requestBody, `${where} requestBody`);
    const body = requestBody?.content?.['application/json']?.schema;
    operations.push({
      name,
      metadata: {
        operationId: name,
        method: method.toUpperCase(),
        path,
        bodyMembers: body ? memberNames(body, `${where} request body`) : [],
        retrySafe: operation['x-blizwork-retry-safe'] === true,
      },
    });
  }
}
operations.sort((a, b) => a.name.localeCompare(b.name));

const lines = [
  '// generated, do not edit: written by packages/client/scripts/generate-operation-metadata.mjs from',
  '// the OpenAPI spec. Run `pnpm generate` at the repository root to regenerate.',
  '',
  `import * as operations from './sdk.gen.js';`,
  '',
  '/** What the spec says about one operation, as `bw.raw()` of `@blizwork/sdk` reads it. */',
  'export interface OperationMetadata {',
  "  /** The spec's `operationId`, used in errors and logs (minification-proof, unlike `Function.name`). */",
  '  readonly operationId: string;',
  '  readonly method: string;',
  '  /** The path template, e.g. `/process/case/{token}/`. */',
  '  readonly path: string;',
  '  /** The property names of the JSON request body schema, sorted. */',
  '  readonly bodyMembers: readonly string[];',
  '  /** `x-blizwork-retry-safe`: sending the operation twice is harmless. */',
  '  readonly retrySafe: boolean;',
  '}',
  '',
  '/** An operation function carrying its {@link OperationMetadata} under the `~blizwork` key. */',
  "export type DescribedOperation<F, M extends OperationMetadata> = F & { readonly '~blizwork': M };",
  '',
  '// A bound copy, so the generated function itself is never mutated. Each call is marked pure so a',
  '// bundler drops the operations an application does not import.',
  'const describe = <F extends (...args: never[]) => unknown, const M extends OperationMetadata>(',
  '  operation: F,',
  '  metadata: M,',
  '): DescribedOperation<F, M> =>',
  "  Object.assign(operation.bind(undefined) as F, { '~blizwork': metadata });",
  '',
];
for (const { name, metadata } of operations) {
  lines.push(
    `export const ${name} = /* @__PURE__ */ describe(operations.${name}, ${JSON.stringify(metadata)});`,
    '',
  );
}
writeFileSync(join(values.out, 'operations.gen.ts'), lines.join('\n'));
