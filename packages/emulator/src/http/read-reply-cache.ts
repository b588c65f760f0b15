import type { PlainReply } from './plain-http.js';

/** The operations whose reply depends on the request and the state only, and that change nothing. */
const READ_OPERATIONS: ReadonlySet<string> = new Set(['getCase', 'listCases', 'queryMasterData']);

/** Bodies longer than this are not cached (real read bodies are a few hundred bytes). */
const MAX_KEY_BODY_LENGTH = 4096;
/** Entries kept at most; past it the cache starts over (it refills from the next reads). */
const MAX_ENTRIES = 1000;

/**
 * Replies of read operations (getCase, listCases, queryMasterData), kept by operation, API token and
 * exact body text while the state stays the same, so a repeated read skips parsing, validation,
 * the handler and serializing. Every other operation (and every dashboard action, reset and load)
 * goes through {@link ReadReplyCache.change}, which empties the cache when the operation starts
 * and again when it ends; while any such operation runs, nothing is cached. A reply computed
 * before a change is never stored after it: `store` takes the version seen when the read began.
 */
export class ReadReplyCache {
  readonly #entries = new Map<string, PlainReply>();
  #version = 0;
  #changesRunning = 0;

  /** True when `operationId` is a read whose reply may be cached. */
  static isRead(operationId: string): boolean {
    return READ_OPERATIONS.has(operationId);
  }

  /** The key for a read, or undefined when its body is too long to be worth keeping. */
  static keyFor(operationId: string, token: string, bodyText: string): string | undefined {
    return bodyText.length > MAX_KEY_BODY_LENGTH
      ? undefined
      : `${operationId}\u0000${token}\u0000${bodyText}`;
  }

  /** Changes so far: a read notes it before computing and passes it to `store`. */
  get version(): number {
    return this.#version;
  }

  /** The cached reply, or undefined. */
  get(key: string): PlainReply | undefined {
    return this.#changesRunning === 0 ? this.#entries.get(key) : undefined;
  }

  /** Keeps a reply computed at `version`, unless the state may have changed since. */
  store(key: string, version: number, reply: PlainReply): void {
    if (version !== this.#version || this.#changesRunning > 0) return;
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
    // Frozen: the same object answers many requests (and adapters may memoize per object).
    this.#entries.set(key, Object.freeze(reply));
  }

  /** Drops every entry (the state was replaced or changed outside an operation). */
  invalidate(): void {
    this.#version += 1;
    if (this.#entries.size > 0) this.#entries.clear();
  }

  /**
   * Runs a state-changing operation: the cache is emptied before and after it, and unused during.
   * A synchronous operation stays synchronous (no promise to pay for).
   */
  change<T>(run: () => Promise<T>): Promise<T>;
  change<T>(run: () => T): T;
  change<T>(run: () => T | Promise<T>): T | Promise<T> {
    this.invalidate();
    this.#changesRunning += 1;
    let result: T | Promise<T>;
    try {
      result = run();
    } catch (error) {
      this.#changeEnded();
      throw error;
    }
    if (!(result instanceof Promise)) {
      this.#changeEnded();
      return result;
    }
    return result.finally(() => this.#changeEnded());
  }

  #changeEnded(): void {
    this.#changesRunning -= 1;
    this.invalidate();
  }
}
