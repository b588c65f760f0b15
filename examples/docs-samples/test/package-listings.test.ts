// Every published package is listed where users look for it: the package tables of both READMEs,
// and, when it has a library entry point, the API reference site (TypeDoc's entry points and the
// site's start page). The packages are read from their own manifests, so a new package fails here
// until it is listed, with no list of names to keep in this test.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureOf } from './helpers/markdown.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

interface Manifest {
  readonly name: string;
  readonly private?: boolean;
  readonly exports?: Readonly<Record<string, unknown>>;
}

/** The published packages under packages/: folder, name, and whether it exports a library. */
const PUBLISHED = readdirSync(new URL('packages/', root))
  .map((folder) => ({
    folder,
    manifest: JSON.parse(read(`packages/${folder}/package.json`)) as Manifest,
  }))
  .filter(({ manifest }) => manifest.private !== true)
  .map(({ folder, manifest }) => ({
    folder,
    name: manifest.name,
    library: Object.hasOwn(manifest.exports ?? {}, '.'),
  }));

/** The package names in the package column of a README's packages table (the section `heading`). */
function packagesTable(readme: string, heading: string): string[] {
  const { headings } = structureOf(readme);
  expect(headings.map(({ text }) => text)).toContain(heading);
  const section = readme.split(`\n## ${heading}\n`)[1]!.split('\n## ')[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|')[2]?.trim() ?? '')
    .filter((cell) => /^`@blizwork\/[\w-]+`$/.test(cell))
    .map((cell) => cell.slice(1, -1));
}

describe('every published package is listed', () => {
  it('finds the packages (the control)', () => {
    expect(PUBLISHED.map(({ name }) => name)).toContain('@blizwork/sdk');
    expect(PUBLISHED.map(({ name }) => name)).toContain('@blizwork/process-graph');
  });

  it.each([
    ['README.md', 'Packages'],
    ['README.es.md', 'Paquetes'],
  ])('in the package table of %s', (readme, heading) => {
    expect(packagesTable(read(readme), heading).sort()).toEqual(
      PUBLISHED.map(({ name }) => name).sort(),
    );
  });

  it('in the API reference site: a TypeDoc entry point and a row of its start page', () => {
    const { entryPoints } = JSON.parse(read('docs/typedoc.json')) as { entryPoints: string[] };
    const startPage = read('docs/index.md');
    for (const { folder, name } of PUBLISHED.filter(({ library }) => library)) {
      expect(entryPoints, name).toContain(`../packages/${folder}/src/index.ts`);
      expect(startPage, name).toContain(`{@link ${name}!}`);
    }
  });
});
