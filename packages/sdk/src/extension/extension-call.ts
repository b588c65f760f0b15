import type { BlizWork, Case, CaseDataLevelValue } from '../index.js';
import { FieldNotFoundError } from '../errors/field-not-found-error.js';
import type { ExtensionCallBody } from './call-shape.js';

/**
 * A BlizWork extension call that has passed verification: the handler builds it only after
 * validatecall confirmed the handshake token, so user code can trust every member.
 */
export class ExtensionCall<Fields extends Record<string, unknown> = Record<string, unknown>> {
  /** `production` for a published process, `draft` for a draft version. */
  readonly environment: 'production' | 'draft';
  /** The process's developer-facing id. */
  readonly processId: string;
  /** The process version that ran. */
  readonly processVersion: number;
  /** The case that triggered the call. */
  readonly caseNumber: number;
  /** The one-time handshake token (already used for verification; it cannot verify again). */
  readonly handshakeToken: string;
  /** Case field values by slug, as BlizWork sent them (`{}` when the body had none). */
  readonly fields: Partial<Fields>;
  /** The whole parsed body, including members this SDK does not model. */
  readonly body: ExtensionCallBody;
  readonly #client: BlizWork;

  /** @internal Built by the extension handler after verification. */
  constructor(client: BlizWork, body: ExtensionCallBody) {
    this.#client = client;
    this.body = body;
    this.environment = body.environment;
    this.processId = body.processId;
    this.processVersion = body.processVersion;
    this.caseNumber = body.caseNumber;
    this.handshakeToken = body.handshakeToken;
    this.fields = (body.fields ?? {}) as Partial<Fields>;
  }

  /**
   * A field's value from the call body. Throws {@link FieldNotFoundError} when absent, unless a
   * fallback is given (`null` and `undefined` are valid fallbacks), like `Case.field`.
   */
  field<K extends keyof Fields & string>(name: K): Fields[K];
  field<K extends keyof Fields & string, F>(name: K, fallback: F): Fields[K] | F;
  field(name: string, ...fallback: [] | [unknown]): unknown {
    if (Object.hasOwn(this.fields, name)) return (this.fields as Record<string, unknown>)[name];
    if (fallback.length > 0) return fallback[0];
    throw new FieldNotFoundError(`extension call (${this.processId} #${this.caseNumber})`, name);
  }

  /** Reads the call's case, in the call's environment. */
  getCase(include?: CaseDataLevelValue, options?: { signal?: AbortSignal }): Promise<Case<Fields>> {
    return this.#client.process<Fields>(this.processId).getCase(this.caseNumber, {
      include,
      environment: this.environment,
      signal: options?.signal,
    });
  }

  /** Keeps the client (and its token) out of `util.inspect()`. */
  [Symbol.for('nodejs.util.inspect.custom')](): object {
    return this.toJSON();
  }

  /** Serialises the call's data only, never the client. */
  toJSON(): object {
    return {
      environment: this.environment,
      processId: this.processId,
      processVersion: this.processVersion,
      caseNumber: this.caseNumber,
      fields: this.fields,
    };
  }
}
