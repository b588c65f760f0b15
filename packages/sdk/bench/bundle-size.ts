// Minified + gzipped size of what a browser bundle pulls in for `import { BlizWork } from
// '@blizwork/sdk'`, next to the generated client alone for one operation. The SDK is resolved
// through its package.json `exports` with esbuild's browser conditions, as an app's bundler does:
// the default entry (dist/index.mjs and its shared chunk), never the Node entry.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const sdkDir = process.env.BLIZWORK_SDK_DIR ?? process.cwd();
const entries = {
  "import { BlizWork } from '@blizwork/sdk'": `import { BlizWork } from '@blizwork/sdk'; globalThis.sdk = BlizWork;`,
  "import * from '@blizwork/sdk'": `import * as sdk from '@blizwork/sdk'; globalThis.sdk = sdk;`,
  "import { createExtensionHandler } from '@blizwork/sdk/extension'": `import { createExtensionHandler } from '@blizwork/sdk/extension'; globalThis.h = createExtensionHandler;`,
  "import { getCase, createClient } from '@blizwork/client'": `import { getCase, createClient } from '@blizwork/client'; globalThis.c = [getCase, createClient];`,
};

console.log(
  '\nbrowser bundle size (esbuild --bundle --minify --format=esm --platform=browser, gzip -9)',
);
for (const [label, contents] of Object.entries(entries)) {
  const result = await build({
    stdin: { contents, resolveDir: sdkDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  }).catch(() => undefined);
  // A build of the package without that entry point (an older one, measured as a baseline).
  if (!result) {
    console.log(`  ${label.padEnd(68)} (not an entry point of this build)`);
    continue;
  }
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzip = gzipSync(code, { level: 9 }).length;
  console.log(
    `  ${label.padEnd(68)} ${(code.length / 1024).toFixed(1).padStart(6)} kB min  ${(gzip / 1024).toFixed(2).padStart(6)} kB min+gzip`,
  );
}
