// Compile-only checks (run by `pnpm typecheck`): the golden typegen output compiles and types
// `exec` through the SDK. Each ts-expect-error line is misuse the compiler must reject.
import { BlizWork, type AttachmentValue } from '@blizwork/sdk';
import { expectTypeOf } from 'vitest';
import type { salesProcessFormIds } from './sales-process.gen.js';
import { salesProcessNextForms, type SalesProcess } from './sales-process.gen.js';

export async function generatedTypesChecks(): Promise<void> {
  const bw = new BlizWork({ token: 't', userId: 'u' });
  const c = await bw.process<SalesProcess>('sales-process').getCase(2);
  expectTypeOf(c.field('quote')).toEqualTypeOf<AttachmentValue>();
  expectTypeOf(c.pendingFormId).toEqualTypeOf<(typeof salesProcessFormIds)[number] | undefined>();
  expectTypeOf(salesProcessNextForms.qualification).toEqualTypeOf<readonly ['won', 'lost']>();
  if (c.isAt('lead')) {
    await c.exec('qualification', { customer_name: 'Initech', amount: 1200 });
    // @ts-expect-error: lead moves only to qualification
    await c.exec('won');
    // @ts-expect-error: score is a field of qualification, not of lead
    await c.exec('qualification', { score: 3 });
  }
  if (c.isAt('qualification')) {
    await c.exec('won', { quote: { fileName: 'q.pdf', fileUrl: 'https://files.example/q.pdf' } });
    // @ts-expect-error: quote is an attachment, not a string
    await c.exec('won', { quote: 'q.pdf' });
  }
}
