// The runtime matrix: installs the pinned runtimes (scripts/install-runtimes.mjs, cached in
// .runtimes/), bundles the shared scenario per runtime, and runs it on each against a fresh
// emulator (a Node server on 127.0.0.1). Prints `runtime <name>: N passed, N failed` per runtime,
// writes the totals to test-results/runtimes.json (summed into `pnpm test`'s last line), and
// exits 1 if any check failed or any runtime could not run.
import { startEmulator } from '@blizwork/emulator';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installRuntimes } from '../../../scripts/install-runtimes.mjs';
import { bundleEntries } from './bundle.mjs';
import { runInChromium } from './chromium.mjs';
import { startControlServer } from './control-server.mjs';
import { runForReport } from './run-process.mjs';
import { runInWorkerd } from './workerd.mjs';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(packageDir, 'dist');
const resultsFile = join(packageDir, 'test-results', 'runtimes.json');
/** Per runtime; a cold start of each takes well under this. */
const TIMEOUT_MS = 60_000;
/** Port 9 (discard) on loopback: nothing listens there. */
const CLOSED_URL = 'http://127.0.0.1:9';

const started = Date.now();
const installed = Object.fromEntries(installRuntimes().map((runtime) => [runtime.name, runtime]));
const bundles = await bundleEntries(packageDir, outDir);

let emulator;
const control = await startControlServer(() => emulator, bundles.browser);
const options = { cwd: outDir, timeoutMs: TIMEOUT_MS };
/** Each runtime: how to run the scenario on it, given the config. Resolves its report. */
const runtimes = {
  node20: (config) =>
    runForReport(process.execPath, [bundles.node, JSON.stringify(config)], options),
  node22: (config) =>
    runForReport(installed.node22.executable, [bundles.node, JSON.stringify(config)], options),
  node24: (config) =>
    runForReport(installed.node24.executable, [bundles.node, JSON.stringify(config)], options),
  bun: (config) =>
    runForReport(installed.bun.executable, [bundles.bun, JSON.stringify(config)], options),
  // No --allow-env: fromEnv with overrides must work without it (the scenario checks both ways).
  deno: (config) =>
    runForReport(
      installed.deno.executable,
      [
        'run',
        '--no-prompt',
        '--node-modules-dir=manual',
        '--allow-net=127.0.0.1',
        bundles.deno,
        JSON.stringify(config),
      ],
      { ...options, env: { ...process.env, DENO_NO_UPDATE_CHECK: '1' } },
    ),
  workerd: (config) =>
    runInWorkerd(installed.workerd.executable, bundles.worker, config, TIMEOUT_MS),
  chromium: (config) => runInChromium(`${control.url}/`, config, TIMEOUT_MS),
};

if (!process.version.startsWith('v20.')) {
  console.warn(`runtime matrix: node20 runs on this Node (${process.version}), not Node 20`);
}

const summary = [];
try {
  for (const [name, run] of Object.entries(runtimes)) {
    const runtimeStarted = Date.now();
    // A fresh emulator per runtime; the browser's page origin (the control server) may call it.
    emulator = await startEmulator({ port: 0, cors: [control.url], log: () => undefined });
    let results;
    try {
      const config = {
        emulatorUrl: emulator.url,
        token: emulator.token,
        userId: emulator.userId,
        companyId: emulator.companyId,
        controlUrl: control.url,
        closedUrl: CLOSED_URL,
      };
      results = (await run(config)).results;
    } catch (error) {
      results = [
        { name: 'the runtime ran the scenario', ok: false, error: String(error?.message ?? error) },
      ];
    } finally {
      await emulator.close();
    }
    const passed = results.filter((result) => result.ok).length;
    const failed = results.length - passed;
    const seconds = ((Date.now() - runtimeStarted) / 1000).toFixed(1);
    console.log(`runtime ${name}: ${passed} passed, ${failed} failed (${seconds} s)`);
    for (const result of results.filter((r) => !r.ok)) {
      console.log(`  ✗ ${result.name}: ${result.error}`);
    }
    summary.push({ runtime: name, passed, failed, results });
  }
} finally {
  await control.close();
}

const passed = summary.reduce((sum, runtime) => sum + runtime.passed, 0);
const failed = summary.reduce((sum, runtime) => sum + runtime.failed, 0);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
mkdirSync(dirname(resultsFile), { recursive: true });
writeFileSync(
  resultsFile,
  `${JSON.stringify({ passed, failed, seconds, runtimes: summary }, null, 2)}\n`,
);
console.log(`runtime matrix: ${passed} passed, ${failed} failed in ${seconds} s`);
process.exit(failed > 0 ? 1 : 0);
