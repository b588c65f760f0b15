import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../src/spec/ajv.js';
import {
  SeedError,
  createEmulator,
  defaultSeed,
  seedJsonSchema,
  startEmulator,
  type Seed,
} from '../src/index.js';
import { operationPath } from './helpers/api-client.js';
import { acme } from './helpers/use-emulator.js';

const schemaFile = JSON.parse(
  readFileSync(new URL('../seed.schema.json', import.meta.url), 'utf8'),
) as object;

const minimalSeed = (): Seed => ({
  companies: [{ companyId: 'c1', name: 'C1', tokens: ['t1'], users: ['u1@c1.test'] }],
  processes: [
    {
      companyId: 'c1',
      processId: 'p',
      name: 'P',
      version: 3,
      forms: [
        { formId: 'a', fields: [], nextFormIds: ['b'] },
        { formId: 'b', fields: [], nextFormIds: [] },
      ],
    },
  ],
});

/** Starts an emulator with the seed, expecting a SeedError; returns its problems. */
async function seedProblems(seed: unknown): Promise<readonly string[]> {
  const error: unknown = await startEmulator({ seed: seed as Seed }).then(
    async (emulator) => {
      await emulator.close();
      throw new Error('the seed was accepted');
    },
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(SeedError);
  return (error as SeedError).problems;
}

describe('default seed', () => {
  it('holds the agreed sample values', () => {
    expect(defaultSeed.companies).toEqual([
      {
        companyId: acme.companyId,
        name: 'ACME Sales',
        tokens: [acme.token],
        users: [acme.ana, acme.bob],
      },
    ]);
    expect(
      defaultSeed.processes?.map((p) => [p.processId, p.name, p.environment, p.version]),
    ).toEqual([
      [acme.process, 'Sales process', 'production', 1],
      [acme.process, 'Sales process', 'draft', 2],
    ]);
    // The production version's form graph, read from the real seed as one line per form:
    // `form(field:type, ...) -> next | next` (`end` for a final form).
    const forms = defaultSeed.processes?.[0]?.forms ?? [];
    expect(
      forms.map(
        (form) =>
          `${form.formId}(${form.fields.map((field) => `${field.id}:${field.type}`).join(', ')}) -> ` +
          (form.nextFormIds.length === 0 ? 'end' : form.nextFormIds.join(' | ')),
      ),
    ).toEqual([
      'lead(customer_name:text, amount:number, contact_email:text) -> qualification',
      'qualification(score:number, quote:attachment) -> won | lost',
      'won(closing_notes:text) -> end',
      'lost(reason:text) -> end',
    ]);
    // ...and nothing else: no form name, no field label.
    expect(
      new Set(
        forms.flatMap((form) => [
          Object.keys(form).join(),
          ...form.fields.map((field) => Object.keys(field).join()),
        ]),
      ),
    ).toEqual(new Set(['formId,fields,nextFormIds', 'id,type']));
    expect(defaultSeed.masterData).toEqual([
      {
        companyId: acme.companyId,
        table: 'Clientes',
        records: [
          { Código: 'P-001', nombre: 'ACME', ciudad: 'Santiago' },
          { Código: 'P-002', nombre: 'Globex', ciudad: 'Lima' },
        ],
      },
    ]);
    expect(defaultSeed.extensions).toMatchObject([
      { processId: acme.process, formId: 'qualification', nextFormId: 'won' },
    ]);
  });

  it('starts the agreed cases when the emulator uses it', async () => {
    const emulator = await startEmulator();
    try {
      const at = (caseNumber: number, environment: 'production' | 'draft' = 'production') => {
        const found = emulator.readCase({ processId: acme.process, caseNumber, environment });
        return [found?.currentFormId, found?.closed, found?.fields];
      };
      expect(at(1)).toEqual(['lead', false, {}]);
      expect(at(2)).toEqual(['qualification', false, { customer_name: 'Globex', amount: 5000 }]);
      expect(at(3)).toEqual(['won', true, {}]);
      expect(at(1, 'draft')).toEqual(['lead', false, {}]);
      expect(emulator.readCase({ processId: acme.process, caseNumber: 4 })).toBeUndefined();
      expect([emulator.token, emulator.userId, emulator.companyId]).toEqual([
        acme.token,
        acme.ana,
        acme.companyId,
      ]);
    } finally {
      await emulator.close();
    }
  });

  it('matches the shipped seed.schema.json, which equals the exported seedJsonSchema', () => {
    expect(seedJsonSchema).toEqual(schemaFile);
    const validate = createAjv({}, true).compile(schemaFile);
    expect(validate(defaultSeed)).toBe(true);
  });

  it('cannot be changed by a test', () => {
    expect(Object.isFrozen(defaultSeed.companies[0]?.users)).toBe(true);
  });
});

describe('seed option', () => {
  it('loads a seed file when seed is a path, and takes the credentials from its first company', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-seed-'));
    const file = join(dir, 'seed.json');
    writeFileSync(file, JSON.stringify(minimalSeed()));
    const emulator = await startEmulator({ seed: file });
    try {
      expect([emulator.token, emulator.userId, emulator.companyId]).toEqual([
        't1',
        'u1@c1.test',
        'c1',
      ]);
    } finally {
      await emulator.close();
    }
  });

  it('gives a process seeded for one environment the same definition in the other', async () => {
    const seed = minimalSeed();
    seed.cases = [{ companyId: 'c1', processId: 'p', environment: 'draft' }];
    const emulator = await startEmulator({ seed });
    try {
      expect(
        emulator.readCase({ processId: 'p', caseNumber: 1, environment: 'draft' }),
      ).toMatchObject({
        processVersion: 3,
        currentFormId: 'a',
      });
    } finally {
      await emulator.close();
    }
  });

  it('numbers seeded cases without caseNumber after the highest one and replays their formPath', async () => {
    const seed = minimalSeed();
    seed.cases = [
      { companyId: 'c1', processId: 'p', caseNumber: 5 },
      { companyId: 'c1', processId: 'p', formPath: ['a', 'b'], createdBy: 'someone@c1.test' },
    ];
    const emulator = await startEmulator({ seed });
    try {
      const replayed = emulator.readCase({ processId: 'p', caseNumber: 6, companyId: 'c1' });
      expect(replayed).toMatchObject({
        closed: true,
        currentFormId: 'b',
        createAudit: { user: 'someone@c1.test' },
      });
      expect(replayed?.history).toHaveLength(2);
    } finally {
      await emulator.close();
    }
  });

  it('restores the seed as given at start when a caller changes its seed object later', async () => {
    const seed = minimalSeed();
    const emulator = await startEmulator({ seed });
    try {
      seed.companies[0]?.users.splice(0);
      emulator.reset();
      expect(emulator.userId).toBe('u1@c1.test');
    } finally {
      await emulator.close();
    }
  });
});

describe('a seed object changed by its caller later', () => {
  it('changes neither cached nor fresh replies (nested values are copied too)', async () => {
    const seed: Seed = structuredClone(defaultSeed);
    const clientes = seed.masterData?.[0]?.records[0];
    if (clientes === undefined) throw new Error('the default seed has no Clientes record');
    clientes.address = { city: 'Santiago' };
    const emulator = createEmulator({ seed });
    const query = async (filter: Record<string, unknown>): Promise<unknown> => {
      const reply = await emulator.fetch(
        `${emulator.url}${operationPath('queryMasterData', acme.token)}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userId: acme.ana, table: 'Clientes', filter }),
        },
      );
      return ((await reply.json()) as { payload: { address?: unknown }[] }).payload[0]?.address;
    };
    expect(await query({ nombre: 'ACME' })).toEqual({ city: 'Santiago' });
    (clientes.address as { city: string }).city = 'Changed';
    expect(await query({ nombre: 'ACME' })).toEqual({ city: 'Santiago' }); // cached
    expect(await query({ Código: 'P-001' })).toEqual({ city: 'Santiago' }); // fresh
    expect(emulator.readTable('Clientes')?.[0]?.address).toEqual({ city: 'Santiago' });
  });
});

describe('seed errors', () => {
  it('names the file when it is not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-seed-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ nope');
    await expect(startEmulator({ seed: file })).rejects.toThrow(
      /seed file .*broken\.json[\s\S]*not valid JSON/,
    );
  });

  it('says the file cannot be read when it does not exist', async () => {
    await expect(startEmulator({ seed: '/no/such/seed.json' })).rejects.toThrow(
      /the file cannot be read/,
    );
  });

  it('lists every schema problem with its path', async () => {
    const problems = await seedProblems({
      companies: [{ companyId: 'c1', name: 'C1', tokens: [], users: ['u'], tier: 'gold' }],
      processes: [{ companyId: 'c1', processId: 'p', name: 'P', version: 0, forms: [] }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "companies[0]: unknown property 'tier'",
        'companies[0].tokens: must NOT have fewer than 1 items',
        'processes[0].version: must be >= 1',
        'processes[0].forms: must NOT have fewer than 1 items',
      ]),
    );
  });

  it('reports references the schema cannot check', async () => {
    const seed = minimalSeed();
    seed.processes?.[0]?.forms[0]?.nextFormIds.push('zzz');
    seed.processes?.push({
      companyId: 'ghost',
      processId: 'q',
      name: 'Q',
      version: 1,
      forms: [{ formId: 'x', fields: [], nextFormIds: [] }],
    });
    seed.cases = [
      { companyId: 'c1', processId: 'p', formPath: ['b'] },
      { companyId: 'c1', processId: 'p', caseNumber: 1, formPath: ['a', 'a'] },
      { companyId: 'c1', processId: 'nope' },
    ];
    seed.masterData = [{ companyId: 'ghost', table: 'T', records: [] }];
    seed.extensions = [{ processId: 'nope', url: 'http://127.0.0.1:9/x' }];
    const problems = await seedProblems(seed);
    expect(problems).toEqual([
      "processes[0].forms[0].nextFormIds[1]: no form 'zzz' in this process",
      "processes[1].companyId: no company 'ghost'",
      "cases[0].formPath[0]: must be the start form 'a'",
      "cases[1].formPath[1]: form 'a' has no action 'a'",
      "cases[2]: no process 'nope' in company 'c1'",
      "masterData[0].companyId: no company 'ghost'",
      "extensions[0].processId: no process 'nope'",
    ]);
  });

  it('reports a token used twice without printing the token', async () => {
    const seed = minimalSeed();
    seed.companies.push({ companyId: 'c2', name: 'C2', tokens: ['t1'], users: ['u2'] });
    const problems = await seedProblems(seed);
    expect(problems).toEqual(['companies[1].tokens[0]: token used twice']);
    await expect(startEmulator({ seed })).rejects.not.toThrow(/t1/);
  });
});

describe('case numbers near Number.MAX_SAFE_INTEGER', () => {
  const max = Number.MAX_SAFE_INTEGER;

  it('refuses a seeded case whose number leaves no safe next number, naming the case', async () => {
    const seed = minimalSeed();
    seed.cases = [
      { companyId: 'c1', processId: 'p', caseNumber: 1 },
      { companyId: 'c1', processId: 'p', caseNumber: max },
    ];
    expect(await seedProblems(seed)).toEqual([
      `cases[1].caseNumber: case number ${max} leaves no safe integer for the next case: use at most ${max - 1}`,
    ]);
  });

  it('refuses an auto-numbered seeded case that would get such a number', async () => {
    const seed = minimalSeed();
    seed.cases = [
      { companyId: 'c1', processId: 'p', caseNumber: max - 1 },
      { companyId: 'c1', processId: 'p' },
    ];
    expect(await seedProblems(seed)).toEqual([
      `cases[1].caseNumber: case number ${max} leaves no safe integer for the next case: use at most ${max - 1}`,
    ]);
  });
});
