// Runs the extension server: BLIZWORK_* variables configure the client (see BlizWork.fromEnv),
// PORT the port (default 8080), PUBLIC_URL the URL registered in BlizWork (default
// http://localhost:PORT/qualified; set it behind a proxy or TLS terminator).
import { BlizWork } from '@blizwork/sdk';
import { startExtensionServer } from './server.js';

const { server, publicUrl } = await startExtensionServer(BlizWork.fromEnv(), {
  port: Number(process.env.PORT ?? 8080),
  publicUrl: process.env.PUBLIC_URL || undefined,
});
console.log(`BlizWork extension listening; verifying calls against ${publicUrl}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close());
