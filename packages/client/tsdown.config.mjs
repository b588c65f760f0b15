// Build: one ESM and one CJS file per entry point with bundled types (see
// scripts/package-build-config.mjs).
import { packageBuild } from '../../scripts/package-build-config.mjs';

const serializerCall = 'const defaultQuerySerializer = createQuerySerializer(';

/**
 * The generated client builds its default query serializer at module level. The call has no side
 * effect, but a bundler cannot know that, so a browser bundle that never creates a client (the
 * SDK's) would still carry every serializer. Marking the call pure lets it go. The build fails if
 * the generated code no longer has the call, so a regeneration cannot drop the mark silently.
 */
const pureDefaultSerializer = {
  name: 'blizwork-pure-default-serializer',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/src/generated/client/utils.gen.ts')) return null;
    if (!code.includes(serializerCall)) {
      this.error(`utils.gen.ts no longer contains "${serializerCall}": update tsdown.config.mjs`);
    }
    return code.replace(serializerCall, serializerCall.replace('= ', '= /* @__PURE__ */ '));
  },
};

export default packageBuild({
  // `@blizwork/client/openapi-ts.config`: the generator settings, shipped for users' own clients.
  entry: { index: 'src/index.ts', 'openapi-ts-config': 'src/openapi-ts-config.ts' },
  plugins: [pureDefaultSerializer],
});
