#!/usr/bin/env node
// The `blizwork-emulator` command. A committed shim, so that `pnpm install` can link the bin before
// anything is built (pointing the bin into dist/ made a fresh install warn "Failed to create bin").
// It runs the built CLI, or says how to build it.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  process.stderr.write(
    'blizwork-emulator: the emulator is not built yet (dist/cli.mjs is missing).\n' +
      'Run `pnpm build` at the repository root (or `pnpm --filter @blizwork/emulator build`), then retry.\n',
  );
  process.exitCode = 1;
}
