import Redis, { ReplyError, type RedisOptions } from "ioredis";
import { KvUnavailableError } from "./errors";
import { redisLimiter, type Limiter, type LimiterOptions, type StoreCall } from "./limiter";
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

/**
 * The connection: fail fast while the server is away, and come back on its own when it returns.
 * Nothing waits in ioredis's offline queue (a command sent while disconnected fails at once), a
 * command the lost connection never answered fails when it drops and is not sent again on the next
 * one (its caller was already told it failed), and a server that accepts no connection or answers
 * no command fails the call within the timeouts. Reconnection never gives up, at least once a second.
 */
const CONNECTION: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  autoResendUnfulfilledCommands: false,
  connectTimeout: 3_000,
  commandTimeout: 2_000,
  retryStrategy: (attempt: number) => Math.min(attempt * 100, 1_000),
  lazyConnect: false,
};

/**
 * How long a call waits for a connection being made, counted from when it was lost (or first
 * opened), in ms: a new process, or an idle connection the server dropped, is ridden out; in a
 * longer outage every call fails at once.
 */
const READY_WAIT_MS = 3_000;

/** Error replies that mean "not now" (loading, failing over, busy): an outage, not a bug. */
const UNAVAILABLE_REPLY = /^(LOADING|BUSY|READONLY|MASTERDOWN|TRYAGAIN|CLUSTERDOWN)\b/;

/**
 * Whether a command's failure is the store's unavailability: ioredis throws a ReplyError for the
 * server's error replies (a bug, unless it says "not now"); everything else it throws is about the
 * connection (refused, closed, not writable, timed out).
 */
function isOutage(error: unknown): boolean {
  if (error instanceof ReplyError) return UNAVAILABLE_REPLY.test((error as Error).message);
  return error instanceof Error && !(error instanceof TypeError || error instanceof RangeError);
}

/** One JSON log line. Plain: this module also runs outside Next (the live check). */
function log(level: "info" | "error", event: string, message?: string): void {
  const line = JSON.stringify({ ts: new Date().toISOString(), level, event, message });
  if (level === "info") console.log(line);
  else console.error(line);
}

/** Shared by every instance of the app: Redis, or Upstash through its `rediss://` URL. */
export class RedisKv implements Kv {
  /** Since when the connection is not ready (lost, or not yet made), in epoch ms; null while ready. */
  private downSince: number | null = Date.now();
  /** Settles when the connection is next ready. */
  private up!: Promise<void>;
  private markUp: () => void = () => {};
  /** Whether this outage was logged already: one line per outage, not one per reconnection attempt. */
  private logged = false;

  constructor(
    private readonly redis: Redis,
    private readonly prefix = "sfc:",
  ) {
    this.expectUp();
    redis.on("ready", () => {
      // An outage that was logged (a failed first connection too): say it is over.
      if (this.downSince !== null && this.logged) log("info", "redis.ready");
      this.downSince = null;
      this.logged = false;
      this.markUp();
    });
    redis.on("close", () => {
      if (this.downSince !== null) return;
      this.downSince = Date.now();
      this.expectUp();
    });
    redis.on("error", (error: Error) => {
      if (this.logged) return;
      this.logged = true;
      log("error", "redis.error", error.message);
    });
    if (redis.status === "ready") {
      this.downSince = null;
      this.markUp();
    }
  }

  private expectUp(): void {
    this.up = new Promise<void>((resolve) => (this.markUp = resolve));
  }

  /** A store on the Redis at `url`, its keys under `prefix` (see CONNECTION for how it connects). */
  static fromUrl(url: string, prefix?: string): RedisKv {
    return new RedisKv(new Redis(url, CONNECTION), prefix);
  }

  /** Waits for a connection being made, within READY_WAIT_MS of losing it; else KvUnavailableError. */
  private async connected(operation: string): Promise<void> {
    if (this.downSince === null) return;
    const left = this.downSince + READY_WAIT_MS - Date.now();
    if (left <= 0 || this.redis.status === "end") throw new KvUnavailableError(operation);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new KvUnavailableError(operation)), left);
    });
    try {
      await Promise.race([this.up, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs one call on the connection; a store that cannot answer throws KvUnavailableError. */
  private readonly run: StoreCall = async (operation, call) => {
    await this.connected(operation);
    try {
      return await call();
    } catch (error) {
      throw isOutage(error) ? new KvUnavailableError(operation, { cause: error }) : error;
    }
  };

  async get(key: string): Promise<string | null> {
    return this.run("get", () => this.redis.get(this.prefix + key));
  }

  async set(
    key: string,
    value: string,
    options: { ttlMs: number; onlyIfAbsent?: boolean },
  ): Promise<boolean> {
    const ttl = Math.max(1, Math.ceil(options.ttlMs));
    const result = await this.run("set", () =>
      options.onlyIfAbsent
        ? this.redis.set(this.prefix + key, value, "PX", ttl, "NX")
        : this.redis.set(this.prefix + key, value, "PX", ttl),
    );
    return result === "OK";
  }

  async incr(key: string, ttlMs: number): Promise<number> {
    const ttl = Math.max(1, Math.ceil(ttlMs));
    return Number(
      await this.run("incr", () => this.redis.eval(INCR_WITH_TTL, 1, this.prefix + key, ttl)),
    );
  }

  async del(key: string): Promise<void> {
    await this.run("del", () => this.redis.del(this.prefix + key));
  }

  async extendIfEquals(key: string, value: string, ttlMs: number): Promise<boolean> {
    const ttl = Math.max(1, Math.ceil(ttlMs));
    const answer = await this.run("extendIfEquals", () =>
      this.redis.eval(EXTEND_IF_EQUALS, 1, this.prefix + key, value, ttl),
    );
    return Number(answer) === 1;
  }

  async deleteIfEquals(key: string, value: string): Promise<boolean> {
    const answer = await this.run("deleteIfEquals", () =>
      this.redis.eval(DELETE_IF_EQUALS, 1, this.prefix + key, value),
    );
    return Number(answer) === 1;
  }

  async ping(): Promise<void> {
    await this.run("ping", () => this.redis.ping());
  }

  private readonly limiters = new Map<string, Limiter>();

  /** One limiter per name, so its counts outlive the request that asked for it. */
  limiter(options: LimiterOptions): Limiter {
    let limiter = this.limiters.get(options.name);
    if (!limiter) {
      limiter = redisLimiter(this.redis, this.prefix, options, this.run);
      this.limiters.set(options.name, limiter);
    }
    return limiter;
  }

  /** Closes the connection (QUIT waits for answers still due); every later call throws KvUnavailableError. */
  async close(): Promise<void> {
    // A client that is not connected cannot send QUIT: it just stops reconnecting.
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
