// Checkouts: billing address, consignments and shipping options, coupons, the customer message,
// the checkout token, the v3 checkout JSON (docs/bigcommerce.md §5, §6), and their routes.
import { z } from "zod";
import type { OperationId } from "../bigcommerce/operations";
import { cartFields, couponJson, liveCart, touch } from "./carts";
import { checkAddress } from "./address-rules";
import { findProduct } from "./catalog";
import { invalidInput, SandboxError } from "./errors";
import { cents, countryName, iso, randomHex, shortId } from "./format";
import { parse, versionOf } from "./http/request";
import { json, v3 } from "./http/responses";
import { route, type RouteContext } from "./http/routes";
import { priced, selectedShippingOption } from "./pricing";
import { SANDBOX_TAX, SEED_COUPONS, SEED_SHIPPING_OPTIONS } from "./seed";
import type { Address, Cart, Consignment, SandboxState } from "./state";

/** Consignment line items: cart line item ids and quantities. */
type ConsignmentItems = { item_id: string; quantity: number }[];

/**
 * Loads a live cart, checks the `version` a write names (SandboxError 409 when stale; undefined
 * skips the check), applies `change` and records it.
 */
function edit(
  state: SandboxState,
  cartId: string,
  version: unknown,
  change: (cart: Cart) => void,
): Cart {
  const cart = liveCart(state, cartId);
  if (version !== undefined && version !== cart.version) {
    throw new SandboxError(409, "Cart conflict");
  }
  change(cart);
  touch(state, cart);
  return cart;
}

/** 422 unless every item is a physical line of the cart, at most its quantity (digital items never ship). */
function checkConsignmentItems(state: SandboxState, cart: Cart, items: ConsignmentItems): void {
  for (const item of items) {
    const product = cart.lineItems.find((l) => l.id === item.item_id);
    const line = product ?? cart.customItems.find((c) => c.id === item.item_id);
    if (!line) throw invalidInput(`Line item ${item.item_id} is not in the cart.`);
    if (product && findProduct(state, product.productId)?.type === "digital") {
      throw invalidInput(`Line item ${item.item_id} is digital and is not shipped.`);
    }
    if (item.quantity > line.quantity) {
      throw invalidInput(`Quantity for line item ${item.item_id} exceeds the cart.`);
    }
  }
}

/** The shipping options quoted for an address: every seed option once it has a country. */
function shippingOptionsFor(address: Address) {
  return address.country_code ? SEED_SHIPPING_OPTIONS.map(shippingOptionJson) : [];
}

interface ConsignmentUpdate {
  address?: Address;
  line_items?: ConsignmentItems;
  shipping_option_id?: string;
}

/** Either the address and line items, or the shipping option: never both (422). */
function updateConsignment(
  state: SandboxState,
  cart: Cart,
  consignment: Consignment,
  update: ConsignmentUpdate,
) {
  const changesAddress = update.address !== undefined || update.line_items !== undefined;
  if (changesAddress && update.shipping_option_id !== undefined) {
    throw invalidInput(
      "You must choose one type of consignment update: address and line items, or the shipping option.",
    );
  }
  if (update.shipping_option_id !== undefined) {
    const available = shippingOptionsFor(consignment.address);
    if (!available.some((o) => o.id === update.shipping_option_id)) {
      throw invalidInput("The shipping option is not available for this address.");
    }
    consignment.shippingOptionId = update.shipping_option_id;
    return;
  }
  if (update.line_items) {
    checkConsignmentItems(state, cart, update.line_items);
    consignment.lineItemIds = update.line_items.map((l) => l.item_id);
  }
  if (update.address) consignment.address = update.address;
  consignment.shippingOptionId = null;
}

function applyCoupon(cart: Cart, code: string): void {
  const coupon = SEED_COUPONS.find((c) => c.code.toLowerCase() === code.trim().toLowerCase());
  if (!coupon) {
    // Undocumented in BigCommerce's reference; shaped like its other v3 validation errors.
    throw new SandboxError(
      400,
      "The coupon code you entered is not valid.",
      `Coupon code "${code}" was not found.`,
    );
  }
  if (!cart.couponCodes.includes(coupon.code)) cart.couponCodes = [coupon.code];
}

function removeCoupon(cart: Cart, code: string): void {
  const before = cart.couponCodes.length;
  cart.couponCodes = cart.couponCodes.filter((c) => c.toLowerCase() !== code.toLowerCase());
  if (cart.couponCodes.length === before) throw new SandboxError(404, "Coupon not found");
}

function shippingOptionJson(o: (typeof SEED_SHIPPING_OPTIONS)[number]) {
  return {
    id: o.id,
    type: o.type,
    description: o.description,
    image_url: "",
    cost: cents.toNumber(o.costCents),
    transit_time: o.transitTime,
    additional_description: "",
  };
}

function addressJson(a: Address) {
  return {
    ...a,
    state_or_province: a.state_or_province,
    country: countryName(a.country_code),
    custom_fields: [],
  };
}

function consignmentJson(c: Consignment, includeShippingOptions: boolean) {
  const selected = selectedShippingOption(c.shippingOptionId);
  const cost = cents.toNumber(selected?.costCents ?? 0);
  return {
    id: c.id,
    address: { ...addressJson(c.address), id: c.id },
    shipping_address: addressJson(c.address),
    ...(includeShippingOptions
      ? { available_shipping_options: shippingOptionsFor(c.address) }
      : {}),
    ...(selected ? { selected_shipping_option: shippingOptionJson(selected) } : {}),
    coupon_discounts: [],
    discounts: [],
    shipping_cost_inc_tax: cost,
    shipping_cost_ex_tax: cost,
    handling_cost_inc_tax: 0,
    handling_cost_ex_tax: 0,
    line_item_ids: c.lineItemIds,
  };
}

/**
 * A v3 checkout (money as decimal numbers). With `includeShippingOptions` each consignment lists
 * its `available_shipping_options` (the `consignments.available_shipping_options` include).
 */
function checkoutJson(state: SandboxState, cart: Cart, includeShippingOptions: boolean) {
  const t = priced(state, cart);
  const amounts = {
    cart_amount_inc_tax: cents.toNumber(t.subtotal - t.discount + t.tax),
    cart_amount_ex_tax: cents.toNumber(t.subtotal - t.discount),
  };
  return {
    id: cart.id,
    cart: cartFields(state, cart, t, amounts, "is_taxable"),
    billing_address: cart.billing ? addressJson(cart.billing) : {},
    consignments: cart.consignments.map((c) => consignmentJson(c, includeShippingOptions)),
    taxes: t.tax ? [{ name: SANDBOX_TAX.name, amount: cents.toNumber(t.tax) }] : [],
    coupons: t.coupons.map(couponJson),
    fees: [],
    order_id: cart.orderId === null ? null : String(cart.orderId),
    shipping_cost_total_inc_tax: cents.toNumber(t.shipping),
    shipping_cost_total_ex_tax: cents.toNumber(t.shipping),
    handling_cost_total_inc_tax: 0,
    handling_cost_total_ex_tax: 0,
    tax_total: cents.toNumber(t.tax),
    subtotal_inc_tax: cents.toNumber(t.subtotal + t.tax),
    subtotal_ex_tax: cents.toNumber(t.subtotal),
    grand_total: cents.toNumber(t.grandTotal),
    created_time: iso(cart.createdAt),
    updated_time: iso(cart.updatedAt),
    customer_message: cart.customerMessage,
    version: cart.version,
  };
}

const addressInput = z.object({
  first_name: z.string().default(""),
  last_name: z.string().default(""),
  email: z.string().min(1),
  company: z.string().default(""),
  address1: z.string().default(""),
  address2: z.string().default(""),
  city: z.string().default(""),
  state_or_province: z.string().default(""),
  state_or_province_code: z.string().default(""),
  country_code: z.string().min(2).max(2),
  postal_code: z.string().default(""),
  phone: z.string().default(""),
});

const itemsInput = z.array(z.object({ item_id: z.string(), quantity: z.number().int().min(1) }));

const consignmentInput = z
  .object({
    address: addressInput.optional(),
    shipping_address: addressInput.optional(),
    line_items: itemsInput,
  })
  .transform((c, ctx) => {
    const address = c.address ?? c.shipping_address;
    if (!address) {
      ctx.addIssue({ code: "custom", path: ["address"], message: "address is required" });
      return z.NEVER;
    }
    return { address: address as Address, line_items: c.line_items };
  });

const consignmentUpdateInput = z.object({
  address: addressInput.optional(),
  shipping_address: addressInput.optional(),
  line_items: itemsInput.optional(),
  shipping_option_id: z.string().optional(),
});

/** The checkout after a change, with shipping options when the request's `include` asks. */
function checkoutResponse({ state, url }: RouteContext, cart: Cart): Response {
  return v3(checkoutJson(state, cart, includesShippingOptions(url)));
}

/** A checkout write: reads the body, applies `change`, answers the checkout. */
function checkoutWrite(operation: OperationId, change: (ctx: RouteContext, raw: unknown) => Cart) {
  return route(operation, async (ctx) => checkoutResponse(ctx, change(ctx, await ctx.body())));
}

function includesShippingOptions(url: URL): boolean {
  return (url.searchParams.get("include") ?? "")
    .split(",")
    .includes("consignments.available_shipping_options");
}

function setBilling({ state, params }: RouteContext, raw: unknown): Cart {
  const address = parse(addressInput, raw) as Address;
  checkAddress(address);
  return edit(state, params[0], versionOf(raw), (cart) => {
    if (params[1] !== undefined && cart.billing?.id !== params[1]) {
      throw new SandboxError(404, "Billing address not found");
    }
    cart.billing = { ...address, id: cart.billing?.id ?? shortId() };
    cart.email = address.email;
  });
}

/** The checkout routes; createOrder is with the orders. */
export const checkoutRoutes = [
  route("getCheckout", (ctx) => checkoutResponse(ctx, liveCart(ctx.state, ctx.params[0]))),
  checkoutWrite("addCheckoutBillingAddress", setBilling),
  checkoutWrite("updateCheckoutBillingAddress", setBilling),
  checkoutWrite("addCheckoutConsignment", ({ state, params }, raw) => {
    const consignments = parse(z.array(consignmentInput).min(1), raw);
    consignments.forEach((c, i) => checkAddress(c.address, `${i}.address.`));
    const version = Array.isArray(raw) ? versionOf(raw[0]) : undefined;
    return edit(state, params[0], version, (cart) => {
      for (const c of consignments) {
        checkConsignmentItems(state, cart, c.line_items);
        cart.consignments.push({
          id: shortId(),
          address: c.address,
          lineItemIds: c.line_items.map((l) => l.item_id),
          shippingOptionId: null,
        });
      }
    });
  }),
  checkoutWrite("updateCheckoutConsignment", ({ state, params }, raw) => {
    const input = parse(consignmentUpdateInput, raw);
    const moved = input.address ?? input.shipping_address;
    if (moved) checkAddress(moved, "address.");
    return edit(state, params[0], versionOf(raw), (cart) => {
      const consignment = cart.consignments.find((c) => c.id === params[1]);
      if (!consignment) throw new SandboxError(404, "Consignment not found");
      updateConsignment(state, cart, consignment, {
        address: (input.address ?? input.shipping_address) as Address | undefined,
        line_items: input.line_items,
        shipping_option_id: input.shipping_option_id,
      });
    });
  }),
  checkoutWrite("addCheckoutCoupon", ({ state, params }, raw) => {
    const input = parse(z.object({ coupon_code: z.string().min(1).max(50) }), raw);
    return edit(state, params[0], versionOf(raw), (cart) => applyCoupon(cart, input.coupon_code));
  }),
  route("deleteCheckoutCoupon", async (ctx) => {
    const code = decodeURIComponent(ctx.params[1]);
    const version = versionOf(await ctx.body());
    return checkoutResponse(
      ctx,
      edit(ctx.state, ctx.params[0], version, (cart) => removeCoupon(cart, code)),
    );
  }),
  checkoutWrite("updateCheckout", ({ state, params }, raw) => {
    const input = parse(z.object({ customer_message: z.string().max(2000) }), raw);
    return edit(state, params[0], versionOf(raw), (cart) => {
      cart.customerMessage = input.customer_message;
    });
  }),
  route("createCheckoutToken", async ({ state, params, body }) => {
    // Defaults are undocumented (docs/bigcommerce.md §16.2); the sandbox picks the documented examples.
    parse(
      z.object({
        maxUses: z.number().int().min(1).default(1),
        ttl: z.number().int().min(1).max(2_592_000).default(86_400),
      }),
      (await body()) ?? {},
    );
    // The cart is deleted once its order is paid, so no token can be minted after that.
    // BigCommerce validates tokens only on its hosted pages, so the sandbox keeps no record of them.
    liveCart(state, params[0]);
    const checkoutToken = randomHex(32);
    return state.tokenResponseShape === "schema"
      ? json(200, { checkoutToken, meta: {} })
      : json(200, { data: { checkoutToken, meta: {} } });
  }),
];
