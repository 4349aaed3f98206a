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

/** A v2 sub-resource link (`{url, resource}`): what BigCommerce sends instead of the data when not asked to include it. */
const resourceLink = z.object({ url: z.string(), resource: z.string() });

const orderFee = z.object({
  id: z.number(),
  type: z.string().default("custom_fee"),
  display_name_customer: z.string().default(""),
  display_name_merchant: z.string().default(""),
  cost_ex_tax: money2.optional(),
  // BigCommerce's own example spells it `cost_exc_tax` once; read whichever came.
  cost_exc_tax: money2.optional(),
  cost_inc_tax: money2,
  cost_tax: money2.default("0"),
});

/** A fee on an order (operation getOrder with `include=fees`): its customer-facing name, costs as decimal strings. */
export type BcOrderFee = z.infer<typeof orderFee>;

/** A consignment's items: resource links whose `resource` ends in the order product's id. */
const consignmentLines = z
  .array(z.union([resourceLink, z.object({ id: z.number() })]))
  .default([])
  .transform((links) =>
    links
      .map((l) => ("id" in l ? l.id : Number(/\/products\/(\d+)$/.exec(l.resource)?.[1])))
      .filter((id) => Number.isSafeInteger(id)),
  );

const pickupConsignment = z.object({
  id: z.number(),
  pickup_method_id: z.number().optional(),
  pickup_method_display_name: z.string().default(""),
  collection_instructions: z.string().default(""),
  collection_time_description: z.string().default(""),
  location: z
    .object({
      name: z.string().default(""),
      address_line_1: z.string().default(""),
      address_line_2: z.string().default(""),
      city: z.string().default(""),
      state: z.string().default(""),
      postal_code: z.string().default(""),
      country_alpha2: z.string().default(""),
      phone: z.string().default(""),
      email: z.string().default(""),
    })
    .partial()
    .default({}),
  line_items: consignmentLines,
});

/** An order's pickup consignment: where and how the shopper collects its lines (order product ids). */
export type BcPickupConsignment = z.infer<typeof pickupConsignment>;

const digitalConsignment = z.object({
  recipient_email: z.string().default(""),
  line_items: consignmentLines,
});

/**
 * An order's consignments as `include=consignments&consignment_structure=object` gives them; only
 * pickups and downloads are read (shipping comes from getOrderShippingAddresses).
 */
const consignments = z.object({
  pickups: z.array(pickupConsignment).default([]),
  downloads: z.array(digitalConsignment).default([]),
});

/** The order's consignments (pickups and downloads), empty when BigCommerce sent a link instead. */
export type BcOrderConsignments = z.infer<typeof consignments>;

const EMPTY_CONSIGNMENTS: BcOrderConsignments = { pickups: [], downloads: [] };

const order = z.object({
  id: z.number(),
  customer_id: z.number(),
  // Empty or null for an order created without a cart (the v2 Orders API): read as "".
  cart_id: z
    .string()
    .nullish()
    .transform((id) => id ?? ""),
  date_created: z.string(),
  status_id: z.number(),
  status: z.string(),
  payment_status: z.string().default(""),
  payment_method: z.string().default(""),
  currency_code: z.string(),
  is_tax_inclusive_pricing: z.boolean().default(false),
  order_is_digital: z.boolean().default(false),
  subtotal_ex_tax: money2,
  subtotal_inc_tax: money2,
  shipping_cost_ex_tax: money2,
  shipping_cost_inc_tax: money2,
  handling_cost_ex_tax: money2.default("0"),
  handling_cost_inc_tax: money2.default("0"),
  wrapping_cost_ex_tax: money2.default("0"),
  wrapping_cost_inc_tax: money2.default("0"),
  total_ex_tax: money2,
  total_inc_tax: money2,
  total_tax: money2,
  discount_amount: money2,
  coupon_discount: money2.default("0"),
  gift_certificate_amount: money2.default("0"),
  store_credit_amount: money2.default("0"),
  items_total: z.number(),
  customer_message: z.string().default(""),
  billing_address: v2Address,
  // Arrays only when asked for (`include=fees`, `include=consignments`); links otherwise.
  fees: z
    .union([z.array(orderFee), resourceLink])
    .optional()
    .transform((f) => (Array.isArray(f) ? f : [])),
  consignments: z
    .union([consignments, z.array(consignments), resourceLink])
    .optional()
    .transform((c): BcOrderConsignments => {
      if (Array.isArray(c)) return c[0] ?? EMPTY_CONSIGNMENTS;
      return c && "pickups" in c ? c : EMPTY_CONSIGNMENTS;
    }),
});

/**
 * A v2 order: amounts are decimal strings in `currency_code` (not cents), `date_created` an RFC
 * 2822 date, `status_id` BigCommerce's status number (0 Incomplete, 11 Awaiting Fulfillment, …;
 * lib/order-status reads them), `customer_id` 0 for a guest; `fees` and `consignments` as
 * getOrder includes them. `gift_certificate_amount` and `store_credit_amount` are payments
 * against `total_inc_tax`, not part of it.
 */
export type BcOrder = z.infer<typeof order>;

const orderProductOption = z.object({
  display_name: z.string(),
  display_value: z.string(),
  display_name_customer: z.string().optional(),
  display_value_customer: z.string().optional(),
  type: z.string().default(""),
});

/** A chosen option of an order line: BigCommerce's `type` ("Multiple choice", "Text field", …). */
export type BcOrderProductOption = z.infer<typeof orderProductOption>;

const orderProduct = z.object({
  id: z.number(),
  product_id: z.number(),
  variant_id: z.number().nullable().default(null),
  order_address_id: z.number().default(0),
  order_pickup_method_id: z.number().default(0),
  type: z.string().default("physical"),
  name: z.string(),
  name_customer: z.string().optional(),
  sku: z.string().default(""),
  quantity: z.number(),
  price_ex_tax: money2,
  price_inc_tax: money2,
  total_ex_tax: money2,
  total_inc_tax: money2,
  wrapping_name: z.string().nullable().default(null),
  wrapping_message: z.string().default(""),
  applied_discounts: z
    .array(z.object({ amount: money2, code: z.string().nullable().default(null) }))
    .default([]),
  product_options: z.array(orderProductOption).default([]),
});

/**
 * One line of an order: unit prices and line totals as decimal strings, `type` physical, digital
 * or giftcertificate, `order_address_id` the shipping address it goes to (0 if none),
 * `applied_discounts` what coupons and discounts took off the line (decimal strings), options by name.
 */
export type BcOrderProduct = z.infer<typeof orderProduct>;

const orderShippingAddress = v2Address.extend({
  id: z.number(),
  shipping_method: z.string().default(""),
  cost_inc_tax: money2,
  cost_ex_tax: money2,
  handling_cost_ex_tax: money2.default("0"),
  handling_cost_inc_tax: money2.default("0"),
});

/** Where an order ships, by which method, at what cost (decimal strings). */
export type BcOrderShippingAddress = z.infer<typeof orderShippingAddress>;

const orderCoupon = z.object({
  id: z.number(),
  code: z.string().nullable(),
  amount: money2,
  discount: z.union([z.number(), money2]),
  type: z.number(),
});

/**
 * A coupon on an order: `discount` the money it took off (a number in the order's currency),
 * `amount` its face value as a decimal string (10 for 10% off or for 10.00 off; see `type`);
 * `code` null for a promotion applied without one.
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

/** Lines per getOrderProducts call: BigCommerce's maximum `limit`. */
const PRODUCT_PAGE_SIZE = 250;
/** At most this many pages of lines are read for one order (5,000 lines). */
const PRODUCT_PAGES = 20;

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
    /** One order, with its fees and consignments in the same answer (operation getOrder). */
    getOrder: (orderId: number) =>
      call({
        operation: "getOrder",
        params: [orderId],
        schema: order,
        query: { include: "fees,consignments", consignment_structure: "object" },
      }),

    /**
     * Every line of the order, 250 per call (operation getOrderProducts, `page` from 1): one call
     * for most orders, one more per further 250 lines, at most PRODUCT_PAGES calls; an order
     * larger than that throws (a page that cannot show it all must not pretend it does).
     */
    async getOrderProducts(orderId: number) {
      const all: BcOrderProduct[] = [];
      for (let page = 1; page <= PRODUCT_PAGES; page++) {
        const batch = await lines("getOrderProducts", [orderId], {
          query: { limit: String(PRODUCT_PAGE_SIZE), page: String(page) },
        });
        all.push(...batch);
        if (batch.length < PRODUCT_PAGE_SIZE) return all;
      }
      throw new Error(`order ${orderId} has more than ${PRODUCT_PAGES * PRODUCT_PAGE_SIZE} lines`);
    },

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
  };
}

/** The order writes, over `call`: creating one from a v2 body, and changing its customer or status. */
export function orderWriteOperations(call: Transport) {
  return {
    /**
     * Changes an order (operation updateOrder): here, who it belongs to (`customer_id`, 0 for a
     * guest) or its status. Resolves to the order; BigCommerceError 404 for no such order, 400
     * for a customer id the store does not have.
     */
    updateOrder: (orderId: number, changes: { customer_id?: number; status_id?: number }) =>
      call({ operation: "updateOrder", params: [orderId], schema: order, body: changes }),

    /**
     * Creates an order directly (operation createOrderV2, BigCommerce's v2 createOrder) from an
     * order_Post body; resolves to the order as BigCommerce answers it (200), its fields unchecked
     * beyond `id`. Rejects with BigCommerceError 400 for a body BigCommerce refuses.
     */
    createOrderV2: (body: Record<string, unknown>) =>
      call({ operation: "createOrderV2", params: [], body, schema: writtenOrder }),
  };
}

/** An order as createOrderV2 answers it: its id, the rest passed through unread. */
const writtenOrder = z.looseObject({ id: z.number() });
