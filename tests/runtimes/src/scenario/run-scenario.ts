import { Checks, type RuntimeReport } from './checks.js';
import { clientChecks, clientFromOverrides } from './client-checks.js';
import { extensionChecks, type ServeHandler } from './extension-checks.js';
import type { ScenarioConfig } from './scenario-config.js';

/** What a runtime adds to the shared scenario: its server API, and checks of its own. */
export interface RuntimeHost {
  readonly runtime: string;
  readonly serve: ServeHandler;
  readonly extraChecks?: (checks: Checks) => Promise<void>;
}

/** The shared scenario: the same checks on every runtime of the matrix. */
export async function runScenario(
  config: ScenarioConfig,
  host: RuntimeHost,
): Promise<RuntimeReport> {
  const checks = new Checks();
  await clientChecks(checks, config, host.runtime);
  await extensionChecks(checks, config, clientFromOverrides(config), host.serve);
  await host.extraChecks?.(checks);
  return { runtime: host.runtime, results: checks.results };
}
