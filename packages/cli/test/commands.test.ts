// cases, md, upload and the error conventions, end to end: the built binary against an emulator.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliEmulator } from './helpers/cli-emulator.js';
import { runCli, tempDir } from './helpers/run-cli.js';

const fixture = useCliEmulator();
const cli = (args: string[], env: Record<string, string> = {}) =>
  runCli(args, { env: { ...fixture.env, ...env } });
const json = async (args: string[]) => {
  const run = await cli([...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
};

describe('cases', () => {
  it('lists, reads, starts and advances cases, with --json on stdout only', async () => {
    const list = await json(['cases', 'list', 'sales-process', '--filter', 'customer_name=Globex']);
    expect(list.map((summary: { caseNumber: number }) => summary.caseNumber)).toEqual([2]);
    const document = await json(['cases', 'get', 'sales-process', '2']);
    expect(document).toMatchObject({
      caseNumber: 2,
      fields: { customer_name: 'Globex', amount: 5000 },
    });
    expect(document.processDefinition.forms).toHaveLength(4);

    const started = await json([
      'cases',
      'start',
      'sales-process',
      '--next',
      'qualification',
      '--field',
      'customer_name=Initech',
      '--field',
      'amount=1200',
    ]);
    expect(started).toMatchObject({
      processId: 'sales-process',
      pendingFormId: 'qualification',
      fields: { customer_name: 'Initech', amount: 1200 },
    });
    const dataFile = join(tempDir(), 'data.json');
    writeFileSync(dataFile, JSON.stringify({ score: 7, closing_notes: 'x' }));
    const advanced = await json([
      'cases',
      'exec',
      'sales-process',
      String(started.caseNumber),
      'lost',
      '--data',
      dataFile,
      '--field',
      'score=8',
      '--skip-extensions',
    ]);
    expect(advanced.fields).toMatchObject({ score: 8 });
    const stored = fixture.emulator.readCase({
      processId: 'sales-process',
      caseNumber: started.caseNumber,
    });
    expect(stored?.currentFormId).toBe('lost');
  });

  it('prints a table for people', async () => {
    const run = await cli(['cases', 'list', 'sales-process']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^caseNumber\s+environment/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('exports every case as JSON lines and as CSV', async () => {
    const dir = tempDir();
    const out = join(dir, 'cases.jsonl');
    expect(
      await json(['cases', 'export', 'sales-process', '--format', 'jsonl', '--out', out]),
    ).toMatchObject({ format: 'jsonl', out });
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((c) => c.caseNumber)).toEqual(lines.map((_, i) => i + 1));
    expect(lines[1]).toMatchObject({ caseNumber: 2, fields: { customer_name: 'Globex' } });
    const csv = await cli(['cases', 'export', 'sales-process', '--format', 'csv']);
    expect(csv.code).toBe(0);
    const [header, , second] = csv.stdout.trim().split('\n');
    expect(header).toBe(
      'caseNumber,environment,pendingFormId,closed,customer_name,amount,contact_email,score,quote,closing_notes,reason',
    );
    expect(second).toMatch(/^2,production,qualification,false,Globex,5000,/);
  });

  it('reports API failures as one line with a hint and exit 1, usage errors with exit 2, never the token', async () => {
    const missing = await cli(['cases', 'get', 'sales-process', '999']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: getCase failed/);
    const badToken = await cli(['cases', 'list', 'sales-process', '--json', '--verbose'], {
      BLIZWORK_TOKEN: 'wrong-token-123456789',
    });
    expect(badToken.code).toBe(1);
    expect(badToken.stderr).toContain('hint: The token or user was refused');
    expect(JSON.parse(badToken.stdout).error).toMatchObject({
      name: 'InvalidTokenError',
      exitCode: 1,
    });
    expect(badToken.stdout + badToken.stderr).not.toContain('wrong-token-123456789');
    const usage = await cli(['cases', 'get', 'sales-process', 'two']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('The case number must be a positive integer');
    const unknownFlag = await cli(['cases', 'list', 'sales-process', '--nope']);
    expect(unknownFlag.code).toBe(2);
  });

  it('marks closed cases: `pendingFormId: closed` for people, a closed column in CSV and JSON lines', async () => {
    const started = await json(['cases', 'start', 'sales-process', '--next', 'qualification']);
    const closed = await cli([
      'cases',
      'exec',
      'sales-process',
      String(started.caseNumber),
      'won',
      '--field',
      'quote=1',
      '--skip-extensions',
    ]);
    expect(closed.code, closed.stderr).toBe(0);
    expect(closed.stdout).toMatch(/^pendingFormId:\s+closed$/m);
    const csv = await cli(['cases', 'export', 'sales-process', '--format', 'csv']);
    const rows = csv.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^caseNumber,environment,pendingFormId,closed,/);
    expect(rows).toContain(
      rows.find((row) => row.startsWith(`${started.caseNumber},production,,true,`)),
    );
    expect(rows.find((row) => row.startsWith('1,'))).toMatch(/^1,production,lead,false,/);
    const jsonl = await cli(['cases', 'export', 'sales-process', '--format', 'jsonl']);
    const documents = jsonl.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { caseNumber: number; closed: unknown });
    expect(documents.find((d) => d.caseNumber === started.caseNumber)?.closed).toBe(true);
    expect(documents.find((d) => d.caseNumber === 1)?.closed).toBe(false);
  });

  it('refuses field names the process definition does not declare, listing the known ones (exit 2, nothing stored)', async () => {
    const execCase1 = (...extra: string[]) => [
      ...['cases', 'exec', 'sales-process', '1', 'qualification'],
      ...extra,
    ];
    const run = await cli(execCase1('--field', 'bogus=1'));
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('Unknown field for process sales-process: bogus');
    expect(run.stderr).toMatch(/hint: The process definition declares: customer_name, amount, /);
    const stored = fixture.emulator.readCase({ processId: 'sales-process', caseNumber: 1 });
    expect(stored?.currentFormId).toBe('lead');
    const started = await cli([
      'cases',
      'start',
      'sales-process',
      '--next',
      'qualification',
      '--field',
      'bogus=1',
    ]);
    expect(started.code, started.stderr).toBe(2);
    const forced = await json(execCase1('--field', 'extra_note=1', '--no-field-check'));
    expect(forced).toMatchObject({ pendingFormId: 'qualification', fields: { extra_note: 1 } });
  });

  it('says the next step under the error for a missing process (310), case (311) or table (313)', async () => {
    const process = await cli(['cases', 'list', 'no-such-process']);
    expect(process.code).toBe(1);
    expect(process.stderr).toMatch(/result code 310.*\nhint: .*--env draft.*blizwork cases list/);
    const missingCase = await cli(['cases', 'get', 'sales-process', '999']);
    expect(missingCase.stderr).toMatch(
      /result code 311.*\nhint: No such case.*blizwork cases list/,
    );
    const table = await cli(['md', 'query', 'NoSuchTable']);
    expect(table.code).toBe(1);
    expect(table.stderr).toMatch(/result code 313.*\nhint: No such master-data table/);
  });

  it('refuses start values without --next instead of dropping them (exit 2)', async () => {
    const run = await cli(['cases', 'start', 'sales-process', '--field', 'amount=1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--field/--data on start need --next');
  });
});

describe('md', () => {
  it('queries, exports and deletes records; delete needs --yes and a filter', async () => {
    expect(await json(['md', 'query', 'Clientes', '--filter', 'ciudad=Lima'])).toEqual([
      { Código: 'P-002', nombre: 'Globex', ciudad: 'Lima' },
    ]);
    const out = join(tempDir(), 'clientes.csv');
    expect(await json(['md', 'export', 'Clientes', '--format', 'csv', '--out', out])).toEqual({
      records: 2,
      format: 'csv',
      out,
    });
    expect(readFileSync(out, 'utf8')).toBe(
      'Código,nombre,ciudad\nP-001,ACME,Santiago\nP-002,Globex,Lima\n',
    );
    const jsonl = await cli(['md', 'export', 'Clientes', '--format', 'jsonl']);
    expect(
      jsonl.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).nombre),
    ).toEqual(['ACME', 'Globex']);

    const noYes = await cli(['md', 'delete', 'Clientes', '--filter', 'Código=P-002']);
    expect(noYes.code).toBe(2);
    expect(fixture.emulator.readTable('Clientes')).toHaveLength(2);
    const noFilter = await cli(['md', 'delete', 'Clientes', '--yes']);
    expect(noFilter.code).toBe(2);
    await json(['md', 'delete', 'Clientes', '--filter', 'Código=P-002', '--yes']);
    expect(fixture.emulator.readTable('Clientes')).toEqual([
      { Código: 'P-001', nombre: 'ACME', ciudad: 'Santiago' },
    ]);
  });
});

describe('master-data', () => {
  it('is the noun, with md kept as an alias; --help shows master-data', async () => {
    const rows = await json(['master-data', 'query', 'Clientes', '--filter', 'nombre=ACME']);
    expect(rows).toEqual([{ Código: 'P-001', nombre: 'ACME', ciudad: 'Santiago' }]);
    expect(await json(['md', 'query', 'Clientes', '--filter', 'nombre=ACME'])).toEqual(rows);
    const help = await cli(['--help']);
    expect(help.stdout).toMatch(/^\s+master-data\|md\b/m);
    const subHelp = await cli(['master-data', '--help']);
    expect(subHelp.stdout).toContain('Usage: blizwork master-data|md');
  });
});

describe('upload', () => {
  it('prints { fileName, fileUrl }', async () => {
    const file = join(tempDir(), 'quote.txt');
    writeFileSync(file, 'a quote');
    const stored = await json(['upload', file]);
    expect(stored).toEqual({
      fileName: 'quote.txt',
      fileUrl: expect.stringMatching(/^https?:\/\//),
    });
    const missing = await cli(['upload', join(tempDir(), 'nope.pdf')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ENOENT');
  });
});
