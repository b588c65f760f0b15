/**
 * rate-limiter-flexible counts points in fixed windows whose Redis expiry is a whole number of
 * seconds. A plan rate (possibly fractional, like Básico's 0.5) becomes the smallest such window that
 * holds a whole number of calls at exactly that rate: 0.5 tx/s is 1 point per 2 s, 5 tx/s is 5 points
 * per 1 s, 0.3 tx/s is 3 points per 10 s.
 */

/** A plan rate expressed as rate-limiter-flexible's `points` per `duration` seconds. */
export interface BudgetWindow {
  /** Calls allowed per window (an integer ≥ 1). */
  readonly points: number;
  /** Window length in whole seconds (≥ 1). */
  readonly durationSeconds: number;
}

/** Longest window considered; a rate with no exact whole-second window up to it is rounded down. */
const MAX_WINDOW_SECONDS = 3600;
const EPSILON = 1e-9;

/**
 * Maps `transactionsPerSecond` to the shortest whole-second window holding a whole number of calls.
 * A rate no window up to an hour fits exactly (say 1/7) gets a one-hour window with the points
 * rounded down, so the budget never allows more than the plan.
 */
export function budgetWindow(transactionsPerSecond: number): BudgetWindow {
  for (let durationSeconds = 1; durationSeconds <= MAX_WINDOW_SECONDS; durationSeconds++) {
    const exact = transactionsPerSecond * durationSeconds;
    const points = Math.round(exact);
    if (points >= 1 && Math.abs(exact - points) < EPSILON) return { points, durationSeconds };
  }
  return {
    points: Math.max(1, Math.floor(transactionsPerSecond * MAX_WINDOW_SECONDS)),
    durationSeconds: MAX_WINDOW_SECONDS,
  };
}

/**
 * The share of the plan rate left unused. The server counts calls when they arrive, and a cold
 * connection or a busy network delays one call more than the next: 5 % keeps two calls from
 * arriving closer together than the plan allows (it matters most for plans of 1 tx/s and less,
 * where the server holds no burst at all).
 */
export const HEADROOM = 0.05;

/**
 * How long the caller holding the `consumedPoints`-th point of a window must still wait so that the
 * window's calls go out evenly spaced (one every `duration / points`, stretched by the headroom)
 * instead of in one burst at the window's start: a burst of a whole window right after the previous
 * window's last call is what a server-side token bucket refuses. `msBeforeNext` is the window's
 * remaining life, as Redis reports it.
 */
export function spreadDelayMs(
  window: BudgetWindow,
  consumedPoints: number,
  msBeforeNext: number,
): number {
  const elapsedMs = window.durationSeconds * 1000 - msBeforeNext;
  const slotStartMs = (consumedPoints - 1) * slotSpacingMs(window);
  return Math.max(0, Math.ceil(slotStartMs - elapsedMs));
}

/**
 * The plan spacing: how far apart two calls of one window go out (the window's length over its
 * points, stretched by the headroom). It is also the least time between two calls this process
 * releases on one budget, whatever window they belong to.
 */
export function slotSpacingMs(window: BudgetWindow): number {
  return (window.durationSeconds * 1000 * (1 + HEADROOM)) / window.points;
}

/**
 * How long after a full window ends (as Redis reports it) its waiters ask again: the headroom's
 * share of the window, so the next window's first call keeps the stretched spacing of the last one.
 */
export function windowGuardMs(window: BudgetWindow): number {
  return Math.ceil(window.durationSeconds * 1000 * HEADROOM);
}
