/**
 * BlizWork's plans, from `@blizwork/sdk` (which takes them from the spec through
 * `@blizwork/client`): the same table `rateLimit: { plan }` paces to, all six plans. One budget per
 * company covers every call (assumption:plan-limit-covers-every-call); Corporativo needs no budget
 * (assumption:corporativo-no-pacing).
 */
export { PLAN_TRANSACTIONS_PER_SECOND, PLANS, type PlanName } from '@blizwork/sdk';
