// Last line of defence: every byte the CLI writes passes through `redact`, so a token that slipped
// into a server message or an error cause is still never printed.

const secrets = new Set<string>();

/** Registers a secret (an API token) that must never be printed. Short strings are ignored. */
export function registerSecret(secret: string | undefined): void {
  if (secret !== undefined && secret.length >= 6) secrets.add(secret);
}

/** `text` with every registered secret replaced by `***`. */
export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('***');
  return out;
}
