import { deepFreeze } from '../state/deep-freeze.js';
import type { Seed, SeedForm } from './seed-types.js';

const companyId = '5fe4a1f0f5d18203afbd6af2';

const salesForms: SeedForm[] = [
  {
    formId: 'lead',
    fields: [
      { id: 'customer_name', type: 'text' },
      { id: 'amount', type: 'number' },
      { id: 'contact_email', type: 'text' },
    ],
    nextFormIds: ['qualification'],
  },
  {
    formId: 'qualification',
    fields: [
      { id: 'score', type: 'number' },
      { id: 'quote', type: 'attachment' },
    ],
    nextFormIds: ['won', 'lost'],
  },
  { formId: 'won', fields: [{ id: 'closing_notes', type: 'text' }], nextFormIds: [] },
  { formId: 'lost', fields: [{ id: 'reason', type: 'text' }], nextFormIds: [] },
];

/**
 * The sample seed the emulator starts with when no `seed` is given. Other packages rely on these
 * exact values: company `5fe4a1f0f5d18203afbd6af2` ("ACME Sales", token
 * `emu-acme-token-0123456789abcdef`, users `ana@acme.test` and `bob@acme.test`); process
 * `sales-process` (production v1, draft v2: lead -> qualification -> won | lost); production cases
 * #1 at lead, #2 at qualification (Globex, 5000), #3 closed at won, draft #1 at lead; an extension on
 * qualification -> won to a URL where nothing listens; master-data table `Clientes`. Frozen: copy
 * it (`structuredClone(defaultSeed)`) to derive a seed.
 */
export const defaultSeed: Seed = deepFreeze({
  companies: [
    {
      companyId,
      name: 'ACME Sales',
      tokens: ['emu-acme-token-0123456789abcdef'],
      users: ['ana@acme.test', 'bob@acme.test'],
    },
  ],
  processes: [
    {
      companyId,
      processId: 'sales-process',
      name: 'Sales process',
      version: 1,
      environment: 'production',
      forms: salesForms,
    },
    {
      companyId,
      processId: 'sales-process',
      name: 'Sales process',
      version: 2,
      environment: 'draft',
      forms: salesForms,
    },
  ],
  cases: [
    {
      companyId,
      processId: 'sales-process',
      caseNumber: 1,
      createdOn: '2026-01-05T09:00:00.000Z',
      formPath: ['lead'],
    },
    {
      companyId,
      processId: 'sales-process',
      caseNumber: 2,
      createdOn: '2026-01-06T09:00:00.000Z',
      formPath: ['lead', 'qualification'],
      fields: { customer_name: 'Globex', amount: 5000 },
    },
    {
      companyId,
      processId: 'sales-process',
      caseNumber: 3,
      createdOn: '2026-01-07T09:00:00.000Z',
      formPath: ['lead', 'qualification', 'won'],
    },
    {
      companyId,
      processId: 'sales-process',
      environment: 'draft',
      caseNumber: 1,
      createdOn: '2026-01-08T09:00:00.000Z',
      formPath: ['lead'],
    },
  ],
  masterData: [
    {
      companyId,
      table: 'Clientes',
      records: [
        { Código: 'P-001', nombre: 'ACME', ciudad: 'Santiago' },
        { Código: 'P-002', nombre: 'Globex', ciudad: 'Lima' },
      ],
    },
  ],
  extensions: [
    {
      companyId,
      processId: 'sales-process',
      formId: 'qualification',
      nextFormId: 'won',
      // Port 9 (discard) on loopback: nothing listens, so the call fails fast and is recorded.
      url: 'http://127.0.0.1:9/blizwork/qualification-won',
    },
  ],
});
