import "server-only";
import { accessFor, loadOrderConfirmation, type OrderConfirmationView } from "@/lib/confirmation";
import { getSession } from "@/lib/session";

/**
 * The order for this page view, or null for "not found". Access comes from the session (a grant
 * left by a valid confirmation link, or the signed-in customer); BigCommerce is asked only then.
 */
export async function getConfirmationPageData(
  rawOrderId: string,
): Promise<OrderConfirmationView | null> {
  const access = accessFor(rawOrderId, await getSession());
  if (access.kind === "none") return null;
  return loadOrderConfirmation(access);
}
