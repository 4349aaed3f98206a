// Carts: the shopper's line items before checkout (docs/bigcommerce.md §4). A cart's id is also
// its checkout's id. Amounts are JSON numbers in the cart's currency (18 is 18.00), not cents.
import { z } from "zod";
import { dataCall, envelope } from "./calls";
import type { Transport } from "./transport";

const lineItem = z.object({
  id: z.string(),
  product_id: z.number(),
  variant_id: z.number(),
  sku: z.string(),
  name: z.string(),
  quantity: z.number(),
  image_url: z.string().default(""),
  list_price: z.number(),
  sale_price: z.number(),
  extended_sale_price: z.number(),
  options: z.array(z.object({ name: z.string(), value: z.string() })).default([]),
});

/**
 * A physical or digital line item of a cart or checkout (`Item Physical`, `Item Digital`): `id`
 * is BigCommerce's line id (a string), prices are numbers in the cart's currency
 * (`extended_sale_price` is for the whole quantity), `options` the chosen option values by name.
 */
export type BcLineItem = z.infer<typeof lineItem>;

/** Who a gift certificate is from or for (`Contact Entity`); both fields may be absent. */
const contact = z.object({ name: z.string().default(""), email: z.string().default("") });

/**
 * A gift certificate bought in the cart (`Item Gift Certificate`): `amount` is its value, a number
 * in the cart's currency (1.00 to 1,000.00), charged once (there is no quantity); `recipient`
 * receives it by email. `id` may be absent in BigCommerce's documents: read as "".
 */
const giftCertificate = z.object({
  id: z.string().default(""),
  name: z.string().default(""),
  theme: z.string(),
  amount: z.number(),
  sender: contact,
  recipient: contact,
  message: z.string().default(""),
});
export type BcGiftCertificate = z.infer<typeof giftCertificate>;

/**
 * A number BigCommerce documents as a string in one place and a number in another: the carts
 * document gives custom items' `quantity` and `list_price` as strings ("2", "12.50"), the
 * checkouts document as numbers. Read either as a number.
 */
const numeric = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

/**
 * A custom item (`Item Custom`): a line that is not in the catalog, added by another client.
 * `list_price` is per unit and `extended_list_price` for the quantity, numbers in the cart's
 * currency; when the latter is absent it is list price × quantity.
 */
const customItem = z.object({
  id: z.string().default(""),
  sku: z.string().default(""),
  name: z.string().default(""),
  quantity: numeric,
  list_price: numeric,
  extended_list_price: z.number().optional(),
  image_url: z.string().default(""),
});
export type BcCustomItem = z.infer<typeof customItem>;

/**
 * A cart's or checkout's line items, by kind: physical items (shipped), digital items
 * (downloads, never shipped), gift certificates (emailed) and custom items. BigCommerce always
 * sends the first three arrays; `custom_items` may be absent. All read as arrays.
 */
export const lineItems = z.object({
  physical_items: z.array(lineItem),
  digital_items: z.array(lineItem).default([]),
  gift_certificates: z.array(giftCertificate).default([]),
  custom_items: z.array(customItem).default([]),
});
export type BcLineItems = z.infer<typeof lineItems>;

const cart = z.object({
  id: z.string(),
  customer_id: z.number(),
  currency: z.object({ code: z.string() }),
  base_amount: z.number(),
  cart_amount: z.number(),
  line_items: lineItems,
  version: z.number().optional(),
});

const oneCartBody = envelope(cart);
/** deleteCartLineItem's answer: the cart, or nothing (204) when its last line went. */
const cartOrGone = oneCartBody.nullable();

/**
 * A cart's redirect URLs (createCartRedirectURL's `data`): absolute https URLs on the channel's
 * checkout domain, each carrying a single-use token BigCommerce says to use within about 30 s.
 * `embedded_checkout_url` is what embedCheckout() frames; `checkout_url` is the hosted checkout.
 */
const redirectUrls = z.object({
  cart_url: z.url(),
  checkout_url: z.url(),
  embedded_checkout_url: z.url(),
});
export type BcCartRedirectUrls = z.infer<typeof redirectUrls>;

/** A line to add or change: a product, its variant when it has options, and a quantity. */
export interface LineItemInput {
  product_id: number;
  /** Required when the product has options (BigCommerce answers 422 without it). */
  variant_id?: number;
  quantity: number;
}

/** Asks for the options each physical and digital line was bought with. */
const withOptions = {
  include: "line_items.physical_items.options,line_items.digital_items.options",
};

/** The carts' calls, over `call`. Each resolves to the cart as it is after the call. */
export function cartOperations(call: Transport) {
  const oneCart = dataCall(call, oneCartBody);
  const cartWithOptions = dataCall(call, oneCartBody, withOptions);
  return {
    /**
     * A new cart with `lineItems`, the customer's when `customerId` is given (operation
     * createCart). Rejects with BigCommerceError 422 (a product with options but no variant) or
     * 409 (more than the stock).
     */
    createCart: (input: { lineItems: LineItemInput[]; customerId?: number }) =>
      cartWithOptions("createCart", [], {
        body: {
          line_items: input.lineItems,
          ...(input.customerId ? { customer_id: input.customerId } : {}),
        },
      }),

    /** The cart (operation getCart). Rejects with BigCommerceError 404 when it is gone. */
    getCart: (cartId: string) => oneCart("getCart", [cartId]),

    /**
     * Adds lines to the cart (operation addCartLineItems).
     * Rejects with BigCommerceError 404 (no such cart), 422 or 409 as createCart does.
     */
    addCartLineItems: (cartId: string, lineItems: LineItemInput[]) =>
      cartWithOptions("addCartLineItems", [cartId], { body: { line_items: lineItems } }),

    /**
     * Makes the cart (and so its order) the signed-in customer's (operation updateCart).
     * Rejects with BigCommerceError 404 when the cart is gone.
     */
    setCartCustomer: (cartId: string, customerId: number) =>
      oneCart("updateCart", [cartId], { body: { customer_id: customerId } }),

    /**
     * Replaces one line's product, variant and quantity (operation updateCartLineItem).
     * Rejects with BigCommerceError 404 (no such cart or line) or 409 (more than the stock).
     */
    updateCartLineItem: (cartId: string, itemId: string, item: LineItemInput) =>
      cartWithOptions("updateCartLineItem", [cartId, itemId], { body: { line_item: item } }),

    /**
     * Fresh redirect URLs for the cart (operation createCartRedirectURL): the embedded and the
     * hosted checkout's. Single-use: ask just before use. Rejects with BigCommerceError 404 when
     * the cart is gone.
     */
    createCartRedirectUrls: (cartId: string) =>
      dataCall(call, envelope(redirectUrls))("createCartRedirectURL", [cartId], { body: {} }),

    /**
     * Removes one line (operation deleteCartLineItem). Resolves to null when it removed the last
     * line: BigCommerce then deletes the cart and answers 204. Rejects with BigCommerceError 404.
     */
    async deleteCartLineItem(cartId: string, itemId: string) {
      const body = await call({
        operation: "deleteCartLineItem",
        params: [cartId, itemId],
        schema: cartOrGone,
        empty: () => null,
      });
      return body?.data ?? null;
    },
  };
}
