// The abort of one attempt on the fetch path: its timeout and the caller's signal, in one
// AbortSignal for fetch. Created only when one of them applies: on Node 20 each AbortController,
// and each signal given to fetch, costs measurably per call (see bench/). The timeout is an entry
// in the client's DeadlineQueue, not a timer of its own.
import type { Deadline, DeadlineQueue } from './deadline-queue.js';

/** The per-attempt abort: `signal` fires on timeout (then `timedOut` is true) or caller abort. */
export class AttemptAbort {
  /** The signal to pass to fetch. */
  readonly signal: AbortSignal;
  /** True once the attempt's timeout fired. */
  timedOut = false;
  readonly #controller = new AbortController();
  readonly #deadline: Deadline | undefined;
  readonly #caller: AbortSignal | undefined;
  readonly #forward: (() => void) | undefined;

  private constructor(deadlines: DeadlineQueue | undefined, caller: AbortSignal | undefined) {
    this.signal = this.#controller.signal;
    this.#caller = caller;
    if (caller) {
      this.#forward = () => this.#controller.abort(caller.reason);
      caller.addEventListener('abort', this.#forward);
    }
    this.#deadline = deadlines?.add(() => {
      this.timedOut = true;
      this.#controller.abort();
    });
  }

  /**
   * An armed abort, or `undefined` when there is no timeout (`deadlines` is undefined) and no
   * caller signal.
   */
  static arm(
    deadlines: DeadlineQueue | undefined,
    caller: AbortSignal | undefined,
  ): AttemptAbort | undefined {
    return deadlines || caller ? new AttemptAbort(deadlines, caller) : undefined;
  }

  /** Cancels the deadline and stops forwarding the caller's signal. */
  disarm(): void {
    this.#deadline?.cancel();
    if (this.#forward) this.#caller?.removeEventListener('abort', this.#forward);
  }
}
