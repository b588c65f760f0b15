import { BlizWorkResponseError } from './response-error.js';

/** The facts of a reply refused for its size. */
export interface ResponseTooLargeErrorDetails {
  /** The operation whose reply was refused, e.g. `getCase`. */
  operation: string;
  /** The request URL, with the token redacted. */
  url: string;
  /** The reply's HTTP status. */
  httpStatus: number;
  /** The `maxResponseBytes` limit that was exceeded. */
  limitBytes: number;
  /** The size the reply announced in `content-length`, when it announced one over the limit. */
  declaredBytes?: number;
}

/**
 * The reply body is larger than the client's `maxResponseBytes` (32 MiB unless configured). It was
 * refused as soon as that was known, from its `content-length` or while it streamed in, and the
 * rest of the body was not read. Raise `maxResponseBytes` only if such a reply is expected.
 */
export class BlizWorkResponseTooLargeError extends BlizWorkResponseError {
  /** The error's class name: `BlizWorkResponseTooLargeError`. */
  override readonly name: string = 'BlizWorkResponseTooLargeError';
  /** The `maxResponseBytes` limit that was exceeded. */
  readonly limitBytes: number;
  /** The size the reply announced in `content-length`, if it announced one over the limit. */
  readonly declaredBytes: number | undefined;

  constructor(details: ResponseTooLargeErrorDetails) {
    const announced =
      details.declaredBytes === undefined
        ? 'the body exceeded'
        : `the body announces ${details.declaredBytes} bytes, over`;
    super({
      operation: details.operation,
      url: details.url,
      httpStatus: details.httpStatus,
      problem: `${announced} maxResponseBytes (${details.limitBytes} bytes), so it was not read; raise the maxResponseBytes option if such a reply is expected`,
      bodyExcerpt: '',
    });
    this.limitBytes = details.limitBytes;
    this.declaredBytes = details.declaredBytes;
  }
}
