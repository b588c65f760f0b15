/**
 * Thrown (as the rejection of `acquire()`) when the Redis store cannot be read or written and the
 * limiter was not told to fall back (`onRedisError: 'local'`). No slot was taken: nothing was sent.
 */
export class RateLimitStoreError extends Error {
  /** The company whose shared budget could not be reached. */
  readonly companyId: string;

  /**
   * @param companyId The company whose budget the limiter tried to take a slot from.
   * @param cause The error the Redis client raised (a connection or command error).
   */
  constructor(companyId: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `The shared rate-limit budget of company ${companyId} is unreachable in Redis (${reason}); ` +
        `no call was sent. Check the Redis connection, or choose onRedisError: 'local' to fall back ` +
        `to a slower in-process budget.`,
      { cause },
    );
    this.name = 'RateLimitStoreError';
    this.companyId = companyId;
  }
}
