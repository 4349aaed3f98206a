// When a BigCommerce call is tried again, and how long it waits first (docs/bigcommerce.md §2.6).
import { BigCommerceError, BigCommerceUnavailableError } from "./errors";

/**
 * When a call is tried again. Reads (GET) retry on 429, 5xx and network failures; writes only on
 * 429, which BigCommerce answers before doing anything (a timed-out write may have happened, so
 * it is resolved by its caller, never blindly repeated). Waits grow exponentially with jitter, a
 * 429 waits for X-Rate-Limit-Time-Reset-Ms, and everything fits in one time budget.
 * All durations are milliseconds.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Total time all attempts and waits may take, in ms. */
  budgetMs: number;
  /** The first backoff in ms, doubled on each later attempt. */
  baseDelayMs: number;
  /** The longest single backoff in ms. */
  maxDelayMs: number;
  /**
   * A shopper's call answered 429 waits for the window's reset (X-Rate-Limit-Time-Reset-Ms) up to
   * this long, in ms; background calls never wait for a 429 (their callers serve what they have).
   */
  rateLimitWaitMs: number;
  /** The time budget in ms once a 429 has been answered: long enough to wait out one window reset. */
  rateLimitBudgetMs: number;
  /** The clock, in ms (tests bring their own). */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** In [0, 1): the jitter, which scales a backoff to between half and all of it. */
  random: () => number;
}

const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 4,
  budgetMs: 8000,
  baseDelayMs: 200,
  maxDelayMs: 3000,
  rateLimitWaitMs: 15_000,
  rateLimitBudgetMs: 20_000,
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** What the retry loop needs to know of a call: its HTTP method, and whether a shopper waits on it. */
export interface RetriedCall {
  method: string;
  /** Background work (catalog refreshes, health probes): never waits out a 429. */
  background: boolean;
}

/**
 * Runs `attempt` until it succeeds or the policy (defaults overridden by `overrides`) says stop,
 * then rethrows the last error unchanged. Only GET is repeated after a failure that may have
 * changed something; a 429 is repeated for any method (BigCommerce refused it before acting).
 */
export function withRetries(
  overrides: Partial<RetryPolicy> | undefined,
): <T>(call: RetriedCall, attempt: () => Promise<T>) => Promise<T> {
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...overrides };
  return async (call, attempt) => {
    const started = policy.now();
    for (let n = 1; ; n++) {
      try {
        return await attempt();
      } catch (error) {
        const wait = retryDelay(call, error, n, policy);
        const spent = policy.now() - started;
        const budget = isRateLimited(error) ? policy.rateLimitBudgetMs : policy.budgetMs;
        if (wait === null || n >= policy.maxAttempts || spent + wait >= budget) throw error;
        await policy.sleep(wait);
      }
    }
  };
}

const isRateLimited = (error: unknown) => error instanceof BigCommerceError && error.status === 429;

/** Milliseconds to wait before trying again, or null when this failure must not be retried. */
function retryDelay(
  { method, background }: RetriedCall,
  error: unknown,
  attempt: number,
  policy: RetryPolicy,
): number | null {
  const backoff = () =>
    Math.round(
      Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)) *
        (0.5 + policy.random() / 2),
    );
  if (error instanceof BigCommerceError && error.status === 429) {
    if (background) return null;
    const reset = Number(error.headers.get("x-rate-limit-time-reset-ms"));
    // Without the headers a 429 means platform load: back off like for a 5xx.
    if (!Number.isFinite(reset) || reset <= 0) return backoff();
    return reset <= policy.rateLimitWaitMs ? reset : null;
  }
  if (error instanceof BigCommerceUnavailableError && error.reason === "reserved") return null;
  if (method !== "GET") return null;
  if (error instanceof BigCommerceError && error.status >= 500) return backoff();
  if (error instanceof BigCommerceUnavailableError) return backoff();
  return null;
}
