import { defaultSeed, type Seed } from '../../src/index.js';

const companyId = '5fe4a1f0f5d18203afbd6af2';

/** The API token of the contract seed (the spec's examples take the token as a path parameter). */
export const contractToken = 'contract-token-0123456789abcdef';

/**
 * A seed under which every example request of the spec succeeds: the examples' company and user,
 * `proceso-atencion` with case #4 waiting at `ingreso-datos`, `sales-process` case #39 of "ACME",
 * table `Clientes` with P-001, and the examples' handshake token issued for their endpoint.
 */
export const contractSeed: Seed = {
  companies: [
    {
      companyId,
      name: 'Organización',
      tokens: [contractToken],
      users: ['usuario@organizacion.com'],
    },
  ],
  processes: [
    {
      companyId,
      processId: 'proceso-atencion',
      name: 'Proceso de atención',
      version: 1,
      forms: [
        {
          formId: 'ingreso-datos',
          fields: [
            { id: 'fieldId1', type: 'text' },
            { id: 'fieldId2', type: 'number' },
            { id: 'attachment_field', type: 'attachment' },
          ],
          nextFormIds: ['revision'],
        },
        { formId: 'revision', fields: [], nextFormIds: ['cierre'] },
        { formId: 'cierre', fields: [], nextFormIds: [] },
      ],
    },
    { ...structuredClone(defaultSeed.processes?.[0]), companyId } as NonNullable<
      Seed['processes']
    >[number],
  ],
  cases: [
    { companyId, processId: 'proceso-atencion', caseNumber: 4, formPath: ['ingreso-datos'] },
    {
      companyId,
      processId: 'sales-process',
      caseNumber: 39,
      formPath: ['lead', 'qualification'],
      fields: { customer_name: 'ACME', amount: 1200 },
    },
  ],
  masterData: [
    {
      companyId,
      table: 'Clientes',
      records: [{ Código: 'P-001', nombre: 'ACME', ciudad: 'Santiago' }],
    },
  ],
  handshakes: [
    {
      companyId,
      token: '642c8f141be17c78c05bcb4c',
      endpoint: 'https://hooks.example.com/blizwork/qualification',
    },
  ],
};
