// One observed call: the views the hooks receive, the hooks run in order, a failing hook turned
// into a BlizWorkHookError, and the instrumentation told the same, after the user's hooks. The
// pipeline creates one per call only when the client has hooks or an instrumentation.
import type {
  AfterResponseInfo,
  BeforeRequestInfo,
  BeforeRetryInfo,
  HookCallInfo,
  HookHeaders,
  OnErrorInfo,
} from '../../hooks-types.js';
import { BlizWorkHookError, type HookName } from '../../errors/hook-error.js';
import { checkUserHeaders } from '../options/header-names.js';
import { REDACTED, redactUrl, sanitizeCause } from '../pipeline/redact.js';
import { fillPath, mergeHeaders, type OperationRequest } from '../transport/wire.js';
import type { CallObserver, Instrumentation, ObservedCall } from './instrumentation.js';
import type { ResolvedHooks } from './resolve-hooks.js';

/** The headers an attempt sends besides the SDK's own. */
type AttemptHeaders = OperationRequest['headers'];

/** What a {@link CallObservation} is built from. */
export interface CallSetup {
  hooks: ResolvedHooks | undefined;
  instrumentation: Instrumentation | undefined;
  /** Removes the token from a text. */
  redact: (text: string) => string;
  operation: string;
  /** The generated operation (its spec metadata gives the method and the path template). */
  generated: object;
  /** The path parameters besides the token (validatecall's handshake token). */
  path: Record<string, unknown> | undefined;
  /** The path template, when the operation has no spec metadata (a `request()` path). */
  urlTemplate: string | undefined;
  baseUrl: string;
  body: unknown;
  /** True when the client has a rate limiter. */
  paced: boolean;
}

/** The method and path template from an operation's spec metadata (`~blizwork`), if it has them. */
function routeOf(operation: object): { method?: unknown; path?: unknown } {
  const metadata: unknown = (operation as { '~blizwork'?: unknown })['~blizwork'];
  return typeof metadata === 'object' && metadata !== null ? metadata : {};
}

/** The call's URL with the token redacted, as errors show it (last segment `***`, no query). */
function shownUrl(setup: CallSetup, template: string | undefined): string {
  if (template !== undefined) {
    try {
      const url = setup.baseUrl + fillPath(template, { ...setup.path, token: REDACTED });
      return setup.redact(redactUrl(url));
    } catch {
      // A missing path parameter: the call fails with a TypeError; the URL falls back below.
    }
  }
  return setup.redact(`${setup.baseUrl}/${REDACTED}`);
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

const integerOf = (value: unknown): number | undefined =>
  Number.isInteger(value) ? (value as number) : undefined;

/** The UTF-8 length of `text` in bytes, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else {
      // 3 bytes, and so is a lone surrogate (sent as U+FFFD); a surrogate pair is 4 bytes for 2 units.
      bytes += 2;
      const next = text.charCodeAt(i + 1);
      if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return bytes;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null | undefined)?.then === 'function';

/**
 * Calls `hooks` in order with `info`, passing each one's value to `collect`. Synchronous until a
 * hook returns a promise; then it resolves after the last hook. A throw or rejection propagates.
 */
function callAll<I>(
  hooks: readonly ((info: I) => unknown)[],
  info: I,
  collect: ((value: unknown) => void) | undefined,
  from = 0,
): void | Promise<void> {
  for (let i = from; i < hooks.length; i++) {
    const value = (hooks[i] as (info: I) => unknown)(info);
    if (isThenable(value)) {
      return Promise.resolve(value).then((resolved) => {
        collect?.(resolved);
        return callAll(hooks, info, collect, i + 1);
      });
    }
    collect?.(value);
  }
}

/** The facts of an attempt's reply that the hooks see. */
export interface AttemptReply {
  status: number;
  /** The body, when it was read. */
  text: string | undefined;
  /** The result code the reply carried, if any. */
  resultCode: number | undefined;
  /** The settled value, for a success. */
  value?: unknown;
  /** Why the attempt failed; `undefined` for a success. */
  error: Error | undefined;
  durationMs: number;
}

/** The hooks and the instrumentation of one call (see the file comment). */
export class CallObservation {
  readonly #hooks: ResolvedHooks | undefined;
  readonly #observer: CallObserver | undefined;
  readonly #redact: (text: string) => string;
  readonly #body: unknown;
  readonly #paced: boolean;
  readonly #started = performance.now();
  readonly #base: Omit<HookCallInfo, 'requestBytes' | 'caseNumber'>;
  #caseNumber: number | undefined;
  #requestBytes: number | undefined | null = null;
  #attempt = 0;
  /** The rate-limit wait of the current attempt, and of all attempts. */
  #attemptSlotWaitMs = 0;
  #slotWaitMs = 0;
  #status: number | undefined;
  #resultCode: number | undefined;

  constructor(setup: CallSetup) {
    this.#hooks = setup.hooks;
    this.#redact = setup.redact;
    this.#body = setup.body;
    this.#paced = setup.paced;
    const route = routeOf(setup.generated);
    const template = stringOf(route.path) ?? setup.urlTemplate;
    const body = asRecord(setup.body);
    this.#base = {
      operation: setup.operation,
      method: stringOf(route.method) ?? 'POST',
      url: shownUrl(setup, template),
      processId: stringOf(body?.processId) ?? stringOf(body?.workflowId),
    };
    this.#caseNumber = integerOf(body?.caseNumber);
    const start = setup.instrumentation?.startCall;
    if (start === undefined) return;
    const observed: ObservedCall = this.#info({
      urlTemplate: template,
      baseUrl: setup.redact(setup.baseUrl),
      paced: setup.paced,
      requestField: (name: string) => {
        const form = asRecord(body?.formData);
        return form && Object.hasOwn(form, name) ? form[name] : undefined;
      },
    });
    try {
      this.#observer = start(observed);
    } catch {
      // An instrumentation never fails a call.
    }
  }

  /**
   * The view every hook gets: a plain object literal, frozen (no getters or defined properties:
   * those make slow objects, and this runs several times per call).
   */
  #info<T extends object>(extra: T): HookCallInfo & T {
    if (this.#requestBytes === null) {
      const json = this.#body === undefined ? undefined : JSON.stringify(this.#body);
      this.#requestBytes = json === undefined ? undefined : utf8Length(json);
    }
    const base = this.#base;
    return Object.freeze({
      operation: base.operation,
      method: base.method,
      url: base.url,
      processId: base.processId,
      caseNumber: this.#caseNumber,
      requestBytes: this.#requestBytes,
      ...extra,
    });
  }

  /** A hook failure as the caller receives it: named, token-free, never retried. */
  #hookError(hook: HookName, thrown: unknown, callError?: Error): BlizWorkHookError {
    return new BlizWorkHookError({
      hook,
      operation: this.#base.operation,
      url: this.#base.url,
      attempt: this.#attempt,
      cause: sanitizeCause(thrown, this.#redact),
      callError,
    });
  }

  /** Runs the user's hooks of one kind; a throw or rejection becomes a BlizWorkHookError. */
  #run<I>(
    hook: HookName,
    info: I,
    collect?: (value: unknown) => void,
    callError?: Error,
  ): void | Promise<void> {
    const hooks = this.#hooks?.[hook] as readonly ((info: I) => unknown)[] | undefined;
    if (hooks === undefined) return;
    try {
      const pending = callAll(hooks, info, collect);
      if (pending) {
        return pending.catch((thrown: unknown) => {
          throw this.#hookError(hook, thrown, callError);
        });
      }
    } catch (thrown) {
      throw this.#hookError(hook, thrown, callError);
    }
  }

  /** Tells the instrumentation, which never fails the call. */
  #notify(notify: () => void): void {
    try {
      notify();
    } catch {
      // An instrumentation never fails a call.
    }
  }

  /** Runs `then` after `pending` (when there is one), else at once. */
  #after<T>(pending: void | Promise<void>, then: () => T): T | Promise<T> {
    return pending ? pending.then(then) : then();
  }

  /**
   * Before attempt `attempt` is sent: runs the `beforeRequest` hooks and resolves the headers the
   * attempt sends (`headers` plus the hooks' own, checked like `request()`'s).
   */
  beforeRequest(
    attempt: number,
    slotWaitMs: number,
    headers: AttemptHeaders,
  ): AttemptHeaders | Promise<AttemptHeaders> {
    this.#attempt = attempt;
    this.#attemptSlotWaitMs = slotWaitMs;
    this.#slotWaitMs += slotWaitMs;
    this.#status = undefined;
    this.#resultCode = undefined;
    const info: BeforeRequestInfo = this.#info({
      attempt,
      slotWaitMs: this.#paced ? slotWaitMs : undefined,
    });
    let added: Record<string, string> | undefined;
    const collect = (value: unknown): void => {
      if (value === undefined || value === null) return;
      checkUserHeaders(value, 'beforeRequest hook');
      added = mergeHeaders(added ?? {}, value as HookHeaders);
    };
    return this.#after(this.#run('beforeRequest', info, collect), () => {
      this.#notify(() => this.#observer?.beforeRequest?.(info));
      return added === undefined ? headers : mergeHeaders(mergeHeaders({}, headers), added);
    });
  }

  /** Runs one attempt's exchange through the instrumentation (e.g. in its span's context). */
  runAttempt<T>(send: () => T): T {
    const observer = this.#observer;
    return observer?.runAttempt ? observer.runAttempt(send) : send();
  }

  /** After an attempt got an HTTP reply: runs the `afterResponse` hooks. */
  afterResponse(
    reply: AttemptReply,
    caseNumberOf?: (value: unknown) => unknown,
  ): void | Promise<void> {
    this.#status = reply.status;
    this.#resultCode = reply.resultCode;
    if (reply.error === undefined && caseNumberOf) {
      this.#caseNumber ??= integerOf(caseNumberOf(reply.value));
    }
    const { text } = reply;
    const info: AfterResponseInfo = this.#info({
      attempt: this.#attempt,
      slotWaitMs: this.#paced ? this.#attemptSlotWaitMs : undefined,
      status: reply.status,
      resultCode: reply.resultCode,
      responseBytes: text === undefined ? undefined : utf8Length(text),
      durationMs: reply.durationMs,
      error: reply.error,
    });
    return this.#after(this.#run('afterResponse', info), () =>
      this.#notify(() => this.#observer?.afterResponse?.(info)),
    );
  }

  /** Before the back-off that precedes a retry or resend: runs the `beforeRetry` hooks. */
  beforeRetry(error: Error, delayMs: number): void | Promise<void> {
    const info: BeforeRetryInfo = this.#info({
      attempt: this.#attempt,
      slotWaitMs: this.#paced ? this.#attemptSlotWaitMs : undefined,
      error,
      status: this.#status,
      resultCode: this.#resultCode,
      delayMs,
    });
    return this.#after(this.#run('beforeRetry', info), () =>
      this.#notify(() => this.#observer?.beforeRetry?.(info)),
    );
  }

  /** The call succeeded: tells the instrumentation. */
  succeeded(): void {
    this.#end(undefined);
  }

  /**
   * The call failed with `error`: runs the `onError` hooks and resolves the error the call rejects
   * with (`error`, or a BlizWorkHookError when an `onError` hook failed).
   */
  async failed(error: unknown): Promise<unknown> {
    const failure = error instanceof Error ? error : new Error(String(error));
    const info: OnErrorInfo = this.#info({
      attempt: this.#attempt,
      status: this.#status,
      resultCode: this.#resultCode,
      durationMs: performance.now() - this.#started,
      error: failure,
    });
    let final: unknown = error;
    try {
      await this.#run('onError', info, undefined, failure);
    } catch (hookError) {
      final = hookError;
    }
    this.#end(final instanceof Error ? final : failure);
    return final;
  }

  #end(error: Error | undefined): void {
    const observer = this.#observer;
    if (observer === undefined) return;
    this.#notify(() =>
      observer.end({
        attempt: this.#attempt,
        durationMs: performance.now() - this.#started,
        slotWaitMs: this.#paced ? this.#slotWaitMs : undefined,
        status: this.#status,
        resultCode: this.#resultCode,
        caseNumber: this.#caseNumber,
        error,
      }),
    );
  }
}
