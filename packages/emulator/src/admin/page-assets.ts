/** One file of the dashboard page. */
export interface PageAsset {
  readonly contentType: string;
  readonly body: string;
}

/**
 * The bundled dashboard page by file name (`index.html`, `app.js`, `app.css`): a Map, because the
 * name comes from the request path (a plain object would answer `__proto__` or `toString`). In the source tree
 * the page is not built, so this is undefined; the package build (`tsdown.config.mjs`, through the
 * plugin in `scripts/build-dashboard.mjs`) bundles `dashboard/` with esbuild and loads this module
 * as one holding the files, inside dist/index.mjs and dist/index.cjs.
 */
export const pageAssets: ReadonlyMap<string, PageAsset> | undefined = undefined;
