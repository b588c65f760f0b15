// An emulator in its own process for the benchmarks, so that its state (a 100k-row run) and its
// event loop stay out of the client's measurements. Options come from the environment:
// BENCH_TPS (transactions per second, default unlimited). Prints the client options as one JSON line.
import { startEmulator } from '@blizwork/emulator';

const tps = process.env.BENCH_TPS === undefined ? undefined : Number(process.env.BENCH_TPS);
const emulator = await startEmulator({ port: 0, log: () => {}, transactionsPerSecond: tps });
process.stdout.write(`${JSON.stringify(emulator.clientOptions)}\n`);
process.on('disconnect', () => void emulator.close().then(() => process.exit(0)));
