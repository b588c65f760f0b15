// The local registry's process: Verdaccio (its programmatic `runServer`) listening on 127.0.0.1 at
// a port the OS picks, so no fixed port and no race for a free one. Its one line on stdout, once it
// accepts connections, is its ready line: `{"url":"http://127.0.0.1:<port>/"}`. It runs until it
// is stopped by its PID (local-registry.ts). Usage: node registry-server.mjs <config.json>
import { readFileSync } from 'node:fs';
import verdaccio from 'verdaccio';

try {
  const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  const server = await verdaccio.runServer(config);
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(
      `${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}/` })}\n`,
    );
  });
} catch (error) {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
}
