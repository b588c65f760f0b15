// Compile-only checks of the typed processes `blizwork typegen` generates schemas for (run by
// `pnpm typecheck`, never executed). Each ts-expect-error line is misuse the compiler must reject.
import { expectTypeOf } from 'vitest';
import {
  BlizWork,
  type AttachmentValue,
  type Case,
  type Process,
  type TypedCase,
  type TypedProcess,
} from '../src/index.node.js';

/** What `blizwork typegen sales-process` writes for the emulator's default seed (abridged). */
interface SalesProcess {
  processId: 'sales-process';
  fields: {
    customer_name: string;
    amount: number;
    score: number;
    quote: AttachmentValue;
    closing_notes: string;
    reason: string;
  };
  forms: {
    lead: { fields: 'customer_name' | 'amount'; next: 'qualification' };
    qualification: { fields: 'score' | 'quote'; next: 'won' | 'lost' };
    won: { fields: 'closing_notes'; next: never };
    lost: { fields: 'reason'; next: never };
  };
}

export async function typedProcessChecks(): Promise<void> {
  const bw = new BlizWork({ token: 't', userId: 'u' });
  const sales = bw.process<SalesProcess>('sales-process');
  expectTypeOf(sales).toEqualTypeOf<TypedProcess<SalesProcess>>();
  // Another id does not get the typed view (it falls through to the plain overload).
  expectTypeOf(bw.process<SalesProcess>('purchase-process')).not.toEqualTypeOf<
    TypedProcess<SalesProcess>
  >();
  // Without a schema, the process is untyped (or typed by its fields), as before.
  expectTypeOf(bw.process('sales-process')).toEqualTypeOf<Process>();
  expectTypeOf(bw.process<{ amount: number }>('sales-process')).toEqualTypeOf<
    Process<{ amount: number }>
  >();

  const c = await sales.getCase(2);
  expectTypeOf(c).toEqualTypeOf<TypedCase<SalesProcess>>();
  expectTypeOf(c.field('amount')).toEqualTypeOf<number>();
  expectTypeOf(c.field('quote')).toEqualTypeOf<AttachmentValue>();
  // @ts-expect-error: no such field in the process
  c.field('amonut');
  expectTypeOf(c.pendingFormId).toEqualTypeOf<
    'lead' | 'qualification' | 'won' | 'lost' | undefined
  >();

  // Not narrowed: any (current form, next form, that form's fields) combination of the process.
  await c.exec('qualification', { customer_name: 'Initech' });
  // @ts-expect-error: no form moves to an unknown form
  await c.exec('archived');

  if (c.isAt('qualification')) {
    expectTypeOf(c.pendingFormId).toEqualTypeOf<'qualification' | undefined>();
    const next = await c.exec('won', {
      score: 9,
      quote: { fileName: 'q.pdf', fileUrl: 'https://x/q.pdf' },
    });
    expectTypeOf(next).toEqualTypeOf<TypedCase<SalesProcess>>();
    await c.exec('lost', {}, { skipExtensions: true });
    // @ts-expect-error: qualification moves to won or lost, not back to lead
    await c.exec('lead');
    // @ts-expect-error: customer_name belongs to the lead form, not to qualification
    await c.exec('won', { customer_name: 'Globex' });
    // @ts-expect-error: score is a number
    await c.exec('won', { score: 'nine' });
  }
  if (c.isAt('won')) {
    // @ts-expect-error: won is a final form: nothing to move to
    await c.exec('lost');
  }
  // The typed case is still a Case at run time.
  const plain: Omit<Case<SalesProcess['fields']>, 'exec' | 'pendingFormId' | 'isAt'> = c;
  void plain;
  for await (const each of sales.casesWithDetails())
    expectTypeOf(each).toEqualTypeOf<TypedCase<SalesProcess>>();
}
