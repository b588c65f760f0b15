import { CaseDataLevel, type BlizWork, type Case } from '@blizwork/sdk';

/** The case fields of the sample `sales-process`, so `field()` is typed. */
export interface SalesFields extends Record<string, unknown> {
  customer_name: string;
  amount: number;
  contact_email: string;
  score: number;
  quote: { fileName: string; fileUrl: string };
  closing_notes: string;
}

/** Options of {@link runQuickStart}. */
export interface QuickStartOptions {
  /** The process to use. */
  processId: string;
  /** Run the steps that change data (start a case, exec, upload, upsert, notify). */
  write: boolean;
  /** Where each step reports, one line at a time. */
  print: (line: string) => void;
  /** The recipient of the sample notification. */
  notifyTo: string;
}

/** What the quick start did, for tests and the caller. */
export interface QuickStartResult {
  caseNumber?: number;
  finalForm?: string;
  clientes: number;
}

function printHistory(c: Case<SalesFields>, print: (line: string) => void): void {
  for (const entry of c.history) {
    const from = entry.currentActivity?.formId || '(start)'; // the start entry's formId is ''
    print(
      `  ${c.formExecutionDate(entry)}  ${from} -> ${entry.nextActivity?.formId}  by ${entry.updatedBy}`,
    );
  }
}

/** Starts a case and walks it through the sample process (only when `write` is set). */
async function walkACase(bw: BlizWork, options: QuickStartOptions): Promise<QuickStartResult> {
  const { print } = options;
  const process = bw.process<SalesFields>(options.processId);

  const number = await process.startCase();
  print(`Started case #${number} of ${options.processId} (${bw.environment})`);

  let c = await process.getCase(number, { include: CaseDataLevel.PlusProcessDefinition });
  const definition = c.document.processDefinition as
    { forms?: Array<{ formId: string }> } | undefined;
  const forms = definition?.forms?.map((form) => form.formId).join(', ') ?? '(not returned)';
  print(`Process definition (version ${c.version}): forms ${forms}`);
  print(`Case #${c.number} waits at "${c.currentForm()?.nextActivity?.formId}"`);
  print(`customer_name before the first form: ${String(c.field('customer_name', '(not set)'))}`);

  c = await c.exec('qualification', {
    customer_name: 'Initech',
    amount: 4200,
    contact_email: 'buyer@initech.test',
  });
  print(`Executed "lead": customer_name is now ${c.field('customer_name')}`);

  const quote = await bw.uploadFile({
    fileName: 'quote.txt',
    content: 'Quote for Initech: 4200 USD',
  });
  print(`Uploaded ${quote.fileName} -> ${quote.fileUrl}`);
  c = await c.exec('won', { score: 9, quote });
  print(`Executed "qualification" with the quote attached: download at ${c.downloadUrl('quote')}`);

  print('History:');
  printHistory(c, print);

  const clientes = bw.masterData('Clientes');
  await clientes.upsert({ nombre: 'Initech' }, { ciudad: 'Austin', ultimoCaso: c.number });
  const byName = await clientes.dictionary({}, 'nombre');
  print(`Clientes after the upsert: ${Object.keys(byName).join(', ')}`);

  await bw.sendNotification('process-notification-hook', {
    to: options.notifyTo,
    customer: 'Initech',
    caseNumber: c.number,
  });
  print(`Sent the "process-notification-hook" notification to ${options.notifyTo}`);
  return {
    caseNumber: c.number,
    finalForm: c.currentForm()?.nextActivity?.formId,
    clientes: Object.keys(byName).length,
  };
}

/** Reads without changing anything: the process's cases, the latest case, and master data. */
async function lookAround(bw: BlizWork, options: QuickStartOptions): Promise<QuickStartResult> {
  const { print } = options;
  const summaries = await bw.process<SalesFields>(options.processId).listCases();
  print(`${options.processId} has ${summaries.length} case(s) in ${bw.environment}`);
  const latest = summaries
    .map((s) => s.caseNumber)
    .filter((n): n is number => typeof n === 'number')
    .sort((a, b) => b - a)[0];
  if (latest !== undefined) {
    const c = await bw
      .process<SalesFields>(options.processId)
      .getCase(latest, { include: CaseDataLevel.PlusCaseHistory });
    print(`Latest case #${c.number}, started by ${c.initiator}; history:`);
    printHistory(c, print);
  }
  const records = await bw.masterData('Clientes').records({});
  print(`Clientes has ${records.length} record(s)`);
  return { clientes: records.length };
}

/** The quick start: every step of the README's tour, in order. */
export function runQuickStart(bw: BlizWork, options: QuickStartOptions): Promise<QuickStartResult> {
  return options.write ? walkACase(bw, options) : lookAround(bw, options);
}
