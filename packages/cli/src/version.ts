// The CLI's version, read from its package.json at run time (dist/ sits next to it).
import { createRequire } from 'node:module';

/** `@blizwork/cli`'s version. */
export const CLI_VERSION: string = (
  createRequire(import.meta.url)('../package.json') as { version: string }
).version;
