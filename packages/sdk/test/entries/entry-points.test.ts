// The package's entry points as an installed copy resolves them (package.json `exports`, the built
// dist/): what each exports, that internals are not exported, and which transport a client without
// a `fetch` option uses: node:http through the Node entry (`node` condition), fetch through the
// default entry, whose browser bundle holds no node:http code at all.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR, runBuilt } from '../helpers/run-built.js';

/** The names each specifier exports, for ESM (import) and CJS (require) consumers. */
const EXPORTS_SCRIPT = `
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const names = {};
for (const specifier of ['@blizwork/sdk', '@blizwork/sdk/extension', '@blizwork/sdk/extension/node', '@blizwork/sdk/otel']) {
  names[specifier] = { esm: Object.keys(await import(specifier)).sort(), cjs: Object.keys(require(specifier)).sort() };
}
console.log(JSON.stringify(names));
`;

type ExportNames = Record<string, { esm: string[]; cjs: string[] }>;

describe('the entry points', () => {
  let names: ExportNames;
  beforeAll(async () => {
    names = await runBuilt<ExportNames>(EXPORTS_SCRIPT);
  });

  it('export the same names to ESM and CJS consumers', () => {
    for (const { esm, cjs } of Object.values(names)) expect(cjs).toEqual(esm);
  });

  it('export the client, errors and type guards from @blizwork/sdk, and no extension code', () => {
    const root = names['@blizwork/sdk']?.esm;
    expect(root).toEqual(
      expect.arrayContaining([
        'BlizWork',
        'BlizWorkError',
        'isBlizWorkError',
        'isBlizWorkApiError',
        'ENV_VARIABLES',
      ]),
    );
    for (const name of ['createExtensionHandler', 'ExtensionCall', 'toNodeListener']) {
      expect(root).not.toContain(name);
    }
  });

  it('export no internals', () => {
    const all = Object.values(names).flatMap(({ esm }) => esm);
    for (const name of ['createApiError', 'HANDSHAKE_TOKEN_PATTERN', 'RETRY_SAFE_OPERATIONS']) {
      expect(all).not.toContain(name);
    }
  });

  it('export the web-standard handler from /extension and toNodeListener from /extension/node', () => {
    expect(names['@blizwork/sdk/extension']?.esm).toEqual(
      expect.arrayContaining(['createExtensionHandler', 'ExtensionCall']),
    );
    expect(names['@blizwork/sdk/extension']?.esm).not.toContain('toNodeListener');
    expect(names['@blizwork/sdk/extension/node']?.esm).toEqual(['toNodeListener']);
  });

  it('export instrument from /otel, and nothing of OpenTelemetry elsewhere', () => {
    expect(names['@blizwork/sdk/otel']?.esm).toEqual(['instrument']);
    expect(names['@blizwork/sdk']?.esm).not.toContain('instrument');
  });
});

describe('OpenTelemetry, an optional peer dependency', () => {
  /** A bundle of `contents` for `platform`, with packages other than the SDK left as imports. */
  const bundle = async (contents: string, platform: 'browser' | 'node'): Promise<string> => {
    const result = await build({
      stdin: { contents, resolveDir: PACKAGE_DIR, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform,
      external: ['@opentelemetry/*'],
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]?.text ?? '';
  };

  it('is imported by @blizwork/sdk/otel only, not by the client or the extension handler', async () => {
    // The otel entry imports it (so the checks below can fail); the others never do.
    const otel = await bundle(`export * from '@blizwork/sdk/otel';`, 'node');
    expect(otel).toContain('@opentelemetry/api');
    for (const platform of ['node', 'browser'] as const) {
      for (const specifier of ['@blizwork/sdk', '@blizwork/sdk/extension']) {
        const code = await bundle(`export * from '${specifier}';`, platform);
        expect(code, `${specifier} (${platform})`).not.toContain('@opentelemetry');
      }
    }
  });
});

describe('the transport of a client without a fetch option', () => {
  let server: Server;
  let baseUrl: string;
  const seen: IncomingHttpHeaders[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push(request.headers);
      request.resume();
      response.setHeader('content-type', 'application/json');
      response.end('{"resultCode":0}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  /** Makes one call with the `BlizWork` of `specifier`, in a fresh process; the headers it sent. */
  async function headersSentThrough(specifier: string): Promise<IncomingHttpHeaders> {
    const before = seen.length;
    await runBuilt(`
      const { BlizWork } = await import(${JSON.stringify(specifier)});
      const bw = new BlizWork({ token: 'tok-SECRET-entry', userId: 'ana@acme.test', baseUrl: ${JSON.stringify(baseUrl)} });
      await bw.request('/probe', {});
      bw.close();
      console.log('null');
    `);
    expect(seen.length).toBe(before + 1);
    return seen[before] as IncomingHttpHeaders;
  }

  // Node's fetch (undici) sends the Fetch standard's sec-fetch-mode header; node:http does not.
  it('is node:http through the Node entry (@blizwork/sdk on Node)', async () => {
    expect((await headersSentThrough('@blizwork/sdk'))['sec-fetch-mode']).toBeUndefined();
  });

  it('is fetch through the default entry (dist/index.mjs), even on Node', async () => {
    expect((await headersSentThrough('./dist/index.mjs'))['sec-fetch-mode']).toBe('cors');
  });

  it('leaves the node:http transport out of a browser bundle of @blizwork/sdk', async () => {
    const bundle = async (platform: 'browser' | 'node') => {
      const result = await build({
        stdin: {
          contents: `import { BlizWork } from '@blizwork/sdk'; globalThis.sdk = BlizWork;`,
          resolveDir: PACKAGE_DIR,
          loader: 'js',
        },
        bundle: true,
        format: 'esm',
        platform,
        write: false,
        logLevel: 'silent',
      });
      return result.outputFiles[0]?.text ?? '';
    };
    // The Node build holds it (so the check below can fail); the browser bundle does not.
    expect(await bundle('node')).toContain('getBuiltinModule');
    const browser = await bundle('browser');
    expect(browser).toContain('class BlizWork');
    expect(browser).not.toContain('getBuiltinModule');
    expect(browser).not.toContain('keepAlive');
  });
});

describe('tree-shaking of the built package', () => {
  /** A browser bundle (not minified) of `contents`, resolving the package through its exports. */
  const bundle = async (contents: string): Promise<string> => {
    const result = await build({
      stdin: { contents, resolveDir: PACKAGE_DIR, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]?.text ?? '';
  };
  const CLIENT_CLASSES = ['BlizWork = class', 'Process = class', 'TokenBucketLimiter = class'];

  it('leaves the client out of a bundle of the extension handler alone', async () => {
    const handlerOnly = await bundle(
      `import { createExtensionHandler } from '@blizwork/sdk/extension'; globalThis.h = createExtensionHandler;`,
    );
    expect(handlerOnly).toContain('createExtensionHandler');
    for (const declaration of CLIENT_CLASSES) expect(handlerOnly).not.toContain(declaration);
  });

  it('leaves the client out of a bundle of one error class, and keeps it when BlizWork is used', async () => {
    const errorOnly = await bundle(
      `import { BlizWorkError } from '@blizwork/sdk'; globalThis.e = BlizWorkError;`,
    );
    for (const declaration of CLIENT_CLASSES) expect(errorOnly).not.toContain(declaration);
    const client = await bundle(
      `import { BlizWork } from '@blizwork/sdk'; globalThis.b = BlizWork;`,
    );
    for (const declaration of CLIENT_CLASSES) expect(client).toContain(declaration);
  });
});
