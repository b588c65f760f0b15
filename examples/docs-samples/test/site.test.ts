import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withChromium } from './helpers/chromium.js';
import { serveStaticSite, type StaticSiteServer } from './helpers/static-site-server.js';
import { runTypedoc, SITE_DIR, type TypedocRun } from './helpers/typedoc.js';

/** Screenshots for a reviewer (test-results/ is ignored by git, kept as a CI artifact). */
const SCREENSHOTS = fileURLToPath(new URL('../test-results/', import.meta.url));

describe('the documentation site', () => {
  let build: TypedocRun;
  let site: StaticSiteServer;

  beforeAll(async () => {
    rmSync(SITE_DIR, { recursive: true, force: true }); // the build must make every page itself
    build = await runTypedoc(); // what `pnpm docs` runs
    site = await serveStaticSite(SITE_DIR);
    mkdirSync(SCREENSHOTS, { recursive: true });
    // TypeDoc type-checks the whole SDK. Measured under `pnpm test:stress` (both cores busy, load
    // average ~30 on 2 cores): this hook took 168 s of the 180 s it had.
  }, 480_000);
  afterAll(() => site?.close());

  it('builds with no warning: every public symbol is documented and every link resolves', () => {
    expect(build.output).not.toMatch(/warning|error/i);
    expect(build.exitCode, build.output).toBe(0);
  });

  it('has every guide in English and in Spanish', () => {
    expect(readdirSync(`${SITE_DIR}/documents`).sort()).toEqual(
      [
        'Getting_started.html',
        'Credentials.html',
        'Testing_with_the_emulator.html',
        'Extensions_and_their_security_model.html',
        'Runtimes.html',
        'Typed_processes.html',
        'Procesos_tipados.html',
        'When_the_API_changes.html',
        'Migrating_from_the_Python_wrapper.html',
        'What_we_know,_what_we_assume.html',
        'Observability.html',
        'Primeros_pasos.html',
        'Credenciales.html',
        'Pruebas_con_el_emulador.html',
        'Extensiones_y_su_modelo_de_seguridad.html',
        'Entornos_de_ejecución.html',
        'Cuando_cambia_la_API.html',
        'Migrar_desde_el_wrapper_de_Python.html',
        'Lo_que_sabemos,_lo_que_suponemos.html',
        'Observabilidad.html',
      ].sort(),
    );
  });

  it(
    'renders the start page and the BlizWork class page in Chromium',
    { timeout: 90_000 },
    async () => {
      await withChromium(async (context) => {
        const page = await context.newPage();
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));

        await page.goto(`${site.url}/index.html`);
        expect(await page.title()).toContain('BlizWork TypeScript SDK');
        await page.getByRole('link', { name: 'Primeros pasos' }).first().waitFor();
        await page.screenshot({ path: `${SCREENSHOTS}site-start-page.png`, fullPage: true });

        // Reach the class page the way a reader does: the start page's link to BlizWork.
        await page
          .locator('.tsd-panel a', { hasText: /^BlizWork$/ })
          .first()
          .click();
        await page.waitForURL(/BlizWork\.html/);
        expect(await page.locator('h1').innerText()).toMatch(/Class BlizWork/);
        expect(await page.locator('.tsd-panel').first().innerText()).toContain(
          'The BlizWork API client',
        );
        // A known member, rendered with its anchor, signature and JSDoc.
        const withOptions = page.locator('section:has(> #withoptions)');
        expect(await withOptions.innerText()).toMatch(
          /withOptions\([\s\S]*A new client with these options/,
        );
        await page.screenshot({ path: `${SCREENSHOTS}site-blizwork-class.png`, fullPage: true });

        expect(pageErrors).toEqual([]);
      });
    },
  );
});
