// @vitest-environment jsdom
// Every BigCommerce order status, through what the shopper reads and what the app decides:
// the heading, the "what happens next" wording, whether place-order counts the order as paid,
// and whether the first view after a purchase may report it to analytics.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { OrderConfirmation } from "@/app/order-confirmation/[orderId]/_components/order-confirmation";
import { markJustPlaced } from "@/lib/checkout/just-placed";
import { purchaseEventOnce } from "@/lib/confirmation/purchase-event";
import { toOrderConfirmationView } from "@/lib/confirmation/view";
import { localeContext } from "@/lib/i18n";
import { MemoryKv } from "@/lib/kv";
import {
  ORDER_STATUSES,
  orderStatus,
  paymentResultStanding,
  paymentTaken,
} from "@/lib/order-status";
import { bcOrder, bcShipTo, MUG } from "./support/orders";

afterEach(() => cleanup());

// status id, BigCommerce's name, heading, what happens next, paid (never charge again), purchase event
const EXPECTED: [number, string, RegExp, RegExp, boolean, boolean][] = [
  [
    0,
    "Incomplete",
    /^Your order #4242 is not complete yet$/,
    /payment has not been completed/,
    false,
    false,
  ],
  [1, "Pending", /We have received your order #4242\.$/, /will start on it shortly/, true, true],
  [2, "Shipped", /Your order #4242 is confirmed\.$/, /on its way/, true, true],
  [3, "Partially Shipped", /is confirmed\.$/, /the rest will follow/, true, true],
  [4, "Refunded", /^Order #4242 was refunded$/, /was refunded/, true, false],
  [5, "Cancelled", /^Order #4242 was cancelled$/, /You have not been charged/, false, false],
  [6, "Declined", /^The payment for order #4242 was declined$/, /was declined/, false, false],
  [
    7,
    "Awaiting Payment",
    /We have received your order #4242\.$/,
    /once your payment arrives/,
    true,
    true,
  ],
  [8, "Awaiting Pickup", /is confirmed\.$/, /ready for pickup/, true, true],
  [9, "Awaiting Shipment", /is confirmed\.$/, /will ship soon/, true, true],
  [10, "Completed", /is confirmed\.$/, /complete/, true, true],
  [11, "Awaiting Fulfillment", /is confirmed\.$/, /preparing your order/, true, true],
  [
    12,
    "Manual Verification Required",
    /We have received your order #4242\.$/,
    /reviewing your order/,
    true,
    true,
  ],
  [13, "Disputed", /^Order #4242: the payment is disputed$/, /dispute/, true, false],
  [
    14,
    "Partially Refunded",
    /^Order #4242 was refunded$/,
    /Part of this order was refunded/,
    true,
    false,
  ],
];

describe("order status", () => {
  it("covers every status BigCommerce defines, 0 to 14", () => {
    expect(ORDER_STATUSES.map((s) => s.statusId)).toEqual(EXPECTED.map(([id]) => id));
    expect(ORDER_STATUSES.map((s) => s.name)).toEqual(EXPECTED.map(([, name]) => name));
  });

  it.each(EXPECTED)(
    "status %i (%s): heading, next step, paid decision and purchase event",
    async (statusId, name, heading, next, paid, reported) => {
      const view = toOrderConfirmationView({
        order: bcOrder({ status_id: statusId, status: name }),
        products: [MUG],
        shippingAddresses: [bcShipTo()],
        coupons: [],
        images: new Map(),
      });
      render(<OrderConfirmation view={view} locale={localeContext("en")} />);
      expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(heading);
      expect(screen.getByTestId("status-next")).toHaveTextContent(next);
      expect(paymentTaken(statusId)).toBe(paid);
      // The first view right after this storefront took the payment:
      const kv = new MemoryKv();
      await markJustPlaced(kv, view.orderId);
      const event = await purchaseEventOnce({ kv }, view);
      expect(event !== null).toBe(reported);
      // Only a confirmed order gets the tick; a heading never calls an unpaid order confirmed.
      if (!/confirmed/.test(heading.source)) {
        expect(screen.getByRole("heading", { level: 1 })).not.toHaveTextContent("confirmed");
      }
    },
  );

  it("reads a status it does not know as pending: never charged again, never reported", () => {
    expect(orderStatus(99)).toMatchObject({ standing: "pending", purchaseEvent: false });
    expect(paymentTaken(99)).toBe(true);
  });

  it("takes a payment answered pending as pending, not paid", () => {
    expect(paymentResultStanding("pending")).toBe("pending");
    expect(paymentResultStanding("success")).toBe("paid");
  });
});
