import { ExtensionRegistry, type ExtensionRegistration } from '../extensions/extension-registry.js';
import type { PostJson } from '../extensions/post-outcome.js';
import { runExtensions } from '../extensions/run-extensions.js';
import type { OperationEvent } from '../handlers/operation-event.js';
import { createFetch, type FetchFunction } from '../http/fetch-adapter.js';
import type { PlainReply, PlainRequest } from '../http/plain-http.js';
import { ReadReplyCache } from '../http/read-reply-cache.js';
import { handleRequest, type PipelineDependencies } from '../http/pipeline.js';
import type { OperationId } from '../generated/spec.gen.js';
import { buildState } from '../seed/build-state.js';
import type { Seed } from '../seed/seed-types.js';
import type { EmulatedSpec } from '../spec/emulated-spec.js';
import { currentFormId } from '../state/case-record.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { fieldValuesWithFileUrls, fieldsWithFileUrls } from '../state/file-urls.js';
import { cloneJson } from '../state/json-values.js';
import type { ExtensionCallRecord, NotificationRecord } from '../state/records.js';
import type {
  CaseRef,
  CaseSnapshot,
  EmulatorClientOptions,
  FetchEmulator,
} from './emulator-types.js';
import type { EmulatorSettings } from './options.js';
import { redactSecrets } from './redact-secrets.js';

/** How the core is wired into its host. */
export interface CoreWiring {
  /** Sends extension calls. */
  readonly post: PostJson;
  /** The base URL until the host sets another (`setUrl`). */
  readonly url: string;
  /** Tell `operationDone` of every state-changing operation (persistence, dashboard). */
  readonly notifyOperations: boolean;
}

/** Where `util.inspect` looks for a custom view, in Node and Deno alike (no `node:util` import). */
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

/**
 * The runtime-neutral emulator: state, handlers and the request pipeline, answering plain requests
 * (`handle`) and web ones (`fetch`). No Node API: `startEmulator`'s server extends it with a socket,
 * persistence and the dashboard; `createEmulator` returns it as it is.
 */
export class EmulatorCore implements FetchEmulator {
  readonly #seed: Seed;
  readonly #seedSource: string;
  readonly #extensions = new ExtensionRegistry();
  readonly #closing = new AbortController();
  readonly #injectedFailures: string[] = [];
  /** Keys already logged by `logOnce` (one line per operation answered with its example). */
  readonly #loggedOnce = new Set<string>();
  readonly #readCache = new ReadReplyCache();
  #state: EmulatorState;
  #url: string;
  /** What the pipeline (and the dashboard, which runs operations through it) uses. */
  protected readonly pipeline: PipelineDependencies;
  readonly fetch: FetchFunction;

  constructor(
    settings: EmulatorSettings,
    seed: Seed,
    seedSource: string,
    spec: EmulatedSpec,
    wiring: CoreWiring,
  ) {
    this.#seed = structuredClone(seed); // later changes to the caller's object must not leak into reset()
    this.#seedSource = seedSource;
    this.#url = wiring.url;
    // From the private copy: building from `seed` would share its nested values with the caller.
    this.#state = buildState(this.#seed, seedSource, this.#extensions, new Date());
    const logOnce = (key: string, line: string): void => {
      if (this.#loggedOnce.has(key)) return;
      this.#loggedOnce.add(key);
      settings.log(line);
    };
    this.pipeline = {
      state: () => this.#state,
      spec,
      maxBodyBytes: settings.maxBodyBytes,
      maxAttachmentBytes: settings.maxAttachmentBytes,
      assumptions: settings.assumptions,
      cors: settings.cors,
      transactionsPerSecond: settings.transactionsPerSecond,
      baseUrl: () => this.#url,
      now: () => new Date(),
      runExtensions: (state) => (record, transition) =>
        runExtensions(
          {
            registry: this.#extensions,
            timeoutMs: settings.extensionTimeoutMs,
            signal: this.#closing.signal,
            post: wiring.post,
            baseUrl: this.#url,
          },
          state,
          record,
          transition,
        ),
      takeInjectedFailure: (operationId) => this.#takeInjectedFailure(operationId),
      log: (line) => settings.log(redactSecrets(line, this.#state.directory.allTokens())),
      logOnce,
      readCache: this.#readCache,
      // Only installed when someone listens: every state-changing operation would pay for it.
      ...(wiring.notifyOperations
        ? { onOperation: (event: OperationEvent) => this.operationDone(event) }
        : {}),
    };
    this.fetch = createFetch((request) => this.handle(request));
  }

  /** Answers one plain request; undefined when the client went away. */
  handle(request: PlainRequest): PlainReply | Promise<PlainReply | undefined> {
    return handleRequest(request, this.pipeline);
  }

  /** Told of every state-changing operation when `notifyOperations` is set. */
  protected operationDone(event: OperationEvent): void {
    void event;
  }

  /** The current state. */
  protected get state(): EmulatorState {
    return this.#state;
  }

  /** Replaces the whole state (a loaded snapshot); cached replies are dropped. */
  protected replaceState(state: EmulatorState): void {
    this.#state = state;
    this.#readCache.invalidate();
  }

  /** The seed, for rebuilding a state from a snapshot. */
  protected get seedInfo(): { seed: Seed; source: string; extensions: ExtensionRegistry } {
    return { seed: this.#seed, source: this.#seedSource, extensions: this.#extensions };
  }

  /** Aborted on `close()`: pending extension calls stop. */
  protected get closingSignal(): AbortSignal {
    return this.#closing.signal;
  }

  /** Sets the base URL (once the server knows its port). */
  protected setUrl(url: string): void {
    this.#url = url;
  }

  get url(): string {
    return this.#url;
  }

  get token(): string {
    return this.#seed.companies[0]?.tokens[0] ?? '';
  }

  get userId(): string {
    return this.#seed.companies[0]?.users[0] ?? '';
  }

  get companyId(): string {
    return this.#seed.companies[0]?.companyId ?? '';
  }

  get clientOptions(): EmulatorClientOptions {
    return { baseUrl: this.url, token: this.token, userId: this.userId, companyId: this.companyId };
  }

  get notifications(): readonly NotificationRecord[] {
    return Object.freeze([...this.#state.notifications]);
  }

  get extensionCalls(): readonly ExtensionCallRecord[] {
    return Object.freeze([...this.#state.extensionCalls]);
  }

  addExtension(registration: ExtensionRegistration): () => void {
    return this.#extensions.add(registration);
  }

  readCase(ref: CaseRef): CaseSnapshot | undefined {
    const record = this.#state.cases.get(
      ref.companyId ?? this.companyId,
      ref.processId,
      ref.environment ?? 'production',
      ref.caseNumber,
    );
    return record === undefined
      ? undefined
      : cloneJson({
          ...record,
          fields: fieldsWithFileUrls(record.fields, this.#url),
          fieldValues: fieldValuesWithFileUrls(record.fieldValues, this.#url),
          currentFormId: currentFormId(record),
        });
  }

  readTable(
    table: string,
    companyId: string = this.companyId,
  ): Record<string, unknown>[] | undefined {
    const records = this.#state.masterData.query(companyId, table, {});
    return records === undefined ? undefined : cloneJson(records);
  }

  failNextRequest(operationId?: OperationId): void {
    this.#injectedFailures.push(operationId ?? '*');
  }

  #takeInjectedFailure(operationId: string): boolean {
    const index = this.#injectedFailures.findIndex(
      (entry) => entry === operationId || entry === '*',
    );
    if (index === -1) return false;
    this.#injectedFailures.splice(index, 1);
    return true;
  }

  reset(): void {
    this.replaceState(buildState(this.#seed, this.#seedSource, this.#extensions, new Date()));
    this.#injectedFailures.length = 0;
  }

  close(): Promise<void> {
    this.#closing.abort();
    return Promise.resolve();
  }

  /** Never show the token: `util.inspect(emulator)` prints this instead. */
  [inspectCustom](): string {
    return `Emulator { url: '${this.url}', companyId: '${this.companyId}', userId: '${this.userId}', token: '***' }`;
  }

  /** Never serialize the token. */
  toJSON(): Record<string, string> {
    return { url: this.url, companyId: this.companyId, userId: this.userId, token: '***' };
  }
}
