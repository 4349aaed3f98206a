import "server-only";
import { ifAvailable, type Kv } from "@/lib/kv";

// A lease on a key of the shared store: one holder at a time, renewed while its work runs, so it
// never expires under a running attempt however slow BigCommerce is, yet frees itself within
// LEASE_MS if its holder dies. Only the holder can renew or release it (compare-and-act, atomic).

/** A lease's lifetime without renewal, in ms; the holder renews it every third of this. */
export const LEASE_MS = 15_000;

/** A held lease on one key. */
export interface Lease {
  /**
   * True while this holder still holds the lease, renewing it as it checks; call it right before
   * anything that must not happen twice (the payment). Throws KvUnavailableError when the store
   * cannot say: the caller then must not act as the holder.
   */
  confirm(): Promise<boolean>;
  /** Stops renewing and frees the key, if this holder still holds it (if the store answers). */
  release(): Promise<void>;
}

/**
 * Takes the lease on `key`, or null when someone holds it. Throws KvUnavailableError when the
 * store cannot answer (then nobody holds it because of this call, within LEASE_MS at the latest).
 */
export async function acquireLease(kv: Kv, key: string): Promise<Lease | null> {
  const holder = crypto.randomUUID();
  let taken: boolean;
  try {
    taken = await kv.set(key, holder, { ttlMs: LEASE_MS, onlyIfAbsent: true });
  } catch (error) {
    // A write that timed out may still have landed: free it now if the store lets us.
    void kv.deleteIfEquals(key, holder).catch(() => false);
    throw error;
  }
  if (!taken) return null;
  let held = true;
  const renew = async () => {
    if (held) held = await kv.extendIfEquals(key, holder, LEASE_MS);
    return held;
  };
  // A renewal the store does not answer changes nothing: confirm() asks again before it counts.
  const timer = setInterval(() => void renew().catch(() => {}), LEASE_MS / 3);
  timer.unref?.();
  return {
    confirm: renew,
    release: async () => {
      clearInterval(timer);
      held = false;
      await ifAvailable(kv.deleteIfEquals(key, holder), false);
    },
  };
}
