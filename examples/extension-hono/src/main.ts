// Serves the Hono app on node: BLIZWORK_* variables configure the client (see BlizWork.fromEnv),
// PORT the port (default 8080), PUBLIC_URL the URL registered in BlizWork (default
// http://localhost:PORT/blizwork/won; set it behind a proxy or TLS terminator).
import { serve } from '@hono/node-server';
import { BlizWork } from '@blizwork/sdk';
import { createApp } from './app.js';
import { SERVER_TIMEOUTS } from './server-timeouts.js';

const port = Number(process.env.PORT ?? 8080);
const publicUrl = process.env.PUBLIC_URL || `http://localhost:${port}/blizwork/won`;
const app = createApp(BlizWork.fromEnv(), { publicUrl });
serve({ fetch: app.fetch, port, serverOptions: SERVER_TIMEOUTS }, () =>
  console.log(`BlizWork extension (Hono) on port ${port}; verifying calls against ${publicUrl}`),
);
