import type { OperationId } from '../generated/spec.gen.js';
import {
  resolveAssumptions,
  type AssumptionOptions,
  type ResolvedAssumptions,
} from '../domain/assumptions.js';
import type { CorsOrigins } from '../http/cors.js';
import type { Seed } from '../seed/seed-types.js';
import type { EmulatedSpec } from '../spec/emulated-spec.js';

/** A parsed OpenAPI 3.1 document, as `JSON.parse` or a YAML parser returns it. */
export type OpenApiDocument = Readonly<Record<string, unknown>>;

/**
 * Options of {@link createEmulator} (the runtime-neutral core, `@blizwork/emulator/core`); every
 * field is optional. {@link startEmulator} takes the same and more (see {@link EmulatorOptions}).
 */
export interface EmulatorCoreOptions {
  /**
   * A parsed OpenAPI 3.1 document (an object: parse YAML yourself) to serve instead of the built-in
   * spec: routes, request validation and example replies come from it, read by the same code that
   * generates the built-in tables. Its operations with a stateful handler (matched by operationId)
   * behave as usual; the others answer their `200` example with the header
   * `x-blizwork-emulated: example`, or HTTP 501 (code 393) without one.
   * @default the spec this package was generated from
   */
  spec?: OpenApiDocument;
  /** A Seed object (see `seed.schema.json`). @default defaultSeed */
  seed?: Seed;
  /** Larger request bodies get HTTP 413 without being buffered. @default 16 MiB (16777216) */
  maxBodyBytes?: number;
  /**
   * Cap on the total bytes of uploaded files the emulator holds in memory (all companies, until
   * `reset()`). An upload over it is refused with code 340 (`attachmentStoreFull`).
   * @default 128 MiB (134217728)
   */
  maxAttachmentBytes?: number;
  /**
   * Plan limit per company, in transactions per second (0.5 = one call every 2 s; 0 = none); a
   * seed company's own `transactionsPerSecond` wins. Over it, calls get code 200.
   * @default undefined (unlimited)
   */
  transactionsPerSecond?: number;
  /**
   * Where BlizWork's behaviour is unknown, which reading the emulator follows: path forms, include
   * levels, default environments, unknown body members, the Free plan, code 200 timing, HTTP
   * statuses of errors, upsert matches, a repeated exec, the status envelope. Every switch
   * defaults to the reading the SDK is built on; `blizwork doctor --probe` tells which one a real
   * account follows. See the README's "Assumption switches".
   * @default every switch at its default
   */
  assumptions?: AssumptionOptions;
  /**
   * Operations (by operationId) that answer in the `{ status, message, payload }` envelope the
   * Python wrapper also reads, instead of `{ resultCode, resultMessage, ... }`: for testing a
   * client's fallback to it. Which real endpoints use that envelope is unknown. Only operations
   * whose `200` reply schema allows it may be listed (in the built-in spec: every operation but the
   * documented `startCase`, `sendNotification` and `validateCall`, whose documented replies carry
   * `resultCode`); listing another throws a `TypeError` naming it. The same as
   * `assumptions.statusEnvelope` (both lists apply).
   * @default [] (every operation answers `resultCode`)
   */
  statusEnvelope?: readonly OperationId[];
  /** How long an exec waits for each extension call before recording status 0. @default 10000 */
  extensionTimeoutMs?: number;
  /**
   * Receives a line for each unexpected error (code 101). API tokens are replaced by `***`.
   * @default writes to stderr (`console.error` in the core)
   */
  log?: (line: string) => void;
  /**
   * Let browser pages call the API (and download attachments) from other origins, for a web app
   * in development: `true` allows any origin, an array only those origins (e.g.
   * `['http://localhost:5173']`). Preflight `OPTIONS` requests are answered with 204. Never
   * applies to the dashboard and admin API at `/_emulator/`.
   * @default false (no CORS headers: pages on other origins cannot read replies)
   */
  cors?: boolean | readonly string[];
  /**
   * The base URL the in-process emulator reports in `url`, `clientOptions` and the file URLs it
   * hands out. Nothing listens there: requests reach it through `emulator.fetch` only, which
   * routes by path. `startEmulator` uses the address it binds instead.
   * @default 'http://blizwork-emulator.invalid'
   */
  baseUrl?: string;
}

/** Options of {@link startEmulator}; every field is optional. */
export interface EmulatorOptions extends Omit<EmulatorCoreOptions, 'seed' | 'baseUrl'> {
  /** TCP port; 0 picks a free one (read it from `emulator.url`). @default 0 */
  port?: number;
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
  /** A Seed object, or the path of a JSON seed file (see `seed.schema.json`). @default defaultSeed */
  seed?: Seed | string;
  /**
   * Serve the dashboard and its admin API at `/_emulator/`. Bound to loopback they answer only
   * loopback host names; bound elsewhere they require `emulator.adminToken`.
   * @default false (the CLI turns it on)
   */
  dashboard?: boolean;
  /**
   * Load the state from `<dataDir>/emulator-state.json` at start (when present) and save it there
   * after changes (debounced, atomic) and on `close()`. A corrupt or newer file is refused.
   * @default undefined (state lives in memory only)
   */
  dataDir?: string;
  /** Start from this state file (as written by `exportState` or `--data`) instead. */
  importFile?: string;
  /**
   * How long the server waits for a whole request body (BlizWork API and admin API alike); a
   * body still incomplete then is answered with HTTP 408 (code 397) and the connection is closed,
   * so a client trickling bytes cannot hold a request open.
   * @default 30000
   */
  bodyTimeoutMs?: number;
}

/** Options with defaults applied and values checked. */
export interface EmulatorSettings {
  readonly port: number;
  readonly host: string;
  readonly maxBodyBytes: number;
  readonly maxAttachmentBytes: number;
  readonly transactionsPerSecond: number | undefined;
  readonly extensionTimeoutMs: number;
  /** The assumption switches, `statusEnvelope` merged in. */
  readonly assumptions: ResolvedAssumptions;
  readonly log: (line: string) => void;
  readonly dashboard: boolean;
  readonly dataDir: string | undefined;
  readonly importFile: string | undefined;
  readonly bodyTimeoutMs: number;
  /** Allowed browser origins; undefined: CORS off. */
  readonly cors: CorsOrigins | undefined;
}

/** The default `maxBodyBytes`: room for base64 uploads of several MB. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The default `maxAttachmentBytes`: about ten of the largest uploads the default body limit lets through. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 128 * 1024 * 1024;

/** The default `bodyTimeoutMs`: a 16 MiB body needs about 4.5 Mbit/s to arrive in time. */
export const DEFAULT_BODY_TIMEOUT_MS = 30_000;

/** The default `extensionTimeoutMs`. */
export const DEFAULT_EXTENSION_TIMEOUT_MS = 10_000;

/** The core's default `log`: `console.error` exists in every runtime. */
const writeToConsole = (line: string): void => {
  console.error(`[blizwork-emulator] ${line}`);
};

function checkNumber(
  name: string,
  value: number | undefined,
  valid: (n: number) => boolean,
  rule: string,
): void {
  if (value !== undefined && (typeof value !== 'number' || !valid(value))) {
    throw new TypeError(`${name} must be ${rule}, got ${String(value)}`);
  }
}

function checkPersistenceOptions(options: EmulatorOptions): void {
  if (options.dashboard !== undefined && typeof options.dashboard !== 'boolean') {
    throw new TypeError('dashboard must be a boolean');
  }
  for (const name of ['dataDir', 'importFile'] as const) {
    const value = options[name];
    if (value !== undefined && (typeof value !== 'string' || value === '')) {
      throw new TypeError(`${name} must be a non-empty path`);
    }
  }
}

/** An origin as browsers send it: scheme, host and optional port, nothing else. */
const ORIGIN_PATTERN = /^https?:\/\/[^/?#\s]+$/;

function resolveCors(cors: EmulatorOptions['cors']): CorsOrigins | undefined {
  if (cors === undefined || cors === false) return undefined;
  if (cors === true) return '*';
  if (!Array.isArray(cors)) throw new TypeError('cors must be a boolean or an array of origins');
  for (const origin of cors as unknown[]) {
    if (typeof origin !== 'string' || !ORIGIN_PATTERN.test(origin)) {
      throw new TypeError(
        `cors origins look like 'http://localhost:5173' (scheme, host, port; no path), got ${String(origin)}`,
      );
    }
  }
  return new Set(cors);
}

/**
 * Applies the defaults (`defaultLog` when no `log` is given); throws a TypeError naming the first
 * malformed option.
 */
export function resolveOptions(
  options: EmulatorOptions,
  defaultLog: (line: string) => void = writeToConsole,
): EmulatorSettings {
  checkNumber(
    'port',
    options.port,
    (n) => Number.isInteger(n) && n >= 0 && n <= 65535,
    'an integer from 0 to 65535',
  );
  checkNumber(
    'maxBodyBytes',
    options.maxBodyBytes,
    (n) => Number.isInteger(n) && n > 0,
    'a positive integer',
  );
  checkNumber(
    'maxAttachmentBytes',
    options.maxAttachmentBytes,
    (n) => Number.isSafeInteger(n) && n >= 0,
    'an integer >= 0',
  );
  checkNumber(
    'transactionsPerSecond',
    options.transactionsPerSecond,
    (n) => n >= 0,
    'a number >= 0',
  );
  checkNumber(
    'extensionTimeoutMs',
    options.extensionTimeoutMs,
    (n) => Number.isInteger(n) && n > 0,
    'a positive integer',
  );
  checkNumber(
    'bodyTimeoutMs',
    options.bodyTimeoutMs,
    (n) => Number.isInteger(n) && n > 0,
    'a positive integer',
  );
  if (options.host !== undefined && (typeof options.host !== 'string' || options.host === '')) {
    throw new TypeError('host must be a non-empty string');
  }
  if (
    options.spec !== undefined &&
    (typeof options.spec !== 'object' || options.spec === null || Array.isArray(options.spec))
  ) {
    throw new TypeError('spec must be a parsed OpenAPI document (an object); parse YAML first');
  }
  const assumptions = resolveAssumptions(options.assumptions, options.statusEnvelope);
  if (options.log !== undefined && typeof options.log !== 'function') {
    throw new TypeError('log must be a function');
  }
  checkPersistenceOptions(options);
  return {
    cors: resolveCors(options.cors),
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    maxAttachmentBytes: options.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES,
    transactionsPerSecond: options.transactionsPerSecond,
    extensionTimeoutMs: options.extensionTimeoutMs ?? DEFAULT_EXTENSION_TIMEOUT_MS,
    assumptions,
    log: options.log ?? defaultLog,
    dashboard: options.dashboard ?? false,
    dataDir: options.dataDir,
    importFile: options.importFile,
    bodyTimeoutMs: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS,
  };
}

/** Throws a TypeError naming the option's operationIds that the served spec does not have. */
export function refuseUnknownOperations(
  option: string,
  ids: ReadonlySet<string>,
  spec: EmulatedSpec,
): void {
  const known = spec.derived.operations.map((operation) => operation.operationId);
  const unknown = [...ids].filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new TypeError(
      `${option}: no operation ${unknown.map((id) => `'${id}'`).join(', ')} in the spec (operationIds: ${known.join(', ')})`,
    );
  }
}
