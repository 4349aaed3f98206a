import Redis from "ioredis";
import { redisLimiter, type Limiter, type LimiterOptions } from "./limiter";
import type { Kv } from "./types";

// INCR and PEXPIRE in one step, so a counter never lives without its expiry.
const INCR_WITH_TTL = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

// Compare-and-act, in one step: only the holder of a lease renews or releases it.
const EXTEND_IF_EQUALS = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;
const DELETE_IF_EQUALS = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** Shared by every instance of the app: Redis, or Upstash through its `rediss://` URL. */
export class RedisKv implements Kv {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = "sfc:",
  ) {}

  static fromUrl(url: string, prefix?: string): RedisKv {
    const redis = new Redis(url, {
      // Fail fast: a shopper should see an error page, not a request hanging on a dead store.
      maxRetriesPerRequest: 2,
      connectTimeout: 5000,
      enableOfflineQueue: true,
      lazyConnect: false,
    });
    redis.on("error", (error) => {
      // Plain JSON line: this module also runs outside Next (the live check).
      console.error(
        JSON.stringify({
          ts: new Date().toISOString(),
          level: "error",
          event: "redis.error",
          message: error.message,
        }),
      );
    });
    return new RedisKv(redis, prefix);
  }

  async get(key: string): Promise<string | null> {
    return this.redis.get(this.prefix + key);
  }

  async set(
    key: string,
    value: string,
    options: { ttlMs: number; onlyIfAbsent?: boolean },
  ): Promise<boolean> {
    const ttl = Math.max(1, Math.ceil(options.ttlMs));
    const result = options.onlyIfAbsent
      ? await this.redis.set(this.prefix + key, value, "PX", ttl, "NX")
      : await this.redis.set(this.prefix + key, value, "PX", ttl);
    return result === "OK";
  }

  async incr(key: string, ttlMs: number): Promise<number> {
    return Number(
      await this.redis.eval(INCR_WITH_TTL, 1, this.prefix + key, Math.max(1, Math.ceil(ttlMs))),
    );
  }

  async del(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  async extendIfEquals(key: string, value: string, ttlMs: number): Promise<boolean> {
    const ttl = Math.max(1, Math.ceil(ttlMs));
    return Number(await this.redis.eval(EXTEND_IF_EQUALS, 1, this.prefix + key, value, ttl)) === 1;
  }

  async deleteIfEquals(key: string, value: string): Promise<boolean> {
    return Number(await this.redis.eval(DELETE_IF_EQUALS, 1, this.prefix + key, value)) === 1;
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  private readonly limiters = new Map<string, Limiter>();

  /** One limiter per name, so its counts outlive the request that asked for it. */
  limiter(options: LimiterOptions): Limiter {
    let limiter = this.limiters.get(options.name);
    if (!limiter) {
      limiter = redisLimiter(this.redis, this.prefix, options);
      this.limiters.set(options.name, limiter);
    }
    return limiter;
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
