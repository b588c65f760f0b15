// The CLI benchmarks (after `pnpm build`): `pnpm --filter @blizwork/cli bench`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

for (const bench of ['import-throughput.mjs', 'import-memory.mjs']) {
  const result = spawnSync(process.execPath, [fileURLToPath(new URL(bench, import.meta.url))], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
