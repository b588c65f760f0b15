// The emulator in its own process for the throughput bench: starts with the default seed (no
// dashboard, no persistence, as tests and demos run it) and reports its address to the parent.
import { startEmulator } from '../dist/index.mjs';
import { reportCpuUsage } from './cpu-usage-reporter.mjs';

const emulator = await startEmulator();
process.send({
  port: emulator.port,
  token: emulator.token,
  userId: emulator.userId,
  companyId: emulator.companyId,
});
process.on('disconnect', () => void emulator.close());
reportCpuUsage();
