import { readFile } from 'node:fs/promises';
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
