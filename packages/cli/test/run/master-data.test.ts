// master-data query/export/delete/import as run(options, context), in process, against an emulator.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as deleteRecords } from '../../src/commands/master-data/delete.js';
import { run as exportRecords } from '../../src/commands/master-data/export-records.js';
import { run as importRows } from '../../src/commands/master-data/import/index.js';
import { run as queryRecords } from '../../src/commands/master-data/query.js';
import { useCliEmulator } from '../helpers/cli-emulator.js';
import { tempDir } from '../helpers/run-cli.js';
import { jsonLines, runWith } from '../helpers/run-context.js';

const fixture = useCliEmulator();
const table = 'Clientes';

describe('master-data run()', () => {
  it('query: the matching records as JSON', async () => {
    const result = await runWith(
      queryRecords,
      { table, filter: { ciudad: 'Lima' }, json: true },
      fixture.env,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { Código: 'P-002', nombre: 'Globex', ciudad: 'Lima' },
    ]);
  });

  it('export: JSON lines on the context stdout; CSV to --out with a summary', async () => {
    const jsonl = await runWith(
      exportRecords,
      { table, format: 'jsonl', filter: {}, formulaGuard: true },
      fixture.env,
    );
    expect(jsonl.code, jsonl.stderr).toBe(0);
    expect(jsonLines(jsonl.stdout)).toMatchObject([{ nombre: 'ACME' }, { nombre: 'Globex' }]);
    const out = join(tempDir(), 'clientes.csv');
    const csv = await runWith(
      exportRecords,
      { table, format: 'csv', out, filter: {}, formulaGuard: true },
      fixture.env,
    );
    expect(csv).toEqual({
      code: 0,
      stdout: `Exported 2 records to ${out}\n`,
      stderr: '',
    });
    expect(readFileSync(out, 'utf8')).toBe(
      'Código,nombre,ciudad\nP-001,ACME,Santiago\nP-002,Globex,Lima\n',
    );
  });

  it('delete: needs --yes (exit 2, nothing deleted), then deletes the matching records', async () => {
    const noYes = await runWith(
      deleteRecords,
      { table, filter: { Código: 'P-002' }, yes: false },
      fixture.env,
    );
    expect(noYes.code).toBe(2);
    expect(noYes.stderr).toContain('Not deleted: md delete needs --yes');
    expect(fixture.emulator.readTable(table)).toHaveLength(2);
    const noFilter = await runWith(deleteRecords, { table, filter: {}, yes: true }, fixture.env);
    expect(noFilter.code).toBe(2);
    const deleted = await runWith(
      deleteRecords,
      { table, filter: { Código: 'P-002' }, yes: true },
      fixture.env,
    );
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toContain('Deleted the records of Clientes matching');
    expect(fixture.emulator.readTable(table)).toEqual([
      { Código: 'P-001', nombre: 'ACME', ciudad: 'Santiago' },
    ]);
  });

  it('import (after delete): a dry run with a reject is exit 1 and writes nothing; the import upserts the rest', async () => {
    const dir = tempDir();
    const file = join(dir, 'clientes.csv');
    writeFileSync(file, 'Código,nombre\nP-003,Tres\n,sin código\nP-001,ACME\n');
    const options = {
      table,
      file,
      key: ['Código'],
      resume: false,
      concurrency: 2,
      formulaGuard: true,
      json: true,
    };
    const dry = await runWith(importRows, { ...options, dryRun: true }, fixture.env);
    expect(dry.code, dry.stderr).toBe(1);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, insert: 1, rejected: 1, read: 3 });
    expect(fixture.emulator.readTable(table)).toHaveLength(1);
    const done = await runWith(importRows, { ...options, dryRun: false }, fixture.env);
    expect(done.code).toBe(1);
    expect(JSON.parse(done.stdout)).toMatchObject({
      read: 3,
      upserted: 2,
      rejected: 1,
      skipped: 0,
    });
    expect(
      fixture.emulator
        .readTable(table)
        ?.map((row) => row.Código)
        .sort(),
    ).toEqual(['P-001', 'P-003']);
  });
});
