// Serves the Hono app on node: BLIZWORK_* variables configure the client (see BlizWork.fromEnv),
// PORT the port, PUBLIC_URL the URL registered in BlizWork.
import { serve } from '@hono/node-server';
import { BlizWork } from '@blizwork/sdk';
import { createApp } from './app.js';

const app = createApp(BlizWork.fromEnv(), { publicUrl: process.env.PUBLIC_URL });
const port = Number(process.env.PORT ?? 8080);
serve({ fetch: app.fetch, port }, () => console.log(`BlizWork extension (Hono) on port ${port}`));
