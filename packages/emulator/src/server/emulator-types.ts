import type { ExtensionRegistration } from '../extensions/extension-registry.js';
import type { Environment } from '../domain/terms.js';
import type { OperationId } from '../generated/spec.gen.js';
import type { CaseRecord } from '../state/case-record.js';
import type { ExtensionCallRecord, NotificationRecord } from '../state/records.js';

/** Which case to read with {@link Emulator.readCase}. */
export interface CaseRef {
  /** The process slug of the case. */
  processId: string;
  /** The case's number in that process and environment. */
  caseNumber: number;
  /** @default 'production' */
  environment?: Environment;
  /** @default the emulator's `companyId` (the seed's first company) */
  companyId?: string;
}

/** A deep copy of a stored case, history included. */
export interface CaseSnapshot extends CaseRecord {
  /** The form the case waits on, or the final form it closed at. */
  currentFormId: string;
}

/** Connection settings for a client of the emulator (the shape `@blizwork/sdk`'s `BlizWork` takes). */
export interface EmulatorClientOptions {
  /** The emulator's base URL (no trailing slash). */
  baseUrl: string;
  /** An API token: the seed's first company's first token. */
  token: string;
  /** A user: the seed's first company's first user. */
  userId: string;
  /** The seed's first company's id. */
  companyId: string;
}

/**
 * An emulator in this process, reached through {@link FetchEmulator.fetch}: what
 * `createEmulator` (from `@blizwork/emulator/core`, no Node API) returns, and the part of
 * {@link Emulator} that needs no server. Its token never shows in `util.inspect()` or
 * `JSON.stringify()`.
 */
export interface FetchEmulator {
  /**
   * Base URL, no trailing slash: the bound address for `startEmulator`, the `baseUrl` option
   * (nothing listens there) for `createEmulator`.
   */
  readonly url: string;
  /** The seed's first company's first API token (a secret in the real service: never log it). */
  readonly token: string;
  /** The seed's first company's first user. */
  readonly userId: string;
  /** The seed's first company. */
  readonly companyId: string;
  /**
   * Everything a client needs to talk to this emulator as the seed's first company and user:
   * `new BlizWork({ ...emulator.clientOptions, fetch: emulator.fetch })` with `@blizwork/sdk`. A
   * fresh object on every read.
   */
  readonly clientOptions: EmulatorClientOptions;
  /**
   * Answers a request in this process, with no socket: pass it as the SDK's (or any web client's)
   * `fetch`. Only the URL's path and query matter; the reply is the one the HTTP server would send.
   */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** The `sendNotification` outbox, oldest first (a frozen copy). */
  readonly notifications: readonly NotificationRecord[];
  /** Every extension call made, oldest first (a frozen copy). */
  readonly extensionCalls: readonly ExtensionCallRecord[];
  /** Registers an extension called after matching execs; returns a function that removes it. */
  addExtension(registration: ExtensionRegistration): () => void;
  /** A deep copy of a case, or undefined. */
  readCase(ref: CaseRef): CaseSnapshot | undefined;
  /** A deep copy of a master-data table's records, or undefined when there is no such table. */
  readTable(table: string, companyId?: string): Record<string, unknown>[] | undefined;
  /**
   * Makes the next request of `operationId` (any operation when omitted) fail as an unexpected
   * error: HTTP 500 with code 101. For testing how clients handle server failures.
   */
  failNextRequest(operationId?: OperationId): void;
  /**
   * Restores the seed's state: cases, master data, seeded extensions and handshakes; empties the
   * outboxes and stored files. Extensions added with `addExtension` are kept.
   */
  reset(): void;
  /** Aborts pending extension calls; later requests are still answered. */
  close(): Promise<void>;
}

/** A running emulator (`startEmulator`). Its token never shows in `util.inspect()` or `JSON.stringify()`. */
export interface Emulator extends FetchEmulator {
  /** Base URL, no trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** The port actually bound. */
  readonly port: number;
  /** The dashboard's URL (`<url>/_emulator/`), or undefined when the `dashboard` option is off. */
  readonly dashboardUrl: string | undefined;
  /**
   * The token the dashboard and admin API require when the emulator listens beyond loopback (a
   * secret: never log it); undefined on loopback or without the dashboard.
   */
  readonly adminToken: string | undefined;
  /**
   * Writes the current state (cases, master data, outboxes, stored files, handshakes) to `file` as
   * a versioned snapshot, atomically; `importFile`/`--import` loads it back.
   */
  exportState(file: string): Promise<void>;
  /**
   * Stops the server, aborting pending extension calls and closing idle keep-alive connections;
   * with `dataDir`, resolves once the state is saved.
   */
  close(): Promise<void>;
}
