import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

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
 */
export function launchChromium(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'emulator-chromium-')), {
    executablePath: chromiumPath(),
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
}
