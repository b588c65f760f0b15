// A purpose-built HTTP server on 127.0.0.1 (port 0) that answers every request as the test says:
// the bad shapes a real deployment can show (an HTML 404, a gateway's JSON 403, an envelope
// without its payload...). Started and stopped by the test file.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/** What the server answers to one request. */
export interface FaultAnswer {
  readonly status?: number;
  readonly contentType?: string;
  readonly body: string;
}

/** The running server: its URL, and the answer it gives (per request path) until changed. */
export interface FaultServer {
  readonly url: string;
  /** Decides each answer from the request path; replaced by each test. */
  answer: (path: string) => FaultAnswer;
  /** The paths requested so far (tokens included: the test checks they are never printed). */
  readonly requested: string[];
}

/** JSON as an answer. */
export const json = (value: unknown, status = 200): FaultAnswer => ({
  status,
  contentType: 'application/json',
  body: JSON.stringify(value),
});

/** Starts a fault server before the file's tests and stops it after. */
export function useFaultServer(): FaultServer {
  let server: Server;
  const fixture: FaultServer = {
    url: '',
    answer: () => json({}),
    requested: [],
  };
  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        const path = request.url ?? '/';
        fixture.requested.push(path);
        const answer = fixture.answer(path);
        response.statusCode = answer.status ?? 200;
        response.setHeader('content-type', answer.contentType ?? 'text/plain');
        response.end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    (fixture as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return fixture;
}
