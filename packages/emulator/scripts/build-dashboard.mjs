// Bundles the dashboard page (dashboard/) with esbuild and writes it into the built package as
// the `admin/page-assets.js` module of dist/esm and dist/cjs, replacing the source stub (which
// exports undefined). Runs after the TypeScript build; no CDN and no runtime download.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const result = await build({
  entryPoints: ['dashboard/main.ts'],
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  write: false,
  legalComments: 'none',
});
const assets = {
  'index.html': {
    contentType: 'text/html; charset=utf-8',
    body: readFileSync('dashboard/index.html', 'utf8'),
  },
  'app.js': { contentType: 'text/javascript; charset=utf-8', body: result.outputFiles[0].text },
  'app.css': {
    contentType: 'text/css; charset=utf-8',
    body: readFileSync('dashboard/app.css', 'utf8'),
  },
};
const literal = JSON.stringify(assets);
writeFileSync('dist/esm/admin/page-assets.js', `export const pageAssets = ${literal};\n`);
writeFileSync(
  'dist/cjs/admin/page-assets.js',
  `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.pageAssets = ${literal};\n`,
);
console.log(`dashboard: bundled ${result.outputFiles[0].text.length} bytes of script`);
