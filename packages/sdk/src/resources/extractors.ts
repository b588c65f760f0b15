// Readers of the data an operation returns, for settle(): `undefined` means "not there". The data
// is in `payload` (assumption:reply-payload).
import { isRecord } from '../internal/options/arguments.js';
import type { Extractor } from '../internal/pipeline/settle.js';

/** Reads `payload` when it is an array. */
export function payloadArray<T>(what: string): Extractor<T[]> {
  return {
    what,
    read: (envelope) => (Array.isArray(envelope.payload) ? (envelope.payload as T[]) : undefined),
  };
}

/** Reads `payload` when it is an object. */
export function payloadObject<T>(what: string): Extractor<T> {
  return {
    what,
    read: (envelope) => (isRecord(envelope.payload) ? (envelope.payload as T) : undefined),
  };
}
