// Refreshes BENCHMARKS.md: runs the benchmark behind each row of its table (after `pnpm build`)
// and prints the machine line and each benchmark's own output under the row's name, so the table
// is copied from the benchmarks' figures, never retyped from memory. The packed-size row is
// computed here (`npm pack --dry-run` of each published package).
// Usage: `node scripts/benchmark-table.mjs` (every row) or `node scripts/benchmark-table.mjs packed emulator`.
import { execFileSync, spawnSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const published = ['sdk', 'client', 'emulator'];

/** The rows of the table: the command that measures each (run from the repository root). */
const rows = {
  'per-call': {
    title: 'SDK getCase per call ÷ raw fetch, and the cost of the default timeout',
    command: ['node', 'packages/sdk/bench/run.mjs', 'per-call'],
  },
  import: {
    title: "cold import('@blizwork/sdk')",
    command: ['node', 'packages/sdk/bench/run.mjs', 'import-time'],
  },
  bundle: {
    title: '`import { BlizWork }` browser bundle',
    command: ['node', 'packages/sdk/bench/run.mjs', 'bundle-size'],
  },
  packed: { title: 'packed size', run: printPackedSizes },
  emulator: {
    title: 'emulator getCase/startCase throughput ÷ bare node:http',
    command: ['node', 'packages/emulator/bench/get-case-throughput.mjs'],
  },
};

/** Tarball size, unpacked size and file count of each published package, as npm would pack it. */
function printPackedSizes() {
  for (const name of published) {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json'], {
      cwd: `${root}packages/${name}`,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [pack] = JSON.parse(output);
    const kb = (bytes) => `${(bytes / 1000).toFixed(0)} kB`;
    console.log(
      `  @blizwork/${name}: ${kb(pack.size)} packed, ${kb(pack.unpackedSize)} unpacked, ${pack.entryCount} files`,
    );
  }
}

const selected = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(rows);
const unknown = selected.filter((name) => !Object.hasOwn(rows, name));
if (unknown.length > 0) {
  console.error(`unknown row ${unknown.join(', ')}; rows: ${Object.keys(rows).join(', ')}`);
  process.exit(2);
}
console.log(
  `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ` +
    `load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} at start`,
);
for (const name of selected) {
  const row = rows[name];
  console.log(`\n## ${row.title}${row.command ? `: \`${row.command.join(' ')}\`` : ''}`);
  if (row.run) {
    row.run();
    continue;
  }
  const [program, ...args] = row.command;
  const result = spawnSync(program, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
