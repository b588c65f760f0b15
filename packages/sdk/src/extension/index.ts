export {
  createExtensionHandler,
  DEFAULT_EXTENSION_BODY_LIMIT,
  type ExtensionFunction,
  type ExtensionHandler,
  type ExtensionHandlerOptions,
  type ExtensionLogger,
} from './create-extension-handler.js';
export { ExtensionCall } from './extension-call.js';
export { HANDSHAKE_TOKEN_PATTERN, type ExtensionCallBody } from './call-shape.js';
export type { PublicUrlOptions } from './public-url.js';
export {
  toNodeListener,
  type NodeListenerOptions,
  type NodeRequestListener,
} from './node-listener.js';
