/**
 * `@blizwork/emulator/core`: the emulator in this process, for any runtime with web `fetch`
 * (Node, Bun, Deno, Cloudflare Workers, browsers). No server, no port, no `node:` module:
 * `createEmulator()` returns an emulator whose `fetch` the SDK takes as its own.
 *
 * @packageDocumentation
 * @module @blizwork/emulator/core
 */
export * from './core-api.js';
