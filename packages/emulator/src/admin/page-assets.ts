/** One file of the dashboard page. */
export interface PageAsset {
  readonly contentType: string;
  readonly body: string;
}

/**
 * The bundled dashboard page by file name (`index.html`, `app.js`, `app.css`). In the source tree
 * the page is not built, so this is undefined; `scripts/build-dashboard.mjs` (run by `pnpm build`)
 * bundles `dashboard/` with esbuild and replaces this module in `dist/esm` and `dist/cjs` with one
 * holding the files.
 */
export const pageAssets: Readonly<Record<string, PageAsset>> | undefined = undefined;
