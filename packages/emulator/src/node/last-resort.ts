import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { endLingering } from './lingering-close.js';

/** A request handler that may finish later (its promise settles when it is done). */
export type AsyncListener = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * Wraps the server's one request listener (API, attachments, dashboard page, admin API and its
 * event stream all pass through it) so that no request of any shape can end the process: an
 * exception, thrown at once or later in the handler's promise, is logged as one line and answered
 * with HTTP 500 and `errorBody(request)`, or, when the reply was already under way, the socket is
 * destroyed. Without it, one unexpected exception in a handler is an uncaught exception, and the
 * emulator exits, unsaved state lost.
 */
export function withLastResort(
  listener: AsyncListener,
  log: (line: string) => void,
  errorBody: (request: IncomingMessage) => unknown,
): RequestListener {
  return (request, response) => {
    const fail = (error: unknown): void => {
      try {
        log(
          `unexpected error answering a ${String(request.method)} request: ${error instanceof Error ? error.message : String(error)}`,
        );
        if (response.headersSent) {
          response.destroy();
          return;
        }
        const payload = Buffer.from(JSON.stringify(errorBody(request)));
        response.writeHead(500, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(payload.length),
          'cache-control': 'no-store',
          connection: 'close',
        });
        endLingering(request, response, payload);
      } catch {
        response.destroy();
      }
    };
    try {
      const settled = listener(request, response);
      if (settled instanceof Promise) settled.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}
