import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A call an extension server received. */
export interface ReceivedCall {
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: unknown;
}

/** A real HTTP server standing in for a customer's extension (webhook). */
export interface ExtensionServer {
  /** Base URL, no trailing slash. */
  readonly url: string;
  readonly calls: ReceivedCall[];
  close(): Promise<void>;
}

/** Decides the extension's HTTP status; may call back into the emulator first. */
export type ExtensionHandler = (call: ReceivedCall, endpoint: string) => Promise<number> | number;

const readJson = async (request: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
};

/** Starts an extension server on 127.0.0.1; `handler` picks the status (default 200). */
export async function startExtensionServer(
  handler: ExtensionHandler = () => 200,
): Promise<ExtensionServer> {
  const calls: ReceivedCall[] = [];
  let url = '';
  const server = createServer((request, response) => {
    void (async () => {
      const call = {
        path: request.url ?? '',
        contentType: request.headers['content-type'],
        body: await readJson(request),
      };
      calls.push(call);
      const status = await handler(call, url + call.path);
      response.writeHead(status, { 'content-type': 'text/plain' }).end('Ok');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
