// Writes src/generated/spec.gen.ts (schemas and operation table from ../../spec/blizwork.openapi.yaml)
// and src/generated/seed-schema.gen.ts (the seed JSON Schema from ./seed.schema.json), then copies the
// folder README. The output depends only on those inputs, so every run is byte-identical: this is
// what `pnpm check:generated` relies on.
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const specPath = here('../../../spec/blizwork.openapi.yaml');
const seedSchemaPath = here('../seed.schema.json');
const outDir = here('../src/generated/');

const header = (source) =>
  `// generated, do not edit: written by packages/emulator/scripts/generate-spec-module.mjs from ${source}.\n` +
  '// Run `pnpm generate` at the repository root to regenerate.\n';

const schemaRefName = (ref, where) => {
  const prefix = '#/components/schemas/';
  if (typeof ref !== 'string' || !ref.startsWith(prefix)) {
    throw new Error(`${where}: expected a $ref to ${prefix}<name>, got ${JSON.stringify(ref)}`);
  }
  return ref.slice(prefix.length);
};

function readOperations(spec) {
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (method !== 'post') throw new Error(`${path}: only POST operations are supported`);
      const where = `${method.toUpperCase()} ${path}`;
      const json = operation.requestBody?.content?.['application/json'];
      const reply = operation.responses?.['200']?.content?.['application/json'];
      const pathParams = {};
      for (const param of operation.parameters ?? []) {
        if (param.in === 'path' && param.name !== undefined && param.example !== undefined) {
          pathParams[param.name] = param.example;
        }
      }
      operations.push({
        operationId: operation.operationId,
        path,
        requestSchema: schemaRefName(json?.schema?.$ref, `${where} request`),
        replySchema: schemaRefName(reply?.schema?.$ref, `${where} reply`),
        requestExample: json?.example ?? null,
        pathParamExamples: pathParams,
      });
    }
  }
  return operations;
}

const json = (value) => JSON.stringify(value, null, 2);

const spec = parse(readFileSync(specPath, 'utf8'));
const specModule =
  header('spec/blizwork.openapi.yaml') +
  '\n' +
  '/** One POST operation of the spec: its path template, schema names and example request. */\n' +
  'export interface SpecOperation {\n' +
  '  readonly operationId: string;\n' +
  '  readonly path: string;\n' +
  '  readonly requestSchema: string;\n' +
  '  readonly replySchema: string;\n' +
  '  readonly requestExample: unknown;\n' +
  '  readonly pathParamExamples: Readonly<Record<string, string>>;\n' +
  '}\n\n' +
  '/** The spec version these tables were generated from. */\n' +
  `export const specVersion = ${json(spec.info?.version ?? '')};\n\n` +
  '/** `components.schemas` of the spec, verbatim (JSON Schema draft 2020-12 plus OpenAPI annotations). */\n' +
  `export const specSchemas: Readonly<Record<string, unknown>> = ${json(spec.components?.schemas ?? {})};\n\n` +
  '/** Every operation of the spec, in spec order. */\n' +
  `export const specOperations: readonly SpecOperation[] = ${json(readOperations(spec))};\n`;

const seedSchema = JSON.parse(readFileSync(seedSchemaPath, 'utf8'));
const seedModule =
  header('packages/emulator/seed.schema.json') +
  '\n' +
  '/** The JSON Schema (draft 2020-12) every emulator seed must satisfy. */\n' +
  `export const seedJsonSchema: Readonly<Record<string, unknown>> = ${json(seedSchema)};\n`;

mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}spec.gen.ts`, specModule);
writeFileSync(`${outDir}seed-schema.gen.ts`, seedModule);
copyFileSync(here('./generated-readme.md'), `${outDir}README.md`);
console.log('Wrote src/generated/spec.gen.ts, src/generated/seed-schema.gen.ts and README.md');
