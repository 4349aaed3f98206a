// Orders: what the confirmation page shows (docs/bigcommerce.md §9). The v2 API gives money as
// decimal strings ("62.6793"), kept as strings so no float ever touches them; an empty v2 list
// is a 204 with no body.
import { z } from "zod";
import { listCall } from "./calls";
import type { Transport } from "./transport";

/** v2 money: a decimal string ("62.6793", "8"); a number, should one come, becomes its string. */
const money2 = z.union([
  z.string().regex(/^-?\d+(\.\d+)?$/, "decimal string expected"),
  z.number().transform((n) => String(n)),
]);

const v2Address = z.object({
  first_name: z.string(),
  last_name: z.string(),
  company: z.string().default(""),
  street_1: z.string(),
  street_2: z.string().default(""),
  city: z.string(),
  state: z.string().default(""),
  zip: z.string().default(""),
  country: z.string(),
  country_iso2: z.string().default(""),
  phone: z.string().default(""),
  email: z.string().default(""),
});

/** An order's address as v2 gives it (`street_1`, `zip`, `country_iso2`, …). */
export type BcV2Address = z.infer<typeof v2Address>;

const order = z.object({
  id: z.number(),
  customer_id: z.number(),
  cart_id: z.string().default(""),
  date_created: z.string(),
  status_id: z.number(),
  status: z.string(),
  payment_status: z.string().default(""),
  payment_method: z.string().default(""),
  currency_code: z.string(),
  is_tax_inclusive_pricing: z.boolean().default(false),
  subtotal_ex_tax: money2,
  subtotal_inc_tax: money2,
  shipping_cost_ex_tax: money2,
  shipping_cost_inc_tax: money2,
  handling_cost_inc_tax: money2.default("0"),
  wrapping_cost_inc_tax: money2.default("0"),
  total_ex_tax: money2,
  total_inc_tax: money2,
  total_tax: money2,
  discount_amount: money2,
  coupon_discount: money2.default("0"),
  items_total: z.number(),
  customer_message: z.string().default(""),
  billing_address: v2Address,
});

/**
 * A v2 order: amounts are decimal strings in `currency_code` (not cents), `date_created` an RFC
 * 2822 date, `status_id` BigCommerce's status number (0 Incomplete, 11 Awaiting Fulfillment, …),
 * `customer_id` 0 for a guest.
 */
export type BcOrder = z.infer<typeof order>;

const orderProduct = z.object({
  id: z.number(),
  product_id: z.number(),
  variant_id: z.number().nullable().default(null),
  name: z.string(),
  sku: z.string().default(""),
  quantity: z.number(),
  price_ex_tax: money2,
  price_inc_tax: money2,
  total_ex_tax: money2,
  total_inc_tax: money2,
  product_options: z
    .array(z.object({ display_name: z.string(), display_value: z.string() }))
    .default([]),
});

/** One line of an order: unit prices and line totals as decimal strings, chosen options by name. */
export type BcOrderProduct = z.infer<typeof orderProduct>;

const orderShippingAddress = v2Address.extend({
  id: z.number(),
  shipping_method: z.string().default(""),
  cost_inc_tax: money2,
  cost_ex_tax: money2,
});

/** Where an order ships, by which method, at what cost (decimal strings). */
export type BcOrderShippingAddress = z.infer<typeof orderShippingAddress>;

const orderCoupon = z.object({
  id: z.number(),
  code: z.string().nullable(),
  amount: money2,
  discount: z.number(),
  type: z.number(),
});

/**
 * A coupon on an order: `discount` the money it took off (a number in the order's currency),
 * `amount` its face value as a decimal string (10 for 10% off or for 10.00 off; see `type`).
 */
export type BcOrderCoupon = z.infer<typeof orderCoupon>;

const orderTransaction = z.object({
  id: z.number(),
  event: z.string(),
  method: z.string(),
  status: z.string().default("ok"),
  credit_card: z
    .object({ card_type: z.string(), card_last4: z.string() })
    .partial()
    .nullable()
    .optional(),
});

/** A payment event on an order (v3), with the card's brand and last four digits if a card paid. */
export type BcOrderTransaction = z.infer<typeof orderTransaction>;

const orderTransactions = z.object({
  data: z.array(orderTransaction),
  meta: z.unknown().optional(),
});

/**
 * The orders' calls, over `call`. The ones for one order reject with BigCommerceError 404 when
 * there is no such order; lists resolve to [] when BigCommerce has nothing (204).
 */
export function orderOperations(call: Transport) {
  const orders = listCall(call, z.array(order));
  const lines = listCall(call, z.array(orderProduct));
  const shipping = listCall(call, z.array(orderShippingAddress));
  const coupons = listCall(call, z.array(orderCoupon));
  return {
    /** One order (operation getOrder). */
    getOrder: (orderId: number) =>
      call({ operation: "getOrder", params: [orderId], schema: order }),

    /** The order's lines, at most 250 (operation getOrderProducts). */
    getOrderProducts: (orderId: number) =>
      lines("getOrderProducts", [orderId], { query: { limit: "250" } }),

    /** Where the order ships (operation getOrderShippingAddresses). */
    getOrderShippingAddresses: (orderId: number) =>
      shipping("getOrderShippingAddresses", [orderId]),

    /** The coupons applied to the order (operation getOrderCoupons). */
    getOrderCoupons: (orderId: number) => coupons("getOrderCoupons", [orderId]),

    /**
     * The order's payment events, [] before payment (operation getOrderTransactions, v3): for
     * "paid with Visa ending 1111". Needs the Order Transactions read scope (else 403).
     */
    async getOrderTransactions(orderId: number) {
      const body = await call({
        operation: "getOrderTransactions",
        params: [orderId],
        schema: orderTransactions,
        empty: () => ({ data: [] }),
      });
      return body.data;
    },

    /** The customer's latest 50 orders, newest first (operation getOrders). */
    getOrdersByCustomer: (customerId: number) =>
      orders("getOrders", [], {
        query: { customer_id: String(customerId), sort: "date_created:desc", limit: "50" },
      }),

    /**
     * The orders created from a cart (operation getOrders): one, or more when an answer to
     * createOrder was lost and it was asked again.
     */
    getOrdersByCart: (cartId: string) => orders("getOrders", [], { query: { cart_id: cartId } }),

    /**
     * Creates an order directly (operation createOrderV2, BigCommerce's v2 createOrder) from an
     * order_Post body; resolves to the order as BigCommerce answers it (200), its fields unchecked
     * beyond `id`. Rejects with BigCommerceError 400 for a body BigCommerce refuses.
     */
    createOrderV2: (body: Record<string, unknown>) =>
      call({ operation: "createOrderV2", params: [], body, schema: writtenOrder }),

    /**
     * Changes an order's customer (0 for a guest) or status (operation updateOrder); resolves to the
     * order. Rejects with BigCommerceError 400 (unknown customer) or 404 (unknown order).
     */
    updateOrder: (orderId: number, change: { customer_id?: number; status_id?: number }) =>
      call({ operation: "updateOrder", params: [orderId], body: change, schema: writtenOrder }),
  };
}

/** An order as createOrderV2 and updateOrder answer it: its id, the rest passed through unread. */
const writtenOrder = z.looseObject({ id: z.number() });
