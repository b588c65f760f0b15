// Build: one ESM and one CJS file with bundled types (see scripts/package-build-config.mjs).
import { packageBuild } from '../../scripts/package-build-config.mjs';

export default packageBuild();
