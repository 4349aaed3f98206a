// What an order_Post body cannot carry, set on an existing order through the control endpoint
// `POST /__sandbox/orders/{id}/extras`: coupons (code may be null), gift certificate and store
// credit amounts, which lines ship to which address at what cost, the payment status and method,
// and transactions.
import { z } from "zod";
import { SandboxError } from "./errors";
import { isDecimal, sum, v2 } from "./money";
import { settleTotals } from "./order-totals";
import { nextLineId, type Order, type SandboxState } from "./state";

const amount = z
  .union([z.string(), z.number()])
  .refine((v) => isDecimal(v) && !String(v).trim().startsWith("-"), "a decimal amount ≥ 0");

const PAYMENT_STATUSES = [
  "authorized",
  "captured",
  "capture pending",
  "declined",
  "held for review",
  "paid",
  "partially refunded",
  "pending",
  "refunded",
  "void",
  "void pending",
  "",
] as const;

/**
 * The extras body. `coupons` replace the order's coupons (their `discount`s, decimal amounts in
 * the order's currency, become `coupon_discount`); amounts are decimal strings or numbers;
 * `transactions` are added to the order's (v3 getOrderTransactions).
 */
export const orderExtrasInput = z.strictObject({
  coupons: z
    .array(
      z.strictObject({
        code: z.string().min(1).max(50).nullable(),
        amount,
        type: z.number().int().min(0).max(5),
        discount: amount,
      }),
    )
    .optional(),
  gift_certificate_amount: amount.optional(),
  store_credit_amount: amount.optional(),
  payment_status: z.enum(PAYMENT_STATUSES).optional(),
  payment_method: z.string().max(100).optional(),
  shipments: z
    .array(
      z.strictObject({
        shipping_address_id: z.number().int().positive(),
        line_ids: z.array(z.number().int().positive()).max(1000),
        cost_ex_tax: amount,
        cost_inc_tax: amount,
      }),
    )
    .max(20)
    .optional(),
  transactions: z
    .array(
      z.strictObject({
        event: z.enum([
          "purchase",
          "authorization",
          "capture",
          "refund",
          "void",
          "pending",
          "settled",
        ]),
        method: z.enum([
          "credit_card",
          "electronic_wallet",
          "gift_certificate",
          "store_credit",
          "apple_pay_card",
          "apple_pay_token",
          "bigpay_token",
          "token",
          "custom",
          "offsite",
          "offline",
          "nonce",
        ]),
        status: z.enum(["ok", "error"]),
        amount,
        card: z
          .strictObject({
            card_type: z.string().min(1).max(30),
            card_last4: z.string().regex(/^\d{4}$/),
          })
          .optional(),
      }),
    )
    .optional(),
});

/**
 * Assigns lines and shipping costs to the order's shipping addresses, which `order_Post` cannot
 * (docs/bigcommerce-fidelity.md F25): each named line goes to its address, each address gets its
 * cost, and the order's shipping is their sum. Throws SandboxError 400 for an address or line the
 * order does not have, or a line that is not physical.
 */
function assignShipments(order: Order, shipments: NonNullable<OrderExtras["shipments"]>): void {
  for (const shipment of shipments) {
    const address = order.shippingAddresses.find((a) => a.id === shipment.shipping_address_id);
    if (!address)
      throw new SandboxError(400, `No shipping address ${shipment.shipping_address_id}.`);
    for (const lineId of shipment.line_ids) {
      const line = order.lines.find((l) => l.id === lineId);
      if (!line || line.type !== "physical") {
        throw new SandboxError(400, `No physical line ${lineId} on this order.`);
      }
      line.orderAddressId = address.id;
    }
    address.costExTax = v2(shipment.cost_ex_tax);
    address.costIncTax = v2(shipment.cost_inc_tax);
  }
  order.money.shippingExTax = sum(order.shippingAddresses.map((a) => a.costExTax));
  order.money.shippingIncTax = sum(order.shippingAddresses.map((a) => a.costIncTax));
}

/** A validated extras body. */
export type OrderExtras = z.infer<typeof orderExtrasInput>;

/**
 * Applies `extras` to order `orderId` and settles its totals again. Throws SandboxError 404 for
 * an unknown order.
 */
export function applyOrderExtras(state: SandboxState, orderId: number, extras: OrderExtras): Order {
  const order = state.orders.get(orderId);
  if (!order) throw new SandboxError(404, "The requested resource was not found.");
  const m = order.money;
  if (extras.coupons) {
    order.coupons = extras.coupons.map((c) => ({
      id: nextLineId(state),
      couponId: c.code === null ? 0 : nextLineId(state),
      code: c.code,
      amount: String(c.amount),
      type: c.type,
      discount: v2(c.discount),
    }));
    m.couponDiscount = sum(order.coupons.map((c) => c.discount));
  }
  if (extras.gift_certificate_amount !== undefined)
    m.giftCertificateAmount = v2(extras.gift_certificate_amount);
  if (extras.store_credit_amount !== undefined)
    m.storeCreditAmount = v2(extras.store_credit_amount);
  if (extras.shipments) assignShipments(order, extras.shipments);
  if (extras.payment_status !== undefined) order.paymentStatus = extras.payment_status;
  if (extras.payment_method !== undefined) order.paymentMethod = extras.payment_method;
  const now = new Date(state.now());
  for (const t of extras.transactions ?? []) {
    order.transactions.push({
      id: nextLineId(state),
      event: t.event,
      method: t.method,
      status: t.status,
      amount: v2(t.amount),
      createdAt: now,
      card: t.card
        ? {
            brand: t.card.card_type,
            iin: "",
            last4: t.card.card_last4,
            expiryMonth: 12,
            expiryYear: now.getUTCFullYear() + 3,
          }
        : null,
    });
  }
  order.modifiedAt = now;
  settleTotals(order);
  return order;
}
