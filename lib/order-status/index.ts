// What a BigCommerce order status means to this app: one table, read by place-order (was the
// order paid?), the confirmation page (which heading and "what happens next") and analytics (may
// a purchase event fire?). Pure data and functions: safe on the server and in tests.

/**
 * Where an order stands with its money:
 * - "unpaid": no payment has gone through (Incomplete): the shopper may pay it.
 * - "pending": the shopper finished, the money is not yet confirmed (awaiting payment, a payment
 *   under review, a checkout the store holds as Pending): do not charge again, tell them it was received.
 * - "paid": the payment went through (awaiting fulfillment up to completed).
 * - "reversed": it was paid and then refunded or disputed: never charge again.
 * - "failed": the store declined or cancelled it: nothing was taken; the cart may be paid with a new order.
 */
export type PaymentStanding = "unpaid" | "pending" | "paid" | "reversed" | "failed";

/** Which heading the confirmation page shows (a key of the catalogue's `headline` messages). */
export type Headline =
  "confirmed" | "received" | "incomplete" | "declined" | "cancelled" | "refunded" | "disputed";

/** One BigCommerce order status as this app reads it. */
export interface OrderStatusMeaning {
  /** BigCommerce's `status_id`, 0–14. */
  statusId: number;
  /** BigCommerce's default name for it (`status`), as the Orders API writes it. */
  name: string;
  standing: PaymentStanding;
  headline: Headline;
  /**
   * True when a GA4 purchase may be reported for an order just placed in this status (paid or
   * pending ones); false for unpaid, failed and reversed orders.
   */
  purchaseEvent: boolean;
}

const row = (
  statusId: number,
  name: string,
  standing: PaymentStanding,
  headline: Headline,
): OrderStatusMeaning => ({
  statusId,
  name,
  standing,
  headline,
  purchaseEvent: standing === "paid" || standing === "pending",
});

/** Every status BigCommerce defines (Orders v2 `GET /order_statuses`), by id. */
export const ORDER_STATUSES: readonly OrderStatusMeaning[] = [
  row(0, "Incomplete", "unpaid", "incomplete"),
  row(1, "Pending", "pending", "received"),
  row(2, "Shipped", "paid", "confirmed"),
  row(3, "Partially Shipped", "paid", "confirmed"),
  row(4, "Refunded", "reversed", "refunded"),
  row(5, "Cancelled", "failed", "cancelled"),
  row(6, "Declined", "failed", "declined"),
  row(7, "Awaiting Payment", "pending", "received"),
  row(8, "Awaiting Pickup", "paid", "confirmed"),
  row(9, "Awaiting Shipment", "paid", "confirmed"),
  row(10, "Completed", "paid", "confirmed"),
  row(11, "Awaiting Fulfillment", "paid", "confirmed"),
  row(12, "Manual Verification Required", "pending", "received"),
  row(13, "Disputed", "reversed", "disputed"),
  row(14, "Partially Refunded", "reversed", "refunded"),
];

/**
 * The meaning of a status id. A status BigCommerce adds later (or a merchant's custom id) is read
 * cautiously: "pending" (never charged again, never reported as a sale, worded as "received").
 */
export function orderStatus(statusId: number): OrderStatusMeaning {
  return (
    ORDER_STATUSES.find((s) => s.statusId === statusId) ?? {
      statusId,
      name: "",
      standing: "pending",
      headline: "received",
      purchaseEvent: false,
    }
  );
}

/**
 * True when money went through, or may be going through, for the order: place-order and its
 * recovery must not charge it again (pending, paid, reversed). False for unpaid and failed orders.
 */
export function paymentTaken(statusId: number): boolean {
  const { standing } = orderStatus(statusId);
  return standing === "pending" || standing === "paid" || standing === "reversed";
}

/**
 * What the Payments API's answer means (`status` of PaymentsPost's 201): "success" is paid,
 * "pending" is a payment the gateway is still confirming (asynchronous methods, reviews).
 */
export function paymentResultStanding(result: "success" | "pending"): "paid" | "pending" {
  return result === "success" ? "paid" : "pending";
}
