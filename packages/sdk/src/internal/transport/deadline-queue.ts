// One timer for all the attempts of a client, instead of a `setTimeout` per attempt. Every attempt
// of a client has the same time limit, so deadlines arrive in order: a FIFO list is a priority
// queue, adding and cancelling cost O(1), and the one timer is re-armed only when it fires.

/** A pending deadline; `cancel()` it when the attempt ends first. */
export interface Deadline {
  cancel(): void;
}

const now =
  typeof performance === 'object' && typeof performance.now === 'function'
    ? () => performance.now()
    : () => Date.now();

class Entry implements Deadline {
  next: Entry | undefined = undefined;
  constructor(
    readonly at: number,
    public onExpire: (() => void) | undefined,
    readonly queue: DeadlineQueue,
  ) {}

  cancel(): void {
    if (this.onExpire === undefined) return;
    this.onExpire = undefined;
    this.queue.cancelled();
  }
}

/** A timer handle with Node's `ref`/`unref` (a number in browsers). */
type TimerHandle = ReturnType<typeof setTimeout> & { ref?(): unknown; unref?(): unknown };

/** Calls each added callback `delayMs` after it was added, unless it was cancelled first. */
export class DeadlineQueue {
  #head: Entry | undefined;
  #tail: Entry | undefined;
  #timer: TimerHandle | undefined;
  /** Deadlines added and neither expired nor cancelled. */
  #live = 0;
  readonly #delayMs: number;

  constructor(delayMs: number) {
    this.#delayMs = delayMs;
  }

  /** Calls `onExpire` in `delayMs`, unless the returned deadline is cancelled first. */
  add(onExpire: () => void): Deadline {
    const entry = new Entry(now() + this.#delayMs, onExpire, this);
    if (this.#tail) this.#tail.next = entry;
    else this.#head = entry;
    this.#tail = entry;
    // The timer keeps a process alive only while a deadline is pending, like a timer per attempt.
    if (this.#live++ === 0) this.#timer?.ref?.();
    this.#timer ??= this.#arm(this.#delayMs);
    return entry;
  }

  /** Called by a cancelled entry: drops cancelled entries from the head, so the list stays short. */
  cancelled(): void {
    if (--this.#live === 0) this.#timer?.unref?.();
    this.#dropCancelled();
  }

  #dropCancelled(): void {
    while (this.#head && this.#head.onExpire === undefined) this.#head = this.#head.next;
    if (!this.#head) this.#tail = undefined;
  }

  #arm(delayMs: number): TimerHandle {
    return setTimeout(this.#expire, Math.max(0, Math.ceil(delayMs)));
  }

  readonly #expire = (): void => {
    this.#timer = undefined;
    const time = now();
    for (let entry = this.#head; entry && entry.at <= time; entry = this.#head) {
      this.#head = entry.next;
      const { onExpire } = entry;
      entry.onExpire = undefined;
      if (onExpire) {
        this.#live--;
        onExpire();
      }
    }
    this.#dropCancelled();
    // Not re-armed while nothing is pending: the next `add` arms it.
    if (this.#head) {
      this.#timer = this.#arm(this.#head.at - time);
      if (this.#live === 0) this.#timer.unref?.();
    }
  };
}
