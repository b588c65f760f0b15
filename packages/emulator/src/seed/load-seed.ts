import { readFile } from 'node:fs/promises';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { seedJsonSchema } from '../generated/seed-schema.gen.js';
import { createAjv } from '../spec/ajv.js';
import { defaultSeed } from './default-seed.js';
import { SeedError } from './seed-error.js';
import type { Seed } from './seed-types.js';

let validateSeedSchema: ReturnType<ReturnType<typeof createAjv>['compile']> | undefined;

/** `/processes/0/forms` -> `processes[0].forms`. */
const seedPath = (error: ErrorObject): string =>
  error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '') || 'seed';

/** Checks a value against `seed.schema.json`; throws a SeedError listing every problem. */
export function assertSeedShape(value: unknown, source: string): asserts value is Seed {
  validateSeedSchema ??= createAjv({}, true).compile(seedJsonSchema);
  if (validateSeedSchema(value)) return;
  const problems = (validateSeedSchema.errors ?? []).map((error) => {
    const params = error.params as Record<string, unknown>;
    const detail =
      error.keyword === 'additionalProperties'
        ? `unknown property '${String(params.additionalProperty)}'`
        : (error.message ?? 'is invalid');
    return `${seedPath(error)}: ${detail}`;
  });
  throw new SeedError(source, problems);
}

/** Resolves the `seed` option: the default seed, a Seed object, or a path to a JSON seed file. */
export async function loadSeed(
  seed: Seed | string | undefined,
): Promise<{ seed: Seed; source: string }> {
  if (seed === undefined) return { seed: defaultSeed, source: 'default seed' };
  if (typeof seed !== 'string') {
    assertSeedShape(seed, 'seed option');
    return { seed, source: 'seed option' };
  }
  const source = `seed file ${seed}`;
  let text: string;
  try {
    text = await readFile(seed, 'utf8');
  } catch (error) {
    throw new SeedError(source, [`cannot read the file: ${(error as Error).message}`]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SeedError(source, [`not valid JSON: ${(error as Error).message}`]);
  }
  assertSeedShape(parsed, source);
  return { seed: parsed, source };
}
