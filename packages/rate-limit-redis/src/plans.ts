/**
 * BlizWork's documented plan limits, in transactions per second per company.
 * The Free plan (0) and Corporativo ("maximum capacity") have no rate to pace to, so they are not
 * offered here: a Free company's calls all fail, and a Corporativo company needs no limiter
 * (assumption:corporativo-no-pacing). One budget per company covers every call
 * (assumption:plan-limit-covers-every-call).
 */
export const PLAN_TRANSACTIONS_PER_SECOND = Object.freeze({
  basico: 0.5,
  medio: 1,
  avanzado: 5,
  empresa: 50,
} as const);

/** A BlizWork plan that has a documented, non-zero rate: `'basico'`, `'medio'`, `'avanzado'` or `'empresa'`. */
export type PlanName = keyof typeof PLAN_TRANSACTIONS_PER_SECOND;
