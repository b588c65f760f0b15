// `md import` of 10k rows against an unlimited emulator: rows/s of the CLI (spawned, startup
// included) vs a hand-written loop of upsert calls with the same concurrency (also spawned).
// Runs alternate, best of 3 each; prints the ratio (target >= 0.9).
import { startEmulator } from '@blizwork/emulator';
import { fileURLToPath } from 'node:url';
import { BIN, runNode, workDir, writeCsv } from './bench-helpers.mjs';

const ROWS = 10_000;
const CONCURRENCY = '8';
const LOOP = fileURLToPath(new URL('./upsert-loop.mjs', import.meta.url));
const emulator = await startEmulator({ port: 0 });
const { clientOptions } = emulator;
const env = {
  BLIZWORK_CONFIG_DIR: workDir(),
  BLIZWORK_TOKEN: clientOptions.token,
  BLIZWORK_USER_ID: clientOptions.userId,
  BLIZWORK_BASE_URL: clientOptions.baseUrl,
};
const file = writeCsv(workDir(), ROWS);
const best = { cli: Infinity, loop: Infinity };
try {
  for (let round = 0; round < 3; round++) {
    // A fresh table per run: the emulator's upsert scans its table, so equal sizes keep it fair.
    // The order alternates, so neither side always runs on the emulator's larger heap.
    const runCli = () =>
      runNode(
        [
          BIN,
          'md',
          'import',
          `cli${round}`,
          file,
          '--key',
          'sku',
          '--concurrency',
          CONCURRENCY,
          '--json',
        ],
        env,
      );
    const runLoop = () => runNode([LOOP, file, `loop${round}`, CONCURRENCY], env);
    let cli;
    let loop;
    if (round % 2 === 0) {
      cli = await runCli();
      loop = await runLoop();
    } else {
      loop = await runLoop();
      cli = await runCli();
    }
    if (cli.code !== 0) throw new Error(`the CLI failed: ${cli.out}`);
    if (loop.code !== 0) throw new Error(`the loop failed: ${loop.out}`);
    best.cli = Math.min(best.cli, cli.ms);
    best.loop = Math.min(best.loop, loop.ms);
  }
} finally {
  await emulator.close();
}
const rate = (ms) => (ROWS / (ms / 1000)).toFixed(0);
console.log(`md import ${ROWS} rows, concurrency ${CONCURRENCY}, best of 3`);
console.log(`  blizwork md import: ${rate(best.cli)} rows/s`);
console.log(`  upsert loop:        ${rate(best.loop)} rows/s`);
console.log(`  ratio (cli / loop): ${(best.loop / best.cli).toFixed(2)}x (target >= 0.9)`);
