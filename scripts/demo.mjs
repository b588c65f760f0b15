// `pnpm demo [--write]`: builds the quick start and what it needs, then runs it. Without
// BLIZWORK_TOKEN it runs against a local emulator; with it, against the real API (read-only
// unless --write).
import { spawnSync } from 'node:child_process';

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const build = spawnSync(
  'pnpm',
  [
    'exec',
    'turbo',
    'run',
    'build',
    '--filter=@blizwork/example-quick-start...',
    '--output-logs=errors-only',
  ],
  { stdio: 'inherit', env },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const demo = spawnSync(
  process.execPath,
  ['examples/quick-start/dist/main.js', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env,
  },
);
process.exit(demo.status ?? 1);
