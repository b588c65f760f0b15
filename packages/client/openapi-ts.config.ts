// Generates src/generated/ from the hand-maintained spec. Run `pnpm generate`; never edit the output.
import { defineConfig } from '@hey-api/openapi-ts';

export default defineConfig({
  input: '../../spec/blizwork.openapi.yaml',
  output: {
    path: 'src/generated',
    module: { extension: '.js' },
    postProcess: ['prettier'],
  },
  plugins: [
    '@hey-api/typescript',
    // No module-level client: every call names its client, so tenants never share one and the
    // functions import no runtime (the SDK passes its own lean client).
    { name: '@hey-api/sdk', client: false },
    // No base URL baked in: callers pass it (the SDK defaults to https://api.blizwork.com), so the
    // generated module never talks to production by accident. Errors are returned, not thrown: the
    // SDK turns every failure into an Error class in one place.
    { name: '@hey-api/client-fetch', baseUrl: false, throwOnError: false },
  ],
});
