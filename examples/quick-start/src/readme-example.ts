// The root README's quick start, verbatim between the markers: test/readme-example.test.ts checks
// that the README still shows exactly this code and runs it against the emulator.
import { BlizWork, CaseDataLevel, type AttachmentValue } from '@blizwork/sdk';

/** Runs the README's quick start with the given client settings and returns what it printed. */
export async function readmeExample(options: ConstructorParameters<typeof BlizWork>[0]) {
  const lines: string[] = [];
  const log = (...parts: unknown[]) => lines.push(parts.map(String).join(' '));
  // readme:start
  interface SalesFields {
    customer_name: string;
    amount: number;
    score: number;
    quote: AttachmentValue; // { fileName, fileUrl }
  }
  // options: { token, userId, companyId, baseUrl? }; rateLimit paces every call to your plan
  const bw = new BlizWork({ ...options, rateLimit: { plan: 'avanzado' } });
  const sales = bw.process<SalesFields>('sales-process');

  const number = await sales.startCase();
  let c = await sales.getCase(number, { include: CaseDataLevel.PlusProcessDefinition });
  c = await c.exec('qualification', { customer_name: 'Initech', amount: 4200 });
  log(c.field('customer_name'), c.currentForm()?.nextActivity?.formId); // Initech qualification

  const quote = await bw.uploadFile({ fileName: 'quote.txt', content: 'Quote: 4200 USD' });
  c = await c.exec('won', { score: 9, quote });
  log(c.history.length, c.downloadUrl('quote') === quote.fileUrl); // 3 true

  const clientes = bw.masterData('Clientes');
  await clientes.upsert({ nombre: 'Initech' }, { ciudad: 'Austin' });
  log(Object.keys(await clientes.dictionary({}, 'nombre'))); // ACME,Globex,Initech

  await bw.sendNotification('process-notification-hook', {
    to: 'ana@acme.test',
    caseNumber: number,
  });
  // readme:end
  return lines;
}
