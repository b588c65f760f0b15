// The baseline of the throughput bench, in its own process: a bare node:http server that reads the
// request body and answers the fixed reply it was given (base64 in argv) whatever the request. The
// reply is ended as a string, so node:http sends head and body as one chunk, like the emulator.
import { createServer } from 'node:http';
import { reportCpuUsage } from './cpu-usage-reporter.mjs';

const fixed = Buffer.from(process.argv[2] ?? '', 'base64').toString('utf8');
const length = Buffer.byteLength(fixed);
const server = createServer((request, response) => {
  request.resume(); // read the request body, as the emulator does
  request.on('end', () => {
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': length,
    });
    response.end(fixed);
  });
});
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('disconnect', () => server.close());
reportCpuUsage();
