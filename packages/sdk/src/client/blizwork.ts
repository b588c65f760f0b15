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
import { INSPECT, inspectAs, type InspectFn } from './inspect.js';
import type {
  GeneratedOperation,
  RawCallOptions,
  RawOptions,
  RawResult,
} from './operation-types.js';
import { resolveOptions, type BlizWorkOptions } from './options.js';
import { REDACTED } from './redact.js';
import { Transport } from './transport.js';

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
  readonly #transport: Transport;

  /** Validates the options (TypeError on a bad one) and creates the client. */
  constructor(options: BlizWorkOptions) {
    const resolved = resolveOptions(options);
    this.#options = { ...options };
    this.#transport = new Transport(resolved);
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
    return new BlizWork(optionsFromEnv(env, overrides));
  }

  /** The environment (process version) calls work on: `production` unless configured. */
  get environment(): Environment {
    return this.#transport.settings.environment;
  }

  /** The user the calls are made as. */
  get userId(): string {
    return this.#transport.settings.userId;
  }

  /** The company id, if configured. */
  get companyId(): string | undefined {
    return this.#transport.settings.companyId;
  }

  /** The API's base URL. */
  get baseUrl(): string {
    return this.#transport.settings.baseUrl;
  }

  /**
   * A new client with these options changed (e.g. `{ environment: 'draft' }`); this one is
   * unchanged. The new client shares this one's rate limiter unless `overrides` sets `rateLimit`.
   */
  withOptions(overrides: Partial<BlizWorkOptions>): BlizWork {
    // The derived client waits on this client's limiter (one budget), unless it names its own.
    const { limiter } = this.#transport;
    const shared = limiter && !('rateLimit' in overrides) ? { rateLimit: { limiter } } : {};
    return new BlizWork({ ...this.#options, ...overrides, ...shared });
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
    return new Process(this.#transport, processId);
  }

  /** A master-data table by name. `R` types its records. */
  masterData<R extends object = MasterDataRecord>(table: string): MasterDataTable<R> {
    return new MasterDataTable<R>(this.#transport, table);
  }

  /**
   * Uploads a file for an attachment field and resolves `{ fileName, fileUrl }`, ready to pass as
   * that field's value to `exec`. A string `content` is text (encoded as UTF-8), not base64.
   */
  uploadFile(input: UploadFileInput, options: CallOptions = {}): Promise<AttachmentValue> {
    return uploadFile(this.#transport, input, options);
  }

  /** Sends a templated e-mail; `params.to` holds the comma-separated recipients. */
  sendNotification(
    template: string,
    params: NotificationParams,
    options: CallOptions = {},
  ): Promise<void> {
    return sendNotification(this.#transport, template, params, options);
  }

  /**
   * Asks BlizWork whether an extension call is genuine. Resolves `true` only for result code 0 and
   * `false` for code 1 (or a body without `handshakeToken`); rejects for anything else: fails closed.
   */
  validateCall(callBody: unknown, options: ValidateCallOptions): Promise<boolean> {
    return validateCall(this.#transport, callBody, options);
  }

  /**
   * Calls a generated `@blizwork/client` operation the SDK does not wrap, with this client's
   * token, base URL, fetch, timeout, logger and errors, and resolves its success envelope. Not
   * retried unless `{ retry: true }` (only for operations that are safe to send twice).
   *
   * @example
   * import { validateCallByPath } from '@blizwork/client';
   * const reply = await bw.raw(validateCallByPath, { path: { handshakeToken }, body: {} }, { retry: true });
   */
  async raw<Op extends GeneratedOperation>(
    operation: Op,
    options: RawOptions<Op>,
    callOptions: RawCallOptions = {},
  ): Promise<RawResult<Op>> {
    if (typeof operation !== 'function')
      throw new TypeError('BlizWork: raw() needs a generated operation function');
    return this.#transport.send<Op, RawResult<Op>>(operation, options, {
      operation: operation.name || 'raw',
      retry: callOptions.retry ?? false,
      signal: callOptions.signal,
    });
  }

  /** A token-free summary of the configuration. */
  toJSON(): Record<string, unknown> {
    const { baseUrl, userId, companyId, environment, timeoutMs, maxRetries } =
      this.#transport.settings;
    return { baseUrl, userId, companyId, environment, timeoutMs, maxRetries, token: REDACTED };
  }

  /** @internal util.inspect() support. */
  [INSPECT](_depth: number, options: unknown, inspect?: InspectFn): string {
    return inspectAs('BlizWork', this.toJSON(), options, inspect);
  }
}
