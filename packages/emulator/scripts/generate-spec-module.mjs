// Writes src/generated/spec.gen.ts (what the emulator derives from ../../spec/blizwork.openapi.yaml:
// operations, operation ids, example replies, components), src/generated/operation-bodies.gen.ts
// (each operation's request body type, named from @blizwork/client's generated types) and
// src/generated/seed-schema.gen.ts (the seed JSON Schema from ./seed.schema.json), then copies the
// folder README. The spec is read by src/spec/derive-spec.ts, the same module `startEmulator({ spec })`
// runs at run time (transpiled here with esbuild, since this script runs before the build). The
// output depends only on those inputs, so every run is byte-identical: `pnpm check:generated`
// relies on it.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { parse } from 'yaml';

const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));

// `--spec <file>` and `--out <dir>` generate from another spec into another folder (for tests of the
// whole "the API changed" flow on a temporary copy); the defaults are the committed locations.
const { values: args } = parseArgs({
  options: { spec: { type: 'string' }, out: { type: 'string' } },
});
const specPath =
  args.spec === undefined ? here('../../../spec/blizwork.openapi.yaml') : resolve(args.spec);
const seedSchemaPath = here('../seed.schema.json');
const outDir = args.out === undefined ? here('../src/generated/') : resolve(args.out) + sep;

/** Loads src/spec/derive-spec.ts (self-contained TypeScript) as an ES module. */
async function loadDerivation() {
  const result = await build({
    entryPoints: [here('../src/spec/derive-spec.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const header = (source) =>
  `// generated, do not edit: written by packages/emulator/scripts/generate-spec-module.mjs from ${source}.\n` +
  '// Run `pnpm generate` at the repository root to regenerate.\n';

const json = (value) => JSON.stringify(value, null, 2);

/** The name @hey-api/typescript gives an operation's request type: PascalCase(operationId) + `Data`. */
const clientDataTypeName = (operationId) =>
  operationId
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('') + 'Data';

const { deriveSpec } = await loadDerivation();
const spec = parse(readFileSync(specPath, 'utf8'));
const derived = deriveSpec(spec);
const ids = derived.operations.map((operation) => operation.operationId);

const specModule =
  header('spec/blizwork.openapi.yaml') +
  "import type { DerivedSpec } from '../spec/derive-spec.js';\n\n" +
  '/** The operationId of every operation of the spec. */\n' +
  `export type OperationId =\n${ids.map((id) => `  | ${JSON.stringify(id)}`).join('\n')};\n\n` +
  '/** Every operationId of the spec, in spec order. */\n' +
  `export const operationIds: readonly OperationId[] = ${json(ids)};\n\n` +
  '/** What the emulator derives from the spec (see `deriveSpec`), computed when generated. */\n' +
  `export const builtInSpec: DerivedSpec = ${json(derived)};\n`;

const bodiesModule =
  header('spec/blizwork.openapi.yaml') +
  '// Type-only: the emulator takes its request body types from the client generated from the same\n' +
  '// spec (a devDependency, erased at build), so no body shape is ever copied by hand.\n' +
  "import type * as Client from '@blizwork/client';\n\n" +
  '/** The JSON request body of each operation, by operationId. */\n' +
  'export interface OperationRequestBodies {\n' +
  ids.map((id) => `  ${JSON.stringify(id)}: Client.${clientDataTypeName(id)}['body'];\n`).join('') +
  '}\n';

// The seed's `plan` names are the spec's plans (`x-blizwork-plans`, the one place they are
// defined): written into seed.schema.json's `plan` enum (the shipped file editors read) and so into
// seedJsonSchema. Only the repository's own seed schema is rewritten, never on a --spec run.
const planIds = Object.keys(spec['x-blizwork-plans']?.plans ?? {});
const PLAN_ENUM = /("plan": \{\s*"enum": )\[[^\]]*\]/;
let seedSchemaText = readFileSync(seedSchemaPath, 'utf8');
if (!PLAN_ENUM.test(seedSchemaText)) {
  throw new Error('seed.schema.json: expected a company `plan` with an `enum` to fill in');
}
if (args.spec === undefined && planIds.length > 0) {
  const filled = seedSchemaText.replace(
    PLAN_ENUM,
    `$1${JSON.stringify(planIds).replaceAll(',', ', ')}`,
  );
  if (filled !== seedSchemaText) writeFileSync(seedSchemaPath, filled);
  seedSchemaText = filled;
}
const seedSchema = JSON.parse(seedSchemaText);
const seedModule =
  header('packages/emulator/seed.schema.json') +
  '\n' +
  '/** The JSON Schema (draft 2020-12) every emulator seed must satisfy. */\n' +
  `export const seedJsonSchema: Readonly<Record<string, unknown>> = ${json(seedSchema)};\n`;

mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}spec.gen.ts`, specModule);
writeFileSync(`${outDir}operation-bodies.gen.ts`, bodiesModule);
writeFileSync(`${outDir}seed-schema.gen.ts`, seedModule);
copyFileSync(here('./generated-readme.md'), `${outDir}README.md`);
console.log(
  `Wrote spec.gen.ts, operation-bodies.gen.ts, seed-schema.gen.ts and README.md to ${outDir}`,
);
