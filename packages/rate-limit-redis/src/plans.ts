/**
 * BlizWork's plans, from `@blizwork/sdk` (which takes them from the spec through
 * `@blizwork/client`): the same table `rateLimit: { plan }` paces to, all six plans.
 */
export { PLAN_TRANSACTIONS_PER_SECOND, PLANS, type PlanName } from '@blizwork/sdk';
