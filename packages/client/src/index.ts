/**
 * `@blizwork/client`: the low-level BlizWork API client, generated from `spec/blizwork.openapi.yaml`.
 *
 * Every operation is a flat function taking `{ client, path: { token }, body }`. There is no
 * module-level default client: create one per base URL and credential with
 * `createClient(createConfig({ baseUrl }))` and pass it to each call. Most users want
 * `@blizwork/sdk` instead; this package is for endpoints the SDK does not wrap yet (and
 * `BlizWork.raw()` calls these functions with the SDK's configuration).
 *
 * Each exported operation carries what the spec says about it (operation id, path, request body
 * member names, `x-blizwork-retry-safe`) under its `~blizwork` key; see `OperationMetadata`.
 * `PLANS` holds BlizWork's plans and their documented limits (the spec's `x-blizwork-plans`).
 *
 * `ASSUMPTIONS` lists everything the SDK, its emulator and its CLI assume about the API where the
 * documentation is silent, each with a stable `AssumptionId`, its source and its reasoning.
 *
 * @packageDocumentation
 * @module @blizwork/client
 */
export type * from './generated/types.gen.js';
export type { Options } from './generated/sdk.gen.js';
// The operations of sdk.gen.ts, each described by the spec (not hey-api's index, which exports the
// same names undescribed).
export * from './generated/operations.gen.js';
// BlizWork's plans and their documented limits, from the spec's `x-blizwork-plans`.
export {
  PLAN_NAMES,
  PLANS,
  PLAN_TRANSACTIONS_PER_SECOND,
  type PlanFacts,
  type PlanName,
} from './generated/plans.gen.js';
// What the SDK assumes about the API, with the evidence for each (see ASSUMPTIONS).
export * from './generated/assumptions.gen.js';
export { createClient, createConfig } from './generated/client/index.js';
export type {
  Client,
  Config,
  RequestOptions,
  RequestResult,
  Options as RequestFunctionOptions,
} from './generated/client/index.js';
