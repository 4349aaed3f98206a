import "server-only";
import {
  authorizeGuest,
  loadOrderConfirmation,
  type OrderConfirmationView,
} from "@/lib/confirmation";

/**
 * Everything the confirmation page needs, or null for "not found". The token is checked
 * against this app's own ledger first; BigCommerce is asked for the order only after that.
 */
export async function getConfirmationPageData(
  rawOrderId: string,
  query: Record<string, string | string[] | undefined>,
): Promise<OrderConfirmationView | null> {
  const token = typeof query.t === "string" ? query.t : undefined;
  const access = await authorizeGuest(rawOrderId, token);
  if (!access.ok) return null;
  return loadOrderConfirmation(access.orderId, access.checkoutId);
}
