// Runs the worker bundle in workerd: a capnp config with the worker, a network service allowed to
// reach loopback (the emulator) as its globalOutbound, and a socket on a loopback port the runner
// binds itself.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { startProcess } from './run-process.mjs';

/**
 * A socket listening on a free loopback port, handed to workerd as an open descriptor
 * (`--socket-fd`): workerd cannot report a port it picked itself, and a port found free and then
 * released could be taken by another process before workerd binds it (it then waits silently).
 */
const listeningSocket = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });

const capnpString = (text) => JSON.stringify(text); // JSON escapes are valid capnp escapes

const capnpConfig = (bundleFile, port, config) => `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .matrixWorker),
    (name = "loopback", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);

const matrixWorker :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed ${capnpString(bundleFile)})],
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "CONFIG", text = ${capnpString(JSON.stringify(config))}),
    (name = "SELF_URL", text = ${capnpString(`http://127.0.0.1:${port}`)}),
  ],
  globalOutbound = "loopback",
);
`;

async function waitUntilReady(url, server, deadline) {
  for (;;) {
    try {
      if ((await fetch(`${url}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`workerd did not start\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts workerd with the worker bundle, runs the scenario through GET /run, stops workerd. */
export async function runInWorkerd(executable, bundle, config, timeoutMs) {
  const socket = await listeningSocket();
  const { port } = socket.address();
  const configFile = join(dirname(bundle), 'workerd.capnp');
  writeFileSync(configFile, capnpConfig(basename(bundle), port, config));
  // The child gets the listening descriptor as its fd 3; the parent's copy is closed once it runs.
  const server = startProcess(executable, ['serve', configFile, '--socket-fd', 'http=3'], {
    cwd: dirname(bundle),
    extraFds: [socket._handle.fd],
  });
  socket.close();
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitUntilReady(url, server, Date.now() + timeoutMs);
    const reply = await fetch(`${url}/run`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!reply.ok) throw new Error(`workerd /run answered ${reply.status}\n${server.output()}`);
    return await reply.json();
  } finally {
    await server.stop();
  }
}
