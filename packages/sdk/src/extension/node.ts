/**
 * `@blizwork/sdk/extension/node`: serving an extension handler from Node's own `node:http`
 * server. Its types reference `node:http`, so it has an entry of its own: the web-standard
 * handler (`@blizwork/sdk/extension`) needs no Node types.
 *
 * @example
 * import http from 'node:http';
 * import { createExtensionHandler } from '@blizwork/sdk/extension';
 * import { toNodeListener } from '@blizwork/sdk/extension/node';
 *
 * http.createServer(toNodeListener(createExtensionHandler(bw, fn, { publicUrl }))).listen(8080);
 *
 * @packageDocumentation
 * @module @blizwork/sdk/extension/node
 */
export {
  toNodeListener,
  type NodeListenerOptions,
  type NodeRequestListener,
} from './node-listener.js';
// The logger option's type, so users of this entry alone can name it.
export type { ExtensionLogger } from './extension-logger.js';
