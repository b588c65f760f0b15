// Starts a real `redis-server` (Debian's package) on a free 127.0.0.1 port for the tests and the
// benchmark, with no persistence, and stops it by its PID. A test that fails while it runs shows
// its log. Plain JavaScript so the benchmark can run it without a TypeScript step; its types are
// in redis-server.d.mts.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { showOutputOnFailure } from '../../../../test-support/process-output.mjs';

/** Resolves a TCP port that was free on 127.0.0.1 a moment ago. */
export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** How often a start is tried again when another process took the probed port meanwhile. */
const PORT_TAKEN_ATTEMPTS = 5;

/**
 * Spawns `redis-server` and resolves once it accepts connections. Redis cannot listen on port 0
 * and say which port it got (port 0 turns TCP off), so the port is probed first; when another
 * process takes it before Redis binds it (`Address already in use`), a new port is probed.
 * A test that fails while the server runs shows what the server printed.
 * @param {{ password?: string }} [options] `password` sets `requirepass`.
 */
export async function startRedisServer(options = {}) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnce(await freePort(), options);
    } catch (error) {
      if (!error.portTaken || attempt === PORT_TAKEN_ATTEMPTS) throw error;
    }
  }
}

async function startOnce(port, options) {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  if (options.password !== undefined) args.push('--requirepass', options.password);
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const ready = new Promise((resolve, reject) => {
    child.once('error', (error) =>
      reject(
        new Error(
          `redis-server could not start (${error.message}); run pnpm test once to install it`,
        ),
      ),
    );
    child.once('exit', (code) => {
      const error = new Error(`redis-server exited with ${code}:\n${output}`);
      error.portTaken = output.includes('Address already in use');
      reject(error);
    });
    child.stdout.on('data', () => {
      if (output.includes('Ready to accept connections')) resolve();
    });
  });
  await ready;
  child.removeAllListeners('exit');
  let exited = false;
  child.once('exit', () => (exited = true));
  showOutputOnFailure(`redis-server on port ${port} (its log)`, () => output);
  return {
    port,
    pid: child.pid,
    output: () => output,
    /** Stops the server by its PID (SIGKILL when `abruptly`, as in an outage) and waits for its exit. */
    async stop({ abruptly = false } = {}) {
      if (exited) return;
      const gone = once(child, 'exit');
      process.kill(child.pid, abruptly ? 'SIGKILL' : 'SIGTERM');
      await gone;
    },
  };
}
