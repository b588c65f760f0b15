// Types for processes described by `blizwork typegen`: with a generated ProcessSchema,
// `bw.process<SalesProcess>('sales-process')` types the case's fields, `pendingFormId`, and
// `exec`: only a next form the current form allows, with only the current form's fields. These are
// compile-time views of the ordinary Process and Case classes: nothing changes at run time.
import type { Case } from './resources/case.js';
import type { ExecOptions } from './resources/exec-body.js';
import type { CasesWithDetailsOptions, GetCaseOptions, Process } from './resources/process.js';
import type { CaseDataLevel, CallOptions, Filter } from './types.js';

/** One form of a process schema: the ids of its fields and of the forms it may move to. */
export interface FormSchema {
  /** The field ids of the form (a union of string literals; `never` for none). */
  fields: string;
  /** The forms this form may move to (`never` for a final form). */
  next: string;
}

/** What `blizwork typegen` generates for a process: its id, every field's type, every form. */
export interface ProcessSchema {
  /** The id of the process the schema describes. */
  processId: string;
  /** Field id to value type, for every field of every form. */
  fields: object;
  /** Form id to its schema. */
  forms: { [formId: string]: FormSchema };
}

/** The form ids of a process. */
export type FormIdOf<P extends ProcessSchema> = keyof P['forms'] & string;

/** The forms `S` may move to. */
export type NextFormOf<P extends ProcessSchema, S extends FormIdOf<P>> = P['forms'][S]['next'];

/** The values `exec` may send when executing form `S`: some of that form's fields. */
export type FormDataOf<P extends ProcessSchema, S extends FormIdOf<P>> = {
  [K in P['forms'][S]['fields'] & keyof P['fields']]?: P['fields'][K];
};

/**
 * The arguments of `exec` on a case waiting on `S`: for each possible current form, one of its
 * next forms and its fields. Narrow the case first (`c.isAt('qualification')`) to get one form's.
 */
export type TypedExecArgs<P extends ProcessSchema, S extends FormIdOf<P>> =
  S extends FormIdOf<P>
    ? [nextFormId: NextFormOf<P, S>, formData?: FormDataOf<P, S>, options?: ExecOptions]
    : never;

/** A case of a typed process, waiting on one of the forms `S` (any form until narrowed). */
export interface TypedCase<
  P extends ProcessSchema,
  S extends FormIdOf<P> = FormIdOf<P>,
> extends Omit<Case<P['fields']>, 'pendingFormId' | 'exec' | 'isAt'> {
  /** The form the case waits on, or `undefined` when it is closed. Needs the history. */
  readonly pendingFormId: S | undefined;
  /** Whether the case waits on `formId`; narrows the case so `exec` takes that form's next forms and fields. */
  isAt<T extends S>(formId: T): this is TypedCase<P, T>;
  /** Executes the form the case waits on (see `Case.exec`), typed by the process schema. */
  exec(...args: TypedExecArgs<P, S>): Promise<TypedCase<P>>;
}

/** A process typed by a generated schema: its cases are {@link TypedCase}s. */
export interface TypedProcess<P extends ProcessSchema> extends Omit<
  Process<P['fields']>,
  'getCase' | 'getCaseFromProduction' | 'getCaseFromDraft' | 'casesWithDetails'
> {
  /** Reads a case (see `Process.getCase`). */
  getCase(caseNumber: number, options?: GetCaseOptions): Promise<TypedCase<P>>;
  /** Reads a case of the published version. */
  getCaseFromProduction(
    caseNumber: number,
    include?: CaseDataLevel,
    options?: CallOptions,
  ): Promise<TypedCase<P>>;
  /** Reads a case of the draft version. */
  getCaseFromDraft(
    caseNumber: number,
    include?: CaseDataLevel,
    options?: CallOptions,
  ): Promise<TypedCase<P>>;
  /** Lists then reads the matching cases (see `Process.casesWithDetails`). */
  casesWithDetails(
    filter?: Filter,
    options?: CasesWithDetailsOptions,
  ): AsyncGenerator<TypedCase<P>, void, undefined>;
}

/**
 * The process id parameter of `bw.process<P>()`: the schema's id when `P` is a schema; `never`
 * when no type argument is given, so that call falls through to the untyped overload.
 */
export type TypedProcessId<P extends ProcessSchema> = [P] extends [never] ? never : P['processId'];
