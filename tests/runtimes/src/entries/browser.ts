// Chromium: a page on the runner's origin calls the emulator on another origin (its `cors` option
// on). A page serves nothing, so the emulator calls a capture endpoint of the runner, and the
// handler is then given that genuine call as a Request, as a service worker or edge route would be.
import type { ExtensionHandler } from '@blizwork/sdk/extension';
import type { ServeHandler } from '../scenario/extension-checks.js';
import type { RuntimeReport } from '../scenario/checks.js';
import { runScenario } from '../scenario/run-scenario.js';
import type { ScenarioConfig } from '../scenario/scenario-config.js';

const serveIn =
  (config: ScenarioConfig): ServeHandler =>
  (makeHandler) => {
    const url = `${config.controlUrl}/capture`;
    const handler: ExtensionHandler = makeHandler(url);
    return Promise.resolve({
      url,
      send: (request) => handler(request),
      async deliverCaptured() {
        const reply = await fetch(`${config.controlUrl}/captured`);
        const bodies = (await reply.json()) as string[];
        return Promise.all(
          bodies.map((body) =>
            handler(
              new Request(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body,
              }),
            ),
          ),
        );
      },
      close: () => Promise.resolve(),
    });
  };

/** Called by the runner through Playwright. */
async function runMatrixScenario(config: ScenarioConfig): Promise<RuntimeReport> {
  return runScenario(config, { runtime: 'chromium', serve: serveIn(config) });
}

(globalThis as { runMatrixScenario?: typeof runMatrixScenario }).runMatrixScenario =
  runMatrixScenario;
