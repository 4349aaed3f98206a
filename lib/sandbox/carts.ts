// Carts: line items, stock limits and the v3 cart JSON (docs/bigcommerce.md §4), and their routes.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import {
  addCustomItems,
  addGiftCertificates,
  customItemInput,
  customItemJson,
  giftCertificateInput,
  giftCertificateJson,
  type CustomItemInput,
  type GiftCertificateInput,
} from "./cart-items";
import { optionValue, resolveVariant, imageUrl, type ProductVariant } from "./catalog";
import { SandboxError } from "./errors";
import { cents, iso } from "./format";
import { parse } from "./http/request";
import { noContent, v3 } from "./http/responses";
import { route } from "./http/routes";
import { priced, type AppliedCoupon, type PricedCart, type PricedLine } from "./pricing";
import { SANDBOX_CURRENCY } from "./seed";
import type { Cart, SandboxState } from "./state";

/** A line item as createCart and addCartLineItems take it. */
export interface LineItemInput {
  product_id: number;
  variant_id?: number;
  quantity: number;
}

const CART_LIFETIME_MS = 30 * 24 * 3600 * 1000;

/** The cart with this id, unless it is unknown or expired (30 days unchanged): SandboxError 404. */
export function liveCart(state: SandboxState, cartId: string): Cart {
  const cart = state.carts.get(cartId);
  if (!cart || state.now() - cart.updatedAt.getTime() > CART_LIFETIME_MS) {
    throw new SandboxError(404, "Cart not found", "The requested cart could not be found.");
  }
  return cart;
}

/** Records a change: bumps the version and the update time. */
export function touch(state: SandboxState, cart: Cart): void {
  cart.version += 1;
  cart.updatedAt = new Date(state.now());
}

function checkStock({ product, variant }: ProductVariant, quantity: number): void {
  if (quantity > variant.inventory) {
    // BigCommerce answers quantity limits with 409 (docs/bigcommerce.md §4.1).
    throw new SandboxError(
      409,
      `You can only purchase a maximum of ${variant.inventory} of the ${product.name} per order.`,
    );
  }
}

function addItems(state: SandboxState, cart: Cart, items: LineItemInput[]): void {
  for (const item of items) {
    const resolved = resolveVariant(state, item);
    const existing = cart.lineItems.find((l) => l.variantId === resolved.variant.id);
    const quantity = (existing?.quantity ?? 0) + item.quantity;
    checkStock(resolved, quantity);
    if (existing) existing.quantity = quantity;
    else {
      cart.lineItems.push({
        id: randomUUID(),
        productId: resolved.product.id,
        variantId: resolved.variant.id,
        quantity,
      });
    }
  }
}

/** What createCart and addCartLineItems add: line items, gift certificates and custom items. */
interface ItemsInput {
  line_items: LineItemInput[];
  gift_certificates: GiftCertificateInput[];
  custom_items: CustomItemInput[];
}

/** 422 when a request adds nothing. */
function checkSomething(items: ItemsInput): void {
  if (!items.line_items.length && !items.gift_certificates.length && !items.custom_items.length) {
    throw new SandboxError(422, "Missing line_items in request body");
  }
}

/** Adds every kind of item; 409 beyond stock, 422 for an unknown product or variant. */
function addAll(state: SandboxState, cart: Cart, items: ItemsInput): void {
  addItems(state, cart, items.line_items);
  addGiftCertificates(cart, items.gift_certificates);
  addCustomItems(cart, items.custom_items);
}

/** createCart: a new cart with at least one item of any kind (422 without; 409 beyond stock). */
function createCart(
  state: SandboxState,
  body: ItemsInput & { customer_id?: number; channel_id?: number },
): Cart {
  checkSomething(body);
  const now = new Date(state.now());
  const cart: Cart = {
    id: randomUUID(),
    customerId: body.customer_id ?? 0,
    channelId: body.channel_id ?? 1,
    email: "",
    version: 1,
    createdAt: now,
    updatedAt: now,
    lineItems: [],
    giftCertificates: [],
    customItems: [],
    billing: null,
    consignments: [],
    customerMessage: "",
    couponCodes: [],
    orderId: null,
  };
  addAll(state, cart, body);
  state.carts.set(cart.id, cart);
  return cart;
}

function addCartItems(state: SandboxState, cartId: string, items: ItemsInput): Cart {
  const cart = liveCart(state, cartId);
  checkSomething(items);
  addAll(state, cart, items);
  touch(state, cart);
  return cart;
}

function updateCartItem(state: SandboxState, cartId: string, itemId: string, quantity: number) {
  const cart = liveCart(state, cartId);
  const line = cart.lineItems.find((l) => l.id === itemId);
  if (!line) throw new SandboxError(404, "Line item not found");
  checkStock(
    resolveVariant(state, { product_id: line.productId, variant_id: line.variantId }),
    quantity,
  );
  line.quantity = quantity;
  // A changed cart no longer matches the consignments' quantities; BigCommerce asks for them again.
  cart.consignments = [];
  touch(state, cart);
  return cart;
}

/** Returns null when the last item went and BigCommerce deletes the cart (204). */
function deleteCartItem(state: SandboxState, cartId: string, itemId: string): Cart | null {
  const cart = liveCart(state, cartId);
  const count = () =>
    cart.lineItems.length + cart.giftCertificates.length + cart.customItems.length;
  const before = count();
  cart.lineItems = cart.lineItems.filter((l) => l.id !== itemId);
  cart.giftCertificates = cart.giftCertificates.filter((g) => g.id !== itemId);
  cart.customItems = cart.customItems.filter((c) => c.id !== itemId);
  const after = count();
  if (after === before) throw new SandboxError(404, "Line item not found");
  if (!after) {
    state.carts.delete(cart.id);
    return null;
  }
  cart.consignments = [];
  touch(state, cart);
  return cart;
}

/** A coupon as carts and checkouts list it (amount as a decimal number). */
export function couponJson(c: AppliedCoupon) {
  return {
    id: c.id,
    code: c.code,
    coupon_type: c.type,
    display_name: c.displayName,
    discounted_amount: cents.toNumber(c.discountedCents),
  };
}

/** The product's page on the store's own storefront, absolute as BigCommerce writes it (`url`, format uri). */
function productUrl(state: SandboxState, slug: string): string {
  return `https://store-${state.storeHash}.mybigcommerce.com/${slug}/`;
}

function lineItemJson(state: SandboxState, l: PricedLine) {
  const unit = cents.toNumber(l.unitCents);
  return {
    id: l.line.id,
    // No `parent_id` or `gift_wrapping` for a line that has none: the schema types them as a string
    // and an object, not null.
    variant_id: l.variant.id,
    product_id: l.product.id,
    sku: l.variant.sku,
    name: l.product.name,
    url: productUrl(state, l.product.slug),
    quantity: l.line.quantity,
    image_url: imageUrl(state, l.product),
    discounts: [],
    coupons: [],
    discount_amount: 0,
    coupon_amount: cents.toNumber(l.couponCents),
    original_price: unit,
    list_price: unit,
    sale_price: unit,
    extended_list_price: cents.toNumber(l.extended),
    extended_sale_price: cents.toNumber(l.extended),
    is_require_shipping: l.product.type !== "digital",
    is_mutable: true,
    options: l.variant.optionValueIds.map((valueId) => {
      const { option, value } = optionValue(l.product, valueId);
      return { name: option.displayName, nameId: option.id, value: value.label, valueId: value.id };
    }),
  };
}

/**
 * The fields a v3 cart and a checkout's `cart` share. `amounts` are the cart-level totals that
 * differ between the two; `taxFlag` names each physical item's taxable flag.
 */
export function cartFields(
  state: SandboxState,
  cart: Cart,
  t: PricedCart,
  amounts: Record<string, number>,
  taxFlag: "taxable" | "is_taxable",
) {
  return {
    id: cart.id,
    customer_id: cart.customerId,
    channel_id: cart.channelId,
    email: cart.email,
    currency: { code: SANDBOX_CURRENCY },
    tax_included: false,
    base_amount: cents.toNumber(t.subtotal),
    discount_amount: 0,
    ...amounts,
    coupons: t.coupons.map(couponJson),
    discounts: [],
    line_items: {
      physical_items: t.lines
        .filter((l) => l.product.type !== "digital")
        .map((l) => ({ ...lineItemJson(state, l), [taxFlag]: true })),
      digital_items: t.lines
        .filter((l) => l.product.type === "digital")
        .map((l) => ({ ...lineItemJson(state, l), [taxFlag]: true })),
      gift_certificates: cart.giftCertificates.map(giftCertificateJson),
      // Checkouts (the "is_taxable" flavour) write custom items' quantity and price as numbers.
      custom_items: cart.customItems.map((c) => customItemJson(c, taxFlag === "is_taxable")),
    },
    created_time: iso(cart.createdAt),
    updated_time: iso(cart.updatedAt),
  };
}

/** A v3 cart (money as decimal numbers), as getCart and the cart writes answer. */
function cartJson(state: SandboxState, cart: Cart) {
  const t = priced(state, cart);
  const amounts = {
    manual_discount_amount: 0,
    cart_amount: cents.toNumber(t.subtotal - t.discount),
  };
  return { ...cartFields(state, cart, t, amounts, "taxable"), locale: "en", version: cart.version };
}

const lineItemInput = z.object({
  product_id: z.number().int(),
  variant_id: z.number().int().optional(),
  quantity: z.number().int().min(1),
});

const lineItemsInput = z.object({
  line_items: z.array(lineItemInput).default([]),
  gift_certificates: z.array(giftCertificateInput).default([]),
  custom_items: z.array(customItemInput).default([]),
});

const createCartInput = z.object({
  customer_id: z.number().int().min(0).optional(),
  channel_id: z.number().int().optional(),
  line_items: z.array(lineItemInput).default([]),
  gift_certificates: z.array(giftCertificateInput).default([]),
  custom_items: z.array(customItemInput).default([]),
});

const updateItemInput = z.object({
  line_item: z.object({ quantity: z.number().int().min(1), product_id: z.number().int() }),
});

/** createCart, getCart, updateCart, addCartLineItems, updateCartLineItem, deleteCartLineItem. */
export const cartRoutes = [
  route("createCart", async ({ state, body }) => {
    const input = parse(createCartInput, await body());
    return v3(cartJson(state, createCart(state, input)), 201);
  }),
  route("getCart", ({ state, params }) => v3(cartJson(state, liveCart(state, params[0])))),
  route("addCartLineItems", async ({ state, params, body }) => {
    const input = parse(lineItemsInput, await body());
    return v3(cartJson(state, addCartItems(state, params[0], input)), 201);
  }),
  route("updateCartLineItem", async ({ state, params, body }) => {
    const input = parse(updateItemInput, await body());
    const cart = updateCartItem(state, params[0], params[1], input.line_item.quantity);
    return v3(cartJson(state, cart));
  }),
  route("updateCart", async ({ state, params, body }) => {
    const input = parse(z.object({ customer_id: z.number().int().min(0) }), await body());
    const cart = liveCart(state, params[0]);
    cart.customerId = input.customer_id;
    touch(state, cart);
    // Documented as 201, unlike most updates.
    return v3(cartJson(state, cart), 201);
  }),
  route("deleteCartLineItem", ({ state, params }) => {
    const cart = deleteCartItem(state, params[0], params[1]);
    return cart ? v3(cartJson(state, cart)) : noContent();
  }),
];
