// Spawns paced-worker.mjs as a separate Node process and collects its JSON lines. Shared by the
// cross-process tests and the benchmark; its types are in spawn-worker.d.mts.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const workerPath = fileURLToPath(new URL('./paced-worker.mjs', import.meta.url));

/**
 * Starts one worker. `onCall(resultCode)` runs after each call it reports; `done` resolves with
 * its closing report, or rejects if it exits without one.
 */
export function spawnWorker(settings, { onCall = () => undefined } = {}) {
  const child = spawn(process.execPath, [workerPath, JSON.stringify(settings)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let report;
  createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line);
    if (message.event === 'call') onCall(message.resultCode);
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
    /** Stops the worker by its PID if it still runs. */
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGKILL');
    },
  };
}
