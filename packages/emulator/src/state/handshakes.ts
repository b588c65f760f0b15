import { randomHex } from './random-hex.js';

/** An issued handshake token's record. */
export interface IssuedHandshake {
  readonly companyId: string;
  readonly endpoint: string;
  used: boolean;
}

/** `new URL(x).href`, so equivalent spellings of an endpoint compare equal; undefined if invalid. */
export function normalizeEndpoint(endpoint: string): string | undefined {
  try {
    return new URL(endpoint).href;
  } catch {
    return undefined;
  }
}

/** What a validation checks: the caller's company and, in the documented form, the endpoint. */
export interface HandshakeCheck {
  readonly token: string;
  readonly companyId: string;
  /** Absent for the wrapper's path form, which sends no endpoint. */
  readonly endpoint?: string;
}

/**
 * One-time handshake tokens the emulator issued for its extension calls. A token validates once
 * (assumption:validatecall-single-use), only for the company of the case that issued it
 * (assumption:validatecall-company-bound) and (documented form) only for the endpoint it was issued
 * for, compared as URLs (assumption:validatecall-endpoint-exact).
 */
export class HandshakeRegistry {
  readonly #issued = new Map<string, IssuedHandshake>();

  /** Issues a fresh token (24 lowercase hex characters, like BlizWork's) for a call to endpoint. */
  issue(companyId: string, endpoint: string): string {
    let token: string;
    do token = randomHex(12);
    while (this.#issued.has(token));
    this.register(token, companyId, endpoint);
    return token;
  }

  /** Registers a token as issued (used for seeded handshakes). */
  register(token: string, companyId: string, endpoint: string): void {
    this.#issued.set(token, {
      companyId,
      endpoint: normalizeEndpoint(endpoint) ?? endpoint,
      used: false,
    });
  }

  /** True (and the token is spent) when the check passes; false otherwise, leaving it unspent. */
  validate(check: HandshakeCheck): boolean {
    const issued = this.#issued.get(check.token);
    if (issued === undefined || issued.used || issued.companyId !== check.companyId) return false;
    if (check.endpoint !== undefined && normalizeEndpoint(check.endpoint) !== issued.endpoint) {
      return false;
    }
    issued.used = true;
    return true;
  }

  /** Every issued token with its record (for saving the state). */
  entries(): [string, Readonly<IssuedHandshake>][] {
    return [...this.#issued];
  }

  /** Registers a token exactly as saved, spent or not (for loading a saved state). */
  restore(token: string, issued: IssuedHandshake): void {
    this.#issued.set(token, { ...issued });
  }
}
