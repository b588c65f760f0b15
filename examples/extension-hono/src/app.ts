import type { BlizWork } from '@blizwork/sdk';
import { createExtensionHandler, type ExtensionHandlerOptions } from '@blizwork/sdk/extension';
import { Hono } from 'hono';

/** Case fields this extension reads. */
interface WonFields extends Record<string, unknown> {
  customer_name: string;
  amount: number;
}

/**
 * A Hono app with one extension route. `createExtensionHandler` takes the web-standard
 * `Request`, so the route hands it `c.req.raw` and returns the handler's `Response` unchanged.
 * `options.publicUrl` is the URL registered in BlizWork for this route.
 */
export function createApp(bw: BlizWork, options: ExtensionHandlerOptions): Hono {
  const extension = createExtensionHandler<WonFields>(
    bw,
    async (call) => {
      const won = await call.getCase();
      return { congratulate: won.field('customer_name', 'customer'), caseNumber: won.number };
    },
    options,
  );
  const app = new Hono();
  // The handler reads the raw body itself: add no body-parsing middleware before this route.
  app.post('/blizwork/won', (c) => extension(c.req.raw));
  return app;
}
