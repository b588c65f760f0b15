// Deno: the handler on Deno.serve, and the SDK against an in-process emulator (emulator.fetch). Run WITHOUT --allow-env: fromEnv with overrides must not need it,
// and without overrides must fail with a TypeError naming the permission. Config: Deno.args[0].
import { BlizWork } from '@blizwork/sdk';
import { assert, type Checks } from '../scenario/checks.js';
import type { ServeHandler } from '../scenario/extension-checks.js';
import { runScenario } from '../scenario/run-scenario.js';
import type { ScenarioConfig } from '../scenario/scenario-config.js';
import { inProcessEmulatorChecks } from '../scenario/in-process-checks.js';
import { lateHandler } from './late-handler.js';
import { reportLine } from './report.js';

/** The part of Deno's API used here (Deno's own types are not installed). */
declare const Deno: {
  args: string[];
  version: { deno: string };
  serve(
    options: { port: number; hostname: string; onListen?: () => void },
    handler: (request: Request) => Promise<Response>,
  ): { addr: { port: number }; shutdown(): Promise<void> };
};

const serve: ServeHandler = (makeHandler) => {
  const late = lateHandler();
  const server = Deno.serve({ port: 0, hostname: '127.0.0.1', onListen: () => {} }, (request) =>
    late.handle(request),
  );
  const url = `http://127.0.0.1:${server.addr.port}/hook`;
  late.set(makeHandler(url));
  return Promise.resolve({
    url,
    send: (request) => fetch(request),
    deliverCaptured: () => Promise.resolve([]),
    close: () => server.shutdown(),
  });
};

async function withoutEnvPermission(checks: Checks): Promise<void> {
  await checks.run('fromEnv without env permission names --allow-env', () => {
    let thrown: unknown;
    try {
      BlizWork.fromEnv();
    } catch (error) {
      thrown = error;
    }
    assert(thrown instanceof TypeError, `expected TypeError, got ${String(thrown)}`);
    assert(
      /--allow-env=BLIZWORK_TOKEN/.test(thrown.message),
      `unhelpful message: ${thrown.message}`,
    );
  });
}

const config = JSON.parse(Deno.args[0] ?? '{}') as ScenarioConfig;
const runtime = `deno${Deno.version.deno}`;
const report = await runScenario(config, {
  runtime,
  serve,
  extraChecks: async (checks) => {
    await withoutEnvPermission(checks);
    await inProcessEmulatorChecks(checks, runtime);
  },
});
console.log(reportLine(report));
