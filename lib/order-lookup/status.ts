import "server-only";
import { isNotFound } from "@/lib/bigcommerce";
import type { ReceiptView } from "@/lib/confirmation/receipt";
import { toOrderConfirmationView } from "@/lib/confirmation/view";
import { isZero } from "@/lib/money";
import type { Headline } from "@/lib/order-status";
import type { Runtime } from "@/lib/runtime";
import { lookupProofFor, type SessionData } from "@/lib/session";

// The redacted status page a browser sees right after a matching lookup (lib/session.ts,
// LookupProof): what was bought and where it stands, and nothing that identifies the shopper.

/** One line bought: what, how many, at what price (decimal strings in the order's currency). */
export interface RedactedLineView {
  id: number;
  name: string;
  quantity: number;
  unitPrice: string;
  lineTotal: string;
}

/**
 * An order without the shopper: status, date, lines and totals. No addresses, no name, no email,
 * no payment method or card, no comment, no options a shopper typed (an engraving may name someone).
 */
export interface RedactedOrderView {
  orderId: number;
  /** ISO-8601 */
  placedAt: string;
  statusId: number;
  /** BigCommerce's status name, for a status of the merchant's own. */
  status: string;
  headline: Headline;
  currency: string;
  lines: RedactedLineView[];
  receipt: ReceiptView;
}

/**
 * The order's redacted view, built from the same view the confirmation page uses
 * (toOrderConfirmationView) and then cut down to RedactedOrderView. Calls getOrder,
 * getOrderProducts and getOrderShippingAddresses (the receipt's shipping), and getOrderCoupons for
 * an order with a coupon discount. Null when the order does not exist (404); throws BigCommerce's
 * other errors. The caller must hold the lookup proof for `orderId`.
 */
export async function loadRedactedOrder(
  { bigcommerce: bc }: Pick<Runtime, "bigcommerce">,
  orderId: number,
): Promise<RedactedOrderView | null> {
  let parts;
  try {
    parts = await Promise.all([
      bc.getOrder(orderId),
      bc.getOrderProducts(orderId),
      bc.getOrderShippingAddresses(orderId),
    ]);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
  const [order, products, shippingAddresses] = parts;
  const coupons = isZero(order.coupon_discount) ? [] : await bc.getOrderCoupons(orderId);
  const view = toOrderConfirmationView({
    order,
    products,
    shippingAddresses,
    coupons,
    images: new Map(),
  });
  return {
    orderId: view.orderId,
    placedAt: view.placedAt,
    statusId: view.statusId,
    status: view.status,
    headline: view.headline,
    currency: view.currency,
    lines: view.lines.map((l) => ({
      id: l.id,
      name: l.name,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      lineTotal: l.lineTotal,
    })),
    receipt: view.receipt,
  };
}

/**
 * What the status page shows: `shown` (the redacted view), `no-proof` (this browser holds no
 * unexpired lookup proof for the order, or the path was malformed: BigCommerce was not asked) or
 * `not-found` (proven, but the order no longer exists). The page says the same for the last two.
 */
export type RedactedStatus =
  { kind: "shown"; view: RedactedOrderView } | { kind: "no-proof" } | { kind: "not-found" };

/**
 * What the status page at `/order-lookup/{orderId}/status` shows this browser (RedactedStatus):
 * the order's redacted view while `session` holds a lookup proof for it that has not expired at
 * `now` (epoch ms; lib/session.ts lookupProofFor: LOOKUP_PROOF_SECONDS after the match).
 * `orderId` is the parsed path segment, null when malformed. Throws BigCommerce's errors other
 * than 404 (loadRedactedOrder).
 */
export async function redactedStatusFor(
  deps: Pick<Runtime, "bigcommerce">,
  session: SessionData,
  orderId: number | null,
  now = Date.now(),
): Promise<RedactedStatus> {
  if (orderId === null || !lookupProofFor(session, orderId, now)) return { kind: "no-proof" };
  const view = await loadRedactedOrder(deps, orderId);
  return view ? { kind: "shown", view } : { kind: "not-found" };
}
