// A real HTTP server on 127.0.0.1 that answers each request with the next queued "fault": JSON,
// raw text (HTML pages, garbage), slow replies, dropped connections. It records every request.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
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
  /** Sends the headers at once, then one body byte every `intervalMs`, never ending the body. */
  | { kind: 'drip'; intervalMs: number }
  /** Sends the headers and part of the body, then destroys the socket. */
  | { kind: 'cut-body' }
  /**
   * Streams `chunkCount` chunks of `chunkBytes` bytes of JSON-ish filler (chunked encoding unless
   * `headers` sets a content-length), each after the previous one was flushed. What was sent is
   * recorded in `FaultServer.streams`.
   */
  | { kind: 'stream'; chunkBytes: number; chunkCount: number; headers?: Record<string, string> };

/** What a `stream` fault sent: settles when the reply ended or the client went away. */
export interface StreamRecord {
  /** The bytes written before the reply ended or the connection closed. */
  sentBytes: number;
  /** True when every chunk was sent. */
  completed: boolean;
}

/** One request as the server received it. */
export interface ReceivedRequest {
  method: string;
  /** The raw request target (holds the token). */
  url: string;
  headers: IncomingMessage['headers'];
  /** Header names and values as sent, in order (node's `headers` object cannot hold `__proto__`). */
  rawHeaders: string[];
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
  /** One promise per `stream` fault answered, in order. */
  streams: Promise<StreamRecord>[];
  /** Empties the queue and the records, and restores the default fallback. */
  reset(): void;
  close(): Promise<void>;
}

/** A success envelope with the given extra members. */
export const ok = (extra: Record<string, unknown> = {}): Fault => ({
  kind: 'json',
  body: { resultCode: 0, resultMessage: 'OK', ...extra },
});

/** Writes a `stream` fault's chunks, waiting for each to drain, until done or the client left. */
function stream(
  fault: Extract<Fault, { kind: 'stream' }>,
  res: ServerResponse,
): Promise<StreamRecord> {
  return new Promise((resolve) => {
    res.writeHead(200, { 'content-type': 'application/json', ...fault.headers });
    const chunk = Buffer.alloc(fault.chunkBytes, 'x');
    let sent = 0;
    let sentBytes = 0;
    const finish = (completed: boolean) => resolve({ sentBytes, completed });
    res.on('close', () => finish(false));
    const writeNext = (): void => {
      if (res.destroyed) return;
      if (sent === fault.chunkCount) {
        res.end(() => finish(true));
        return;
      }
      sent += 1;
      sentBytes += chunk.byteLength;
      if (res.write(chunk)) setImmediate(writeNext);
      else res.once('drain', writeNext);
    };
    writeNext();
  });
}

function answer(fault: Fault, res: ServerResponse, streams: Promise<StreamRecord>[]): void {
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
      const timer = setTimeout(() => fault.then && answer(fault.then, res, streams), fault.delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    case 'reset':
      res.socket?.destroy();
      return;
    case 'drip': {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), fault.intervalMs);
      res.on('close', () => clearInterval(timer));
      return;
    }
    case 'cut-body':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"resultCode":0,"payload":{"caseNu');
      setTimeout(() => res.socket?.destroy(), 10);
      return;
    case 'stream':
      streams.push(stream(fault, res));
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
        rawHeaders: req.rawHeaders,
        body: text === '' ? undefined : JSON.parse(text),
      });
      answer(pending.shift() ?? state.fallback, res, state.streams);
    });
  });
  const state = {
    url: '',
    requests: [] as ReceivedRequest[],
    streams: [] as Promise<StreamRecord>[],
    queue: (...faults: Fault[]) => void pending.push(...faults),
    fallback: ok(),
    reset: () => {
      pending.length = 0;
      state.requests.length = 0;
      state.streams.length = 0;
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

/** A port of 127.0.0.1 that was free a moment ago and has no listener (connecting is refused). */
export async function closedPort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Resolves once `server` has received `count` requests (polling, for tests that act mid-request). */
export async function untilRequests(server: FaultServer, count: number): Promise<void> {
  while (server.requests.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
}
