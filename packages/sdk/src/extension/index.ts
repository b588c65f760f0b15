/**
 * `@blizwork/sdk/extension`: web-standard extension (webhook) handlers, `(Request) => Promise<Response>`,
 * that verify every BlizWork call before your code runs. Serve one with Hono, Next.js, Bun,
 * Deno or a worker's `fetch`; on Node's `node:http`, wrap it with `toNodeListener` from
 * `@blizwork/sdk/extension/node`.
 *
 * @packageDocumentation
 * @module @blizwork/sdk/extension
 */
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
export type { ExtensionCallBody } from './call-shape.js';
export type { PublicUrlOptions } from './endpoint.js';
