// BigCommerce's per-store request quota and the rate-limit headers on every response.
import { STATUS_DOCS } from "./errors";
import { json } from "./responses";

/** Counts calls in fixed windows (BigCommerce's are 30 s) against a quota read on every call. */
export interface Quota {
  /** Counts one call and returns its `X-Rate-Limit-*` headers (times in ms). */
  take(): Record<string, string>;
  /** True once the calls in this window exceed the quota. */
  exceeded(): boolean;
}

/** A quota of `limit()` calls per window of `windowMs()` ms, on the clock `now` (ms). */
export function createQuota(limit: () => number, windowMs: () => number, now: () => number): Quota {
  let windowStart = now();
  let used = 0;
  return {
    take() {
      const t = now();
      const window = windowMs();
      if (t - windowStart >= window) {
        windowStart = t;
        used = 0;
      }
      used += 1;
      const resetMs = window - (t - windowStart);
      return {
        "X-Rate-Limit-Time-Window-Ms": String(window),
        "X-Rate-Limit-Time-Reset-Ms": String(resetMs),
        "X-Rate-Limit-Requests-Quota": String(limit()),
        "X-Rate-Limit-Requests-Left": String(Math.max(0, limit() - used)),
      };
    },
    exceeded: () => used > limit(),
  };
}

/**
 * BigCommerce's 429: `X-Retry-After` in whole seconds. With `spikeResetMs` (an injected 429)
 * the reset header is overwritten with it, since that spike refreshes within a few hundred ms.
 */
export function tooManyRequests(
  rateHeaders: Record<string, string>,
  spikeResetMs?: number,
): Response {
  if (spikeResetMs !== undefined) {
    rateHeaders["X-Rate-Limit-Time-Reset-Ms"] = String(spikeResetMs);
  }
  const retryAfter = Math.ceil(Number(rateHeaders["X-Rate-Limit-Time-Reset-Ms"]) / 1000);
  return json(
    429,
    { status: 429, title: "Too many requests", type: STATUS_DOCS, errors: {} },
    { "X-Retry-After": String(retryAfter) },
  );
}
