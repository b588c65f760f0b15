// The extensions guide's sample, verbatim between the markers in docs/en and docs/es:
// test/guides-show-samples.test.ts checks both guides show exactly this code, and
// test/samples-run.test.ts runs it against the emulator.
import type { BlizWork } from '@blizwork/sdk';
import { createExtensionHandler } from '@blizwork/sdk/extension';
import { toNodeListener } from '@blizwork/sdk/extension/node';
import http from 'node:http';

/** Serves the guide's extension on `port` of 127.0.0.1; `publicUrl` is where BlizWork calls it. */
export function serveExtension(bw: BlizWork, publicUrl: string, port: number): http.Server {
  // docs:start
  const handler = createExtensionHandler(
    bw,
    async (call) => {
      const c = await call.getCase(); // read the case from BlizWork: trust it, not the call body
      const nombre = c.field('customer_name', 'unknown');
      await bw.masterData('Clientes').upsert({ nombre }, { ultimoCaso: c.number });
      return { filed: nombre }; // a JSON 200 reply
    },
    { publicUrl }, // the URL registered in BlizWork, from your configuration
  );
  const server = http.createServer(
    { headersTimeout: 10_000, requestTimeout: 30_000 },
    toNodeListener(handler),
  );
  server.listen(port, '127.0.0.1');
  // docs:end
  return server;
}
