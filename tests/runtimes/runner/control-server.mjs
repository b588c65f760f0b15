// The runner's control server on 127.0.0.1: lets a runtime register its extension in the current
// emulator and read the emulator's extension calls; takes the calls BlizWork makes for the browser
// (which serves nothing) and serves the browser's page and bundle.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const PAGE =
  '<!doctype html><meta charset="utf-8"><title>runtime matrix</title><script src="/scenario.js"></script>';

const readText = (request) =>
  new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });

const reply = (response, status, type, body) => {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
};
const json = (response, value) => reply(response, 200, 'application/json', JSON.stringify(value));

/**
 * Starts the control server. `emulator()` is the emulator of the runtime being run;
 * `browserBundle` the path of the browser's bundle. Resolves `{ url, close }`.
 */
export async function startControlServer(emulator, browserBundle) {
  let captured = [];
  const routes = {
    'GET /': (_request, response) => reply(response, 200, 'text/html; charset=utf-8', PAGE),
    'GET /scenario.js': (_request, response) =>
      reply(response, 200, 'text/javascript', readFileSync(browserBundle)),
    'POST /extensions': async (request, response) => {
      const { processId, formId, nextFormId, url } = JSON.parse(await readText(request));
      emulator().addExtension({ processId, formId, nextFormId, url });
      json(response, { registered: url });
    },
    'GET /extension-calls': (_request, response) =>
      json(
        response,
        emulator().extensionCalls.map(({ url, status, body }) => ({ url, status, body })),
      ),
    'POST /capture': async (request, response) => {
      captured.push(await readText(request));
      json(response, { captured: true });
    },
    'GET /captured': (_request, response) => {
      json(response, captured);
      captured = [];
    },
  };
  const server = createServer((request, response) => {
    const route = routes[`${request.method} ${request.url}`];
    if (route === undefined) return reply(response, 404, 'text/plain', 'not found');
    Promise.resolve(route(request, response)).catch((error) =>
      reply(response, 500, 'text/plain', String(error?.message ?? error)),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
