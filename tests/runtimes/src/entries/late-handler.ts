import type { ExtensionHandler } from '@blizwork/sdk/extension';

/**
 * A handler to give a server before the handler exists: it is built from the server's URL (its
 * `publicUrl`), known only once the server listens. Until `set`, requests get 503.
 */
export function lateHandler(): { handle: ExtensionHandler; set(handler: ExtensionHandler): void } {
  let target: ExtensionHandler | undefined;
  return {
    handle: (request) =>
      target === undefined
        ? Promise.resolve(new Response('not ready', { status: 503 }))
        : target(request),
    set: (handler) => {
      target = handler;
    },
  };
}
