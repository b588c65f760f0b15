/** Replaces every occurrence of each secret with `***`. */
export function redactSecrets(line: string, secrets: readonly string[]): string {
  return secrets.reduce(
    (text, secret) => (secret === '' ? text : text.split(secret).join('***')),
    line,
  );
}
