/**
 * `@blizwork/client`: the low-level BlizWork API client, generated from `spec/blizwork.openapi.yaml`.
 *
 * Every operation is a flat function taking `{ path: { token }, body }`. Most users want
 * `@blizwork/sdk` instead; this package is for endpoints the SDK does not wrap yet.
 *
 * @packageDocumentation
 */
export * from './generated/index.js';
export { client } from './generated/client.gen.js';
export { createClient, createConfig } from './generated/client/index.js';
export type {
  Client,
  Config,
  RequestOptions,
  RequestResult,
  Options as RequestFunctionOptions,
} from './generated/client/index.js';
