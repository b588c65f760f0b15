// Flat memory: the CLI's peak RSS importing 10k vs 100k rows into a minimal upsert server (the
// emulator's table scans would make 100k rows take minutes). Prints the ratio (flat: about 1).
import { createServer } from 'node:http';
import { BIN, runNode, workDir, writeCsv } from './bench-helpers.mjs';

// Answers every upsert with success, and counts them.
let upserts = 0;
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    upserts++;
    response.setHeader('content-type', 'application/json');
    response.end('{"resultCode":0,"payload":{"inserted":1,"updated":0}}');
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const env = {
  BLIZWORK_CONFIG_DIR: workDir(),
  BLIZWORK_TOKEN: 'bench-token-0000000000',
  BLIZWORK_USER_ID: 'bench@example.test',
  BLIZWORK_BASE_URL: `http://127.0.0.1:${server.address().port}`,
};
const dir = workDir();
const peaks = {};
try {
  for (const rows of [10_000, 100_000]) {
    const before = upserts;
    const run = await runNode(
      [BIN, 'md', 'import', 'Products', writeCsv(dir, rows), '--key', 'sku', '--json'],
      env,
    );
    if (run.code !== 0 || upserts - before !== rows)
      throw new Error(`import of ${rows} failed: ${run.out}`);
    peaks[rows] = run.peakMb;
  }
} finally {
  server.close();
}
console.log('md import peak RSS');
console.log(`  10k rows:  ${peaks[10_000].toFixed(1)} MB`);
console.log(`  100k rows: ${peaks[100_000].toFixed(1)} MB`);
console.log(
  `  ratio (100k / 10k): ${(peaks[100_000] / peaks[10_000]).toFixed(2)}x (flat: about 1)`,
);
