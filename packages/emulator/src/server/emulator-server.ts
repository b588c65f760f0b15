import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AdminAccess } from '../admin/admin-access.js';
import { AdminEvents } from '../admin/admin-events.js';
import { createAdminServer, DASHBOARD_PATH } from '../admin/admin-server.js';
import { changeNoticeFor, type ChangeNotice } from '../admin/change-notice.js';
import type { OperationEvent } from '../handlers/operation-event.js';
import { isLoopbackHost } from '../node/browser-guard.js';
import { createRequestListener, type AdminHandler } from '../node/node-listener.js';
import { nodePostJson } from '../node/node-post-json.js';
import { stateFileIn } from '../persistence/load-state.js';
import { readStartingSnapshot, stateFromSnapshot } from '../persistence/saved-state.js';
import { writeFileAtomically } from '../persistence/snapshot-file.js';
import { StateSaver } from '../persistence/state-saver.js';
import { takeSnapshot } from '../persistence/take-snapshot.js';
import type { Seed } from '../seed/seed-types.js';
import type { EmulatedSpec } from '../spec/emulated-spec.js';
import { baseUrlFor } from './base-url.js';
import { EmulatorCore } from './emulator-core.js';
import type { Emulator } from './emulator-types.js';
import type { EmulatorSettings } from './options.js';

/**
 * The Emulator implementation for Node; create it with `startEmulator`. The runtime-neutral core
 * plus what needs Node: the `node:http` server, extension calls through `node:http`, saving to
 * files and the dashboard.
 */
export class EmulatorServer extends EmulatorCore implements Emulator {
  readonly #settings: EmulatorSettings;
  readonly #server: Server;
  readonly #events = new AdminEvents();
  readonly #access: AdminAccess;
  #saver: StateSaver | undefined;
  #closed: Promise<void> | undefined;

  constructor(settings: EmulatorSettings, seed: Seed, seedSource: string, spec: EmulatedSpec) {
    super(settings, seed, seedSource, spec, {
      post: nodePostJson,
      url: '',
      // Only the dashboard's live updates and saving listen to operations.
      notifyOperations: settings.dashboard || settings.dataDir !== undefined,
    });
    this.#settings = settings;
    this.#access = new AdminAccess(settings.host);
    this.#server = createServer(
      createRequestListener(this.pipeline, {
        serveAdmin: settings.dashboard ? this.#adminServer() : undefined,
        loopbackBound: isLoopbackHost(settings.host),
        bodyTimeoutMs: settings.bodyTimeoutMs,
      }),
    );
  }

  #adminServer(): AdminHandler {
    return createAdminServer(
      this.#access,
      this.#events,
      {
        pipeline: this.pipeline,
        state: () => this.state,
        extensionTimeoutMs: this.#settings.extensionTimeoutMs,
        closing: this.closingSignal,
        postJson: nodePostJson,
        changed: (notice) => this.#changed(notice),
        snapshot: () => takeSnapshot(this.state, new Date()),
        dataDir: this.#settings.dataDir,
        extensions: () => this.seedInfo.extensions.list(),
      },
      { maxBodyBytes: this.#settings.maxBodyBytes, bodyTimeoutMs: this.#settings.bodyTimeoutMs },
    );
  }

  protected override operationDone(event: OperationEvent): void {
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
    const snapshot = await readStartingSnapshot(this.#settings, this.state);
    if (snapshot !== undefined) {
      const { seed, source, extensions } = this.seedInfo;
      this.replaceState(stateFromSnapshot(seed, source, extensions, snapshot));
    }
    if (this.#settings.dataDir === undefined) return;
    this.#saver = new StateSaver(
      await stateFileIn(this.#settings.dataDir),
      () => JSON.stringify(takeSnapshot(this.state, new Date())),
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
        this.setUrl(baseUrlFor(this.#settings.host, (this.#server.address() as AddressInfo).port));
        resolve();
      });
    });
  }

  get port(): number {
    return Number(new URL(this.url).port);
  }

  get dashboardUrl(): string | undefined {
    return this.#settings.dashboard ? `${this.url}${DASHBOARD_PATH}` : undefined;
  }

  get adminToken(): string | undefined {
    return this.#settings.dashboard ? this.#access.adminToken : undefined;
  }

  override reset(): void {
    super.reset();
    this.#changed({ kind: 'reset' });
  }

  exportState(file: string): Promise<void> {
    return writeFileAtomically(file, JSON.stringify(takeSnapshot(this.state, new Date())));
  }

  override close(): Promise<void> {
    this.#closed ??= new Promise<void>((resolve) => {
      void super.close();
      this.#events.close();
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    }).then(() => this.#saver?.flush());
    return this.#closed;
  }
}
