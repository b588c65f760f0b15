/** Where and when the emulator calls an extension. */
export interface ExtensionRegistration {
  /** The process whose execs trigger the call. */
  readonly processId: string;
  /** http or https URL (the real service only calls HTTPS). */
  readonly url: string;
  /** Only execs of this form. */
  readonly formId?: string;
  /** Only execs moving to this form. */
  readonly nextFormId?: string;
  /** Only cases of this company. @default any company */
  readonly companyId?: string;
}

/** The transition an exec performed. */
export interface Transition {
  readonly companyId: string;
  readonly processId: string;
  readonly formId: string;
  readonly nextFormId: string;
}

/** Checks an extension URL: absolute http(s), else a TypeError naming the problem. */
export function assertExtensionUrl(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new TypeError(
      `extension url must be an absolute http(s) URL, got ${JSON.stringify(url)}`,
    );
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new TypeError(`extension url must use http or https, got ${protocol}`);
  }
}

const matches = (registration: ExtensionRegistration, transition: Transition): boolean =>
  registration.processId === transition.processId &&
  (registration.companyId === undefined || registration.companyId === transition.companyId) &&
  (registration.formId === undefined || registration.formId === transition.formId) &&
  (registration.nextFormId === undefined || registration.nextFormId === transition.nextFormId);

/** Registered extensions: the seed's (replaced on reset) and those added at run time (kept). */
export class ExtensionRegistry {
  #seeded: readonly ExtensionRegistration[] = [];
  readonly #added: ExtensionRegistration[] = [];

  /** Replaces the seeded extensions. */
  setSeeded(registrations: readonly ExtensionRegistration[]): void {
    this.#seeded = registrations.map((registration) => ({ ...registration }));
  }

  /** Adds an extension; returns a function that removes it. */
  add(registration: ExtensionRegistration): () => void {
    assertExtensionUrl(registration.url);
    const entry = { ...registration };
    this.#added.push(entry);
    return () => {
      const index = this.#added.indexOf(entry);
      if (index !== -1) this.#added.splice(index, 1);
    };
  }

  /** Every registered extension, seeded first, in registration order. */
  list(): readonly ExtensionRegistration[] {
    return [...this.#seeded, ...this.#added];
  }

  /** The extensions an exec's transition triggers, seeded first, in registration order. */
  matching(transition: Transition): ExtensionRegistration[] {
    return [...this.#seeded, ...this.#added].filter((registration) =>
      matches(registration, transition),
    );
  }
}
