import { ResultCodes } from '../result-codes.js';
import type { Refusal } from '../state/case-rules.js';
import type { Reply } from './operation-context.js';

/** A success reply with the operation's extra members (`caseNumber`, `payload`...). */
export const succeed = (extra: Record<string, unknown> = {}): Reply => ({
  resultCode: ResultCodes.ok,
  resultMessage: 'OK',
  ...extra,
});

/** A business-error reply (still HTTP 200, like the real service). */
export const refuse = (refusal: Refusal): Reply => ({
  resultCode: refusal.code,
  resultMessage: refusal.message,
});
