/** A counter of work in flight that refuses to start more than `max` at once (no queue). */
export interface ConcurrencyLimit {
  /** Starts one unit of work: a `release` function to call when it ends, or `undefined` when full. */
  tryAcquire(): (() => void) | undefined;
}

/** Builds a {@link ConcurrencyLimit}; each `release` counts once, however often it is called. */
export function concurrencyLimit(max: number): ConcurrencyLimit {
  let inFlight = 0;
  return {
    tryAcquire() {
      if (inFlight >= max) return undefined;
      inFlight += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        inFlight -= 1;
      };
    },
  };
}
