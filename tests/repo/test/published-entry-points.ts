// Every public entry point of every published package, read from the packages' own manifests, so
// a new package or a new subpath export is covered by the API report without editing this list.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One `exports` entry of a published package that ships type declarations. */
export interface PublishedEntryPoint {
  /** The package's name, e.g. `@blizwork/sdk`. */
  packageName: string;
  /** The import specifier users write, e.g. `@blizwork/sdk/extension`. */
  specifier: string;
  /** The package's folder. */
  packageDir: string;
  /** The ESM declaration file of the entry (built `dist`). */
  declarationFile: string;
  /** The report's file name without extension, e.g. `sdk` or `sdk-extension`. */
  reportName: string;
  /** The ESM declaration file of the entry's `node` condition build, when it has one. */
  nodeDeclarationFile?: string;
}

interface Manifest {
  name: string;
  private?: boolean;
  exports?: Record<string, unknown>;
}

/** The repository root, from this file's location (tests/repo/test). */
export const repositoryRoot = join(import.meta.dirname, '..', '..', '..');

const importTypesOf = (target: unknown): string | undefined => {
  if (typeof target !== 'object' || target === null) return undefined;
  const conditions = target as Record<string, unknown>;
  const esm = conditions.import;
  if (typeof esm === 'object' && esm !== null) {
    const types = (esm as Record<string, unknown>).types;
    if (typeof types === 'string') return types;
  }
  return typeof conditions.types === 'string' ? conditions.types : undefined;
};

/** Lists the typed entry points of every non-private package under `packages/`. */
export const publishedEntryPoints = (): PublishedEntryPoint[] => {
  const packagesDir = join(repositoryRoot, 'packages');
  return readdirSync(packagesDir).flatMap((folder) => {
    const packageDir = join(packagesDir, folder);
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Manifest;
    if (manifest.private === true) return [];
    return Object.entries(manifest.exports ?? {}).flatMap(([subpath, target]) => {
      const types = importTypesOf(target);
      if (types === undefined) return [];
      const suffix = subpath === '.' ? '' : subpath.slice(1);
      const nodeTypes = importTypesOf((target as Record<string, unknown>).node);
      return [
        {
          packageName: manifest.name,
          specifier: manifest.name + suffix,
          packageDir,
          declarationFile: join(packageDir, types),
          reportName: (folder + suffix).replaceAll('/', '-'),
          ...(nodeTypes === undefined ? {} : { nodeDeclarationFile: join(packageDir, nodeTypes) }),
        },
      ];
    });
  });
};
