// Node (20, 22, 24): the handler on node:http through toNodeListener. Config: argv[2] (JSON).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeListener } from '@blizwork/sdk/extension/node';
import type { ServeHandler } from '../scenario/extension-checks.js';
import { runScenario } from '../scenario/run-scenario.js';
import type { ScenarioConfig } from '../scenario/scenario-config.js';
import { lateHandler } from './late-handler.js';
import { reportLine } from './report.js';

const serve: ServeHandler = async (makeHandler) => {
  const late = lateHandler();
  const server = createServer(toNodeListener(late.handle));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  late.set(makeHandler(url));
  return {
    url,
    send: (request) => fetch(request),
    deliverCaptured: () => Promise.resolve([]),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

const config = JSON.parse(process.argv[2] ?? '{}') as ScenarioConfig;
const report = await runScenario(config, { runtime: `node${process.versions.node}`, serve });
console.log(reportLine(report));
