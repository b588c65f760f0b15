// The getting-started guide's sample, verbatim between the markers in docs/en and docs/es:
// test/guides-show-samples.test.ts checks both guides show exactly this code, and
// test/samples-run.test.ts runs it against the emulator.
import { BlizWork, CaseDataLevel, type BlizWorkOptions } from '@blizwork/sdk';

/** Runs the getting-started sample with the given client settings and returns what it printed. */
export async function gettingStarted(options: BlizWorkOptions): Promise<string[]> {
  const lines: string[] = [];
  const log = (...parts: unknown[]) => lines.push(parts.map(String).join(' '));
  // docs:start
  const bw = new BlizWork(options); // { token, userId, companyId }
  const sales = bw.process('sales-process');

  const number = await sales.startCase(); // a new case, at the process's first activity
  let c = await sales.getCase(number, { include: CaseDataLevel.PlusProcessDefinition });
  log(c.number === number, c.pendingFormId); // true lead

  c = await c.exec('qualification', { customer_name: 'Initech', amount: 4200 });
  log(c.field('customer_name'), c.history.length); // Initech 2

  const clientes = await bw.masterData('Clientes').records({ ciudad: 'Lima' });
  log(clientes.map((row) => row.nombre)); // Globex
  // docs:end
  return lines;
}
