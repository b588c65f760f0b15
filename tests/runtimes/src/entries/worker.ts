// workerd (Cloudflare Workers): the handler is the worker's own fetch handler at /hook; the
// scenario runs inside a request to /run (workers do I/O only while handling a request) and
// answers the report as JSON. Config: the CONFIG text binding; SELF_URL is the worker's socket.
import type { ExtensionHandler } from '@blizwork/sdk/extension';
import type { ServeHandler } from '../scenario/extension-checks.js';
import { runScenario } from '../scenario/run-scenario.js';
import type { ScenarioConfig } from '../scenario/scenario-config.js';

interface WorkerEnv {
  readonly CONFIG: string;
  readonly SELF_URL: string;
}

let hook: ExtensionHandler | undefined;

const serveIn =
  (selfUrl: string): ServeHandler =>
  (makeHandler) => {
    const url = `${selfUrl}/hook`;
    hook = makeHandler(url);
    return Promise.resolve({
      url,
      send: (request) => fetch(request),
      deliverCaptured: () => Promise.resolve([]),
      close: () => {
        hook = undefined;
        return Promise.resolve();
      },
    });
  };

export default {
  async fetch(request: Request, env: WorkerEnv): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === '/ready') return new Response('ready');
    if (pathname === '/hook') {
      return hook === undefined ? new Response('no handler', { status: 503 }) : hook(request);
    }
    if (pathname === '/run') {
      const config = JSON.parse(env.CONFIG) as ScenarioConfig;
      const report = await runScenario(config, {
        runtime: 'workerd',
        serve: serveIn(env.SELF_URL),
      });
      return Response.json(report);
    }
    return new Response('not found', { status: 404 });
  },
};
