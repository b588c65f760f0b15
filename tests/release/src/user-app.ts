// The small app a user writes against the installed packages: the README's quick start (the
// compiled, tested example file, so it follows the README), run against the installed emulator as
// ES module and as CommonJS; a file that imports every entry point the packages export, type-checked
// by the user's own TypeScript under `node16`, `nodenext` and `bundler` resolution; and scripts
// that load every entry point at run time with `import()` and `require()`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { CommandError, run } from './command.js';
import { repositoryRoot } from './environment.js';
import type { PublishedManifest } from './package-checks.js';
import type { UserProject } from './user-project.js';

/** The README's quick start as compiled, tested code (it exports `readmeExample(options)`). */
export const quickStartSource = join(
  repositoryRoot,
  'examples',
  'quick-start',
  'src',
  'readme-example.ts',
);

/** A module format the quick start runs in. */
export type ModuleFormat = 'esm' | 'cjs';

const RUNNERS: Record<ModuleFormat, string> = {
  esm: `import { startEmulator } from '@blizwork/emulator';
import { readmeExample } from './readme-example.mjs';

const emulator = await startEmulator({ port: 0 });
try {
  console.log(JSON.stringify(await readmeExample(emulator.clientOptions)));
} finally {
  await emulator.close();
}
`,
  cjs: `const { startEmulator } = require('@blizwork/emulator');
const { readmeExample } = require('./readme-example.cjs');

(async () => {
  const emulator = await startEmulator({ port: 0 });
  try {
    console.log(JSON.stringify(await readmeExample(emulator.clientOptions)));
  } finally {
    await emulator.close();
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`,
};

/** Writes the quick start, compiled to ESM and CJS, and a runner for each into the project. */
export function writeQuickStart(project: UserProject): void {
  const source = readFileSync(quickStartSource, 'utf8');
  for (const [format, module, extension] of [
    ['esm', ts.ModuleKind.ESNext, 'mjs'],
    ['cjs', ts.ModuleKind.CommonJS, 'cjs'],
  ] as const) {
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    });
    writeFileSync(join(project.dir, `readme-example.${extension}`), outputText);
    writeFileSync(join(project.dir, `run-quick-start.${extension}`), RUNNERS[format]);
  }
}

/** Runs the quick start in `format` with the project's runtime; returns the lines it printed. */
export async function runQuickStart(project: UserProject, format: ModuleFormat): Promise<string[]> {
  const { stdout } = await run(
    project.runtime,
    [`run-quick-start.${format === 'esm' ? 'mjs' : 'cjs'}`],
    {
      cwd: project.dir,
      env: project.env,
    },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as string[];
}

/** One import specifier a package exports (`@blizwork/sdk/extension`), and whether it has types. */
export interface ExportedEntryPoint {
  specifier: string;
  typed: boolean;
}

/** The entry points of an installed package, from its `exports` map (`./package.json` left out). */
export function exportedEntryPoints(manifest: PublishedManifest): ExportedEntryPoint[] {
  const exportsMap = (manifest.exports ?? {}) as Record<string, unknown>;
  return Object.entries(exportsMap)
    .filter(([subpath]) => subpath !== './package.json' && !subpath.includes('*'))
    .map(([subpath, target]) => ({
      specifier: manifest.name + subpath.slice(1),
      typed: typeof target === 'object' && JSON.stringify(target).includes('"types"'),
    }));
}

const identifier = (specifier: string): string => specifier.replace(/[^A-Za-z0-9]+/g, '_');

/** The resolutions a user's tsconfig may use, and the `module` setting each goes with. */
export const RESOLUTIONS = {
  node16: 'node16',
  nodenext: 'nodenext',
  bundler: 'preserve',
} as const;

/** A TypeScript `moduleResolution` the app is checked under. */
export type Resolution = keyof typeof RESOLUTIONS;

/**
 * Writes the app that TypeScript checks: the quick start, an ES module and a CommonJS module (`.cts`)
 * importing every typed entry point, and one tsconfig per resolution.
 */
export function writeTypeCheckApp(project: UserProject, entryPoints: ExportedEntryPoint[]): void {
  const typed = entryPoints.filter((entry) => entry.typed);
  const names = typed.map((entry) => identifier(entry.specifier));
  writeFileSync(join(project.dir, 'readme-example.ts'), readFileSync(quickStartSource, 'utf8'));
  writeFileSync(
    join(project.dir, 'entry-points.ts'),
    typed
      .map((entry, index) => `import * as ${names[index]} from '${entry.specifier}';\n`)
      .join('') + `export const modules: object[] = [${names.join(', ')}];\n`,
  );
  writeFileSync(
    join(project.dir, 'entry-points-cjs.cts'),
    typed
      .map((entry, index) => `import ${names[index]} = require('${entry.specifier}');\n`)
      .join('') + `export const modules: object[] = [${names.join(', ')}];\n`,
  );
  for (const [resolution, module] of Object.entries(RESOLUTIONS)) {
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        module,
        moduleResolution: resolution,
        strict: true,
        // The packages' own declarations are checked too, not only what the app uses.
        skipLibCheck: false,
        noEmit: true,
        types: ['node'],
      },
      files: ['readme-example.ts', 'entry-points.ts', 'entry-points-cjs.cts'],
    };
    writeFileSync(
      join(project.dir, `tsconfig.${resolution}.json`),
      JSON.stringify(tsconfig, null, 2),
    );
  }
}

/** One `tsc` diagnostic: `file(line,col): error TSxxxx: message`, with its continuation lines. */
const DIAGNOSTIC = /^(\S[^(]*)\(\d+,\d+\): error /;

/**
 * `tsc --noEmit` with the project's own TypeScript under `resolution`. Rejects with the errors in
 * the app and in the `@blizwork/*` declarations; errors in other packages' declarations are not
 * ours to fix and are left out (e.g. ioredis 6's declarations import `redis-errors`, whose types
 * ioredis lists only as its own devDependency, so `skipLibCheck: false` fails on them in any app).
 */
export async function typeCheck(project: UserProject, resolution: Resolution): Promise<void> {
  const tsc = join(project.dir, 'node_modules', '.bin', 'tsc');
  try {
    await run(tsc, ['-p', `tsconfig.${resolution}.json`], { cwd: project.dir, env: project.env });
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    const lines = error.output.stdout.split('\n').filter((line) => line.trim() !== '');
    // No diagnostic at all: tsc failed for another reason (a crash), which is ours.
    if (!lines.some((line) => DIAGNOSTIC.test(line))) throw error;
    const ours: string[] = [];
    let keep = false;
    for (const line of lines) {
      const file = DIAGNOSTIC.exec(line)?.[1];
      if (file !== undefined)
        keep = !file.startsWith('node_modules/') || file.startsWith('node_modules/@blizwork/');
      // An error that names no file (a configuration error) is ours; indented lines continue the last.
      else if (!/^\s/.test(line)) keep = true;
      if (keep) ours.push(line);
    }
    if (ours.length > 0) {
      throw new Error(`tsc under ${resolution} resolution failed:\n${ours.join('\n')}`, {
        cause: error,
      });
    }
  }
}

/**
 * Loads every entry point at run time, with `import()` from an ES module and `require()` from a
 * CommonJS one (a data file such as `openapi.yaml` is only resolved); rejects naming the first that
 * fails.
 */
export async function loadEntryPoints(
  project: UserProject,
  entryPoints: ExportedEntryPoint[],
): Promise<void> {
  const specifiers = JSON.stringify(entryPoints.map((entry) => entry.specifier));
  const isCode = `(specifier) => !/\\.(json|ya?ml)$/.test(specifier)`;
  writeFileSync(
    join(project.dir, 'load-entry-points.mjs'),
    `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
for (const specifier of ${specifiers}) {
  if ((${isCode})(specifier)) await import(specifier);
  else require.resolve(specifier);
}
`,
  );
  writeFileSync(
    join(project.dir, 'load-entry-points.cjs'),
    `for (const specifier of ${specifiers}) {
  if ((${isCode})(specifier)) require(specifier);
  else require.resolve(specifier);
}
`,
  );
  for (const script of ['load-entry-points.mjs', 'load-entry-points.cjs']) {
    await run(project.runtime, [script], { cwd: project.dir, env: project.env });
  }
}
