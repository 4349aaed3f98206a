// Checkouts: addresses, shipping, coupons and the order a cart becomes
// (docs/bigcommerce.md §5, §6).
// The checkout id is the cart id. Amounts are JSON numbers in the cart's currency, not cents.
import { z } from "zod";
import { dataCall, envelope } from "./calls";
import { lineItems } from "./carts";
import type { Transport } from "./transport";

/** A text field BigCommerce may leave out or send empty: read as "". */
const text = z.string().default("");

const checkoutAddress = z.object({
  id: z.string().optional(),
  first_name: text,
  last_name: text,
  email: text,
  company: text,
  address1: text,
  address2: text,
  city: text,
  state_or_province: text,
  state_or_province_code: text,
  country: text,
  country_code: text,
  postal_code: text,
  phone: text,
});

const shippingOption = z.object({
  id: z.string(),
  type: z.string(),
  description: z.string(),
  cost: z.number(),
  transit_time: z.string().default(""),
});

/** A consignment's shipping quote: `id` to select it, `cost` a number in the cart's currency. */
export type BcShippingOption = z.infer<typeof shippingOption>;

const consignment = z
  .object({
    id: z.string(),
    address: checkoutAddress.optional(),
    shipping_address: checkoutAddress.optional(),
    available_shipping_options: z.array(shippingOption).optional(),
    selected_shipping_option: shippingOption.optional(),
    line_item_ids: z.array(z.string()),
  })
  // Both keys appear in BigCommerce's documents (docs/bigcommerce.md §5.1); read whichever came.
  .transform(({ address, shipping_address, ...rest }) => ({
    ...rest,
    address: address ?? shipping_address,
  }));

/**
 * A fee added to the checkout by another client (`CheckoutFee`, type "custom_fee"): `display_name`
 * is what the shopper reads (`name` is the merchant's), costs are numbers in the cart's currency.
 */
const fee = z.object({
  id: z.string().default(""),
  type: z.string().default("custom_fee"),
  name: z.string().default(""),
  display_name: z.string().default(""),
  cost_inc_tax: z.number().default(0),
  cost_ex_tax: z.number().default(0),
});
export type BcCheckoutFee = z.infer<typeof fee>;

const checkout = z.object({
  id: z.string(),
  cart: z.object({
    id: z.string(),
    customer_id: z.number(),
    email: z.string().default(""),
    currency: z.object({ code: z.string() }),
    tax_included: z.boolean(),
    base_amount: z.number(),
    discount_amount: z.number(),
    line_items: lineItems,
  }),
  // Empty object, null or absent before it is set (docs/bigcommerce.md §16.13).
  billing_address: z
    .union([checkoutAddress, z.null(), z.undefined()])
    .transform((a) => (a && a.country_code ? a : null)),
  consignments: z.array(consignment),
  taxes: z.array(z.object({ name: z.string(), amount: z.number() })).default([]),
  coupons: z
    .array(
      z.object({
        // Required by the document; a code-less coupon (null or absent) is read as "", never refused.
        code: z
          .string()
          .nullish()
          .transform((c) => c ?? ""),
        display_name: z.string().default(""),
        discounted_amount: z.number(),
      }),
    )
    .default([]),
  // Spec: string | null; live responses unverified, so numbers are read too
  // (docs/bigcommerce.md §16.7).
  order_id: z.union([z.string(), z.number(), z.null()]).optional(),
  fees: z.array(fee).default([]),
  shipping_cost_total_inc_tax: z.number(),
  shipping_cost_total_ex_tax: z.number(),
  handling_cost_total_inc_tax: z.number().default(0),
  handling_cost_total_ex_tax: z.number().default(0),
  tax_total: z.number(),
  subtotal_ex_tax: z.number(),
  subtotal_inc_tax: z.number(),
  grand_total: z.number(),
  customer_message: z.string().default(""),
  version: z.number(),
});

/**
 * A checkout: its cart and lines of every kind (physical, digital, gift certificates, custom),
 * billing address (null until set), consignments with their address (`address`, whichever key
 * BigCommerce used) and shipping quotes (none when nothing is physical), coupons, fees, taxes and
 * totals: `subtotal_ex_tax` (before discounts), `shipping_cost_total_ex_tax`,
 * `handling_cost_total_ex_tax`, `tax_total` and `grand_total` (what is charged), with their
 * `_inc_tax` twins. Amounts are numbers in `cart.currency.code`, not cents; `version` grows on
 * each change.
 */
export type BcCheckout = z.infer<typeof checkout>;

/** The token response comes in two documented shapes (docs/bigcommerce.md §6.3). */
const checkoutTokenResponse = z
  .object({
    checkoutToken: z.string().optional(),
    data: z
      .object({ checkoutToken: z.string().optional(), token: z.string().optional() })
      .optional(),
  })
  .transform((b, ctx) => {
    const token = b.data?.checkoutToken ?? b.checkoutToken ?? b.data?.token;
    if (!token) {
      ctx.addIssue({ code: "custom", message: "no checkoutToken in the response" });
      return z.NEVER;
    }
    return token;
  });

/** What the app sends as a checkout address (docs/bigcommerce.md §5.2); codes are ISO 3166. */
export interface CheckoutAddressInput {
  first_name: string;
  last_name: string;
  email: string;
  company?: string;
  address1: string;
  address2?: string;
  city: string;
  state_or_province?: string;
  state_or_province_code?: string;
  country_code: string;
  postal_code?: string;
  phone?: string;
}

/** A consignment: where the lines go, and which lines (by line id) in what quantity. */
type ConsignmentInput = {
  address: CheckoutAddressInput;
  lineItems: { item_id: string; quantity: number }[];
};

/** Asks for each consignment's shipping quotes. */
const withQuotes = { include: "consignments.available_shipping_options" };

const oneCheckoutBody = envelope(checkout);

/**
 * The checkouts' calls, over `call`. Unless said otherwise each resolves to the checkout as it
 * is after the call, and rejects with BigCommerceError 404 when the checkout (its cart) is gone.
 */
export function checkoutOperations(call: Transport) {
  const oneCheckout = dataCall(call, oneCheckoutBody);
  const quotedCheckout = dataCall(call, oneCheckoutBody, withQuotes);
  return {
    /** The checkout with shipping quotes and line options (operation getCheckout). */
    getCheckout: (checkoutId: string) =>
      oneCheckout("getCheckout", [checkoutId], {
        query: {
          include: `${withQuotes.include},cart.line_items.physical_items.options,cart.line_items.digital_items.options`,
        },
      }),

    /** Sets the billing address (operation addCheckoutBillingAddress). */
    addBillingAddress: (checkoutId: string, address: CheckoutAddressInput) =>
      oneCheckout("addCheckoutBillingAddress", [checkoutId], { body: address }),

    /** Replaces the billing address `addressId` (operation updateCheckoutBillingAddress). */
    updateBillingAddress: (checkoutId: string, addressId: string, address: CheckoutAddressInput) =>
      oneCheckout("updateCheckoutBillingAddress", [checkoutId, addressId], { body: address }),

    /** Adds one consignment and quotes its shipping (operation addCheckoutConsignment). */
    addConsignment: (checkoutId: string, input: ConsignmentInput) =>
      quotedCheckout("addCheckoutConsignment", [checkoutId], {
        body: [{ address: input.address, line_items: input.lineItems }],
      }),

    /**
     * Moves a consignment to a new address (operation updateCheckoutConsignment); its shipping
     * choice is cleared and quoted again.
     */
    updateConsignmentAddress: (
      checkoutId: string,
      consignmentId: string,
      input: ConsignmentInput,
    ) =>
      quotedCheckout("updateCheckoutConsignment", [checkoutId, consignmentId], {
        body: { address: input.address, line_items: input.lineItems },
      }),

    /**
     * Chooses a shipping quote (operation updateCheckoutConsignment): a separate PUT from the
     * address, as BigCommerce refuses both in one call (docs/bigcommerce.md §5.4).
     * Rejects with BigCommerceError 422 for an option it did not quote.
     */
    selectShippingOption: (checkoutId: string, consignmentId: string, shippingOptionId: string) =>
      quotedCheckout("updateCheckoutConsignment", [checkoutId, consignmentId], {
        body: { shipping_option_id: shippingOptionId },
      }),

    /**
     * Applies a coupon code (operation addCheckoutCoupon).
     * Rejects with BigCommerceError 400 for a code the store does not know or accept.
     */
    addCoupon: (checkoutId: string, code: string) =>
      quotedCheckout("addCheckoutCoupon", [checkoutId], { body: { coupon_code: code } }),

    /** Removes a coupon; the path holds its code, not its id (operation deleteCheckoutCoupon). */
    removeCoupon: (checkoutId: string, code: string) =>
      quotedCheckout("deleteCheckoutCoupon", [checkoutId, code]),

    /**
     * Sets the shopper's order comment, `customer_message`, at most 2000 characters (operation
     * updateCheckout).
     */
    updateCustomerMessage: (checkoutId: string, message: string) =>
      quotedCheckout("updateCheckout", [checkoutId], { body: { customer_message: message } }),
  };
}

const createdOrder = envelope(z.object({ id: z.number().int().positive() }));

/**
 * The calls that turn a checkout into an order, over `call`; both reject with BigCommerceError
 * 404 when the checkout (its cart) is gone.
 */
export function orderCreationOperations(call: Transport) {
  const newOrder = dataCall(call, createdOrder);
  return {
    /**
     * Creates the order, status Incomplete until paid, and resolves to its id (operation
     * createOrder). Rejects with BigCommerceError 422 when the checkout lacks an address or a
     * shipping choice.
     */
    createOrder: async (checkoutId: string) => (await newOrder("createOrder", [checkoutId])).id,

    /**
     * Mints a checkout token (64 hex characters) usable `maxUses` times for `ttlSeconds` seconds
     * (1 to 2592000) (operation createCheckoutToken). Must run before payment: once the order is
     * paid the cart is gone and this rejects with BigCommerceError 404. Rejects with 422 for
     * limits out of range.
     */
    createCheckoutToken: (checkoutId: string, input: { maxUses: number; ttlSeconds: number }) =>
      call({
        operation: "createCheckoutToken",
        params: [checkoutId],
        body: { maxUses: input.maxUses, ttl: input.ttlSeconds },
        schema: checkoutTokenResponse,
      }),
  };
}
