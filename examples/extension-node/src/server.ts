import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BlizWork } from '@blizwork/sdk';
import { createExtensionHandler, type ExtensionHandlerOptions } from '@blizwork/sdk/extension';
import { toNodeListener } from '@blizwork/sdk/extension/node';
import { onQualifiedLead, type LeadFields } from './on-qualified-lead.js';

/**
 * node:http timeouts for an extension server. Node's defaults (`requestTimeout` 300 s) let a
 * client that sends its request slowly hold a socket for minutes; BlizWork sends a whole call
 * (at most ~500 KB) in well under a second. The handler's own `bodyTimeoutMs` (10 s) bounds the
 * body too, but only once the request reaches it: these bound the headers and the whole request.
 */
export const SERVER_TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 30_000 } as const;

/** The path BlizWork calls on this server. */
export const EXTENSION_PATH = '/qualified';

/** Options of {@link startExtensionServer}: the handler's, plus where to listen. */
export interface ExtensionServerOptions extends Omit<ExtensionHandlerOptions, 'publicUrl'> {
  /** Port to listen on (0: any free port). */
  port: number;
  /** Interface to listen on. @default all interfaces */
  host?: string;
  /**
   * The URL registered in BlizWork for this extension. Behind a proxy or TLS terminator it differs
   * from what the server sees, so set it there. @default `http://${host ?? 'localhost'}:${port}/qualified`
   */
  publicUrl?: string;
}

/** A running extension server and the URL its handler verifies calls against. */
export interface ExtensionServer {
  server: Server;
  publicUrl: string;
}

/**
 * Starts a node:http server (with {@link SERVER_TIMEOUTS}) whose every request goes through the
 * verifying extension handler: forged calls are refused before `onQualifiedLead` ever runs.
 */
export async function startExtensionServer(
  bw: BlizWork,
  { port, host, publicUrl, ...handlerOptions }: ExtensionServerOptions,
): Promise<ExtensionServer> {
  const server = createServer(SERVER_TIMEOUTS);
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  // The default needs the port really bound (port 0 picks one), so the handler is built after.
  const boundPort = (server.address() as AddressInfo).port;
  const resolvedUrl = publicUrl ?? `http://${host ?? 'localhost'}:${boundPort}${EXTENSION_PATH}`;
  const handler = createExtensionHandler<LeadFields>(bw, (call) => onQualifiedLead(bw, call), {
    ...handlerOptions,
    publicUrl: resolvedUrl,
  });
  server.on('request', toNodeListener(handler));
  return { server, publicUrl: resolvedUrl };
}
