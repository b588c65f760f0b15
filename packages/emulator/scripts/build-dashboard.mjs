// Bundles the dashboard page (dashboard/) with esbuild and hands it to the package build as the
// `src/admin/page-assets.ts` module: `dashboardAssets()` is a rolldown plugin (used by
// tsdown.config.mjs) that replaces the source stub (which exports undefined) with one holding the
// files, so the page ships inside dist/index.mjs and dist/index.cjs. No CDN, no runtime download.
import { readFileSync } from 'node:fs';
import { processGraphCss } from '@blizwork/process-graph';
import { build } from 'esbuild';

/**
 * The licence notices of what the page bundles (esbuild drops legal comments from the minified
 * file; MIT asks that the notice travel with the code).
 */
const BUNDLED_NOTICES = `/*! The BlizWork emulator's dashboard bundles @blizwork/process-graph (MIT) and dagre and
 * graphlib (MIT, Copyright (c) 2012-2014 Chris Pettitt): https://github.com/dagrejs/dagre */`;

/** The dashboard's files by name (`index.html`, `app.js`, `app.css`); the module makes them a Map, as the stub's type says. */
async function bundleDashboard() {
  const result = await build({
    entryPoints: ['dashboard/main.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    banner: { js: BUNDLED_NOTICES },
  });
  return {
    'index.html': {
      contentType: 'text/html; charset=utf-8',
      body: readFileSync('dashboard/index.html', 'utf8'),
    },
    'app.js': { contentType: 'text/javascript; charset=utf-8', body: result.outputFiles[0].text },
    'app.css': {
      contentType: 'text/css; charset=utf-8',
      // The process graph's stylesheet (light and dark) comes from the package that draws it.
      body: `${readFileSync('dashboard/app.css', 'utf8')}\n${processGraphCss}`,
    },
  };
}

/**
 * A rolldown plugin that loads `src/admin/page-assets.ts` as the bundled dashboard page. The page
 * is bundled once per build and shared by the ESM and CJS outputs.
 *
 * @returns {import('rolldown').Plugin}
 */
export function dashboardAssets() {
  let literal;
  return {
    name: 'blizwork-dashboard-assets',
    async load(id) {
      if (!id.replaceAll('\\', '/').endsWith('/src/admin/page-assets.ts')) return null;
      literal ??= JSON.stringify(await bundleDashboard());
      return `export const pageAssets = new Map(Object.entries(${literal}));\n`;
    },
  };
}
