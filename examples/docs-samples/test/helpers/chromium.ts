// Debian's Chromium driven by playwright-core, with a fresh profile that is removed on close.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** `command -v chromium`; missing, the test fails with the command that installs it (never skipped). */
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
 * Runs `use` with a headless Chromium on a fresh `--user-data-dir`, then closes it and deletes the
 * profile. The background-networking flags keep Chromium from calling Google's services, which
 * this sandbox's closed network refuses.
 */
export async function withChromium<T>(use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'docs-site-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 800 },
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
  try {
    return await use(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
