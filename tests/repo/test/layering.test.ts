// Every workspace package keeps to the layers declared in `layers.ts`: no import cycle (type-only
// imports included: a cycle makes module order matter and hides which module owns what) and no
// import from a lower layer up into a higher one.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PACKAGE_LAYERS, type PackageLayers } from '../layers.js';
import { layeringProblems } from './layering/check-layers.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('fixtures/layering/', import.meta.url));

describe('the layers of every workspace package', () => {
  it.each(PACKAGE_LAYERS.map((pkg) => [pkg.root, pkg] as const))(
    '%s has no import cycle and no upward import',
    async (_root, pkg) => {
      expect(await layeringProblems(pkg, join(REPO_ROOT, pkg.root))).toEqual([]);
    },
  );

  it('reports a cycle, an upward import and a file outside every layer', async () => {
    const fixture: PackageLayers = {
      root: 'fixture',
      layers: [
        { name: 'top', paths: ['top.ts'] },
        { name: 'middle', paths: ['cycle-a.ts', 'cycle-b.ts'] },
        { name: 'bottom', paths: ['bottom.ts'] },
      ],
    };
    const problems = await layeringProblems(fixture, FIXTURE);
    expect(problems).toEqual(
      expect.arrayContaining([
        'fixture: src/unplaced.ts belongs to no layer',
        expect.stringMatching(
          /^fixture: import cycle src\/cycle-[ab]\.ts -> src\/cycle-[ab]\.ts -> /,
        ),
        'fixture: upward import from layer "bottom": src/bottom.ts imports src/top.ts',
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('lets a declared known cycle pass', async () => {
    const fixture: PackageLayers = {
      root: 'fixture',
      layers: [
        { name: 'top', paths: ['top.ts', 'bottom.ts', 'unplaced.ts'] },
        { name: 'middle', paths: ['cycle-a.ts', 'cycle-b.ts'] },
      ],
      knownCycles: [{ reason: 'fixture', files: ['cycle-a.ts', 'cycle-b.ts'] }],
    };
    expect(await layeringProblems(fixture, FIXTURE)).toEqual([]);
  });
});
