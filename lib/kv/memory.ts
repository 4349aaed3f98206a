import { KvUnavailableError } from "./errors";
import { memoryLimiter, type Limiter, type LimiterOptions } from "./limiter";
import type { Kv } from "./types";

interface Entry {
  value: string;
  expiresAt: number;
}

/** One process only: right for the sandbox, tests and a single self-hosted instance. */
export class MemoryKv implements Kv {
  private readonly entries = new Map<string, Entry>();
  private writes = 0;
  private closed = false;

  constructor(private readonly clock: () => number = Date.now) {}

  /** A closed store answers nothing, like a Redis that is gone: KvUnavailableError. */
  private answer(operation: string): void {
    if (this.closed) throw new KvUnavailableError(operation);
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.clock() >= entry.expiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private write(key: string, entry: Entry) {
    this.entries.set(key, entry);
    // Expired entries go as new ones arrive, so memory is bounded by live records.
    if (++this.writes % 512 === 0) {
      const now = this.clock();
      for (const [k, e] of this.entries) if (now >= e.expiresAt) this.entries.delete(k);
    }
  }

  async get(key: string): Promise<string | null> {
    this.answer("get");
    return this.live(key)?.value ?? null;
  }

  async set(
    key: string,
    value: string,
    options: { ttlMs: number; onlyIfAbsent?: boolean },
  ): Promise<boolean> {
    this.answer("set");
    if (options.onlyIfAbsent && this.live(key)) return false;
    this.write(key, { value, expiresAt: this.clock() + options.ttlMs });
    return true;
  }

  async incr(key: string, ttlMs: number): Promise<number> {
    this.answer("incr");
    // Synchronous from read to write: atomic in a single JavaScript thread.
    const entry = this.live(key);
    const next = (entry ? Number(entry.value) : 0) + 1;
    this.write(key, { value: String(next), expiresAt: entry?.expiresAt ?? this.clock() + ttlMs });
    return next;
  }

  async del(key: string): Promise<void> {
    this.answer("del");
    this.entries.delete(key);
  }

  async extendIfEquals(key: string, value: string, ttlMs: number): Promise<boolean> {
    this.answer("extendIfEquals");
    const entry = this.live(key);
    if (entry?.value !== value) return false;
    this.write(key, { value, expiresAt: this.clock() + ttlMs });
    return true;
  }

  async deleteIfEquals(key: string, value: string): Promise<boolean> {
    this.answer("deleteIfEquals");
    if (this.live(key)?.value !== value) return false;
    this.entries.delete(key);
    return true;
  }

  async ping(): Promise<void> {
    this.answer("ping");
  }

  get size(): number {
    return this.entries.size;
  }

  private readonly limiters = new Map<string, Limiter>();

  /** One limiter per name, so its counts outlive the request that asked for it. */
  limiter(options: LimiterOptions): Limiter {
    let limiter = this.limiters.get(options.name);
    if (!limiter) {
      limiter = memoryLimiter(options, async (operation, call) => {
        this.answer(operation);
        return call();
      });
      this.limiters.set(options.name, limiter);
    }
    return limiter;
  }

  /** Closes the store: every later call throws KvUnavailableError. */
  async close(): Promise<void> {
    this.closed = true;
  }
}
