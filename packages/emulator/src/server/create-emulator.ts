import { fetchPostJson } from '../extensions/fetch-post-json.js';
import { defaultSeed } from '../seed/default-seed.js';
import { assertSeedShape } from '../seed/seed-shape.js';
import { refuseForbiddenStatusEnvelope } from '../http/status-envelope.js';
import { loadEmulatedSpec } from '../spec/emulated-spec.js';
import { assertCodeGeneration } from './code-generation.js';
import { EmulatorCore } from './emulator-core.js';
import type { FetchEmulator } from './emulator-types.js';
import { refuseUnknownOperations, resolveOptions, type EmulatorCoreOptions } from './options.js';

/** The default `baseUrl`: the `.invalid` top-level domain never resolves, so nothing is reached by mistake. */
const DEFAULT_BASE_URL = 'http://blizwork-emulator.invalid';

/** The `baseUrl` option, checked: an absolute http(s) URL, no query or fragment, no trailing slash. */
function checkBaseUrl(value: unknown): string {
  if (value === undefined) return DEFAULT_BASE_URL;
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw new TypeError('baseUrl must be an absolute http(s) URL without query or fragment');
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * Creates an emulator in this process, with no server and no port: the same state, rules and
 * replies as `startEmulator`'s, reached through `emulator.fetch`. Its module graph imports no
 * `node:` module; it runs in Node, Bun, Deno and browsers whose Content-Security-Policy allows
 * `eval`. Not in Cloudflare Workers or Vercel Edge: Ajv compiles the request validators with
 * `new Function`, which they refuse, so there it throws an EvalError saying so (run the emulator
 * as a server instead). The built-in spec is compiled once per module, a `spec` option for each
 * emulator. Extension calls go out through the global `fetch`. Throws a TypeError for malformed
 * options (a SpecDerivationError for a `spec` it cannot read) and a SeedError for a bad seed.
 *
 * @example
 * ```ts
 * import { BlizWork } from '@blizwork/sdk';
 * import { createEmulator } from '@blizwork/emulator/core';
 *
 * const emulator = createEmulator();
 * const bw = new BlizWork({ ...emulator.clientOptions, fetch: emulator.fetch });
 * const caseNumber = await bw.process('sales-process').startCase(); // 4
 * ```
 */
export function createEmulator(options: EmulatorCoreOptions = {}): FetchEmulator {
  assertCodeGeneration();
  const { baseUrl, seed = defaultSeed, ...rest } = options;
  const url = checkBaseUrl(baseUrl);
  const settings = resolveOptions(rest);
  const spec = loadEmulatedSpec(options.spec);
  refuseUnknownOperations('statusEnvelope', settings.assumptions.statusEnvelope, spec);
  refuseForbiddenStatusEnvelope(spec, settings.assumptions.statusEnvelope);
  const source = seed === defaultSeed ? 'default seed' : 'seed option';
  if (seed !== defaultSeed) assertSeedShape(seed, source);
  return new EmulatorCore(settings, seed, source, spec, {
    post: fetchPostJson,
    url,
    notifyOperations: false,
  });
}
