// Writes the picture of the default seed's process that the typed-processes guides show
// (docs/assets/sales-process.svg), with the built `blizwork process graph`. test/process-graph.test.ts
// fails when the committed file differs from what the command draws, so it cannot drift.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSeed } from '@blizwork/emulator';

const out = fileURLToPath(new URL('../../../docs/assets/sales-process.svg', import.meta.url));
const seed = join(mkdtempSync(join(tmpdir(), 'blizwork-docs-graph-')), 'seed.json');
writeFileSync(seed, JSON.stringify(defaultSeed));
const bin = fileURLToPath(new URL('../bin/blizwork.js', import.meta.url));
const result = spawnSync(
  process.execPath,
  [bin, 'process', 'graph', 'sales-process', '--seed', seed, '--out', out],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
