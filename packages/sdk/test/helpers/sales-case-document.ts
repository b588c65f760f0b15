// A case document shaped like the spec's example: the fixture of the Case unit tests and the reply
// of the benchmark's server.
import type { CaseDocument } from '../../src/index.node.js';
import { COMPANY_ID } from './clients.js';

/** Fields of the fixture's process. */
export interface SalesFields {
  customer_name: string;
  amount: number;
  quote: { fileName: string; fileUrl: string };
  notes: string | null;
}

/** A sales-process case waiting at qualification after lead was executed twice. */
export const salesCaseDocument = (): CaseDocument => ({
  companyId: 'company-of-the-case',
  environment: 'draft',
  processSlug: 'sales-process',
  processVersion: 2,
  caseNumber: 39,
  createAudit: { user: 'creator@acme.test', date: '2026-11-20T10:15:00.000Z' },
  fields: {
    customer_name: 'ACME',
    amount: 1200,
    notes: null,
    quote: { fileName: 'q.pdf', fileUrl: 'https://f.test/q-from-fields.pdf' },
  },
  fieldValues: [
    { slug: 'customer_name', value: 'ACME' },
    { slug: 'quote', fileName: 'q.pdf', fileUrl: 'https://f.test/q.pdf' },
  ],
  history: [
    {
      nextActivity: { formId: 'lead' },
      updatedBy: 'ana@acme.test',
      updatedOn: '2026-11-20T10:15:00.000Z',
    },
    {
      currentActivity: { formId: 'lead' },
      nextActivity: { formId: 'lead' },
      updatedBy: 'bob@acme.test',
      updatedOn: '2026-11-21T09:00:00.000Z',
    },
    {
      currentActivity: { formId: 'lead' },
      nextActivity: { formId: 'qualification' },
      updatedBy: 'ana@acme.test',
      updatedOn: '2026-11-22T23:59:59.000Z',
    },
  ],
  processDefinition: { companyId: 'company-of-the-process' },
});

/**
 * The smallest case document getCase accepts for case `caseNumber` of sales-process in production
 * of the test company (helpers/clients.ts): the reply of tests that only need the call to succeed.
 */
export const minimalSalesCase = (caseNumber: number) => ({
  processSlug: 'sales-process',
  caseNumber,
  environment: 'production',
  history: [{ nextActivity: { formId: 'qualification' } }],
  processDefinition: { companyId: COMPANY_ID },
});
