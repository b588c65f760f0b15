export {
  createExtensionHandler,
  DEFAULT_EXTENSION_BODY_LIMIT,
  DEFAULT_EXTENSION_BODY_TIMEOUT_MS,
  DEFAULT_MAX_CONCURRENT_VERIFICATIONS,
  type ExtensionFunction,
  type ExtensionHandler,
  type ExtensionHandlerOptions,
} from './create-extension-handler.js';
export type { ExtensionLogger } from './extension-logger.js';
export { ExtensionCall } from './extension-call.js';
export { HANDSHAKE_TOKEN_PATTERN, type ExtensionCallBody } from './call-shape.js';
export type { PublicUrlOptions } from './endpoint.js';
export {
  toNodeListener,
  type NodeListenerOptions,
  type NodeRequestListener,
} from './node-listener.js';
