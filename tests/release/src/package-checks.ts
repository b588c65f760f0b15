// What a published package must be, checked on its manifest as the registry serves it and on the
// folder a user's install made. Each check returns problems (sentences naming the package, what is
// wrong and how to fix it); an empty list means the package is fine.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unwantedPackageFiles } from '../../../scripts/package-contents.mjs';
import type { ReleasedPackage } from './workspace-release.js';

/** The manifest fields the checks read (a published package.json or a registry version entry). */
export interface PublishedManifest {
  name: string;
  version: string;
  license?: string;
  repository?: string | { url?: string };
  scripts?: Record<string, string>;
  gypfile?: boolean;
  hasInstallScript?: boolean;
  main?: string;
  module?: string;
  types?: string;
  typings?: string;
  bin?: string | Record<string, string>;
  exports?: unknown;
  typesVersions?: Record<string, Record<string, string[]>>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;

/** Lifecycle scripts that a registry install runs on the user's machine. */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];

/** Ranges that mean something only inside this workspace (or on the publisher's disk). */
const LOCAL_RANGE = /^(workspace|link|file|portal):/;

/** Problems of a published manifest: ranges users cannot resolve, install scripts. */
export function manifestProblems(manifest: PublishedManifest): string[] {
  const id = `${manifest.name}@${manifest.version}`;
  const problems: string[] = [];
  for (const field of DEPENDENCY_FIELDS) {
    for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
      if (LOCAL_RANGE.test(range)) {
        problems.push(
          `${id}: ${field}["${dependency}"] is "${range}", a workspace range that no user can ` +
            'install. Publish with pnpm (`pnpm run release:publish`), which rewrites it to the ' +
            'released version; `npm publish` does not.',
        );
      }
    }
  }
  for (const script of INSTALL_SCRIPTS) {
    if (manifest.scripts?.[script] !== undefined) {
      problems.push(
        `${id}: scripts.${script} ("${manifest.scripts[script]}") would run on every user's ` +
          'machine at install time; do that work at build time instead.',
      );
    }
  }
  const repository =
    typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  if (repository === undefined || repository === '') {
    problems.push(
      `${id}: no "repository" in package.json; npm publish --provenance rejects a package that ` +
        'does not name the GitHub repository it is built from.',
    );
  }
  if (manifest.license === undefined) problems.push(`${id}: no "license" in package.json.`);
  if (manifest.gypfile === true || manifest.hasInstallScript === true) {
    problems.push(`${id}: the registry marks it as running an install script (native build?).`);
  }
  return problems;
}

/** Every string target of an `exports` map, with the path of conditions that leads to it. */
function exportTargets(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value))
    return value.flatMap((item, index) => exportTargets(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => exportTargets(item, `${path}["${key}"]`));
  }
  return [];
}

/** The files a manifest points at (entry points, types, bins), each with the field that names it. */
export function referencedFiles(manifest: PublishedManifest): Array<[string, string]> {
  const references: Array<[string, string]> = [];
  for (const field of ['main', 'module', 'types', 'typings'] as const) {
    const target = manifest[field];
    if (target !== undefined) references.push([field, target]);
  }
  if (typeof manifest.bin === 'string') references.push(['bin', manifest.bin]);
  for (const [name, target] of Object.entries(
    typeof manifest.bin === 'object' ? manifest.bin : {},
  )) {
    references.push([`bin["${name}"]`, target]);
  }
  references.push(...exportTargets(manifest.exports, 'exports'));
  for (const [range, map] of Object.entries(manifest.typesVersions ?? {})) {
    for (const [subpath, targets] of Object.entries(map)) {
      for (const target of targets)
        references.push([`typesVersions["${range}"]["${subpath}"]`, target]);
    }
  }
  // A pattern (`./dist/*.mjs`) names no one file.
  return references.filter(([, target]) => !target.includes('*'));
}

/** Every file of an installed package, relative to its folder, `/`-separated. */
export function packageFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('node_modules/'));
}

/**
 * Problems of a package as a user's install left it in `dir`: everything {@link manifestProblems}
 * finds, plus a version or changelog other than the release's, files it points at but lacks,
 * files users never need, and a missing licence or README.
 */
export function installedPackageProblems(dir: string, release: ReleasedPackage): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PublishedManifest;
  const id = `${release.name} (installed from the registry)`;
  const problems = manifestProblems(manifest);
  if (manifest.version !== release.version) {
    problems.push(
      `${id}: version ${manifest.version}, but the changesets made ${release.version}.`,
    );
  }
  const files = packageFiles(dir);
  for (const [field, target] of referencedFiles(manifest)) {
    if (!existsSync(join(dir, target))) {
      problems.push(
        `${id}: package.json ${field} points to ${target}, which is not in the package ` +
          '(not built, or left out of "files").',
      );
    }
  }
  const unwanted = unwantedPackageFiles(files);
  if (unwanted.length > 0) {
    problems.push(
      `${id}: ships files users never need (sources, maps or tests): ${unwanted.join(', ')}. ` +
        'Narrow "files" in package.json or the build.',
    );
  }
  for (const [, target] of referencedFiles(manifest).filter(([field]) => field.startsWith('bin'))) {
    const bin = join(dir, target);
    if (existsSync(bin) && !readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')) {
      problems.push(`${id}: the bin ${target} does not start with "#!/usr/bin/env node".`);
    }
  }
  for (const required of ['LICENSE', 'README.md']) {
    if (!files.includes(required)) problems.push(`${id}: no ${required} in the package.`);
  }
  problems.push(
    ...changelogProblems(
      id,
      files.includes('CHANGELOG.md') ? readFileSync(join(dir, 'CHANGELOG.md'), 'utf8') : undefined,
      release,
    ),
  );
  return problems;
}

/** The changelog must be the one `changeset version` wrote: this version on top, every changeset in. */
function changelogProblems(
  id: string,
  changelog: string | undefined,
  release: ReleasedPackage,
): string[] {
  if (changelog === undefined) {
    return [`${id}: no CHANGELOG.md in the package (list it in "files").`];
  }
  const problems: string[] = [];
  const newest = /^## (.+)$/m.exec(changelog)?.[1];
  if (newest !== release.version) {
    problems.push(
      `${id}: CHANGELOG.md starts at ${newest ?? 'no version'}, not ${release.version}.`,
    );
  }
  if (changelog !== release.changelog) {
    problems.push(`${id}: CHANGELOG.md differs from the one \`changeset version\` wrote.`);
  }
  for (const summary of release.changesetSummaries) {
    if (!changelog.includes(summary)) {
      problems.push(`${id}: CHANGELOG.md lacks the changeset "${summary}".`);
    }
  }
  return problems;
}
