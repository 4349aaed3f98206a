// Whether a checkout can become an order through this app: who pays (the billing address), and,
// only when something is shipped, where to (one consignment with a chosen shipping method).
import type { BcCheckout } from "@/lib/bigcommerce";
import { message, type Message } from "@/lib/i18n/message";

/**
 * What the shopper reads for a checkout another client split across several addresses
 * (consignments): this checkout makes one consignment, and never orders a split one.
 */
export const SEVERAL_ADDRESSES: Message = message("checkout.problem.severalAddresses");

/** True when the checkout has a physical item: it needs a shipping address and method. */
export const needsShipping = (c: BcCheckout): boolean =>
  c.cart.line_items.physical_items.length > 0;

/** Why a checkout cannot become an order yet: a message, and field errors by form field. */
export interface NotReady {
  message: Message;
  fieldErrors?: Record<string, Message>;
}

/**
 * What keeps the checkout from becoming an order, or null when it is ready: a billing address
 * always; for a cart with physical items, exactly one consignment with a shipping method chosen
 * (a digital-only cart needs none). More than one consignment is never ready (SEVERAL_ADDRESSES).
 */
export function notReadyToOrder(c: BcCheckout): NotReady | null {
  if (c.consignments.length > 1) return { message: SEVERAL_ADDRESSES };
  const shipped = needsShipping(c);
  const consignment = c.consignments[0];
  if (!c.billing_address || (shipped && !consignment)) {
    return {
      message: message(
        shipped ? "checkout.problem.detailsFirstShipping" : "checkout.problem.detailsFirstBilling",
      ),
    };
  }
  if (shipped && !consignment?.selected_shipping_option) {
    return {
      message: message("checkout.problem.chooseShipping"),
      fieldErrors: { shippingOptionId: message("errors.shippingListed") },
    };
  }
  return null;
}
