// Memory held by 100k stored cases: heapUsed and RSS before and after, with the cost per case.
// Cases are built with the emulator's own state code (what startCase and executeActivity store),
// each started and moved one form on with a few fields. Run with `node --expose-gc`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { defaultSeed } from '../dist/index.mjs';

// The state modules are internal (the build ships one file per entry point), so they are bundled
// from src/ here, as the emulator's build bundles them.
const stateModules = await build({
  stdin: {
    contents: `export { mergeFormData } from './src/state/case-record.ts';
export { applyExecution, newCase } from './src/state/case-rules.ts';
export { CaseStore } from './src/state/case-store.ts';`,
    resolveDir: fileURLToPath(new URL('..', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const { mergeFormData, applyExecution, newCase, CaseStore } = await import(
  `data:text/javascript;base64,${Buffer.from(stateModules.outputFiles[0].text).toString('base64')}`
);

const CASES = 100_000;
const gc = globalThis.gc ?? (() => undefined);
const forms = defaultSeed.processes[0].forms;
const process1 = {
  companyId: defaultSeed.companies[0].companyId,
  processId: 'sales-process',
  name: 'Sales process',
  version: 1,
  environment: 'production',
  forms,
  formsById: new Map(forms.map((form) => [form.formId, form])),
};

const usage = () => {
  gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
};
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const before = usage();
const store = new CaseStore();
for (let caseNumber = 1; caseNumber <= CASES; caseNumber += 1) {
  const date = new Date(Date.UTC(2026, 0, 1, 0, 0, caseNumber)).toISOString();
  const record = newCase(process1, caseNumber, 'ana@acme.test', date);
  mergeFormData(record, {
    customer_name: `Customer ${caseNumber}`,
    amount: caseNumber * 10,
    contact_email: `c${caseNumber}@acme.test`,
  });
  applyExecution(record, process1, {
    formId: 'lead',
    nextFormId: 'qualification',
    formData: { score: caseNumber % 10 },
    updatedBy: 'bob@acme.test',
    updatedOn: date,
  });
  store.add(record);
}
const after = usage();
if (globalThis.gc === undefined) console.log('(run with --expose-gc for stable figures)');
console.log(`${store.size} cases stored; Node ${process.version}`);
console.log(
  `heapUsed: ${mb(before.heapUsed)} -> ${mb(after.heapUsed)} (${((after.heapUsed - before.heapUsed) / CASES).toFixed(0)} bytes/case)`,
);
console.log(`rss:      ${mb(before.rss)} -> ${mb(after.rss)}`);
