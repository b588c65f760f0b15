// `@blizwork/emulator/core` must bundle for Bun, Deno, workers and browsers: nothing it reaches,
// in the sources or in the built files, may import a `node:` module (or a Node global module).
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const nodeModules = new Set(builtinModules);
/** The bare packages the core may use: they bundle for every runtime. */
const allowedPackages = ['ajv', 'ajv-formats', '@blizwork/client'];

/** Import specifiers of a module's code (comments, e.g. JSDoc examples, left out). */
const specifiersOf = (source: string): string[] =>
  [
    ...source
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      .matchAll(
        /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
      ),
  ].map((match) => match[1] ?? match[2] ?? '');

/** Every file the entry reaches through relative imports, with the bare specifiers it imports. */
function walk(entry: string, resolveRelative: (from: string, specifier: string) => string) {
  const seen = new Set<string>();
  const bare = new Map<string, string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) pending.push(resolveRelative(file, specifier));
      else bare.set(specifier, file);
    }
  }
  return { files: seen, bare };
}

const isNodeModule = (specifier: string): boolean =>
  specifier.startsWith('node:') || nodeModules.has(specifier.split('/')[0] ?? '');

describe('the core entry imports no Node module', () => {
  it('in the sources', () => {
    const { files, bare } = walk(join(packageDir, 'src/core.ts'), (from, specifier) =>
      resolve(dirname(from), specifier.replace(/\.js$/, '.ts')),
    );
    expect(files.size).toBeGreaterThan(20);
    const offending = [...bare].filter(([specifier]) => isNodeModule(specifier));
    expect(offending).toEqual([]);
    const packages = [...bare.keys()].map((specifier) =>
      specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier.split('/')[0],
    );
    expect(packages.filter((name) => !allowedPackages.includes(name ?? ''))).toEqual([]);
    // The Node side is really left out: the server adapter and persistence are not reached.
    expect([...files].some((file) => file.includes(`${join('src', 'node')}`))).toBe(false);
  });

  it('in the built files', () => {
    const entry = join(packageDir, 'dist/core.mjs');
    expect(existsSync(entry), 'run `pnpm build` first').toBe(true);
    const { files, bare } = walk(entry, (from, specifier) => resolve(dirname(from), specifier));
    expect(files.size).toBeGreaterThan(1);
    expect([...bare.keys()].filter(isNodeModule)).toEqual([]);
  });

  it('declares createEmulator under its own name in the built types', () => {
    // A bundler's shared chunk once took the entry's file name, leaving mangled export names there.
    for (const file of ['dist/core.d.mts', 'dist/core.d.cts']) {
      const types = readFileSync(join(packageDir, file), 'utf8');
      expect(types).toMatch(/export \{[^}]*\bcreateEmulator\b(?! as)[^}]*\}/);
    }
  });
});
