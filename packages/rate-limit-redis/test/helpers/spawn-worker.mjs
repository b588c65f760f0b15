// Spawns paced-worker.mjs as a separate Node process and collects its JSON lines. Shared by the
// cross-process tests and the benchmark; its types are in spawn-worker.d.mts. A test that fails
// while it runs shows the worker's stderr.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { showOutputOnFailure } from '../../../../test-support/process-output.mjs';

const workerPath = fileURLToPath(new URL('./paced-worker.mjs', import.meta.url));

/**
 * Starts one worker. `onCall(resultCode)` runs after each call it reports; `done` resolves with
 * its closing report, or rejects if it exits without one. With `waitForGo`, `ready` resolves once
 * the worker is connected, and `go(stopAt)` starts it.
 */
export function spawnWorker(settings, { onCall = () => undefined } = {}) {
  const child = spawn(process.execPath, [workerPath, JSON.stringify(settings)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  showOutputOnFailure(`paced worker ${child.pid} (stderr)`, () => stderr);
  let report;
  let markReady;
  const ready = new Promise((resolve) => (markReady = resolve));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line);
    if (message.event === 'ready') markReady();
    else if (message.event === 'call') onCall(message.resultCode);
    else if (message.event === 'done') report = message;
  });
  const done = new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      if (report !== undefined && code === 0) resolve(report);
      else reject(new Error(`worker exited with ${code} and no report:\n${stderr}`));
    });
  });
  return {
    pid: child.pid,
    done,
    ready,
    go: (stopAt) => child.stdin.write(`${JSON.stringify({ stopAt })}\n`),
    /** Stops the worker by its PID if it still runs. */
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGKILL');
    },
  };
}
