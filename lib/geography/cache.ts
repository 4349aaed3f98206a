// A value read now and then and kept in this process: fresh for `ttlMs`, one read at a time, and
// kept past its time when a refresh fails (the quota reserve refuses background reads, or
// BigCommerce is down), so a page serves what it has rather than an error.

/** How long a value whose refresh failed is served again before the next try, in ms. */
export const RETRY_AFTER_MS = 60_000;

/**
 * A reader of `load`'s value. It resolves to the kept value while younger than `ttlMs`
 * (milliseconds, on the `now` clock: epoch ms), else reads anew; concurrent callers share one
 * read. When a read fails and a value was kept, that value is served for RETRY_AFTER_MS more;
 * with nothing kept, the read's error is thrown (as `load` throws it).
 */
export function keptFor<T>(ttlMs: number, load: () => Promise<T>, now: () => number) {
  let kept: { value: T; freshUntil: number } | undefined;
  let reading: Promise<T> | undefined;
  return (): Promise<T> => {
    if (kept && now() < kept.freshUntil) return Promise.resolve(kept.value);
    reading ??= load()
      .then(
        (value) => {
          kept = { value, freshUntil: now() + ttlMs };
          return value;
        },
        (error: unknown) => {
          if (!kept) throw error;
          kept = { ...kept, freshUntil: now() + RETRY_AFTER_MS };
          return kept.value;
        },
      )
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };
}
