// Runs an ES module script in a fresh Node process whose working directory is the package, so that
// it loads the built files (dist/) and resolves `@blizwork/sdk` through package.json `exports`, as
// an installed copy would be. The script's last stdout line is its JSON result.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The package directory (where package.json and dist/ are). */
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));

const run = promisify(execFile);

/** Runs `script` as an ES module in a new Node process and parses the last line it prints. */
export async function runBuilt<T>(script: string): Promise<T> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', script], {
    cwd: PACKAGE_DIR,
  });
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1] ?? 'null') as T;
}
