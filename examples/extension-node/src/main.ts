// Runs the extension server: BLIZWORK_* variables configure the client (see BlizWork.fromEnv),
// PORT the port, PUBLIC_URL the URL registered in BlizWork (needed behind a proxy or TLS terminator).
import { BlizWork } from '@blizwork/sdk';
import { createExtensionServer } from './server.js';

const port = Number(process.env.PORT ?? 8080);
const server = createExtensionServer(BlizWork.fromEnv(), { publicUrl: process.env.PUBLIC_URL });
server.listen(port, () => console.log(`BlizWork extension listening on port ${port}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close());
