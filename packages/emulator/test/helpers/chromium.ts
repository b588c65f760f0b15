import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { showOutputOnFailure, withOutput } from '../../../../test-support/process-output.mjs';

/**
 * Debian's Chromium (installed by scripts/system-deps.mjs, which `pnpm test` runs first). Missing,
 * the test fails with the command to run: it is never skipped.
 */
function chromiumPath(): string {
  const found = spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (found.status !== 0 || path === '') {
    throw new Error(
      'chromium is not installed: run `node scripts/system-deps.mjs` as root (apt-get install chromium)',
    );
  }
  return path;
}

/**
 * Launches headless Chromium with a fresh profile. The background-networking flags matter: without
 * them Chromium tries to reach Google's services and this sandbox's closed network refuses it.
 * Chromium's stderr goes to a file in the profile's folder, and a test that fails while it runs
 * shows that file's end (Playwright itself keeps Chromium's output only for its launch errors).
 */
export async function launchChromium(): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-chromium-'));
  const stderrFile = join(dir, 'chromium-stderr.log');
  writeFileSync(stderrFile, '');
  // The same process (exec), so Playwright still stops Chromium by its PID.
  const wrapper = join(dir, 'chromium');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec ${shellQuote(chromiumPath())} "$@" 2>>${shellQuote(stderrFile)}\n`,
  );
  chmodSync(wrapper, 0o755);
  const stderr = () => readFileSync(stderrFile, 'utf8');
  showOutputOnFailure('Chromium (stderr)', stderr);
  const launched = chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: wrapper,
    headless: true,
    viewport: { width: 1100, height: 760 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return launched.catch((error: Error) => {
    throw new Error(withOutput(error.message, 'Chromium (stderr)', stderr()), { cause: error });
  });
}

const shellQuote = (value: string) => `'${value.replace(/'/g, "'\\''")}'`;
