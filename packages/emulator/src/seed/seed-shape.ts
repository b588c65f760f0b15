import type { ErrorObject } from 'ajv/dist/2020.js';
import { seedJsonSchema } from '../generated/seed-schema.gen.js';
import { createAjv } from '../spec/ajv.js';
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
