// A real HTTP server on 127.0.0.1 that answers each request with the next queued "fault": JSON,
// raw text (HTML pages, garbage), slow replies, dropped connections. It records every request.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** One scripted answer. */
export type Fault =
  | { kind: 'json'; body: unknown; status?: number; headers?: Record<string, string> }
  | {
      kind: 'text';
      body: string;
      status?: number;
      contentType?: string;
      headers?: Record<string, string>;
    }
  /** Waits `delayMs` before answering with `then` (or never answers when omitted). */
  | { kind: 'slow'; delayMs: number; then?: Fault }
  /** Closes the socket before any reply. */
  | { kind: 'reset' }
  /** Sends the headers and part of the body, then destroys the socket. */
  | { kind: 'cut-body' };

/** One request as the server received it. */
export interface ReceivedRequest {
  method: string;
  /** The raw request target (holds the token). */
  url: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** The running server. */
export interface FaultServer {
  url: string;
  requests: ReceivedRequest[];
  /** Queues answers for the next requests, in order. */
  queue(...faults: Fault[]): void;
  /** The answer once the queue is empty. @default a success envelope */
  fallback: Fault;
  /** Empties the queue and the records, and restores the default fallback. */
  reset(): void;
  close(): Promise<void>;
}

/** A success envelope with the given extra members. */
export const ok = (extra: Record<string, unknown> = {}): Fault => ({
  kind: 'json',
  body: { resultCode: 0, resultMessage: 'OK', ...extra },
});

function answer(fault: Fault, res: ServerResponse): void {
  switch (fault.kind) {
    case 'json':
      res.writeHead(fault.status ?? 200, { 'content-type': 'application/json', ...fault.headers });
      res.end(JSON.stringify(fault.body));
      return;
    case 'text':
      res.writeHead(fault.status ?? 200, {
        'content-type': fault.contentType ?? 'text/html',
        ...fault.headers,
      });
      res.end(fault.body);
      return;
    case 'slow': {
      const timer = setTimeout(() => fault.then && answer(fault.then, res), fault.delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    case 'reset':
      res.socket?.destroy();
      return;
    case 'cut-body':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"resultCode":0,"payload":{"caseNu');
      setTimeout(() => res.socket?.destroy(), 10);
      return;
  }
}

/** A fault server that is not listening yet: `start()` binds a free port of 127.0.0.1. */
export function createFaultServer(): FaultServer & { start(): Promise<void> } {
  const pending: Fault[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      state.requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: text === '' ? undefined : JSON.parse(text),
      });
      answer(pending.shift() ?? state.fallback, res);
    });
  });
  const state = {
    url: '',
    requests: [] as ReceivedRequest[],
    queue: (...faults: Fault[]) => void pending.push(...faults),
    fallback: ok(),
    reset: () => {
      pending.length = 0;
      state.requests.length = 0;
      state.fallback = ok();
    },
    start: async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return state;
}

/** Starts a fault server on a free port of 127.0.0.1. */
export async function startFaultServer(): Promise<FaultServer> {
  const server = createFaultServer();
  await server.start();
  return server;
}

/**
 * The test file's fault server: started before its tests, reset (empty queue and records, default
 * fallback) before each test, closed after them.
 */
export function useFaultServer(): FaultServer {
  const server = createFaultServer();
  beforeAll(() => server.start());
  afterAll(() => server.close());
  beforeEach(() => server.reset());
  return server;
}

/** Resolves once `server` has received `count` requests (polling, for tests that act mid-request). */
export async function untilRequests(server: FaultServer, count: number): Promise<void> {
  while (server.requests.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
}
