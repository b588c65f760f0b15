import { describe, expect, it } from 'vitest';
import { budgetWindow, slotSpacingMs, spreadDelayMs, windowGuardMs } from '../src/window.js';

describe('budgetWindow', () => {
  it.each([
    [0.5, { points: 1, durationSeconds: 2 }],
    [1, { points: 1, durationSeconds: 1 }],
    [5, { points: 5, durationSeconds: 1 }],
    [50, { points: 50, durationSeconds: 1 }],
    [1.5, { points: 3, durationSeconds: 2 }],
    [0.3, { points: 3, durationSeconds: 10 }],
    [1 / 7, { points: 1, durationSeconds: 7 }],
    [0.25, { points: 1, durationSeconds: 4 }],
    [0.125, { points: 1, durationSeconds: 8 }],
  ])('maps %s tx/s to the shortest whole-second window of whole calls', (rate, window) => {
    expect(budgetWindow(rate)).toEqual(window);
  });

  it('rounds the points down in a one-hour window when no shorter window fits the rate exactly', () => {
    const rate = Math.PI / 10;
    const window = budgetWindow(rate);
    expect(window).toEqual({ points: 1130, durationSeconds: 3600 });
    expect(window.points / window.durationSeconds).toBeLessThanOrEqual(rate);
  });
});

describe('slotSpacingMs', () => {
  it.each([
    [5, 210],
    [0.5, 2100],
    [1.5, 700],
  ])(
    'spaces the calls of %s tx/s %s ms apart (the plan spacing stretched by the headroom)',
    (rate, ms) => {
      expect(slotSpacingMs(budgetWindow(rate))).toBeCloseTo(ms, 6);
    },
  );
});

describe('spreadDelayMs', () => {
  const fivePerSecond = { points: 5, durationSeconds: 1 };

  it('lets the first call of a window go at once', () => {
    expect(spreadDelayMs(fivePerSecond, 1, 1000)).toBe(0);
  });

  it('holds the k-th call of a window until its even place in the window, with the headroom', () => {
    // Five calls taken together at the window's start go out 200 ms (+5 %) apart.
    expect([1, 2, 3, 4, 5].map((k) => spreadDelayMs(fivePerSecond, k, 1000))).toEqual([
      0, 210, 420, 630, 840,
    ]);
  });

  it('does not hold a call whose place in the window has already passed', () => {
    expect(spreadDelayMs(fivePerSecond, 2, 300)).toBe(0);
    expect(spreadDelayMs(fivePerSecond, 3, 700)).toBe(120);
  });
});

describe('windowGuardMs', () => {
  it('keeps the stretched spacing across a window boundary', () => {
    // The last of five calls goes at 840 ms; the next window's first waits until 1050 ms: 210 ms.
    expect(windowGuardMs({ points: 5, durationSeconds: 1 })).toBe(50);
    expect(windowGuardMs({ points: 1, durationSeconds: 2 })).toBe(100);
  });
});
