// Mutation testing of the emulator (`pnpm test:mutation` at the root runs it through
// scripts/test-mutation.mjs).
// Mutants known to be equivalent are listed, with the reason, in stryker.equivalent-mutants.md.

import { strykerConfig } from '../../scripts/stryker-config.mjs';

export default strykerConfig(['src/state/**/*.ts', 'src/handlers/**/*.ts']);
