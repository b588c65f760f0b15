// A tiny server for the per-call benchmark, run in its own process so that it does not share the
// client's event loop: it answers every POST with the same getCase reply and prints its port.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { salesCaseDocument } from '../test/helpers/sales-case-document.js';

const reply = JSON.stringify({ resultCode: 0, resultMessage: 'OK', payload: salesCaseDocument() });

const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(reply),
    });
    response.end(reply);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on('disconnect', () => process.exit(0));
