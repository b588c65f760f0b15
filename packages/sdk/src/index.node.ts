/**
 * The Node entry of `@blizwork/sdk`, chosen by the `node` export condition: the same exports as
 * the default entry, and clients created without a `fetch` option send through node:http with
 * keep-alive connections (faster per call than Node's fetch). The default entry, which browsers,
 * workers and bundlers for them load, never references node:http. Bun and Deno load this entry
 * too and keep using fetch (their node:http is a layer over it).
 *
 * @packageDocumentation
 */
import { useNodeTransport } from './internal/transport/use-node-transport.js';

useNodeTransport();

export * from './index.js';
