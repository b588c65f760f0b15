// The abort of one attempt: its timeout and the caller's signal, in one AbortSignal for fetch.
// Created only when one of them applies: on Node 20 each AbortController, and each signal given
// to fetch, costs measurably per call (see bench/). A timer of its own per attempt: a shared
// DeadlineQueue (what the node:http client uses) measured no faster here, the signal is the cost.

/** The per-attempt abort: `signal` fires on timeout (then `timedOut` is true) or caller abort. */
export class AttemptAbort {
  /** The signal to pass to fetch. */
  readonly signal: AbortSignal;
  /** True once the attempt's timeout fired. */
  timedOut = false;
  readonly #controller = new AbortController();
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #caller: AbortSignal | undefined;
  readonly #forward: (() => void) | undefined;

  private constructor(timeoutMs: number, caller: AbortSignal | undefined) {
    this.signal = this.#controller.signal;
    this.#caller = caller;
    if (caller) {
      this.#forward = () => this.#controller.abort(caller.reason);
      caller.addEventListener('abort', this.#forward);
    }
    this.#timer =
      timeoutMs > 0
        ? setTimeout(() => {
            this.timedOut = true;
            this.#controller.abort();
          }, timeoutMs)
        : undefined;
  }

  /** An armed abort, or `undefined` when there is no timeout and no caller signal. */
  static arm(timeoutMs: number, caller: AbortSignal | undefined): AttemptAbort | undefined {
    return timeoutMs > 0 || caller ? new AttemptAbort(timeoutMs, caller) : undefined;
  }

  /** Stops the timer and the forwarding of the caller's signal. */
  disarm(): void {
    clearTimeout(this.#timer);
    if (this.#forward) this.#caller?.removeEventListener('abort', this.#forward);
  }
}
