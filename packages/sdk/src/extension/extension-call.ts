import type { BlizWork } from '../client/blizwork.js';
import type { Case } from '../resources/case.js';
import type { CaseDataLevelValue, Environment } from '../types.js';
import { FieldNotFoundError } from '../errors/field-not-found-error.js';
import type { ExtensionCallBody } from './call-shape.js';

/**
 * A BlizWork extension call whose handshake token has passed verification.
 *
 * What is verified: validatecall confirmed that BlizWork issued `handshakeToken` for a call to
 * this handler's `publicUrl`, and that it was not spent before (it is spent now). That is all it
 * binds. `environment`, `processId`, `processVersion`, `caseNumber` and `fields` are what the
 * caller wrote in the body, checked for shape only: whoever holds an unspent token (BlizWork's
 * call in flight, a proxy, a log) can send it with other values. For anything that matters, read
 * the case from BlizWork with {@link ExtensionCall.getCase} and use its fields, not the body's.
 */
export class ExtensionCall<Fields extends Record<string, unknown> = Record<string, unknown>> {
  /** `production` for a published process, `draft` for a draft version. As sent; not verified. */
  readonly environment: Environment;
  /** The process's developer-facing id. As sent; not verified. */
  readonly processId: string;
  /** The process version that ran. As sent; not verified. */
  readonly processVersion: number;
  /** The case that triggered the call. As sent; not verified (`getCase()` reads it from BlizWork). */
  readonly caseNumber: number;
  /** The one-time handshake token: the one verified member (already spent; it cannot verify again). */
  readonly handshakeToken: string;
  /**
   * Case field values by slug from the body (`{}` when it had none). As sent; not verified: a
   * holder of an unspent token can forge them. For trusted values use `(await getCase()).field()`.
   */
  readonly fields: Partial<Fields>;
  /** The whole parsed body, including members this SDK does not model. Not verified. */
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
   * A field's value from the call body (as sent; not verified, see {@link ExtensionCall.fields}). Throws {@link FieldNotFoundError} when absent, unless a
   * fallback is given (`null` and `undefined` are valid fallbacks), like `Case.field`.
   */
  field<K extends keyof Fields & string>(name: K): Fields[K];
  /** A field's value from the call body, or `fallback` when the body lacks the field. */
  field<K extends keyof Fields & string, F>(name: K, fallback: F): Fields[K] | F;
  field(name: string, ...fallback: [] | [unknown]): unknown {
    if (Object.hasOwn(this.fields, name)) return (this.fields as Record<string, unknown>)[name];
    if (fallback.length > 0) return fallback[0];
    throw new FieldNotFoundError(`extension call (${this.processId} #${this.caseNumber})`, name);
  }

  /**
   * Reads the call's case from BlizWork, in the call's environment: the safe path to the case's
   * data, since BlizWork answers it, not the caller. The case number and environment it asks for
   * come from the body; the reply is BlizWork's own record of that case, so check it is in the
   * state your extension expects (e.g. its `pendingFormId`) before acting on it.
   */
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
