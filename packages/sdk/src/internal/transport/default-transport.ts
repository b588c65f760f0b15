// Which transport a client sends through when the user passes no `fetch`. By default, fetch: the
// default entry of the package (browsers, workers, Deno, Bun) never references node:http, so a
// browser bundle carries none of it. The Node entry (`src/index.node.ts`, export condition `node`)
// registers the node:http transport here once, as it loads.
import type { Transport } from './wire.js';

/** What a default transport is built from: the client's settings that concern the wire. */
export interface DefaultTransportSetup {
  /** The base URL (no trailing `/`). */
  baseUrl: string;
  /** Headers sent with every request (lower-case names). */
  headers: Record<string, string>;
  /** The largest reply body read, in bytes. */
  maxResponseBytes: number;
  /** The per-attempt time limit in ms (`0`: none). */
  timeoutMs: number;
}

/** Keep-alive connections a client family shares (clients derived with `withOptions`). */
export interface KeepAliveConnections {
  /** Ends every connection, idle or in use. */
  close(): void;
}

/**
 * A transport that times each attempt and listens to the caller's signal itself (node:http), with
 * the connections it sends through.
 */
export interface SelfTimedTransport {
  transport: Transport;
  connections: KeepAliveConnections;
}

/**
 * Builds the default transport for a new client, or `undefined` where the runtime cannot (then
 * fetch is used). `inherited`: the connections of the client it is derived from, if any.
 */
export type DefaultTransportFactory = (
  setup: DefaultTransportSetup,
  inherited: KeepAliveConnections | undefined,
) => SelfTimedTransport | undefined;

let registered: DefaultTransportFactory | undefined;

/** Makes `factory` the transport of every client created afterwards without a `fetch` option. */
export function registerDefaultTransport(factory: DefaultTransportFactory): void {
  registered = factory;
}

/** The registered default transport for a client, or `undefined` for fetch. */
export function defaultTransport(
  setup: DefaultTransportSetup,
  inherited: KeepAliveConnections | undefined,
): SelfTimedTransport | undefined {
  return registered?.(setup, inherited);
}
