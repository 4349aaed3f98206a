import "server-only";
import type { Kv } from "@/lib/kv";

// A lease on a key of the shared store: one holder at a time, renewed while its work runs, so it
// never expires under a running attempt however slow BigCommerce is, yet frees itself within
// LEASE_MS if its holder dies. Only the holder can renew or release it (compare-and-act, atomic).

/** A lease's lifetime without renewal, in ms; the holder renews it every third of this. */
export const LEASE_MS = 15_000;

/** A held lease on one key. */
export interface Lease {
  /**
   * True while this holder still holds the lease, renewing it as it checks; call it right before
   * anything that must not happen twice (the payment).
   */
  confirm(): Promise<boolean>;
  /** Stops renewing and frees the key, if this holder still holds it. */
  release(): Promise<void>;
}

/** Takes the lease on `key`, or null when someone holds it. Errors of the store are thrown. */
export async function acquireLease(kv: Kv, key: string): Promise<Lease | null> {
  const holder = crypto.randomUUID();
  if (!(await kv.set(key, holder, { ttlMs: LEASE_MS, onlyIfAbsent: true }))) return null;
  let held = true;
  const renew = async () => {
    if (held) held = await kv.extendIfEquals(key, holder, LEASE_MS).catch(() => false);
    return held;
  };
  const timer = setInterval(() => void renew(), LEASE_MS / 3);
  timer.unref?.();
  return {
    confirm: renew,
    release: async () => {
      clearInterval(timer);
      held = false;
      await kv.deleteIfEquals(key, holder);
    },
  };
}
