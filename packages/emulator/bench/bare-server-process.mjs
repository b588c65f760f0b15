// The baseline of the throughput bench, in its own process: a bare node:http server that reads the
// request body and answers the fixed reply it was given (base64 in argv) whatever the request.
import { createServer } from 'node:http';

const fixed = Buffer.from(process.argv[2] ?? '', 'base64');
const server = createServer((request, response) => {
  request.resume(); // read the request body, as the emulator does
  request.on('end', () => {
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': fixed.length,
    });
    response.end(fixed);
  });
});
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('disconnect', () => server.close());
server.keepAliveTimeout = 60_000;
