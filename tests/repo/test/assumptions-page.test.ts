// The "What we know, what we assume" pages are generated from spec/ (scripts/assumptions-page.mjs,
// run by `pnpm generate`): a committed page that differs from what the data renders is stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface PageModule {
  PAGE_PATHS: Record<'en' | 'es', string>;
  renderAssumptionsPage: (language: 'en' | 'es') => Promise<string>;
}
const pageModule = new URL('../../../scripts/assumptions-page.mjs', import.meta.url);
const { PAGE_PATHS, renderAssumptionsPage } = (await import(pageModule.href)) as PageModule;

describe('the assumptions docs pages', () => {
  it.each(['en', 'es'] as const)(
    'docs/%s/assumptions.md is what spec/ generates',
    async (language) => {
      const committed = readFileSync(PAGE_PATHS[language], 'utf8');
      expect(committed === (await renderAssumptionsPage(language)), 'run `pnpm generate`').toBe(
        true,
      );
    },
  );

  it('shows every assumption and every difference from the wrapper, in both languages', async () => {
    const { ASSUMPTIONS } = await import('@blizwork/client');
    for (const language of ['en', 'es'] as const) {
      const page = await renderAssumptionsPage(language);
      for (const { id } of ASSUMPTIONS) expect(page).toContain(`### \`${id}\``);
      expect(page).toContain('`aG9sYQ==`'); // a difference of the wrapper table
    }
  });
});
