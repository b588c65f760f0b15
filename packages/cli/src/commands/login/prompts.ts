// login's interactive prompts (hidden input for the token), loaded only when login prompts.
import { cancel, isCancel, password, text } from '@clack/prompts';
import type { Profile } from '../../config/profile-store.js';
import { CliError } from '../../errors.js';

function answered(value: string | symbol | undefined): string {
  if (isCancel(value) || typeof value === 'symbol') {
    cancel('Login cancelled.');
    throw new CliError('Login cancelled', { hint: 'Nothing was saved.' });
  }
  return value ?? '';
}

/** Asks for the token (hidden), the user (unless given) and the company (unless given). */
export async function promptCredentials(options: {
  user?: string;
  company?: string;
}): Promise<Pick<Profile, 'token' | 'userId' | 'companyId'>> {
  // The token is read with hidden input: it never shows on screen or in the shell history.
  const token = answered(
    await password({
      message: 'API token',
      mask: '*',
      validate: (v) => (v ? undefined : 'The token is required'),
    }),
  );
  const userId =
    options.user ??
    answered(
      await text({
        message: 'User e-mail',
        validate: (v) => (v ? undefined : 'The user is required'),
      }),
    );
  const company =
    options.company ??
    answered(await text({ message: 'Company id (optional, needed to start cases)' }));
  return { token: token.trim(), userId: userId.trim(), companyId: company.trim() || undefined };
}
