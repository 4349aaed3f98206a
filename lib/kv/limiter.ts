import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from "rate-limiter-flexible";
import type Redis from "ioredis";

// Counting attempts per key in a window, through rate-limiter-flexible: in memory for one process,
// in Redis for every instance (the same store as the Kv that makes it).

/** How a limiter counts: `points` attempts per key within `durationSeconds`. */
export interface LimiterOptions {
  /** Names the limiter; separates its counts from every other limiter's. */
  name: string;
  points: number;
  durationSeconds: number;
}

/** Where a key stands: attempts used in the window, whether they are used up, and for how long more (ms). */
export interface LimiterState {
  blocked: boolean;
  retryAfterMs: number;
  used: number;
}

/** Counts attempts per key (a customer id, an address…): check first, count what failed. */
export interface Limiter {
  /** Whether `key` has used up its attempts, without counting one. */
  check(key: string): Promise<LimiterState>;
  /**
   * Takes one attempt for `key` if it has one left, atomically (many instances and parallel
   * requests cannot all pass): `blocked` when it had none, and then nothing was counted.
   */
  take(key: string): Promise<LimiterState>;
  /** Counts one attempt for `key`, whether or not it had one left, and says where it stands. */
  count(key: string): Promise<LimiterState>;
  /** Forgets `key`'s attempts (a success ends the run of failures). */
  reset(key: string): Promise<void>;
}

function state(res: RateLimiterRes | null, points: number): LimiterState {
  if (!res) return { blocked: false, retryAfterMs: 0, used: 0 };
  return {
    blocked: res.consumedPoints >= points,
    retryAfterMs: res.msBeforeNext,
    used: res.consumedPoints,
  };
}

/**
 * How a store runs each of its limiter's calls: `operation` names it, and a store that cannot
 * answer makes it throw KvUnavailableError (see the adapters).
 */
export type StoreCall = <T>(operation: string, call: () => Promise<T>) => Promise<T>;

/**
 * Wraps a rate-limiter-flexible limiter; its rejection (a RateLimiterRes) is an answer, not an
 * error. Every call goes through the store's `run`.
 */
function wrap(limiter: RateLimiterAbstract, points: number, run: StoreCall): Limiter {
  const consume = (key: string) =>
    run("limiter.consume", async () => {
      try {
        return { passed: true, res: await limiter.consume(key) };
      } catch (rejection) {
        if (rejection instanceof Error) throw rejection;
        return { passed: false, res: rejection as RateLimiterRes };
      }
    });
  return {
    check: async (key) => state(await run("limiter.get", () => limiter.get(key)), points),
    take: async (key) => {
      const { passed, res } = await consume(key);
      return {
        blocked: !passed,
        retryAfterMs: passed ? 0 : res.msBeforeNext,
        used: Math.min(res.consumedPoints, points),
      };
    },
    count: async (key) => state((await consume(key)).res, points),
    reset: async (key) => {
      await run("limiter.delete", () => limiter.delete(key));
    },
  };
}

/** A limiter for one process; `run` is the memory store's (it refuses once the store is closed). */
export function memoryLimiter(options: LimiterOptions, run: StoreCall): Limiter {
  const limiter = new RateLimiterMemory({
    keyPrefix: options.name,
    points: options.points,
    duration: options.durationSeconds,
  });
  return wrap(limiter, options.points, run);
}

/**
 * A limiter every instance shares, on the Redis connection `redis` (keys under `prefix`); `run` is
 * the Redis store's, so its calls fail fast with KvUnavailableError like the store's own.
 */
export function redisLimiter(
  redis: Redis,
  prefix: string,
  options: LimiterOptions,
  run: StoreCall,
): Limiter {
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${prefix}limit:${options.name}`,
    points: options.points,
    duration: options.durationSeconds,
  });
  return wrap(limiter, options.points, run);
}
