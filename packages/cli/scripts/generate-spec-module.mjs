// Writes src/generated/response-schemas.gen.ts: the spec's component schemas and each read-only
// operation's reply schema name, from ../../spec/blizwork.openapi.yaml, for `doctor --conformance`.
// Byte-identical on every run (what `pnpm check:generated` relies on).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const spec = parse(readFileSync(here('../../../spec/blizwork.openapi.yaml'), 'utf8'));
const prefix = '#/components/schemas/';

const replySchemas = {};
for (const item of Object.values(spec.paths ?? {})) {
  for (const operation of Object.values(item)) {
    const ref = operation.responses?.['200']?.content?.['application/json']?.schema?.$ref;
    if (typeof ref === 'string' && ref.startsWith(prefix)) {
      replySchemas[operation.operationId] = ref.slice(prefix.length);
    }
  }
}

const text =
  '// generated, do not edit: written by packages/cli/scripts/generate-spec-module.mjs from spec/blizwork.openapi.yaml.\n' +
  '// Run `pnpm generate` at the repository root to regenerate.\n\n' +
  '/** The reply schema (a key of `componentSchemas`) of each operation, by operationId. */\n' +
  `export const replySchemas: Readonly<Record<string, string>> = ${JSON.stringify(replySchemas, null, 2)};\n\n` +
  "/** The spec's `components.schemas`. */\n" +
  `export const componentSchemas: Readonly<Record<string, unknown>> = ${JSON.stringify(spec.components?.schemas ?? {}, null, 2)};\n`;
mkdirSync(here('../src/generated/'), { recursive: true });
writeFileSync(here('../src/generated/response-schemas.gen.ts'), text);
