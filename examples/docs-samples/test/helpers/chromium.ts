// The browser test's Chromium: the emulator's dashboard test already launches Debian's Chromium
// through playwright-core with the flags this sandbox needs and a fresh profile; reuse it.
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../../../../packages/emulator/test/helpers/chromium.js';

/** Runs `use` with a headless Chromium on a fresh `--user-data-dir`, then closes it. */
export async function withChromium<T>(use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await launchChromium();
  try {
    return await use(context);
  } finally {
    await context.close();
  }
}
