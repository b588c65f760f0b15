// Runs the browser bundle in Debian's Chromium (playwright-core with executablePath): a page on the
// control server's origin calls the emulator on another origin.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Debian's chromium; missing, the matrix fails with the command that installs it. */
function chromiumPath() {
  const found = spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (found.status !== 0 || path === '') {
    throw new Error('chromium is not installed: run `node scripts/system-deps.mjs` as root');
  }
  return path;
}

/** Opens the control server's page and runs the scenario in it. */
export async function runInChromium(pageUrl, config, timeoutMs) {
  const profile = mkdtempSync(join(tmpdir(), 'runtime-matrix-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    // No Google services: this sandbox's network refuses them.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    await page.goto(pageUrl);
    return await page.evaluate(
      (scenarioConfig) => globalThis.runMatrixScenario(scenarioConfig),
      config,
    );
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
