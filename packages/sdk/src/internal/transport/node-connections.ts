// The keep-alive connections of the node:http transport: one Agent per protocol, created on first
// use, shared by a client and the clients derived from it with `withOptions`, ended by `close()`.
// node:http is looked up with `process.getBuiltinModule` (Node >= 20.16), never imported: a bundler
// building for the browser sees no `node:*` import, and other runtimes pay one property check.
import type * as Http from 'node:http';

/** The node:http and node:https modules, when the runtime is Node; `undefined` elsewhere. */
interface NodeHttpModules {
  http: typeof Http;
  https: typeof Http;
}

type GetBuiltinModule = (id: string) => unknown;

let modules: NodeHttpModules | null | undefined;

/** The parts of the global scope that tell Node apart from runtimes imitating it. */
export interface RuntimeScope {
  process?: { versions?: Record<string, string | undefined>; getBuiltinModule?: unknown };
  navigator?: { userAgent?: string };
}

/**
 * Whether `scope` is Node itself. Bun, Deno and Cloudflare's workerd (with `nodejs_compat`) also
 * report a Node version and offer `getBuiltinModule`, but their node:http is a layer over fetch:
 * there the fetch transport is the faster and better-tested path.
 */
export function isNodeItself(scope: RuntimeScope): boolean {
  const versions = scope.process?.versions;
  return (
    typeof versions?.node === 'string' &&
    versions.bun === undefined &&
    versions.deno === undefined &&
    scope.navigator?.userAgent !== 'Cloudflare-Workers' &&
    typeof scope.process?.getBuiltinModule === 'function'
  );
}

/**
 * node:http and node:https on Node, looked up once; `undefined` in browsers, workers, Deno and Bun
 * (see `isNodeItself`).
 */
export function nodeHttpModules(): NodeHttpModules | undefined {
  if (modules === undefined) {
    const scope = globalThis as RuntimeScope;
    const getBuiltinModule = scope.process?.getBuiltinModule as GetBuiltinModule | undefined;
    modules =
      isNodeItself(scope) && getBuiltinModule
        ? {
            http: getBuiltinModule('node:http') as typeof Http,
            https: getBuiltinModule('node:https') as typeof Http,
          }
        : null;
  }
  return modules ?? undefined;
}

/**
 * How long an idle connection is kept: shorter than the 5 s idle limit of Node servers (and most
 * proxies), so a reused connection is rarely one the server is closing at that moment.
 */
export const IDLE_CONNECTION_MS = 4_000;

/** The keep-alive agents of a client family; idle sockets never keep a process alive. */
export class NodeConnections {
  readonly #modules: NodeHttpModules;
  #http: Http.Agent | undefined;
  #https: Http.Agent | undefined;

  constructor(modules: NodeHttpModules) {
    this.#modules = modules;
  }

  /** The agent for `protocol` (`http:` or `https:`), created on first use. */
  agentFor(protocol: string): Http.Agent {
    if (protocol === 'https:') {
      return (this.#https ??= new this.#modules.https.Agent({
        keepAlive: true,
        timeout: IDLE_CONNECTION_MS,
      }));
    }
    return (this.#http ??= new this.#modules.http.Agent({
      keepAlive: true,
      timeout: IDLE_CONNECTION_MS,
    }));
  }

  /** The request function for `protocol`. */
  requestFor(protocol: string): typeof Http.request {
    return protocol === 'https:' ? this.#modules.https.request : this.#modules.http.request;
  }

  /**
   * Ends every connection, idle or in use (a call in flight fails with a connection error). A
   * later call opens new connections.
   */
  close(): void {
    this.#http?.destroy();
    this.#https?.destroy();
    this.#http = undefined;
    this.#https = undefined;
  }
}
