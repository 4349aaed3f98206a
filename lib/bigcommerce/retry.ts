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
  /** The longest single wait in ms, a 429's reset time included. */
  maxDelayMs: number;
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
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/**
 * Runs `attempt` until it succeeds or the policy (defaults overridden by `overrides`) says stop,
 * then rethrows the last error unchanged. `method` is the call's HTTP method: only GET is
 * repeated after a failure that may have changed something.
 */
export function withRetries(
  overrides: Partial<RetryPolicy> | undefined,
): <T>(method: string, attempt: () => Promise<T>) => Promise<T> {
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...overrides };
  return async (method, attempt) => {
    const started = policy.now();
    for (let n = 1; ; n++) {
      try {
        return await attempt();
      } catch (error) {
        const wait = retryDelay(method, error, n, policy);
        const spent = policy.now() - started;
        if (wait === null || n >= policy.maxAttempts || spent + wait >= policy.budgetMs)
          throw error;
        await policy.sleep(wait);
      }
    }
  };
}

/** Milliseconds to wait before trying again, or null when this failure must not be retried. */
function retryDelay(
  method: string,
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
    const reset = Number(error.headers.get("x-rate-limit-time-reset-ms"));
    // Without the headers a 429 means platform load: back off like for a 5xx.
    return Number.isFinite(reset) && reset > 0 ? Math.min(reset, policy.maxDelayMs) : backoff();
  }
  if (method !== "GET") return null;
  if (error instanceof BigCommerceError && error.status >= 500) return backoff();
  if (error instanceof BigCommerceUnavailableError) return backoff();
  return null;
}
