import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server received it. */
export interface RecordedRequest {
  method: string;
  /** The raw request target, exactly as sent (not normalised). */
  rawUrl: string;
  contentType: string | undefined;
  body: unknown;
}

/** A real HTTP server on 127.0.0.1 that records requests and answers with a queued JSON reply. */
export interface RecordingServer {
  baseUrl: string;
  requests: RecordedRequest[];
  reply: unknown;
  close(): Promise<void>;
}

export async function startRecordingServer(): Promise<RecordingServer> {
  const state: RecordingServer = {
    baseUrl: '',
    requests: [],
    reply: { resultCode: 0, resultMessage: 'OK' },
    close: async () => {},
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      state.requests.push({
        method: req.method ?? '',
        rawUrl: req.url ?? '',
        contentType: req.headers['content-type'],
        body: text === '' ? undefined : JSON.parse(text),
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(state.reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.baseUrl = `http://127.0.0.1:${port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
