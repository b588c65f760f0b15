// The seam between the SDK and an instrumentation (today `@blizwork/sdk/otel`): what a client
// reports about each call, extension call and bulk item beyond the public hooks. Not public API.
// An instrumentation rides on the client's options under INSTRUMENTATION (so `withOptions`
// inherits it) and on the client object (so the extension handler finds it).
import type { BeforeRetryInfo } from '../../hooks-types.js';

/**
 * The key of the instrumentation on an options object and on a client. `Symbol.for`, so that the
 * ESM and CJS builds of one version agree; versioned, so another version's shape is never read.
 */
export const INSTRUMENTATION: unique symbol = Symbol.for('@blizwork/sdk/instrumentation@1');

/**
 * A call as the instrumentation sees it when it starts: what spans need, and nothing that costs
 * work to compute (no body size; the form is handed over as it is, read only for opted-in fields).
 */
export interface ObservedCall {
  /** The operation's name, e.g. `getCase`. */
  readonly operation: string;
  /** The HTTP method. */
  readonly method: string;
  /** The call's URL with the token redacted (last segment `***`). */
  readonly url: string;
  /** The process the call is about, when its request names one. */
  readonly processId: string | undefined;
  /** The case the call is about, when its request names one. */
  readonly caseNumber: number | undefined;
  /** The path template, e.g. `/process/case/{token}/`; `undefined` for an operation without spec metadata. */
  readonly urlTemplate: string | undefined;
  /** The client's base URL (it never holds the token: credentials in it are refused). */
  readonly baseUrl: string;
  /** True when the client paces calls with a rate limiter. */
  readonly paced: boolean;
  /**
   * The form the request sends (`exec`'s `formData`), for opted-in field recording: read it with
   * `Object.hasOwn` only, never change it.
   */
  readonly requestForm: Readonly<Record<string, unknown>> | undefined;
}

/** How a call ended, as its caller sees it. */
export interface CallEnd {
  /** The last attempt sent (0 when none was). */
  readonly attempt: number;
  /** Milliseconds the whole call took. */
  readonly durationMs: number;
  /** Milliseconds spent waiting for rate-limit slots over all attempts (`undefined` unpaced). */
  readonly slotWaitMs: number | undefined;
  readonly status: number | undefined;
  readonly resultCode: number | undefined;
  /** The case the call was about, or created. */
  readonly caseNumber: number | undefined;
  /** The error the call rejects with; `undefined` when it succeeded. */
  readonly error: Error | undefined;
}

/**
 * Observes one call. Its methods run after the user's hooks of the same kind; `end` runs exactly
 * once, after every hook, with the outcome the caller gets. Nothing it throws reaches the call.
 * The per-attempt methods take plain values, not the hooks' views, so that a client with an
 * instrumentation and no hooks builds no view at all.
 */
export interface CallObserver {
  /** Attempt `attempt` is about to be sent after waiting `slotWaitMs` for a rate-limit slot (`undefined` unpaced). */
  beforeRequest?(attempt: number, slotWaitMs: number | undefined): void;
  /** An attempt got an HTTP reply; `error` is why it failed (`undefined` for a success). */
  afterResponse?(status: number, error: Error | undefined): void;
  beforeRetry?(info: BeforeRetryInfo): void;
  end(end: CallEnd): void;
  /**
   * Runs one attempt's exchange, `send(request)` (e.g. with the call's span as the active
   * context); the argument is passed through so that no closure is needed per attempt.
   */
  runAttempt?<A, T>(send: (request: A) => T, request: A): T;
}

/** What an extension call is about, once its body passed the shape check (not verified yet). */
export interface ObservedExtensionCall {
  readonly processId: string;
  readonly caseNumber: number;
  readonly environment: string;
  readonly processVersion: number;
  /** A field value from the call body, for opted-in recording. */
  readonly field: (name: string) => unknown;
}

/** How verification of an extension call ended. */
export type VerificationOutcome =
  /** validatecall confirmed the call. */
  | 'verified'
  /** validatecall refused it (code 1): 401. */
  | 'refused'
  /** It could not be verified (a failed validatecall): 503. */
  | 'unavailable'
  /** Too many verifications were in flight: 503 without sending anything. */
  | 'busy'
  /** Not verified on purpose (`allowUnverifiedDraft` and a draft call). */
  | 'skipped';

/** The stages of one incoming extension request, reported by the handler. */
export interface ExtensionTrace {
  /** The body parsed and passed the shape check. */
  identified(call: ObservedExtensionCall): void;
  /** Runs the verification (`run` resolves its outcome). */
  verify<T extends { outcome: VerificationOutcome }>(run: () => Promise<T>): Promise<T>;
  /** Verification was skipped (`allowUnverifiedDraft`). */
  skipped(): void;
  /** Runs the user's function (e.g. with its span as the active context). */
  runUser<T>(run: () => Promise<T>): Promise<T>;
}

/** Observes incoming extension requests. */
export interface ExtensionObserver {
  /** Runs `handle` for `request` (e.g. inside a span) and resolves its response. */
  observe(
    request: Request,
    handle: (trace: ExtensionTrace) => Promise<Response>,
  ): Promise<Response>;
}

/** The bulk helpers, as their progress is reported. */
export type BulkHelperName = 'upsertMany' | 'deleteMany' | 'startCases';

/** What an instrumentation observes; every member is optional. */
export interface Instrumentation {
  /** Called as a call starts (before its rate-limit wait); its observer follows the call. */
  readonly startCall?: (call: ObservedCall) => CallObserver | undefined;
  /** Observes the extension handlers built on the client. */
  readonly extension?: ExtensionObserver;
  /** Called once per settled item of a bulk helper. */
  readonly bulkItem?: (helper: BulkHelperName, ok: boolean) => void;
}

/** The instrumentation an options object carries, if it is one. */
export function instrumentationIn(options: object): Instrumentation | undefined {
  const value: unknown = (options as Record<symbol, unknown>)[INSTRUMENTATION];
  return typeof value === 'object' && value !== null ? value : undefined;
}

/** Marks `client` as instrumented (a non-enumerable property: no inspect or JSON output shows it). */
export function attachInstrumentation(client: object, instrumentation: Instrumentation): void {
  Object.defineProperty(client, INSTRUMENTATION, { value: instrumentation });
}

/** The instrumentation of a client, if it has one. */
export const instrumentationOf = (client: object): Instrumentation | undefined =>
  instrumentationIn(client);

/**
 * The per-item callback a bulk helper gives `runBulk` for `helper`: tells the instrumentation (and
 * never throws), or `undefined` when the client has none.
 */
export function bulkItemReporter(
  instrumentation: Instrumentation | undefined,
  helper: BulkHelperName,
): ((ok: boolean) => void) | undefined {
  const report = instrumentation?.bulkItem;
  if (report === undefined) return undefined;
  return (ok) => {
    try {
      report(helper, ok);
    } catch {
      // An instrumentation never fails a run.
    }
  };
}
