import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { ExtensionRegistry, type ExtensionRegistration } from '../extensions/extension-registry.js';
import { runExtensions } from '../extensions/run-extensions.js';
import { createRequestListener, type PipelineDependencies } from '../http/request-pipeline.js';
import { AdminAccess } from '../admin/admin-access.js';
import { AdminEvents } from '../admin/admin-events.js';
import { createAdminServer, DASHBOARD_PATH } from '../admin/admin-server.js';
import type { OperationEvent } from '../admin/operation-event.js';
import { changeNoticeFor, type ChangeNotice } from '../admin/change-notice.js';
import { stateFileIn } from '../persistence/load-state.js';
import { readStartingSnapshot, stateFromSnapshot } from '../persistence/saved-state.js';
import { writeFileAtomically } from '../persistence/snapshot-file.js';
import { StateSaver } from '../persistence/state-saver.js';
import { takeSnapshot } from '../persistence/take-snapshot.js';
import { buildState } from '../seed/build-state.js';
import type { Seed } from '../seed/seed-types.js';
import type { OperationId } from '../generated/spec.gen.js';
import type { EmulatedSpec } from '../spec/emulated-spec.js';
import { currentFormId } from '../state/case-record.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { cloneJson } from '../state/json-values.js';
import type { ExtensionCallRecord, NotificationRecord } from '../state/records.js';
import { baseUrlFor } from './base-url.js';
import { redactSecrets } from './redact-secrets.js';
import type { CaseRef, CaseSnapshot, Emulator, EmulatorClientOptions } from './emulator-types.js';
import type { EmulatorSettings } from './options.js';

/** The Emulator implementation; create it with `startEmulator`. */
export class EmulatorServer implements Emulator {
  readonly #settings: EmulatorSettings;
  readonly #seed: Seed;
  readonly #seedSource: string;
  readonly #extensions = new ExtensionRegistry();
  readonly #closing = new AbortController();
  readonly #injectedFailures: string[] = [];
  /** Keys already logged by `logOnce` (one line per operation answered with its example). */
  readonly #loggedOnce = new Set<string>();
  readonly #server: Server;
  readonly #events = new AdminEvents();
  readonly #access: AdminAccess;
  #saver: StateSaver | undefined;
  #state: EmulatorState;
  #url = '';
  #closed: Promise<void> | undefined;

  constructor(settings: EmulatorSettings, seed: Seed, seedSource: string, spec: EmulatedSpec) {
    this.#settings = settings;
    this.#seed = structuredClone(seed); // later changes to the caller's object must not leak into reset()
    this.#seedSource = seedSource;
    this.#state = buildState(seed, seedSource, this.#extensions, new Date());
    this.#access = new AdminAccess(settings.host);
    const pipeline: PipelineDependencies = {
      state: () => this.#state,
      spec,
      maxBodyBytes: settings.maxBodyBytes,
      maxAttachmentBytes: settings.maxAttachmentBytes,
      statusEnvelope: settings.statusEnvelope,
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
          },
          state,
          record,
          transition,
        ),
      takeInjectedFailure: (operationId) => this.#takeInjectedFailure(operationId),
      log: (line) => settings.log(redactSecrets(line, this.#state.directory.allTokens())),
      logOnce: (key, line) => {
        if (this.#loggedOnce.has(key)) return;
        this.#loggedOnce.add(key);
        settings.log(line);
      },
      onOperation: (event) => this.#operationDone(event),
    };
    this.#server = createServer(
      createRequestListener(
        settings.dashboard ? { ...pipeline, serveAdmin: this.#adminServer(pipeline) } : pipeline,
      ),
    );
  }

  #adminServer(pipeline: PipelineDependencies): PipelineDependencies['serveAdmin'] {
    return createAdminServer(
      this.#access,
      this.#events,
      {
        pipeline,
        state: () => this.#state,
        extensionTimeoutMs: this.#settings.extensionTimeoutMs,
        closing: this.#closing.signal,
        changed: (notice) => this.#changed(notice),
        snapshot: () => takeSnapshot(this.#state, new Date()),
        dataDir: this.#settings.dataDir,
      },
      this.#settings.maxBodyBytes,
    );
  }

  #operationDone(event: OperationEvent): void {
    const notice = changeNoticeFor(event);
    if (notice !== undefined) this.#changed(notice);
  }

  #changed(notice: ChangeNotice): void {
    this.#saver?.changed();
    this.#events.publish(notice);
  }

  /**
   * Loads the saved (or imported) state, if any, and starts saving into the data directory.
   * Rejects with a PersistenceError for a file it refuses (left untouched).
   */
  async loadSavedState(): Promise<void> {
    const snapshot = await readStartingSnapshot(this.#settings, this.#state);
    if (snapshot !== undefined) {
      this.#state = stateFromSnapshot(this.#seed, this.#seedSource, this.#extensions, snapshot);
    }
    if (this.#settings.dataDir === undefined) return;
    this.#saver = new StateSaver(
      await stateFileIn(this.#settings.dataDir),
      () => JSON.stringify(takeSnapshot(this.#state, new Date())),
      (error) => this.#settings.log(`cannot save the state: ${error.message}`),
    );
    this.#saver.changed(); // the file exists (and holds an import) from the start
  }

  /** Binds the server; resolves once it listens. */
  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(this.#settings.port, this.#settings.host, () => {
        this.#server.off('error', reject);
        this.#url = baseUrlFor(this.#settings.host, (this.#server.address() as AddressInfo).port);
        resolve();
      });
    });
  }

  get url(): string {
    return this.#url;
  }

  get port(): number {
    return Number(new URL(this.#url).port);
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

  get dashboardUrl(): string | undefined {
    return this.#settings.dashboard ? `${this.#url}${DASHBOARD_PATH}` : undefined;
  }

  get adminToken(): string | undefined {
    return this.#settings.dashboard ? this.#access.adminToken : undefined;
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
      : cloneJson({ ...record, currentFormId: currentFormId(record) });
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
    this.#state = buildState(this.#seed, this.#seedSource, this.#extensions, new Date());
    this.#injectedFailures.length = 0;
    this.#changed({ kind: 'reset' });
  }

  exportState(file: string): Promise<void> {
    return writeFileAtomically(file, JSON.stringify(takeSnapshot(this.#state, new Date())));
  }

  close(): Promise<void> {
    this.#closed ??= new Promise<void>((resolve) => {
      this.#closing.abort();
      this.#events.close();
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    }).then(() => this.#saver?.flush());
    return this.#closed;
  }

  /** Never show the token: `util.inspect(emulator)` prints this instead. */
  [inspect.custom](): string {
    return `Emulator { url: '${this.#url}', companyId: '${this.companyId}', userId: '${this.userId}', token: '***' }`;
  }

  /** Never serialize the token. */
  toJSON(): Record<string, string> {
    return { url: this.#url, companyId: this.companyId, userId: this.userId, token: '***' };
  }
}
