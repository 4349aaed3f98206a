import "server-only";
import {
  BigCommerceError,
  BigCommerceResponseError,
  BigCommerceUnavailableError,
} from "@/lib/bigcommerce";
import { accessFor, loadOrderConfirmation, type OrderConfirmationView } from "@/lib/confirmation";
import { purchaseEventOnce, type PurchaseEvent } from "@/lib/confirmation/purchase-event";
import { getSession } from "@/lib/session";

export type ConfirmationPageData =
  | {
      kind: "order";
      view: OrderConfirmationView;
      purchaseEvent: PurchaseEvent | null;
      signedIn: boolean;
    }
  /** The shopper may see the order, but BigCommerce is not answering: say it was placed, offer a retry. */
  | { kind: "unavailable"; orderId: number };

function isOutage(error: unknown): boolean {
  return (
    error instanceof BigCommerceUnavailableError ||
    error instanceof BigCommerceResponseError ||
    (error instanceof BigCommerceError && (error.status === 429 || error.status >= 500))
  );
}

/**
 * What the confirmation page shows, or null for "not found". Access comes from the session (a grant
 * left by a valid confirmation link, or the signed-in customer); BigCommerce is asked only then.
 */
export async function getConfirmationPageData(
  rawOrderId: string,
): Promise<ConfirmationPageData | null> {
  const session = await getSession();
  const access = accessFor(rawOrderId, session);
  if (access.kind === "none") return null;
  try {
    const view = await loadOrderConfirmation(access);
    if (!view) return null;
    // Analytics never block the page: if the store cannot answer, the event is skipped.
    const purchaseEvent = await purchaseEventOnce(view).catch(() => null);
    return { kind: "order", view, purchaseEvent, signedIn: Boolean(session.customer) };
  } catch (error) {
    // Only a grant proves the order is this shopper's without asking BigCommerce.
    if (access.kind === "guest" && isOutage(error)) {
      console.warn(
        JSON.stringify({
          event: "confirmation.unavailable",
          orderId: access.orderId,
          error: String(error),
        }),
      );
      return { kind: "unavailable", orderId: access.orderId };
    }
    throw error;
  }
}
