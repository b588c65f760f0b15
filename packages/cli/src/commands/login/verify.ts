// The token check of `blizwork login`: the doctor's token check (one read-only call, listCases),
// so that login and doctor accept and refuse the same replies.
import { ENV_VARIABLES } from '@blizwork/sdk';
import type { Profile } from '../../config/profile-store.js';
import { parseEnvironment } from '../../config/settings.js';
import { tokenCheck } from '../doctor/checks.js';
import { createExchangers } from '../doctor/exchange.js';
import { TokenVerificationError } from '../../errors.js';
import type { GlobalOptions } from '../../global-options.js';

/** What the token check of `login` found: `ok`, `warn` (not refused, not confirmed) or `skipped`. */
export interface TokenVerification {
  status: 'ok' | 'warn' | 'skipped';
  /** What was checked and what the server answered (never the token). */
  detail: string;
}

/**
 * Checks `profile`'s token with one read-only call (a case list, unpaced beyond the profile's
 * plan, not resent). Resolves when the server accepted it (or answered with a code that is not a
 * refusal); throws {@link TokenVerificationError} when it refused it, could not be reached or did
 * not answer as BlizWork.
 */
export async function verifyToken(
  profile: Profile,
  options: GlobalOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TokenVerification> {
  const baseUrl = profile.baseUrl ?? (env[ENV_VARIABLES.baseUrl] || undefined);
  const environment = parseEnvironment(
    options.env ?? (env[ENV_VARIABLES.environment] || undefined),
  );
  const exchangers = createExchangers({
    token: profile.token,
    userId: profile.userId,
    environment,
    ...(profile.companyId === undefined ? {} : { companyId: profile.companyId }),
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(profile.plan === undefined ? {} : { rateLimit: { plan: profile.plan } }),
  });
  const check = await tokenCheck(
    exchangers.paced,
    { userId: profile.userId, environment },
    undefined,
    true,
  );
  const checked = `checked with one read-only call (case list) to ${baseUrl ?? 'the BlizWork API'}`;
  if (check.status === 'fail') {
    throw new TokenVerificationError(`The token was not stored: ${checked}: ${check.detail}`, {
      hint: 'Check the token and --user (and --base-url); to store it without a check (offline), add --no-verify.',
    });
  }
  return { status: check.status === 'ok' ? 'ok' : 'warn', detail: `${checked}: ${check.detail}` };
}
