// Registers the node:http transport as the default one: called by the Node entry of the package
// (`src/index.node.ts`) as it loads. On Bun and Deno, which also load the Node entry (they match
// the `node` export condition) but whose node:http is a layer over fetch, `nodeHttpModules()` is
// `undefined` and clients keep using fetch.
import { DeadlineQueue } from './deadline-queue.js';
import { registerDefaultTransport } from './default-transport.js';
import { NodeConnections, nodeHttpModules } from './node-connections.js';
import { createNodeTransport } from './node-transport.js';

/** From now on, clients without a `fetch` option send through node:http where the runtime is Node. */
export function useNodeTransport(): void {
  registerDefaultTransport((setup, inherited) => {
    const modules = nodeHttpModules();
    if (!modules) return undefined;
    const connections =
      inherited instanceof NodeConnections ? inherited : new NodeConnections(modules);
    const deadlines = setup.timeoutMs > 0 ? new DeadlineQueue(setup.timeoutMs) : undefined;
    const transport = createNodeTransport({
      baseUrl: setup.baseUrl,
      headers: setup.headers,
      maxResponseBytes: setup.maxResponseBytes,
      deadlines,
      connections,
    });
    return { transport, connections };
  });
}
