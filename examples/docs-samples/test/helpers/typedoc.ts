// Runs TypeDoc with the site's configuration (docs/typedoc.json), as `pnpm docs` does.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** docs/: the guides, the TypeDoc configuration and (once built) the site. */
export const DOCS_DIR = fileURLToPath(new URL('../../../../docs/', import.meta.url));
/** Where `pnpm docs` writes the site. */
export const SITE_DIR = `${DOCS_DIR}site`;

const TYPEDOC_BIN = fileURLToPath(
  new URL('../../node_modules/typedoc/bin/typedoc', import.meta.url),
);

/** What a TypeDoc run printed (stdout and stderr, colourless) and its exit code. */
export interface TypedocRun {
  readonly exitCode: number | null;
  readonly output: string;
}

/** The site's TypeDoc configuration, which `extends` in a test's options file can build on. */
export const SITE_OPTIONS = `${DOCS_DIR}typedoc.json`;

/** Runs TypeDoc with an options file: by default the site's, which builds docs/site/. */
export function runTypedoc(optionsFile: string = SITE_OPTIONS): Promise<TypedocRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TYPEDOC_BIN, '--options', optionsFile], {
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, output }));
  });
}
