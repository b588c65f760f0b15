// What the graph is built from: a process definition as BlizWork's getCase shows it (include 3),
// an emulator seed holds it, or the emulator's admin API lists it. Only what the picture needs.

/** A form of a process: its id, its optional display name and the forms it may move to. */
export interface GraphFormInput {
  /** The form's id (`lead`). */
  readonly formId: string;
  /** The form's display name, when the definition has one. */
  readonly name?: string;
  /** The forms an activity of this form may move to; none: a final (terminal) form. */
  readonly nextFormIds: readonly string[];
}

/** A process definition: its forms, the start form first (as BlizWork lists them). */
export interface ProcessDefinitionInput {
  /** The process id (`sales-process`), used as the picture's title. */
  readonly processId?: string;
  /** The process's display name. */
  readonly name?: string;
  /** The forms, the start form first. */
  readonly forms: readonly GraphFormInput[];
}

/**
 * An extension (webhook) registered on the process. Without `formId` it fires on every form's
 * activities, without `nextFormId` on every move out of `formId`: it is drawn on every edge it matches.
 */
export interface GraphExtensionInput {
  /** Only activities of this form. */
  readonly formId?: string;
  /** Only moves to this form. */
  readonly nextFormId?: string;
  /** Where the extension is called. */
  readonly url: string;
}

/** One executed transition of a case: `formId` -> `nextFormId`, by whom and when. */
export interface CaseStep {
  /** The form that was executed. */
  readonly formId: string;
  /** The form the case moved to. */
  readonly nextFormId: string;
  /** Who executed it (a user id). */
  readonly by?: string;
  /** When (ISO timestamp). */
  readonly on?: string;
}

/** A case as the picture shows it: the transitions it took, in order, and where it is now. */
export interface CaseInput {
  /** The executed transitions, oldest first. */
  readonly steps: readonly CaseStep[];
  /** The form the case waits at (or closed at). */
  readonly currentFormId?: string;
  /** True when the case reached a final form. */
  readonly closed?: boolean;
}
