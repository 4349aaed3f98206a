import "server-only";
import type { Kv } from "@/lib/kv";
import type { SignedInCustomer } from "@/lib/session";

// A customer's signed-in state lives in the sealed cookie, so a copy of the cookie would stay
// signed in wherever it goes. Two checks end it: the customer's session version in the shared
// store (signing out moves it on, which ends every session of theirs on every device), and an idle
// time (a session unused for IDLE_SECONDS is signed out; proxy.ts renews `seen` as pages are used).

/** A signed-in session unused for this long is signed out, in seconds. */
export const IDLE_SECONDS = 2 * 3600;
/** How stale `seen` may get before proxy.ts writes it anew, in seconds (a cookie write per 5 min). */
export const SEEN_REFRESH_SECONDS = 5 * 60;
/** How long a customer's session version is kept, in ms (longer than any session lives). */
const VERSION_TTL_MS = 400 * 24 * 3600 * 1000;

const versionKey = (customerId: number) => `customer:${customerId}:sessions`;
const nowSeconds = (now: number) => Math.floor(now / 1000);

/** The signed-in state to keep in a session for `customer`: its sessions' version, seen now. */
export async function signedIn(
  kv: Kv,
  customer: { id: number; email: string },
  now = Date.now(),
): Promise<SignedInCustomer> {
  const version = Number((await kv.get(versionKey(customer.id))) ?? 0);
  return { ...customer, v: version, seen: nowSeconds(now) };
}

/** Ends every session of the customer, on every device: their version moves on. */
export async function endCustomerSessions(kv: Kv, customerId: number): Promise<void> {
  await kv.incr(versionKey(customerId), VERSION_TTL_MS);
}

/**
 * Where a session's signed-in state stands: "ended" (signed out elsewhere, idle too long, or from
 * before versions), "unknown" (the store cannot answer: signed out for this request only, fail
 * closed, but the cookie is left as it is), "stale" (current, but `seen` should be written anew),
 * or "current".
 */
export async function customerState(
  kv: Kv,
  customer: SignedInCustomer,
  now = Date.now(),
): Promise<"ended" | "unknown" | "stale" | "current"> {
  if (customer.seen === undefined || customer.v === undefined) return "ended";
  const idle = nowSeconds(now) - customer.seen;
  if (idle > IDLE_SECONDS) return "ended";
  let version: number;
  try {
    version = Number((await kv.get(versionKey(customer.id))) ?? 0);
  } catch {
    return "unknown";
  }
  if (version !== customer.v) return "ended";
  return idle > SEEN_REFRESH_SECONDS ? "stale" : "current";
}
