import "server-only";
import { ifAvailable, type Kv } from "@/lib/kv";

// "Just placed": a mark in the shared store that an order was placed by this app's Place order
// moments ago (paid, or with its payment pending), so the confirmation page can tell analytics
// about the purchase once, when it is first shown, and not for an old order opened again.
// Place order only writes it; the confirmation page consumes it.

/** How long the mark waits for the confirmation page, in ms: one hour. */
export const JUST_PLACED_TTL_MS = 60 * 60 * 1000;

/** The mark's key in the shared store: `purchase-pending:{orderId}`, value "1". */
export const justPlacedKey = (orderId: number): string => `purchase-pending:${orderId}`;

/**
 * Marks BigCommerce order `orderId` as just placed: `purchase-pending:{orderId}` = "1" for
 * JUST_PLACED_TTL_MS. True when the store kept it; false when the store cannot answer (an outage
 * costs the analytics event, never the order: the payment is already made). Other errors throw.
 */
export function markJustPlaced(kv: Kv, orderId: number): Promise<boolean> {
  return ifAvailable(kv.set(justPlacedKey(orderId), "1", { ttlMs: JUST_PLACED_TTL_MS }), false);
}
