// Copies the spec the client is generated from into src/generated/, as YAML (byte for byte) and as
// JSON (converted with the `yaml` package), so `@blizwork/client/openapi.yaml` and
// `@blizwork/client/openapi.json` ship the exact document the published client was built from.
// Run by `pnpm generate`; `pnpm check:generated` fails when the copies are stale.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const specPath = fileURLToPath(new URL('../../../spec/blizwork.openapi.yaml', import.meta.url));
const outDir = new URL('../src/generated/', import.meta.url);

copyFileSync(specPath, new URL('openapi.yaml', outDir));
const json = JSON.stringify(parse(readFileSync(specPath, 'utf8')), null, 2);
writeFileSync(new URL('openapi.json', outDir), `${json}\n`);
