import type { BlizWork } from '@blizwork/sdk';
import type { ExtensionCall } from '@blizwork/sdk/extension';

/** The case fields this extension reads. */
export interface LeadFields extends Record<string, unknown> {
  customer_name: string;
  amount: number;
}

/**
 * The extension's business logic, run only for verified calls: it files the lead's customer in
 * the `Clientes` master-data table and answers with what it did.
 */
export async function onQualifiedLead(bw: BlizWork, call: ExtensionCall<LeadFields>) {
  const customer = call.field('customer_name', 'unknown customer');
  const table = bw.masterData('Clientes');
  await table.upsert({ nombre: customer }, { ultimoCaso: call.caseNumber });
  return { filed: customer, caseNumber: call.caseNumber };
}
