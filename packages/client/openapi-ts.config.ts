// Generates src/generated/ from the hand-maintained spec. Run `pnpm generate`; never edit the output.
// The settings are the ones the package ships as `@blizwork/client/openapi-ts.config` (users
// generate their own client with them); only the paths and the formatting are the repository's.
import { defineConfig, type UserConfig } from '@hey-api/openapi-ts';
import { blizworkClientConfig } from './src/openapi-ts-config.js';

const shipped = blizworkClientConfig({
  input: '../../spec/blizwork.openapi.yaml',
  output: 'src/generated',
  // The repository's compiler settings accept hey-api's client: let them check it.
  typeCheck: true,
});

export default defineConfig({
  ...shipped,
  output: { ...shipped.output, postProcess: ['prettier'] },
  plugins: shipped.plugins as UserConfig['plugins'],
});
