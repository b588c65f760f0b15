import { readJsonFile, type JsonFileProblem } from '../persistence/json-file.js';
import { defaultSeed } from './default-seed.js';
import { SeedError } from './seed-error.js';
import { assertSeedShape } from './seed-shape.js';
import type { Seed } from './seed-types.js';

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
  let parsed: unknown;
  try {
    parsed = await readJsonFile(seed);
  } catch (error) {
    // What is wrong and where (line, column), never the file's content: it may be anything.
    throw new SeedError(source, [`the file ${(error as JsonFileProblem).message}`]);
  }
  assertSeedShape(parsed, source);
  return { seed: parsed, source };
}
