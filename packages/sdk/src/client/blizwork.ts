import { validateCall, type ValidateCallOptions } from '../resources/call-validation.js';
import { uploadFile, type UploadFileInput } from '../resources/files.js';
import { MasterDataTable } from '../resources/master-data-table.js';
import { sendNotification, type NotificationParams } from '../resources/notifications.js';
import { Process } from '../resources/process.js';
import type { ProcessSchema, TypedProcess, TypedProcessId } from '../typed-process.js';
import type {
  AttachmentValue,
  CallOptions,
  CaseFields,
  Environment,
  MasterDataRecord,
} from '../types.js';
import { optionsFromEnv, processEnv, type EnvironmentVariables } from './env.js';
import { defineInspect } from '../internal/options/inspect.js';
import type {
  GeneratedOperation,
  RawCallOptions,
  RawOptions,
  RawResult,
  RequestCallOptions,
  RequestEnvelope,
} from '../operation-types.js';
import { checkOptionKeys, optionKeysOf } from '../internal/options/option-keys.js';
import { checkUserHeaders } from '../internal/options/header-names.js';
import type { BlizWorkOptions } from '../options-types.js';
import { OPTION_KEYS, resolveOptions } from './options.js';
import { pathOperation, serializeRequestBody } from '../internal/raw/path-operation.js';
import { fillBody, rawEnvelope } from '../internal/raw/raw-call.js';
import { metadataOf } from '../internal/pipeline/operation-metadata.js';
import { REDACTED } from '../internal/pipeline/redact.js';
import type { Extractor } from '../internal/pipeline/settle.js';
import type { KeepAliveConnections } from '../internal/transport/default-transport.js';
import { RequestPipeline } from '../internal/pipeline/request-pipeline.js';
import { appendHooks } from '../internal/observe/resolve-hooks.js';
import { attachInstrumentation } from '../internal/observe/instrumentation.js';
import { requestUrlTemplate } from '../internal/raw/request-path.js';

/** The parent's connections for a client `withOptions` is creating, keyed by its options object. */
const inheritedConnections = new WeakMap<object, KeepAliveConnections>();

const RAW_CALL_KEYS = /* @__PURE__ */ optionKeysOf<RawCallOptions>()([
  'signal',
  'retry',
  'fill',
] as const);
const REQUEST_CALL_KEYS = /* @__PURE__ */ optionKeysOf<RequestCallOptions>()([
  'signal',
  'retry',
  'headers',
] as const);

/**
 * The BlizWork API client: one per token (company) and configuration. Immutable; `withOptions()`
 * derives another. The token is kept private and never shown by `util.inspect`, `JSON.stringify`,
 * errors or logs.
 *
 * @example
 * const bw = new BlizWork({ token, userId: 'ana@acme.test', companyId });
 * const sales = bw.process('sales-process');
 * const n = await sales.startCase();
 * const c = await sales.getCase(n);
 * await c.exec('qualification', { customer_name: 'Globex', amount: 5000 });
 */
export class BlizWork {
  readonly #options: BlizWorkOptions;
  readonly #pipeline: RequestPipeline;

  /** Validates the options (TypeError on a bad one) and creates the client. */
  constructor(options: BlizWorkOptions) {
    const resolved = resolveOptions(options);
    this.#options = { ...options };
    this.#pipeline = new RequestPipeline(resolved, inheritedConnections.get(options));
    if (resolved.instrumentation) attachInstrumentation(this, resolved.instrumentation);
    defineInspect(this, 'BlizWork', () => this.toJSON());
  }

  /**
   * A client configured from `BLIZWORK_TOKEN`, `BLIZWORK_USER_ID`, `BLIZWORK_COMPANY_ID`,
   * `BLIZWORK_BASE_URL` and `BLIZWORK_ENVIRONMENT` (empty values are ignored), overridden by
   * `overrides`. `env` defaults to `process.env` where it exists (an empty map in browsers).
   */
  static fromEnv(
    env: EnvironmentVariables = processEnv(),
    overrides: Partial<BlizWorkOptions> = {},
  ): BlizWork {
    checkOptionKeys('BlizWork.fromEnv overrides', overrides, OPTION_KEYS);
    return new BlizWork(optionsFromEnv(env, overrides));
  }

  /** The environment (process version) calls work on: `production` unless configured. */
  get environment(): Environment {
    return this.#pipeline.settings.environment;
  }

  /** The user the calls are made as. */
  get userId(): string {
    return this.#pipeline.settings.userId;
  }

  /** The company id, if configured. */
  get companyId(): string | undefined {
    return this.#pipeline.settings.companyId;
  }

  /** The API's base URL. */
  get baseUrl(): string {
    return this.#pipeline.settings.baseUrl;
  }

  /**
   * A new client with these options changed (e.g. `{ environment: 'draft' }`); this one is
   * unchanged. The new client shares this one's rate limiter unless `overrides` sets `rateLimit`,
   * and this one's keep-alive connections (on Node, without a `fetch` option): `close()` on either
   * closes them for both. It keeps this one's `hooks`, with the `hooks` of `overrides` appended
   * (run after them; `hooks: null` drops them), and its OpenTelemetry instrumentation.
   */
  withOptions(overrides: Partial<BlizWorkOptions>): BlizWork {
    checkOptionKeys('withOptions', overrides, OPTION_KEYS);
    // The derived client waits on this client's limiter (one budget), unless it names its own.
    const { limiter, connections } = this.#pipeline;
    const shared = limiter && !('rateLimit' in overrides) ? { rateLimit: { limiter } } : {};
    const hooks =
      'hooks' in overrides ? { hooks: appendHooks(this.#pipeline.hooks, overrides.hooks) } : {};
    const options = { ...this.#options, ...overrides, ...shared, ...hooks };
    if (connections) inheritedConnections.set(options, connections);
    return new BlizWork(options);
  }

  /**
   * Closes the keep-alive connections this client (and the clients derived from it with
   * `withOptions`) holds on Node, where calls go through node:http. Calls still in flight fail
   * with `BlizWorkConnectionError`; a later call opens a new connection. Idle connections never
   * keep a process alive, so a script does not need this to exit: call it when a long-lived process
   * is done with the API, or to drop connections at once. Does nothing with a `fetch` option or
   * outside Node.
   *
   * @example
   * const bw = new BlizWork({ token, userId });
   * try {
   *   await bw.process('sales-process').getCase(39);
   * } finally {
   *   bw.close();
   * }
   */
  close(): void {
    this.#pipeline.connections?.close();
  }

  /**
   * A process typed by a schema from `blizwork typegen`: its cases type their fields,
   * `pendingFormId` and `exec` (only the next forms the current form allows, with its fields).
   *
   * @example
   * const c = await bw.process<SalesProcess>('sales-process').getCase(2);
   * if (c.isAt('qualification')) await c.exec('won', { score: 9 });
   */
  process<P extends ProcessSchema = never>(processId: TypedProcessId<P>): TypedProcess<P>;
  /** A process by id (slug). `F` types its case fields. */
  process<F extends object = CaseFields>(processId: string): Process<F>;
  // One runtime object serves both: a TypedProcess is a compile-time view of a Process.
  process(processId: string): unknown {
    return new Process(this.#pipeline, processId);
  }

  /** A master-data table by name. `R` types its records. */
  masterData<R extends object = MasterDataRecord>(table: string): MasterDataTable<R> {
    return new MasterDataTable<R>(this.#pipeline, table);
  }

  /**
   * Uploads a file for an attachment field and resolves `{ fileName, fileUrl }`, ready to pass as
   * that field's value to `exec`. A string `content` is text (encoded as UTF-8), not base64.
   */
  uploadFile(input: UploadFileInput, options: CallOptions = {}): Promise<AttachmentValue> {
    return uploadFile(this.#pipeline, input, options);
  }

  /** Sends a templated e-mail; `params.to` holds the comma-separated recipients. */
  sendNotification(
    template: string,
    params: NotificationParams,
    options: CallOptions = {},
  ): Promise<void> {
    return sendNotification(this.#pipeline, template, params, options);
  }

  /**
   * Asks BlizWork whether an extension call is genuine. Resolves `true` only for result code 0 and
   * `false` for code 1 (or a body without `handshakeToken`); rejects for anything else: fails closed.
   * Sent once, never retried: the handshake token is single-use.
   */
  validateCall(callBody: unknown, options: ValidateCallOptions): Promise<boolean> {
    return validateCall(this.#pipeline, callBody, options);
  }

  /**
   * Calls a generated `@blizwork/client` operation the SDK does not wrap, with this client's
   * token, base URL, fetch, timeout, signal, logger and errors, and resolves its success envelope
   * (result code 0), typed from the generated types with `resultCode: number`.
   *
   * What it fills in: the `token` path parameter, always; and, unless `{ fill: false }`, the body's
   * `userId` and `environment` (this client's) when the operation's request body schema in the spec
   * has them and the body leaves them `undefined`. Nothing else (not `companyId`). A function
   * without the spec metadata `@blizwork/client` attaches (a hand-written operation) gets the token
   * only. Retried like the SDK's reads when the spec marks the operation `x-blizwork-retry-safe`
   * (override with `{ retry }`). Extra `headers` are checked like `request()`'s: a header the SDK
   * or the connection owns (`host`, `content-length`, …) throws a `TypeError` before sending.
   *
   * @example
   * import { listCases, validateCallByPath } from '@blizwork/client';
   * const list = await bw.raw(listCases, { body: { processId: 'sales-process' } }); // userId, environment filled
   * list.resultCode; // 0
   * const reply = await bw.raw(validateCallByPath, { path: { handshakeToken }, body: {} });
   */
  async raw<Op extends GeneratedOperation, Fill extends boolean = true>(
    operation: Op,
    options: RawOptions<Op, Fill>,
    callOptions: RawCallOptions<Fill> = {},
  ): Promise<RawResult<Op>> {
    if (typeof operation !== 'function')
      throw new TypeError('BlizWork: raw() needs a generated operation function');
    checkOptionKeys('raw', callOptions, RAW_CALL_KEYS);
    checkUserHeaders(options.headers, 'raw()');
    const metadata = metadataOf(operation);
    const request =
      metadata && callOptions.fill !== false
        ? {
            ...options,
            body: fillBody(options.body, metadata, {
              userId: this.userId,
              environment: this.environment,
            }),
          }
        : options;
    // The name is log and error text only: a minified function's name says little.
    const name = metadata?.operationId ?? (operation.name || 'raw');
    return this.#pipeline.send(operation, request as RawOptions<Op>, {
      operation: name,
      retry: callOptions.retry,
      signal: callOptions.signal,
      extract: rawEnvelope as Extractor<RawResult<Op>>,
    });
  }

  /**
   * The escape hatch for an endpoint that is not in the spec (the Python wrapper's
   * `post(get_uri(...))`): POSTs `body` as JSON to `path` followed by the URL-encoded token as the
   * last segment, through the same pipeline as every call (per-attempt timeout, `signal`, logging,
   * token redaction, typed errors), and resolves the reply only when its result code is 0. `T` is
   * the reply type you expect; nothing checks it. The body is sent exactly as given (add `userId`
   * and `environment` yourself). Not retried unless `{ retry: true }`.
   *
   * Throws a `TypeError` before sending for a path that does not start with `/`, holds a query,
   * fragment, `.`/`..` segment, empty segment, trailing `/`, encoded `/` or `\`, `{`/`}`, or a
   * character that is not ASCII (percent-encode it: `/caf%C3%A9`; a percent-encoded one that
   * normalises to `.`, `..` or a slash is refused too), for a body that is not a JSON object, and
   * for a header the SDK or the connection owns (`host`, `content-length`, `transfer-encoding`,
   * `connection`, `proxy-*`, … : see the README).
   *
   * @example
   * const reply = await bw.request<{ resultCode: number; payload: Report }>('/reports/summary', {
   *   userId: bw.userId,
   * }); // POST https://api.blizwork.com/reports/summary/<token>
   */
  async request<T extends object = RequestEnvelope>(
    path: string,
    body: object,
    options: RequestCallOptions = {},
  ): Promise<T> {
    const urlTemplate = requestUrlTemplate(path);
    const operation = pathOperation(urlTemplate);
    const serializedBody = serializeRequestBody(body);
    checkOptionKeys('request', options, REQUEST_CALL_KEYS);
    checkUserHeaders(options.headers, 'request()');
    return this.#pipeline.send(
      operation,
      { body: body, headers: options.headers },
      {
        operation: `request(${path})`,
        urlTemplate,
        serializedBody,
        retry: options.retry ?? false,
        signal: options.signal,
        extract: rawEnvelope as unknown as Extractor<T>,
      },
    );
  }

  /** A token-free summary of the configuration. */
  toJSON(): Record<string, unknown> {
    const { baseUrl, userId, companyId, environment, timeoutMs, maxRetries } =
      this.#pipeline.settings;
    return { baseUrl, userId, companyId, environment, timeoutMs, maxRetries, token: REDACTED };
  }
}
