// The workspace's one purpose-built HTTP server for tests: a real server on 127.0.0.1 (port 0) that
// records every request and answers each one as the test scripts it. Queued faults (JSON, raw text
// such as HTML pages, slow replies, dropped connections, dripped or streamed bodies), then a
// per-request answer function, then a fallback. The SDK's, the CLI's and the generated client's
// tests all use it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/**
 * A text reply: the body as given, `text/html` unless `contentType` says otherwise. The one answer
 * whose `kind` may be left out, so a test can write `{ status: 404, contentType, body }`.
 */
export interface TextFault {
  readonly kind?: 'text';
  readonly body: string;
  /** @defaultValue 200 */
  readonly status?: number;
  /** @defaultValue `text/html` */
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One scripted answer. */
export type Fault =
  | TextFault
  /** `body` serialised as JSON, with `content-type: application/json`. */
  | {
      readonly kind: 'json';
      readonly body: unknown;
      readonly status?: number;
      readonly headers?: Readonly<Record<string, string>>;
    }
  /** Waits `delayMs` before answering with `then` (or never answers when omitted). */
  | { readonly kind: 'slow'; readonly delayMs: number; readonly then?: Fault }
  /** Closes the socket before any reply. */
  | { readonly kind: 'reset' }
  /** Sends the headers at once, then one body byte every `intervalMs`, never ending the body. */
  | { readonly kind: 'drip'; readonly intervalMs: number }
  /** Sends the headers and part of the body, then destroys the socket. */
  | { readonly kind: 'cut-body' }
  /**
   * Streams `chunkCount` chunks of `chunkBytes` bytes of JSON-ish filler (chunked encoding unless
   * `headers` sets a content-length), each after the previous one was flushed. What was sent is
   * recorded in {@link FaultServer.streams}.
   */
  | {
      readonly kind: 'stream';
      readonly chunkBytes: number;
      readonly chunkCount: number;
      readonly headers?: Readonly<Record<string, string>>;
    };

/** What a `stream` fault sent: settles when the reply ended or the client went away. */
export interface StreamRecord {
  /** The bytes written before the reply ended or the connection closed. */
  readonly sentBytes: number;
  /** True when every chunk was sent. */
  readonly completed: boolean;
}

/** One request as the server received it. */
export interface ReceivedRequest {
  readonly method: string;
  /** The raw request target, exactly as sent (not normalised; it holds the token). */
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  /** Header names and values as sent, in order (node's `headers` object cannot hold `__proto__`). */
  readonly rawHeaders: readonly string[];
  /** The body parsed as JSON; its text when it is not JSON; `undefined` when empty. */
  readonly body: unknown;
}

/** Decides the answer to a request once the queue is empty, from its target (and the request). */
export type AnswerFunction = (target: string, request: ReceivedRequest) => Fault;

/** The running server. */
export interface FaultServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  /** Every request received since the last {@link FaultServer.reset}, in order. */
  readonly requests: ReceivedRequest[];
  /** Queues answers for the next requests, in order; they come before {@link FaultServer.answer}. */
  queue(...faults: Fault[]): void;
  /**
   * Decides each answer once the queue is empty; replaced by a test that answers by request path.
   * @defaultValue answers with {@link FaultServer.fallback}
   */
  answer: AnswerFunction;
  /** What the default {@link FaultServer.answer} answers. @defaultValue a success envelope */
  fallback: Fault;
  /** One promise per `stream` fault answered, in order. */
  readonly streams: Promise<StreamRecord>[];
  /** Empties the queue and the records, and restores the default answer and fallback. */
  reset(): void;
  /** Stops listening and ends every open connection. */
  close(): Promise<void>;
}

/** A success envelope (`resultCode` 0) with the given extra members. */
export const ok = (extra: Record<string, unknown> = {}): Fault => ({
  kind: 'json',
  body: { resultCode: 0, resultMessage: 'OK', ...extra },
});

/** `value` as a JSON answer with the given status. */
export const json = (value: unknown, status = 200): Fault => ({
  kind: 'json',
  body: value,
  status,
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

/** Sends `fault` as the reply on `res`. */
function answerWith(fault: Fault, res: ServerResponse, streams: Promise<StreamRecord>[]): void {
  switch (fault.kind) {
    case 'json':
      res.writeHead(fault.status ?? 200, { 'content-type': 'application/json', ...fault.headers });
      res.end(JSON.stringify(fault.body));
      return;
    case undefined:
    case 'text':
      res.writeHead(fault.status ?? 200, {
        'content-type': fault.contentType ?? 'text/html',
        ...fault.headers,
      });
      res.end(fault.body);
      return;
    case 'slow': {
      const { then } = fault;
      const timer = setTimeout(() => then && answerWith(then, res, streams), fault.delayMs);
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

/** The body as JSON when it parses, else its text (a test may send anything). */
function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A fault server that is not listening yet: `start()` binds a free port of 127.0.0.1. */
export function createFaultServer(): FaultServer & { start(): Promise<void> } {
  const pending: Fault[] = [];
  const answerFallback: AnswerFunction = () => state.fallback;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: ReceivedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body: parseBody(Buffer.concat(chunks).toString('utf8')),
      };
      state.requests.push(request);
      answerWith(pending.shift() ?? state.answer(request.url, request), res, state.streams);
    });
  });
  const state = {
    url: '',
    requests: [] as ReceivedRequest[],
    streams: [] as Promise<StreamRecord>[],
    queue: (...faults: Fault[]) => void pending.push(...faults),
    answer: answerFallback,
    fallback: ok(),
    reset: () => {
      pending.length = 0;
      state.requests.length = 0;
      state.streams.length = 0;
      state.answer = answerFallback;
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

/** Starts a fault server on a free port of 127.0.0.1; the caller closes it. */
export async function startFaultServer(): Promise<FaultServer> {
  const server = createFaultServer();
  await server.start();
  return server;
}

/**
 * The test file's fault server: started before its tests, reset (empty queue and records, default
 * answer and fallback) before each test, closed after them.
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
