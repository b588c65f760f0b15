// The words the emulator's layers share (state, seed, persistence, handlers, admin): one module at
// the bottom of the package, so none of them imports another's module for a word. The API's shapes
// come from @blizwork/client's types, generated from the same spec as the emulator's routes (a
// devDependency: its types are erased and its plan table is bundled at build), so no API shape is
// copied here by hand. Where the emulator stores a shape whose members the spec leaves optional,
// the stored type makes them required with `Required<Pick<…>>`.
import type * as Api from '@blizwork/client';

export type { Environment, PlanName } from '@blizwork/client';
export type { PlanFacts as PlanLimits } from '@blizwork/client';
// The plans are the spec's (`x-blizwork-plans`), generated into @blizwork/client: one definition
// for the emulator, the SDK and @blizwork/rate-limit-redis.
export { PLANS as PLAN_LIMITS } from '@blizwork/client';

// A record keyed by the spec's `Environment`: the compiler rejects it when the spec adds or drops one.
const environmentSet: Readonly<Record<Api.Environment, true>> = { production: true, draft: true };

/** Both environments, in the order the emulator builds a process's versions. */
export const ENVIRONMENTS = Object.keys(environmentSet) as readonly Api.Environment[];

/** True when `value` is one of the spec's environments (`production` or `draft`). */
export const isEnvironment = (value: unknown): value is Api.Environment =>
  typeof value === 'string' && Object.hasOwn(environmentSet, value);

/**
 * A form reference inside a history entry: the form's id (`''` for the start of a case, which
 * executed no form). The spec's `ActivityRef`.
 */
export type ActivityRef = Api.ActivityRef;

/**
 * A field value as a case lists it in `fieldValues`: `{ slug, value }`, or
 * `{ slug, fileName, fileUrl }` for a file (the emulator stores one entry per slug). The spec's
 * `FieldValue` (its other members, like `value`, are open).
 */
export type FieldValue = Api.FieldValue;

/**
 * One step of a case as the emulator stores it: the start (`currentActivity.formId` is `''`) or an
 * executed activity (`currentActivity` is the executed form), with the form moved to
 * (`nextActivity`), the user who took the step (`updatedBy`: the request's `execUserId`, else its
 * `userId`) and when (`updatedOn`, ISO timestamp). The spec's `HistoryEntry` with every member
 * the emulator writes made required.
 */
export type HistoryEntry = Required<
  Pick<Api.HistoryEntry, 'currentActivity' | 'nextActivity' | 'updatedBy' | 'updatedOn'>
>;

/**
 * The body the emulator POSTs to an extension: the case's environment, process slug, process
 * version and number, a fresh one-time `handshakeToken` (24 lowercase hex characters) and the
 * case's `fields` after the exec (stored file paths as absolute URLs under the emulator's address).
 * The spec's `ExtensionCallBody` with `fields` made required.
 */
export type ExtensionCallBody = Readonly<
  Required<
    Pick<
      Api.ExtensionCallBody,
      'environment' | 'processId' | 'processVersion' | 'caseNumber' | 'handshakeToken' | 'fields'
    >
  >
>;

/** A field of a form. `type` is informative (text, number, attachment...): values are not checked. */
export interface SeedField {
  /** The field's slug: the key of its value in `formData`, `fields` and `fieldValues`. */
  id: string;
  /** Field type, e.g. `text`, `number`, `attachment` (informative only). */
  type: string;
  /** Human-readable label (informative only). */
  label?: string;
}
