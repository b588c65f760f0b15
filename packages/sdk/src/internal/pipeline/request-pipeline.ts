// The request pipeline of one BlizWork instance (around its transport): per-attempt timeout, the caller's signal, retries
// with backoff, logging, and the token, which only this class (and BlizWork's options) holds.
import { BlizWorkAbortError } from '../../errors/abort-error.js';
import { TransactionLimitError } from '../../errors/api-error.js';
import type { CallOptions } from '../../types.js';
import { AttemptAbort } from './attempt-abort.js';
import { createFetchTransport } from '../transport/fetch-transport.js';
import { defaultTransport, type KeepAliveConnections } from '../transport/default-transport.js';
import type { GeneratedOperation, RawOptions } from '../../operation-types.js';
import type { ResolvedOptions } from '../options/resolved-options.js';
import type { RateLimiter } from '../../rate-limit/rate-limiter.js';
import { takeSlotNow, waitForSlot } from '../rate-limit/wait-for-slot.js';
import { REDACTED, createRedactor, redactUrl } from './redact.js';
import { isRetrySafe } from './operation-metadata.js';
import { isRetryableFailure, parseRetryAfter, retryDelayMs, waitBeforeRetry } from './retry.js';
import { settle, type Envelope, type Extractor, type SettleContext } from './settle.js';
import {
  trySerializeBody,
  type OperationRequest,
  type Transport,
  type WireResult,
} from '../transport/wire.js';
import { CallObservation } from '../observe/call-observation.js';
import type { Instrumentation } from '../observe/instrumentation.js';
import type { ResolvedHooks } from '../observe/resolve-hooks.js';

/** How to send one operation. */
export interface SendOptions<T> extends CallOptions {
  /** The operation's name, for errors and logs. */
  operation: string;
  /**
   * Whether the call is safe to send twice, so retried after a transient failure and resent after
   * code 200. @default the spec's `x-blizwork-retry-safe` of the operation (false without metadata)
   */
  retry?: boolean;
  /** Result codes that count as success. @default [0] */
  acceptCodes?: readonly number[];
  /** Reads the operation's data out of the envelope. */
  extract?: Extractor<T>;
  /** The path template, for an operation without spec metadata (a `request()` path). */
  urlTemplate?: string;
  /** Reads the number of the case the call created out of its value (startCase), for the hooks. */
  createdCase?: (value: T) => number | undefined;
  /** The request's body already serialized as JSON (by a caller that checked it that way). */
  serializedBody?: string;
}

/** The settings every resource reads: the resolved options without the token. */
export type PipelineSettings = Readonly<
  Omit<ResolvedOptions, 'token' | 'limiter' | 'hooks' | 'instrumentation'>
>;

/** A failed attempt: the error to throw or retry after, and the server's Retry-After if any. */
class AttemptFailure {
  constructor(
    readonly error: unknown,
    readonly retryAfterMs?: number,
  ) {}
}

/** The headers an attempt sends besides the SDK's own. */
type AttemptHeaders = OperationRequest['headers'];

/** What one attempt needs from its call: the body's JSON, and its observation (if any). */
interface AttemptObservation {
  /** The body serialized once for the call (every attempt sends these bytes). */
  serializedBody: string | undefined;
  call: CallObservation | undefined;
  /** The headers the attempt sends besides the SDK's (the call's, plus the hooks'). */
  headers: AttemptHeaders;
  createdCase: ((value: unknown) => number | undefined) | undefined;
}

/** Why a refused call that is not safe to send twice was not resent, appended to its message. */
const NOT_RESENT_HINT =
  'Not resent: the call may have run, so only reads are resent after code 200 by default; pace calls with the rateLimit option, or set resendWritesOnTransactionLimit: true if BlizWork refuses before running';

/** The same refusal, carrying the total time the call waited before giving up. */
const withWaited = (
  error: TransactionLimitError,
  waitedMs: number,
  hint: string | undefined,
): TransactionLimitError =>
  new TransactionLimitError(
    {
      operation: error.operation ?? '',
      url: error.url,
      resultCode: error.resultCode,
      resultMessage: error.resultMessage,
      httpStatus: error.httpStatus,
      waitedMs,
    },
    hint,
  );

const isNodeLike = typeof globalThis.process?.versions?.node === 'string';

/** Sends generated operations with the SDK's configuration. Internal: reached through BlizWork. */
export class RequestPipeline {
  /** The resolved options without the token. */
  readonly settings: PipelineSettings;
  readonly #token: string;
  readonly #transport: Transport;
  readonly #redact: (text: string) => string;
  /** The base URL as errors and hooks show it (redacted once, not per call). */
  readonly #shownBaseUrl: string;
  /** The hooks' shown URL of each path template (see `CallSetup.shownUrls`). */
  readonly #shownUrls = new Map<string, string>();
  /** The limiter every attempt waits on, shared with clients derived by `withOptions`. */
  readonly limiter: RateLimiter | undefined;
  /**
   * The keep-alive connections of the node:http transport, shared with clients derived by
   * `withOptions`; `undefined` on the fetch path (a `fetch` option, not Node, or the package's
   * default entry, which has no node:http transport).
   */
  readonly connections: KeepAliveConnections | undefined;
  /** The `hooks` option, checked; `undefined` when there are none. */
  readonly hooks: ResolvedHooks | undefined;
  /** The client's instrumentation (`@blizwork/sdk/otel`), if any. */
  readonly instrumentation: Instrumentation | undefined;

  /** `connections`: a parent client's, to share its keep-alive connections. */
  constructor(options: ResolvedOptions, connections?: KeepAliveConnections) {
    const { token, limiter, hooks, instrumentation, ...settings } = options;
    this.settings = Object.freeze(settings);
    this.limiter = limiter;
    this.hooks = hooks;
    this.instrumentation = instrumentation;
    this.#token = token;
    this.#redact = createRedactor(token);
    this.#shownBaseUrl = this.#redact(settings.baseUrl);
    const headers: Record<string, string> = isNodeLike ? { 'user-agent': settings.userAgent } : {};
    const wire = {
      baseUrl: settings.baseUrl,
      headers,
      maxResponseBytes: settings.maxResponseBytes,
    };
    // A user's fetch is always used as given; otherwise the registered default (node:http on Node).
    const selfTimed =
      settings.fetch === undefined
        ? defaultTransport({ ...wire, timeoutMs: settings.timeoutMs }, connections)
        : undefined;
    this.connections = selfTimed?.connections;
    this.#transport =
      selfTimed?.transport ?? createFetchTransport({ ...wire, fetch: settings.fetch });
  }

  /**
   * Sends `operation` with the token, client and a per-attempt signal filled in, retrying reads,
   * and resolves the envelope (or what `options.extract` reads from it). Rejects with a
   * `BlizWorkError`; throws `TypeError` for a missing path parameter.
   */
  async send<Op extends GeneratedOperation, T = Envelope>(
    operation: Op,
    request: RawOptions<Op>,
    options: SendOptions<T>,
  ): Promise<T> {
    const retry = options.retry ?? isRetrySafe(operation);
    // Code 200 (transaction limit): BlizWork is assumed to refuse before running the call
    // (assumption:code-200-refused-before-running). Nothing documents it, so only a call that is
    // safe to send twice is resent by default; others only with resendWritesOnTransactionLimit.
    const resendRefused = retry || this.settings.resendWritesOnTransactionLimit;
    const context: SettleContext<T> = {
      operation: options.operation,
      signal: options.signal,
      acceptCodes: options.acceptCodes,
      extract: options.extract,
      redact: this.#redact,
      baseUrl: this.#shownBaseUrl,
      timeoutMs: this.settings.timeoutMs,
      timedOut: false,
    };
    // Serialized once for the call: every attempt sends this text, and the hooks count its bytes.
    const serializedBody =
      options.serializedBody ?? trySerializeBody((request as { body?: unknown }).body);
    // Only a client with hooks or an instrumentation observes its calls: the others pay nothing.
    const call =
      this.hooks || this.instrumentation?.startCall
        ? this.#observe(operation, request, serializedBody, options)
        : undefined;
    let waitedMs = 0;
    try {
      for (let attempt = 1; ; attempt++) {
        // Every call waits on the one limiter: the plan's budget is the company's
        // (assumption:plan-limit-covers-every-call).
        const { limiter } = this;
        const slotWaitMs =
          limiter === undefined || takeSlotNow(limiter)
            ? 0
            : await waitForSlot(limiter, options.operation, options.signal, context.timeoutMs);
        waitedMs += slotWaitMs;
        let headers: AttemptHeaders = request.headers;
        if (call) {
          const pending = call.beforeRequest(attempt, slotWaitMs, headers);
          headers = pending instanceof Promise ? await pending : pending;
        }
        const outcome = await this.#attempt(operation, request, context, attempt, slotWaitMs, {
          serializedBody,
          call,
          headers,
          createdCase: options.createdCase as ((value: unknown) => number | undefined) | undefined,
        });
        if (!(outcome instanceof AttemptFailure)) {
          call?.succeeded();
          return outcome;
        }
        const refused = outcome.error instanceof TransactionLimitError;
        if (refused) this.limiter?.backOff?.(outcome.retryAfterMs);
        const budget = retry || (refused && resendRefused) ? this.settings.maxRetries + 1 : 1;
        if (attempt >= budget || !(refused || isRetryableFailure(outcome.error))) {
          if (!refused) throw outcome.error;
          throw withWaited(outcome.error, waitedMs, resendRefused ? undefined : NOT_RESENT_HINT);
        }
        const delay = retryDelayMs(attempt, outcome.retryAfterMs);
        const reason = (outcome.error as Error).name;
        this.settings.logger?.warn?.(
          `blizwork ${options.operation}: retrying in ${delay} ms (attempt ${attempt + 1} of ${budget}) after ${reason}`,
          { operation: options.operation, attempt: attempt + 1, delayMs: delay, reason },
        );
        const retrying = call?.beforeRetry(outcome.error as Error, delay);
        if (retrying) await retrying;
        await waitBeforeRetry(delay, options.signal, options.operation);
        waitedMs += delay;
      }
    } catch (error) {
      throw call ? await call.failed(error) : error;
    }
  }

  /** The observation of one call: its hooks and its instrumentation. */
  #observe<T>(
    operation: GeneratedOperation,
    request: { path?: unknown; body?: unknown },
    serializedBody: string | undefined,
    options: SendOptions<T>,
  ): CallObservation {
    const { path, body } = request as { path?: Record<string, unknown>; body?: unknown };
    return new CallObservation({
      hooks: this.hooks,
      instrumentation: this.instrumentation,
      redact: this.#redact,
      operation: options.operation,
      generated: operation,
      path,
      urlTemplate: options.urlTemplate,
      baseUrl: this.settings.baseUrl,
      shownBaseUrl: this.#shownBaseUrl,
      shownUrls: this.#shownUrls,
      body,
      serializedBody,
      paced: this.limiter !== undefined,
    });
  }

  /** One attempt: resolves the settled value, or an AttemptFailure (never rejects for a failed call). */
  async #attempt<Op extends GeneratedOperation, T>(
    operation: Op,
    request: RawOptions<Op>,
    context: SettleContext<T>,
    attempt: number,
    slotWaitMs: number,
    observed: AttemptObservation,
  ): Promise<T | AttemptFailure> {
    const { signal } = context;
    if (signal?.aborted) {
      return new AttemptFailure(new BlizWorkAbortError(context.operation, signal.reason));
    }
    const { call } = observed;
    const started = this.settings.logger?.debug ? Date.now() : 0;
    const sentAt = call ? performance.now() : 0;
    const path = { ...request.path, token: this.#token };
    // The node:http client times the attempt and listens to the caller's signal itself; fetch
    // needs one AbortSignal for both.
    const abort = this.connections ? undefined : AttemptAbort.arm(context.timeoutMs, signal);
    // Built member by member: object spreads cost measurably on this hot path.
    const options = {
      body: request.body,
      serializedBody: observed.serializedBody,
      headers: observed.headers,
      path,
      client: this.#transport,
      signal: this.connections ? signal : abort?.signal,
    };
    let pending: Promise<unknown>;
    try {
      pending = call
        ? call.runAttempt(
            operation as unknown as (request: typeof options) => Promise<unknown>,
            options,
          )
        : operation(options as never);
    } catch (error) {
      abort?.disarm(); // a synchronous throw: a missing path parameter (TypeError)
      throw error;
    }
    let result: unknown;
    try {
      result = await pending;
    } catch (error) {
      result = { url: `${this.settings.baseUrl}/${REDACTED}`, error };
    } finally {
      abort?.disarm();
    }
    context.timedOut = abort?.timedOut ?? (result as WireResult | undefined)?.timedOut ?? false;
    let outcome: T | AttemptFailure;
    try {
      outcome = settle(result, context);
    } catch (error) {
      const retryAfter = (result as WireResult | undefined)?.response?.headers.get('retry-after');
      outcome = new AttemptFailure(error, parseRetryAfter(retryAfter));
    }
    const response = (result as WireResult | undefined)?.response;
    if (call && response) {
      const failure = outcome instanceof AttemptFailure ? outcome : undefined;
      // Awaited only when a hook returned a promise: an await costs a tick on every call.
      const pending = call.afterResponse(
        response.status,
        (result as WireResult).text,
        (result as WireResult).bytes,
        context.resultCode,
        failure ? undefined : outcome,
        failure?.error as Error | undefined,
        sentAt,
        observed.createdCase,
      );
      if (pending) await pending;
    }
    if (started) {
      this.#logAttempt(
        context.operation,
        result as WireResult | undefined,
        outcome,
        attempt,
        started,
        slotWaitMs,
      );
    }
    return outcome;
  }

  #logAttempt(
    name: string,
    result: WireResult | undefined,
    outcome: unknown,
    attempt: number,
    started: number,
    slotWaitMs: number,
  ): void {
    const status =
      result?.response?.status ??
      (outcome instanceof AttemptFailure ? (outcome.error as Error).name : '-');
    const ms = Date.now() - started;
    const url = this.#redact(redactUrl(result?.url ?? ''));
    // Time spent waiting for a rate-limit slot is not request time: it is reported apart.
    const waited = this.limiter ? ` after waiting ${slotWaitMs} ms for a rate-limit slot` : '';
    this.settings.logger?.debug?.(
      `blizwork ${name} POST ${url} attempt ${attempt}: ${status} in ${ms} ms${waited}`,
      {
        operation: name,
        url,
        attempt,
        status,
        ms,
        ...(this.limiter ? { slotWaitMs } : {}),
      },
    );
  }
}
