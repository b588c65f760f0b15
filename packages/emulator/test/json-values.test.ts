// The JSON helpers every filter (listCases, master data) compares with: deep equality of own members
// only, whatever the keys are named.
import { describe, expect, it } from 'vitest';
import { jsonEquals, matchesFilter } from '../src/state/json-values.js';

describe('jsonEquals', () => {
  it.each([
    [1, 1],
    ['a', 'a'],
    [null, null],
    [
      [1, [2, { a: 3 }]],
      [1, [2, { a: 3 }]],
    ],
    [
      { a: 1, b: { c: [1, 2] } },
      { b: { c: [1, 2] }, a: 1 },
    ],
    [JSON.parse('{"__proto__": {"x": 1}}'), JSON.parse('{"__proto__": {"x": 1}}')],
    [{}, {}],
    [[], []],
  ])('holds for %j and %j', (left, right) => {
    expect(jsonEquals(left, right)).toBe(true);
    expect(jsonEquals(right, left)).toBe(true);
  });

  it.each([
    [1, '1'],
    [
      [1, 2],
      [1, 2, 3],
    ],
    [
      [1, 2],
      [2, 1],
    ],
    [[1], { 0: 1 }],
    [{ a: 1 }, [1]],
    [{ a: 1 }, { a: 1, b: 2 }],
    [
      { a: 1, b: 2 },
      { a: 1, c: 2 },
    ],
    [{ a: { b: 1 } }, { a: { b: 2 } }],
    [{ a: null }, {}],
    [{ toString: 1 }, {}],
    [JSON.parse('{"__proto__": 1}'), {}],
    [{ constructor: Object }, {}],
    [null, {}],
  ])('fails for %j and %j', (left, right) => {
    expect(jsonEquals(left, right)).toBe(false);
    expect(jsonEquals(right, left)).toBe(false);
  });
});

describe('matchesFilter', () => {
  it('compares every filter key with its own value, inherited names included', () => {
    const row = JSON.parse('{"a": [1, {"b": 2}], "__proto__": "p"}') as Record<string, unknown>;
    const own = (key: string): unknown => (Object.hasOwn(row, key) ? row[key] : undefined);
    expect(matchesFilter({}, own)).toBe(true);
    expect(matchesFilter({ a: [1, { b: 2 }] }, own)).toBe(true);
    expect(matchesFilter(JSON.parse('{"__proto__": "p"}') as Record<string, unknown>, own)).toBe(
      true,
    );
    expect(matchesFilter({ a: [1, { b: 3 }] }, own)).toBe(false);
    expect(matchesFilter({ constructor: {} }, own)).toBe(false);
  });
});
