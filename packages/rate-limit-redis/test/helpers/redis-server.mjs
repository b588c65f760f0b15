// Starts a real `redis-server` (Debian's package) on a free 127.0.0.1 port for the tests and the
// benchmark, with no persistence, and stops it by its PID. Plain JavaScript so the benchmark can run
// it without a TypeScript step; its types are in redis-server.d.mts.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

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

/**
 * Spawns `redis-server` and resolves once it accepts connections.
 * @param {{ password?: string }} [options] `password` sets `requirepass`.
 */
export async function startRedisServer(options = {}) {
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  if (options.password !== undefined) args.push('--requirepass', options.password);
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    child.once('error', (error) =>
      reject(
        new Error(
          `redis-server could not start (${error.message}); run pnpm test once to install it`,
        ),
      ),
    );
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${output}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.stderr.on('data', (chunk) => (output += chunk));
  });
  await ready;
  child.removeAllListeners('exit');
  let exited = false;
  child.once('exit', () => (exited = true));
  return {
    port,
    pid: child.pid,
    /** Stops the server by its PID (SIGKILL when `abruptly`, as in an outage) and waits for its exit. */
    async stop({ abruptly = false } = {}) {
      if (exited) return;
      const gone = once(child, 'exit');
      process.kill(child.pid, abruptly ? 'SIGKILL' : 'SIGTERM');
      await gone;
    },
  };
}
