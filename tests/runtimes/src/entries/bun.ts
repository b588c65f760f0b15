// Bun: the handler on Bun.serve. Config: argv[2] (JSON).
import type { ServeHandler } from '../scenario/extension-checks.js';
import { runScenario } from '../scenario/run-scenario.js';
import type { ScenarioConfig } from '../scenario/scenario-config.js';
import { lateHandler } from './late-handler.js';
import { reportLine } from './report.js';

/** The part of Bun's API used here (Bun's own types are not installed). */
declare const Bun: {
  serve(options: {
    port: number;
    hostname: string;
    fetch: (request: Request) => Promise<Response>;
  }): { port: number; stop(closeActiveConnections?: boolean): Promise<void> };
  version: string;
};

const serve: ServeHandler = (makeHandler) => {
  const late = lateHandler();
  const server = Bun.serve({
    port: 0,
    hostname: '127.0.0.1',
    fetch: (request) => late.handle(request),
  });
  const url = `http://127.0.0.1:${server.port}/hook`;
  late.set(makeHandler(url));
  return Promise.resolve({
    url,
    send: (request) => fetch(request),
    deliverCaptured: () => Promise.resolve([]),
    close: () => server.stop(true),
  });
};

const config = JSON.parse(process.argv[2] ?? '{}') as ScenarioConfig;
const report = await runScenario(config, { runtime: `bun${Bun.version}`, serve });
console.log(reportLine(report));
