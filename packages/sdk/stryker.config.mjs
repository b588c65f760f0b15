// Mutation testing of the SDK (`pnpm test:mutation` at the root runs it through
// scripts/test-mutation.mjs, which also checks the security-critical files' scores).
// Mutants known to be equivalent are listed, with the reason, in stryker.equivalent-mutants.md.
import { strykerConfig } from '../../scripts/stryker-config.mjs';

export default strykerConfig([
  'src/client/**/*.ts',
  'src/internal/**/*.ts',
  'src/rate-limit/**/*.ts',
  'src/extension/**/*.ts',
  'src/resources/**/*.ts',
]);
