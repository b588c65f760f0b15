// cases list/get/start/exec/export as run(options, context), in process, against an emulator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaseDataLevel } from '@blizwork/sdk';
import { describe, expect, it } from 'vitest';
import { run as execCase } from '../../src/commands/cases/exec.js';
import { run as exportCases } from '../../src/commands/cases/export-cases.js';
import { run as getCase } from '../../src/commands/cases/get.js';
import { run as listCases } from '../../src/commands/cases/list.js';
import { run as startCase } from '../../src/commands/cases/start.js';
import { useCliEmulator } from '../helpers/cli-emulator.js';
import { tempDir } from '../helpers/run-cli.js';
import { jsonLines, runWith } from '../helpers/run-context.js';

const fixture = useCliEmulator();
const processId = 'sales-process';

describe('cases run()', () => {
  it('list: a JSON array with --json, a table otherwise, nothing on stderr', async () => {
    const listed = await runWith(
      listCases,
      { processId, filter: { customer_name: 'Globex' }, json: true },
      fixture.env,
    );
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stderr).toBe('');
    expect(JSON.parse(listed.stdout).map((s: { caseNumber: number }) => s.caseNumber)).toEqual([2]);
    const table = await runWith(listCases, { processId, filter: {} }, fixture.env);
    expect(table.stdout.split('\n')[0]).toMatch(/^caseNumber\s+environment/);
  });

  it('get: the document with --json; for people the label, the pending form and the fields', async () => {
    const options = { processId, caseNumber: 2, include: CaseDataLevel.PlusProcessDefinition };
    const document = await runWith(getCase, { ...options, json: true }, fixture.env);
    expect(document.code, document.stderr).toBe(0);
    expect(JSON.parse(document.stdout)).toMatchObject({
      caseNumber: 2,
      fields: { customer_name: 'Globex', amount: 5000 },
    });
    const human = await runWith(getCase, options, fixture.env);
    expect(human.stdout).toMatch(/waiting on: \w+/);
    expect(human.stdout).toMatch(/customer_name\s+Globex/);
  });

  it('get: an unknown case is exit 1 with the "no such case" hint', async () => {
    const result = await runWith(
      getCase,
      { processId, caseNumber: 999, include: CaseDataLevel.PlusCaseHistory },
      fixture.env,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('hint: No such case');
  });

  it('start with next and fields, then exec: the case moves and its values are stored', async () => {
    const started = await runWith(
      startCase,
      {
        processId,
        next: 'qualification',
        field: { customer_name: 'Initech', amount: 1200 },
        fieldCheck: true,
        json: true,
      },
      fixture.env,
    );
    expect(started.code, started.stderr).toBe(0);
    const view = JSON.parse(started.stdout);
    expect(view).toMatchObject({ pendingFormId: 'qualification', fields: { amount: 1200 } });
    const advanced = await runWith(
      execCase,
      {
        processId,
        caseNumber: view.caseNumber,
        nextFormId: 'lost',
        field: { score: 8 },
        fieldCheck: true,
        skipExtensions: true,
      },
      fixture.env,
    );
    expect(advanced.code, advanced.stderr).toBe(0);
    expect(advanced.stdout).toMatch(/pendingFormId: +closed/);
    expect(
      fixture.emulator.readCase({ processId, caseNumber: view.caseNumber })?.currentFormId,
    ).toBe('lost');
  });

  it('start: values without next, and an unknown field name, are usage errors (exit 2)', async () => {
    const noNext = await runWith(
      startCase,
      { processId, field: { amount: 1 }, fieldCheck: true },
      fixture.env,
    );
    expect(noNext.code).toBe(2);
    expect(noNext.stderr).toContain('--field/--data on start need --next');
    const bogus = await runWith(
      execCase,
      {
        processId,
        caseNumber: 2,
        nextFormId: 'won',
        field: { bogus: 1 },
        fieldCheck: true,
        skipExtensions: true,
      },
      fixture.env,
    );
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('Unknown field for process sales-process: bogus');
  });

  it('export: every listed case as JSON lines on the context stdout, in list order', async () => {
    const listed = await runWith(listCases, { processId, filter: {}, json: true }, fixture.env);
    const numbers = JSON.parse(listed.stdout).map((s: { caseNumber: number }) => s.caseNumber);
    const result = await runWith(
      exportCases,
      { processId, format: 'jsonl', filter: {}, concurrency: 2, formulaGuard: true },
      fixture.env,
    );
    expect(result.code, result.stderr).toBe(0);
    const lines = jsonLines(result.stdout) as Record<string, unknown>[];
    expect(lines.map((c) => c.caseNumber)).toEqual(numbers);
    expect(lines.every((c) => 'processDefinition' in c && 'closed' in c)).toBe(true);
    expect(result.stderr).toBe('');
  });

  it('export: CSV to --out, with a JSON summary; --json without --out is exit 2', async () => {
    const out = join(tempDir(), 'cases.csv');
    const result = await runWith(
      exportCases,
      { processId, format: 'csv', out, filter: {}, concurrency: 4, formulaGuard: true, json: true },
      fixture.env,
    );
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ format: 'csv', out });
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    expect(rows[0]).toMatch(/^caseNumber,environment,pendingFormId,closed,customer_name/);
    expect(rows).toHaveLength(summary.cases + 1);
    const noOut = await runWith(
      exportCases,
      { processId, format: 'csv', filter: {}, concurrency: 4, formulaGuard: true, json: true },
      fixture.env,
    );
    expect(noOut.code).toBe(2);
    expect(JSON.parse(noOut.stdout).error.message).toBe('--json with cases export needs --out');
  });
});
