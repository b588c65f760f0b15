// The version has one definition, package.json's `version` (written by `changeset version`): the
// build inlines it, so a release cannot send a stale version in the user agent.
import manifest from '../package.json' with { type: 'json' };

/** The SDK's version, sent in the default user agent. */
export const SDK_VERSION: string = manifest.version;
