/**
 * `@blizwork/emulator/core`: the emulator in this process, for runtimes with web `fetch` that allow
 * code generation from strings (Node, Bun, Deno, browsers whose Content-Security-Policy allows
 * `eval`). No server, no port, no `node:` module: `createEmulator()` returns an emulator whose
 * `fetch` the SDK takes as its own. Not Cloudflare Workers or Vercel Edge: the request validators
 * are compiled by Ajv with `new Function`, which those runtimes refuse (`createEmulator()` then
 * throws an EvalError saying so).
 *
 * @packageDocumentation
 * @module @blizwork/emulator/core
 */
export * from './core-api.js';
