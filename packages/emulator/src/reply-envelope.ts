import type { Reply } from './handlers/operation-context.js';
import { ResultCodes } from './result-codes.js';
import type { Refusal } from './state/case-rules.js';

// Every reply body the emulator builds, success or refusal, in the documented
// `{ resultCode, resultMessage, ... }` envelope: one place, so every path spells it the same.

/** A bare envelope: a result code and its message. */
export const envelope = (resultCode: number, resultMessage: string): Reply => ({
  resultCode,
  resultMessage,
});

/** A success reply with the operation's extra members (`caseNumber`, `payload`...). */
export const succeed = (extra: Record<string, unknown> = {}): Reply => ({
  resultCode: ResultCodes.ok,
  resultMessage: 'OK',
  ...extra,
});

/** A business-error reply (still HTTP 200, like the real service; assumption:business-errors-http-200). */
export const refuse = (refusal: Refusal): Reply => envelope(refusal.code, refusal.message);
