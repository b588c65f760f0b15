import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChangeNotice } from './change-notice.js';

/** Keeps idle proxies and browsers from dropping the stream. */
const HEARTBEAT_MS = 15_000;

/** Server-sent events to every open dashboard: one `change` event per state change. */
export class AdminEvents {
  readonly #streams = new Set<ServerResponse>();
  #heartbeat: NodeJS.Timeout | undefined;

  /** Opens an event stream on the response; it stays open until the client leaves. */
  subscribe(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.write('retry: 1000\n\n');
    this.#streams.add(response);
    this.#heartbeat ??= setInterval(() => this.#write(': heartbeat\n\n'), HEARTBEAT_MS).unref();
    request.once('close', () => {
      this.#streams.delete(response);
      if (this.#streams.size === 0) {
        clearInterval(this.#heartbeat);
        this.#heartbeat = undefined;
      }
    });
  }

  /** Sends a change to every open stream. */
  publish(notice: ChangeNotice): void {
    this.#write(`event: change\ndata: ${JSON.stringify(notice)}\n\n`);
  }

  /** Ends every stream (the emulator is closing). */
  close(): void {
    clearInterval(this.#heartbeat);
    for (const response of this.#streams) response.end();
    this.#streams.clear();
  }

  #write(text: string): void {
    for (const response of this.#streams) response.write(text);
  }
}
