// The limiter's release pacing against a late event loop, with a fake slot source in place of
// Redis: the answers are fixed, the stall is a real one (the test blocks the event loop), so the
// slot timers fire late exactly as on a busy machine.
import { describe, expect, it } from 'vitest';
import { RedisRateLimiter, type SlotSource } from '../src/redis-rate-limiter.js';
import type { SlotAnswer } from '../src/shared-budget.js';

let keyCount = 0;

/** A slot source that grants the given answers in order, on a key no other test uses. */
function fakeBudget(answers: SlotAnswer[]): SlotSource & { takes: number } {
  const budget = {
    key: `pacing-test:${++keyCount}`,
    takes: 0,
    take: () => {
      const answer = answers[budget.takes++];
      if (answer === undefined) throw new Error('the fake budget ran out of answers');
      return Promise.resolve(answer);
    },
    block: () => Promise.resolve(),
  };
  return budget;
}

/** Blocks the event loop for `ms`, as a busy machine or a long synchronous task does. */
function stallEventLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy: no timer, no I/O callback runs meanwhile
  }
}

/** Blocks the event loop for `ms`, starting once the current timers phase lets it (10 ms). */
const stallSoon = (ms: number) => setTimeout(() => stallEventLoop(ms), 10);

/**
 * Starts the acquires, stalls the event loop for `stallMs` while they wait, and resolves with how
 * far apart (ms) the first two were released.
 */
async function releaseGapAfterStall(acquires: Promise<void>[], stallMs: number): Promise<number> {
  const releasedAt: number[] = [];
  const releases = acquires.map((acquired) =>
    acquired.then(() => releasedAt.push(performance.now())),
  );
  stallSoon(stallMs);
  await Promise.all(releases);
  const [first = 0, second = 0] = releasedAt;
  return second - first;
}

const granted = (delayMs: number, windowEndsInMs = 1000, spacingMs = 210): SlotAnswer => ({
  granted: true,
  delayMs,
  spacingMs,
  windowEndsInMs,
});

describe('RedisRateLimiter release pacing on a late event loop', () => {
  it('releases two limiters of one process on one budget at least the plan spacing apart when their slots come due together', async () => {
    // Slots 3 and 4 of a 5 tx/s window (420 and 630 ms in): both timers are due when the stall ends.
    const budget = fakeBudget([granted(300, 900), granted(400, 900)]);
    const [first, second] = [new RedisRateLimiter(budget), new RedisRateLimiter(budget)];
    const gap = await releaseGapAfterStall([first.acquire(), second.acquire()], 500);
    expect(gap).toBeGreaterThanOrEqual(210);
  });

  it('keeps one limiter’s consecutive releases the plan spacing apart when a slot fired late', async () => {
    // Slot 1 is due 100 ms in but fires after the stall; slot 2, planned 210 ms in, is then due at once.
    const budget = fakeBudget([granted(100, 1000), granted(0, 1000)]);
    const limiter = new RedisRateLimiter(budget);
    const gap = await releaseGapAfterStall([limiter.acquire(), limiter.acquire()], 400);
    expect(gap).toBeGreaterThanOrEqual(210);
  });

  it('gives up a slot whose window ended before its timer fired and takes a fresh one', async () => {
    // The slot is due 50 ms in and its window ends 150 ms in; the stall ends 400 ms in.
    const budget = fakeBudget([granted(50, 150), granted(0, 1000)]);
    const limiter = new RedisRateLimiter(budget);
    const acquired = limiter.acquire();
    stallSoon(400);
    await acquired;
    expect(budget.takes).toBe(2);
  });
});
