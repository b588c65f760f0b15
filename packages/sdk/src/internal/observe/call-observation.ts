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
import { fillPath, mergeHeaders, serializeBody, type OperationRequest } from '../transport/wire.js';
import type { CallObserver, Instrumentation } from './instrumentation.js';
import type { ResolvedHooks } from './resolve-hooks.js';

/** A hook's view while it is built: writable, frozen once complete. */
type Draft<T> = { -readonly [K in keyof T]: T[K] };

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
  /** The client's base URL, and the same with the token redacted (computed once per client). */
  baseUrl: string;
  shownBaseUrl: string;
  /**
   * The client's shown URLs by path template, for calls with no path parameter besides the token
   * (nearly all): the URL is then the same for every call of the operation, so it is built once.
   */
  shownUrls: Map<string, string>;
  body: unknown;
  /** `body` as the transport sends it (serialized once per call), when it could be serialized. */
  serializedBody: string | undefined;
  /** True when the client has a rate limiter. */
  paced: boolean;
}

/** The method and path template from an operation's spec metadata (`~blizwork`), if it has them. */
function routeOf(operation: object): { method?: unknown; path?: unknown } {
  const metadata: unknown = (operation as { '~blizwork'?: unknown })['~blizwork'];
  return typeof metadata === 'object' && metadata !== null ? metadata : {};
}

/** The call's URL with the token redacted, as errors show it (last segment `***`, no query). */
function buildShownUrl(setup: CallSetup, template: string | undefined): string {
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

/** Most clients call a few dozen operations; the cache stops growing past this many templates. */
const MAX_SHOWN_URLS = 256;

/** {@link buildShownUrl}, from the client's cache when the URL depends on the template alone. */
function shownUrl(setup: CallSetup, template: string | undefined): string {
  const { path, shownUrls } = setup;
  if (template === undefined || (path !== undefined && Object.keys(path).length > 0)) {
    return buildShownUrl(setup, template);
  }
  let url = shownUrls.get(template);
  if (url === undefined) {
    url = buildShownUrl(setup, template);
    if (shownUrls.size < MAX_SHOWN_URLS) shownUrls.set(template, url);
  }
  return url;
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

/** Node's (and Bun's, Deno's) `Buffer`, for its native UTF-8 count; absent in browsers. */
const NativeBuffer = (globalThis as { Buffer?: { byteLength(text: string): number } }).Buffer;

/** The UTF-8 length of `text`: natively where the runtime has it, else {@link utf8Length}. */
export const utf8ByteLength = (text: string): number =>
  NativeBuffer === undefined ? utf8Length(text) : NativeBuffer.byteLength(text);

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null | undefined)?.then === 'function';

/** The headers the `beforeRequest` hooks added so far, plus `value` (one hook's return), checked. */
function addedHeaders(
  added: Record<string, string> | undefined,
  value: unknown,
): Record<string, string> | undefined {
  if (value === undefined || value === null) return added;
  checkUserHeaders(value, 'beforeRequest hook');
  return mergeHeaders(added ?? {}, value as HookHeaders);
}

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

/** The hooks and the instrumentation of one call (see the file comment). */
export class CallObservation {
  readonly #hooks: ResolvedHooks | undefined;
  readonly #observer: CallObserver | undefined;
  readonly #redact: (text: string) => string;
  readonly #body: unknown;
  readonly #serializedBody: string | undefined;
  readonly #paced: boolean;
  readonly #started = performance.now();
  readonly #operation: string;
  readonly #method: string;
  readonly #url: string;
  readonly #processId: string | undefined;
  #caseNumber: number | undefined;
  /** The body's UTF-8 size, computed the first time a hook's view needs it (`null` until then). */
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
    this.#serializedBody = setup.serializedBody;
    this.#paced = setup.paced;
    const route = routeOf(setup.generated);
    const template = stringOf(route.path) ?? setup.urlTemplate;
    const body = asRecord(setup.body);
    this.#operation = setup.operation;
    this.#method = stringOf(route.method) ?? 'POST';
    this.#url = shownUrl(setup, template);
    this.#processId = stringOf(body?.processId) ?? stringOf(body?.workflowId);
    this.#caseNumber = integerOf(body?.caseNumber);
    const start = setup.instrumentation?.startCall;
    if (start === undefined) return;
    try {
      this.#observer = start({
        operation: this.#operation,
        method: this.#method,
        url: this.#url,
        processId: this.#processId,
        caseNumber: this.#caseNumber,
        urlTemplate: template,
        baseUrl: setup.shownBaseUrl,
        paced: setup.paced,
        requestForm: asRecord(body?.formData),
      });
    } catch {
      // An instrumentation never fails a call.
    }
  }

  /**
   * The body's UTF-8 size, for the hooks' views: counted on first use from the text the transport
   * sends (serialized once per call by the pipeline). A body the pipeline could not serialize is
   * serialized here, and throws here, as before the pipeline serialized it.
   */
  #bodyBytes(): number | undefined {
    if (this.#requestBytes === null) {
      const json = this.#serializedBody ?? serializeBody(this.#body);
      this.#requestBytes = json === undefined ? undefined : utf8ByteLength(json);
    }
    return this.#requestBytes;
  }

  /**
   * The start of a hook's view: the call's facts as a plain object literal. Each view adds its
   * own members by assignment, then is frozen: no getters or defined properties (those make slow
   * objects) and no spread (a spread after other members copies property by property at run
   * time, measurably slower on this per-call path). Built only when a hook of that kind exists.
   */
  #draft(): Draft<HookCallInfo> {
    return {
      operation: this.#operation,
      method: this.#method,
      url: this.#url,
      processId: this.#processId,
      caseNumber: this.#caseNumber,
      requestBytes: this.#bodyBytes(),
    };
  }

  /** The hooks of one kind, or `undefined` when the client has none of that kind. */
  #hooksOf<K extends HookName>(hook: K): ResolvedHooks[K] | undefined {
    const hooks = this.#hooks?.[hook];
    return hooks === undefined || hooks.length === 0 ? undefined : hooks;
  }

  /** A hook failure as the caller receives it: named, token-free, never retried. */
  #hookError(hook: HookName, thrown: unknown, callError?: Error): BlizWorkHookError {
    return new BlizWorkHookError({
      hook,
      operation: this.#operation,
      url: this.#url,
      attempt: this.#attempt,
      cause: sanitizeCause(thrown, this.#redact),
      callError,
    });
  }

  /** Runs `hooks` (of kind `hook`); a throw or rejection becomes a BlizWorkHookError. */
  #run<I>(
    hook: HookName,
    hooks: readonly ((info: I) => unknown)[],
    info: I,
    collect?: (value: unknown) => void,
    callError?: Error,
  ): void | Promise<void> {
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

  /**
   * Before attempt `attempt` is sent: runs the `beforeRequest` hooks and resolves the headers the
   * attempt sends (`headers` plus the hooks' own, checked like `request()`'s). Without
   * `beforeRequest` hooks, no view is built and `headers` come back as they are.
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
    const hooks = this.#hooksOf('beforeRequest');
    if (hooks === undefined) {
      this.#tellBeforeRequest();
      return headers;
    }
    const draft = this.#draft() as Draft<BeforeRequestInfo>;
    draft.attempt = attempt;
    draft.slotWaitMs = this.#paced ? slotWaitMs : undefined;
    const info: BeforeRequestInfo = Object.freeze(draft);
    // Synchronous hooks (the usual case) run here, with no closure; from the first hook that
    // returns a promise on, the rest run in #beforeRequestLater.
    let added: Record<string, string> | undefined;
    for (let i = 0; i < hooks.length; i++) {
      let value: unknown;
      try {
        value = (hooks[i] as (info: BeforeRequestInfo) => unknown)(info);
        if (!isThenable(value)) {
          added = addedHeaders(added, value);
          continue;
        }
      } catch (thrown) {
        throw this.#hookError('beforeRequest', thrown);
      }
      return this.#beforeRequestLater(hooks, i, value, info, added, headers);
    }
    return this.#withAdded(headers, added);
  }

  /** The rest of {@link beforeRequest} once hook `index` returned `pending` (a promise). */
  async #beforeRequestLater(
    hooks: readonly ((info: BeforeRequestInfo) => unknown)[],
    index: number,
    pending: PromiseLike<unknown>,
    info: BeforeRequestInfo,
    added: Record<string, string> | undefined,
    headers: AttemptHeaders,
  ): Promise<AttemptHeaders> {
    try {
      added = addedHeaders(added, await pending);
      for (let i = index + 1; i < hooks.length; i++) {
        added = addedHeaders(added, await (hooks[i] as (info: BeforeRequestInfo) => unknown)(info));
      }
    } catch (thrown) {
      throw this.#hookError('beforeRequest', thrown);
    }
    return this.#withAdded(headers, added);
  }

  /** The attempt's headers: `headers` plus the hooks' `added`; tells the instrumentation first. */
  #withAdded(headers: AttemptHeaders, added: Record<string, string> | undefined): AttemptHeaders {
    this.#tellBeforeRequest();
    return added === undefined ? headers : mergeHeaders(mergeHeaders({}, headers), added);
  }

  #tellBeforeRequest(): void {
    const observer = this.#observer;
    if (observer?.beforeRequest === undefined) return;
    try {
      observer.beforeRequest(this.#attempt, this.#paced ? this.#attemptSlotWaitMs : undefined);
    } catch {
      // An instrumentation never fails a call.
    }
  }

  /**
   * Runs one attempt's exchange, `send(request)`, through the instrumentation (e.g. in its span's
   * context), or directly.
   */
  runAttempt<A, T>(send: (request: A) => T, request: A): T {
    const observer = this.#observer;
    return observer?.runAttempt ? observer.runAttempt(send, request) : send(request);
  }

  /**
   * After an attempt got an HTTP reply (`status`, its body `text` when read and the `bytes` it was
   * decoded from, when the transport counted them; its `resultCode`;
   * `value` for a success, `error` for a failure; sent at `sentAt`, a `performance.now()`): runs
   * the `afterResponse` hooks. Positional arguments: this runs on every attempt, and builds
   * nothing when there are no `afterResponse` hooks.
   */
  afterResponse(
    status: number,
    text: string | undefined,
    bytes: number | undefined,
    resultCode: number | undefined,
    value: unknown,
    error: Error | undefined,
    sentAt: number,
    caseNumberOf?: (value: unknown) => unknown,
  ): void | Promise<void> {
    this.#status = status;
    this.#resultCode = resultCode;
    if (error === undefined && caseNumberOf) {
      this.#caseNumber ??= integerOf(caseNumberOf(value));
    }
    const hooks = this.#hooksOf('afterResponse');
    if (hooks === undefined) {
      this.#tellAfterResponse(error);
      return;
    }
    const draft = this.#draft() as Draft<AfterResponseInfo>;
    draft.attempt = this.#attempt;
    draft.slotWaitMs = this.#paced ? this.#attemptSlotWaitMs : undefined;
    draft.status = status;
    draft.resultCode = resultCode;
    // The transports count the bytes as they arrive; a text without a count is measured.
    draft.responseBytes = text === undefined ? undefined : (bytes ?? utf8Length(text));
    draft.durationMs = performance.now() - sentAt;
    draft.error = error;
    const info: AfterResponseInfo = Object.freeze(draft);
    const pending = this.#run('afterResponse', hooks, info);
    if (pending) return pending.then(() => this.#tellAfterResponse(error));
    this.#tellAfterResponse(error);
  }

  #tellAfterResponse(error: Error | undefined): void {
    const observer = this.#observer;
    if (observer?.afterResponse === undefined) return;
    try {
      observer.afterResponse(this.#status as number, error);
    } catch {
      // An instrumentation never fails a call.
    }
  }

  /** Before the back-off that precedes a retry or resend: runs the `beforeRetry` hooks. */
  beforeRetry(error: Error, delayMs: number): void | Promise<void> {
    const hooks = this.#hooksOf('beforeRetry');
    const observer = this.#observer;
    if (hooks === undefined && observer?.beforeRetry === undefined) return;
    const draft = this.#draft() as Draft<BeforeRetryInfo>;
    draft.attempt = this.#attempt;
    draft.slotWaitMs = this.#paced ? this.#attemptSlotWaitMs : undefined;
    draft.error = error;
    draft.status = this.#status;
    draft.resultCode = this.#resultCode;
    draft.delayMs = delayMs;
    const info: BeforeRetryInfo = Object.freeze(draft);
    const tell = (): void => {
      try {
        observer?.beforeRetry?.(info);
      } catch {
        // An instrumentation never fails a call.
      }
    };
    const pending = hooks === undefined ? undefined : this.#run('beforeRetry', hooks, info);
    if (pending) return pending.then(tell);
    tell();
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
    let final: unknown = error;
    const hooks = this.#hooksOf('onError');
    if (hooks !== undefined) {
      const draft = this.#draft() as Draft<OnErrorInfo>;
      draft.attempt = this.#attempt;
      draft.status = this.#status;
      draft.resultCode = this.#resultCode;
      draft.durationMs = performance.now() - this.#started;
      draft.error = failure;
      const info: OnErrorInfo = Object.freeze(draft);
      try {
        await this.#run('onError', hooks, info, undefined, failure);
      } catch (hookError) {
        final = hookError;
      }
    }
    this.#end(final instanceof Error ? final : failure);
    return final;
  }

  #end(error: Error | undefined): void {
    const observer = this.#observer;
    if (observer === undefined) return;
    try {
      observer.end({
        attempt: this.#attempt,
        durationMs: performance.now() - this.#started,
        slotWaitMs: this.#paced ? this.#slotWaitMs : undefined,
        status: this.#status,
        resultCode: this.#resultCode,
        caseNumber: this.#caseNumber,
        error,
      });
    } catch {
      // An instrumentation never fails a call.
    }
  }
}
