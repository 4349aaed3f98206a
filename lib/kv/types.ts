import type { Limiter, LimiterOptions } from "./limiter";

/**
 * The small key-value store behind the token ledger, sign-in throttling and other records that
 * must hold across instances. Two adapters: memory (one process) and Redis (many instances).
 * Every operation is atomic on its own; callers build on that instead of read-modify-write.
 * When the store cannot answer (down, unreachable, too slow; both adapters also after their
 * `close()`) every operation, the limiter's included, throws KvUnavailableError (./errors.ts),
 * soon rather than late: an outage, which callers turn into a retryable message or do without.
 */
export interface Kv {
  get(key: string): Promise<string | null>;
  /** Stores `value` for `ttlMs`. With `onlyIfAbsent`, does nothing (and returns false) if the key exists. */
  set(
    key: string,
    value: string,
    options: { ttlMs: number; onlyIfAbsent?: boolean },
  ): Promise<boolean>;
  /** Adds one and returns the new count; a new key starts at 1 and lives for `ttlMs`. */
  incr(key: string, ttlMs: number): Promise<number>;
  del(key: string): Promise<void>;
  /**
   * Only while `key` holds `value`: gives it a new lifetime of `ttlMs` from now. Atomic; true when
   * it did (a lease renewed by its holder), false when the key is gone or holds something else.
   */
  extendIfEquals(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** Only while `key` holds `value`: deletes it. Atomic; true when it did (a lease released by its holder). */
  deleteIfEquals(key: string, value: string): Promise<boolean>;
  /** Cheap liveness check (health endpoint, startup). */
  ping(): Promise<void>;
  /** A limiter counting attempts on this store (rate-limiter-flexible); see lib/kv/limiter.ts. */
  limiter(options: LimiterOptions): Limiter;
}
