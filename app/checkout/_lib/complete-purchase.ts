import "server-only";
import { grantOrder, type Session } from "@/lib/session";

// The one step that ends a purchase, for "Place order" (place-order/route.ts) and for a shopper
// whose answer was lost (recover/route.ts).

/** A paid order, and the fresh confirmation link's token when there is one. */
export interface CompletedPurchase {
  orderId: number;
  /** The checkout the order was placed from (this session's cart). */
  checkoutId: string;
  /** Minted before payment for this submission; absent when the order was paid earlier. */
  token?: string;
}

/**
 * The purchase is paid and BigCommerce has deleted the cart: the session forgets the cart, the
 * draft and any message. Without a fresh link this browser is granted the order directly. Saves
 * the session and returns where the shopper goes: the confirmation link, or the order's page.
 */
export async function completePurchase(
  session: Session,
  { orderId, checkoutId, token }: CompletedPurchase,
): Promise<string> {
  session.checkoutId = undefined;
  session.draftId = undefined;
  session.flash = undefined;
  if (token === undefined) grantOrder(session, orderId, checkoutId);
  await session.save();
  return token === undefined
    ? `/order-confirmation/${orderId}`
    : `/order-confirmation/${orderId}?t=${encodeURIComponent(token)}`;
}
