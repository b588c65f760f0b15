// md import end to end: the built binary streams a file into an emulator that enforces a plan
// limit; a killed import resumes from its journal; malformed rows land in the rejects file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliEmulator } from './helpers/cli-emulator.js';
import { runCli, startCli, tempDir } from './helpers/run-cli.js';

// The emulator refuses calls over 1500 tx/s with code 200; the CLI paces itself to 1200.
const fixture = useCliEmulator({ transactionsPerSecond: 1500 });
const PACE = ['--tps', '1200'];
const ROWS = 10_000;
const cli = (args: string[]) => runCli([...args, ...PACE], { env: fixture.env });

function writeCsv(rows: number, name = 'products.csv'): string {
  const file = join(tempDir(), name);
  const lines = ['sku,name,price'];
  for (let i = 1; i <= rows; i++)
    lines.push(`SKU-${String(i).padStart(5, '0')},"Product ${i}, grade A",${(i * 1.5).toFixed(2)}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const expectedRows = (rows: number) =>
  Array.from({ length: rows }, (_, i) => ({
    sku: `SKU-${String(i + 1).padStart(5, '0')}`,
    name: `Product ${i + 1}, grade A`,
    price: ((i + 1) * 1.5).toFixed(2),
  }));

const sorted = (table: string) =>
  [...(fixture.emulator.readTable(table) ?? [])].sort((a, b) =>
    String(a.sku).localeCompare(String(b.sku)),
  );

/** The file lines the journal of `file` records as done (whole entries only). */
function journaledLines(file: string): number[] {
  let text: string;
  try {
    text = readFileSync(`${file}.import-journal`, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .slice(1, -1)
    .flatMap((line) => {
      try {
        return [(JSON.parse(line) as { done: number }).done];
      } catch {
        return [];
      }
    });
}
const journalEntries = (file: string): number => journaledLines(file).length;

/**
 * A forwarding server in front of the emulator that counts the upserts it receives per key (the
 * SKU in the request body), so a test sees exactly which rows the CLI sent.
 */
async function startUpsertCounter(target: string): Promise<{
  baseUrl: string;
  upserts: Map<string, number>;
  close: () => Promise<void>;
}> {
  const upserts = new Map<string, number>();
  const origin = new URL(target);
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      if (request.url?.includes('/master-data/upsert/')) {
        const sku = /SKU-\d{5}/.exec(body.toString('utf8'))?.[0] ?? '(none)';
        upserts.set(sku, (upserts.get(sku) ?? 0) + 1);
      }
      const headers = { ...request.headers };
      delete headers.host;
      delete headers.connection;
      fetch(new URL(request.url ?? '/', origin.origin), {
        method: request.method,
        headers: headers as Record<string, string>,
        body: body.length > 0 ? body : undefined,
      })
        .then(async (reply) => {
          const text = Buffer.from(await reply.arrayBuffer());
          response.writeHead(reply.status, {
            'content-type': reply.headers.get('content-type') ?? 'application/json',
          });
          response.end(text);
        })
        .catch((error: unknown) => {
          response.writeHead(502).end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const path = origin.pathname === '/' ? '' : origin.pathname.replace(/\/$/, '');
  return {
    baseUrl: `http://127.0.0.1:${port}${path}`,
    upserts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('md import', () => {
  it(
    'imports 10k rows exactly once: killed mid-import, resumed with --resume, the table equals a clean import',
    { timeout: 400_000 },
    async () => {
      const file = writeCsv(ROWS);
      // What a clean import yields: every row of the file, once, with its values as text.
      const expected = expectedRows(ROWS);

      // Kill the process (SIGKILL: no chance to clean up) once many rows are journaled.
      const importProducts = ['md', 'import', 'Products', file, '--key', 'sku', '--json'];
      const child = startCli([...importProducts, '--concurrency', '32', ...PACE], fixture.env);
      const exited = new Promise<number | null>((resolve) =>
        child.on('close', (code) => resolve(code)),
      );
      while (journalEntries(file) < 1500 && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      child.kill('SIGKILL');
      await exited;
      const partial = fixture.emulator.readTable('Products') ?? [];
      expect(partial.length).toBeGreaterThanOrEqual(1500);
      expect(partial.length).toBeLessThan(ROWS);

      // Without --resume the journal is not silently ignored.
      const again = await cli(importProducts);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('--resume');

      const resumed = await cli([...importProducts, '--resume', '--concurrency', '32']);
      expect(resumed.stderr).toBe('');
      expect(resumed.code).toBe(0);
      const summary = JSON.parse(resumed.stdout);
      expect(summary).toMatchObject({ rejected: 0, rejectsFile: null });
      expect(summary.skipped).toBeGreaterThanOrEqual(1500);
      expect(summary.skipped + summary.upserted).toBe(ROWS);
      const table = sorted('Products');
      expect(table).toHaveLength(ROWS);
      expect(new Set(table.map((row) => row.sku)).size).toBe(ROWS);
      expect(table).toEqual(expected);
      expect(existsSync(`${file}.import-journal`)).toBe(false);
    },
  );

  it(
    '--resume after a SIGKILL never resends a row whose reply was journaled, and the table equals a clean import',
    { timeout: 120_000 },
    async () => {
      const rows = 1200;
      const concurrency = 8;
      const file = writeCsv(rows, 'resume.csv');
      const counter = await startUpsertCounter(fixture.env.BLIZWORK_BASE_URL!);
      try {
        const env = { ...fixture.env, BLIZWORK_BASE_URL: counter.baseUrl };
        const importRows = ['md', 'import', 'Resumed', file, '--key', 'sku', '--json'];
        const args = [...importRows, '--concurrency', String(concurrency), '--tps', '400'];
        const child = startCli(args, env);
        const exited = new Promise<NodeJS.Signals | null>((resolve) =>
          child.on('close', (_code, signal) => resolve(signal)),
        );
        while (journalEntries(file) < 300 && child.exitCode === null) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        child.kill('SIGKILL');
        expect(await exited).toBe('SIGKILL');

        const journaled = new Set(journaledLines(file));
        // Line 1 is the CSV header: line n holds SKU n - 1.
        const skuOf = (line: number) => `SKU-${String(line - 1).padStart(5, '0')}`;
        const journaledSkus = new Set([...journaled].map(skuOf));
        expect(journaledSkus.size).toBeGreaterThanOrEqual(300);
        expect(journaledSkus.size).toBeLessThan(rows);
        const firstRun = new Map(counter.upserts);
        // Every journaled row was really sent (the journal never claims a row that was not done).
        for (const sku of journaledSkus) expect(firstRun.get(sku)).toBe(1);
        counter.upserts.clear();

        const resumed = await runCli([...args, '--resume'], { env });
        expect(resumed.stderr).toBe('');
        expect(resumed.code).toBe(0);
        const summary = JSON.parse(resumed.stdout);
        expect(summary).toMatchObject({ skipped: journaled.size, rejected: 0 });
        expect(summary.upserted).toBe(rows - journaled.size);

        const resent = [...counter.upserts.keys()].filter((sku) => journaledSkus.has(sku));
        expect(resent).toEqual([]);
        expect([...counter.upserts.values()].every((count) => count === 1)).toBe(true);
        expect(counter.upserts.size).toBe(rows - journaled.size);
        // Only rows in flight at the kill (sent, reply not journaled) went out twice.
        const sentTwice = [...counter.upserts.keys()].filter((sku) => firstRun.has(sku));
        expect(sentTwice.length).toBeLessThanOrEqual(concurrency);
        expect(sorted('Resumed')).toEqual(expectedRows(rows));
        expect(existsSync(`${file}.import-journal`)).toBe(false);
      } finally {
        await counter.close();
      }
    },
  );

  it('refuses to resume from a journal of the older, per-chunk format, saying what to do', async () => {
    const file = writeCsv(3, 'old-journal.csv');
    const size = readFileSync(file).length;
    writeFileSync(
      `${file}.import-journal`,
      `${JSON.stringify({ file, size, table: 'Old', key: ['sku'] })}\n{"through":2}\n`,
    );
    const run = await cli(['md', 'import', 'Old', file, '--key', 'sku', '--resume']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('format version 1');
    expect(run.stderr).toContain('delete the journal');
    expect(fixture.emulator.readTable('Old') ?? []).toEqual([]);
  });

  it('puts malformed and refused rows in the rejects file with their line numbers and errors', async () => {
    const file = join(tempDir(), 'mixed.csv');
    writeFileSync(
      file,
      [
        'sku,name,price',
        'A-1,Alpha,1',
        'A-2,"Beta, the second",2,extra',
        ',No key,3',
        'A-4,"Delta\nmultiline",4',
        'A-5,Epsilon',
      ].join('\n') + '\n',
    );
    const run = await cli(['md', 'import', 'Mixed', file, '--key', 'sku', '--json']);
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({
      upserted: 2,
      rejected: 3,
      rejectsFile: `${file}.rejects.jsonl`,
    });
    const rejects = readFileSync(`${file}.rejects.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rejects.map((reject) => reject.line).sort()).toEqual([3, 4, 7]);
    expect(rejects.find((reject) => reject.line === 4)).toMatchObject({
      error: expect.stringContaining('no value in key column "sku"'),
      row: { sku: '', name: 'No key' },
    });
    expect(rejects.find((reject) => reject.line === 3).error).toMatch(/column/i);
    expect(sorted('Mixed').map((row) => row.sku)).toEqual(['A-1', 'A-4']);
    expect(sorted('Mixed')[1]!.name).toBe('Delta\nmultiline');
  });

  it('--dry-run counts inserts, updates, unchanged and rejected rows against the table, and writes nothing', async () => {
    const file = join(tempDir(), 'clientes.jsonl');
    writeFileSync(
      file,
      [
        { Código: 'P-001', nombre: 'ACME', ciudad: 'Santiago' },
        { Código: 'P-002', nombre: 'Globex', ciudad: 'Quito' },
        { Código: 'P-003', nombre: 'Initech', ciudad: 'Bogotá' },
      ]
        .map((row) => JSON.stringify(row))
        .concat(['not json', '[1]'])
        .join('\n'),
    );
    const before = fixture.emulator.readTable('Clientes');
    const run = await cli([
      'md',
      'import',
      'Clientes',
      file,
      '--key',
      'Código',
      '--dry-run',
      '--json',
    ]);
    // Rejects found: exit 1, as the import itself would.
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      dryRun: true,
      read: 5,
      insert: 1,
      update: 1,
      unchanged: 1,
      rejected: 2,
      rejects: [
        { line: 4, raw: 'not json' },
        { line: 5, raw: '[1]', error: 'not a JSON object' },
      ],
    });
    expect(fixture.emulator.readTable('Clientes')).toEqual(before);
    expect(existsSync(`${file}.import-journal`)).toBe(false);
  });
});
