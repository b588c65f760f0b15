// Shared by the CLI benches: CSV files, spawning the built binary, a child's peak memory.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/blizwork.js', import.meta.url));
const RSS_PROBE = fileURLToPath(new URL('./report-peak-rss.cjs', import.meta.url));

/** A temp directory for this run. */
export const workDir = () => mkdtempSync(join(tmpdir(), 'blizwork-cli-bench-'));

/** A CSV of `rows` products: sku (the key), name, price. */
export function writeCsv(dir, rows) {
  const file = join(dir, `products-${rows}.csv`);
  const lines = ['sku,name,price'];
  for (let i = 1; i <= rows; i++) lines.push(`SKU-${i},Product ${i},${i}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Runs node with `args` and env; resolves the wall time (ms), exit code, output and peak RSS (MB). */
export function runNode(args, env) {
  const rssFile = join(workDir(), 'rss');
  const started = performance.now();
  const child = spawn(process.execPath, ['--require', RSS_PROBE, ...args], {
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const ms = performance.now() - started;
      let peakMb = NaN;
      try {
        peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
      } catch {
        // the child died before exiting normally
      }
      resolve({ ms, code, out, peakMb });
    }),
  );
}
