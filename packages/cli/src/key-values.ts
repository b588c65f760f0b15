// `--field k=v` and `--filter k=v`: repeated flags that build an object.
import { UsageError } from './errors.js';

/**
 * A value from the command line: JSON numbers, booleans and null (and JSON objects or arrays) are
 * parsed; anything else is a string, so `name=Globex` and `code=00123` stay strings.
 */
export function parseValue(text: string): unknown {
  if (/^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null|[[{].*)$/s.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** Commander collector for a repeatable `k=v` flag. */
export function collectPair(flag: string) {
  return (pair: string, previous: Record<string, unknown> = {}): Record<string, unknown> => {
    const at = pair.indexOf('=');
    if (at <= 0) {
      throw new UsageError(`${flag} needs key=value (got "${pair}")`, `e.g. ${flag} amount=5000`);
    }
    return { ...previous, [pair.slice(0, at)]: parseValue(pair.slice(at + 1)) };
  };
}
