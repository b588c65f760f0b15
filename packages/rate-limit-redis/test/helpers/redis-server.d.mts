/** A running `redis-server` started by {@link startRedisServer}. */
export interface RedisServer {
  readonly port: number;
  readonly pid: number;
  /** What the server printed so far (its log), for assertion messages. */
  output(): string;
  /** Stops the server by its PID (SIGKILL when `abruptly`, as in an outage) and waits for its exit. */
  stop(options?: { abruptly?: boolean }): Promise<void>;
}

/** Resolves a TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number>;

/**
 * Spawns `redis-server` on a free 127.0.0.1 port and resolves once it accepts connections. A test
 * that fails while it runs shows its log.
 */
export function startRedisServer(options?: { password?: string }): Promise<RedisServer>;
