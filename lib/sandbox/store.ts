// In-memory state of the sandbox store and the BigCommerce rules it enforces.
// Shapes follow ../shared/bigcommerce/API-NOTES.md (§4, §5, §6, §8, §9, §14).
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import {
  COUNTRY_NAMES,
  SANDBOX_CURRENCY,
  SANDBOX_PAYMENT_METHOD,
  SANDBOX_TAX,
  SEED_COUPONS,
  SEED_PRODUCTS,
  SEED_SHIPPING_OPTIONS,
  TEST_CARDS,
  type SeedProduct,
  type SeedVariant,
} from "./seed";

export interface Address {
  first_name: string;
  last_name: string;
  email: string;
  company: string;
  address1: string;
  address2: string;
  city: string;
  state_or_province: string;
  state_or_province_code: string;
  country_code: string;
  postal_code: string;
  phone: string;
}

interface LineItem {
  id: string;
  productId: number;
  variantId: number;
  quantity: number;
}

interface Consignment {
  id: string;
  address: Address;
  lineItemIds: string[];
  shippingOptionId: string | null;
}

export interface Cart {
  id: string;
  customerId: number;
  channelId: number;
  email: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  lineItems: LineItem[];
  billing: (Address & { id: string }) | null;
  consignments: Consignment[];
  customerMessage: string;
  couponCodes: string[];
  orderId: number | null;
}

interface OrderLine {
  id: number;
  productId: number;
  variantId: number;
  name: string;
  sku: string;
  quantity: number;
  unitCents: number;
  lineTaxCents: number;
  couponCents: number;
  options: { optionId: number; valueId: number; name: string; value: string }[];
}

export interface Order {
  id: number;
  cartId: string;
  customerId: number;
  statusId: number;
  paymentStatus: string;
  paymentMethod: string;
  createdAt: Date;
  modifiedAt: Date;
  billing: Address;
  shipping: Address & { method: string; costCents: number };
  lines: OrderLine[];
  subtotalCents: number;
  discountCents: number;
  couponCents: number;
  couponCodes: string[];
  shippingCents: number;
  taxCents: number;
  customerMessage: string;
  shippingAddressId: number;
  transactions: Transaction[];
}

interface Transaction {
  id: number;
  amountCents: number;
  createdAt: Date;
  card: { brand: string; iin: string; last4: string; expiryMonth: number; expiryYear: number };
}

interface PaymentAccessToken {
  orderId: number;
  expiresAt: number;
  used: boolean;
}

export const ORDER_STATUSES: Record<number, string> = {
  0: "Incomplete",
  1: "Pending",
  2: "Shipped",
  3: "Partially Shipped",
  4: "Refunded",
  5: "Cancelled",
  6: "Declined",
  7: "Awaiting Payment",
  8: "Awaiting Pickup",
  9: "Awaiting Shipment",
  10: "Completed",
  11: "Awaiting Fulfillment",
  12: "Manual Verification Required",
  13: "Disputed",
  14: "Partially Refunded",
};

/** A failure the API layer turns into BigCommerce's error body for that API family. */
export class SandboxError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly code?: number,
    readonly errors?: Record<string, string>,
  ) {
    super(detail ?? title);
  }
}

const cents = {
  toNumber: (c: number) => c / 100,
  /** v2 "Float-As-String" with four decimal places, like "62.6700". */
  toV2: (c: number) => `${Math.trunc(c / 100)}.${String(Math.abs(c) % 100).padStart(2, "0")}00`,
};

function taxOn(amountCents: number): number {
  // Round half up, per line, like BigCommerce's basic tax provider.
  return Math.floor((amountCents * SANDBOX_TAX.basisPoints + 5000) / 10000);
}

function hex(bytes: number): string {
  return randomBytes(bytes).toString("hex");
}

function iso(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "+00:00");
}

/** RFC-2822, as v2 orders print dates: "Tue, 05 Mar 2019 21:40:11 +0000". */
function rfc2822(d: Date): string {
  return d.toUTCString().replace("GMT", "+0000");
}

const CART_LIFETIME_MS = 30 * 24 * 3600 * 1000;

export interface SandboxStoreOptions {
  storeHash: string;
  /** Base for absolute image URLs; "" keeps them relative to the app (served from public/). */
  imageBaseUrl: string;
  now?: () => number;
}

export class SandboxStore {
  readonly carts = new Map<string, Cart>();
  readonly orders = new Map<number, Order>();
  private readonly pats = new Map<string, PaymentAccessToken>();
  private nextOrderId = 100;
  private nextOrderLineId = 1;
  private readonly patSecret = randomBytes(32);
  private readonly now: () => number;
  /** Public so the HTTP door can point image URLs at itself once it knows its port. */
  imageBaseUrl: string;

  constructor(private readonly options: SandboxStoreOptions) {
    this.now = options.now ?? Date.now;
    this.imageBaseUrl = options.imageBaseUrl;
  }

  // ---------- catalog ----------

  productJson(p: SeedProduct, include: Set<string>) {
    // Every product has a base variant; with options it is the first combination.
    const base = p.variants[0];
    const inventory = p.variants.reduce((n, v) => n + v.inventory, 0);
    const json: Record<string, unknown> = {
      id: p.id,
      name: p.name,
      type: "physical",
      sku: p.sku,
      description: `<p>${p.description}</p>`,
      price: cents.toNumber(p.priceCents),
      sale_price: 0,
      calculated_price: cents.toNumber(p.priceCents),
      inventory_level: inventory,
      inventory_tracking: p.options.length ? "variant" : "product",
      is_visible: true,
      availability: "available",
      custom_url: { url: `/${p.slug}/`, is_customized: false },
      base_variant_id: base.id,
    };
    if (include.has("images")) json.images = [this.imageJson(p)];
    if (include.has("variants")) json.variants = p.variants.map((v) => this.variantJson(p, v));
    if (include.has("options")) {
      json.options = p.options.map((o, i) => ({
        id: o.id,
        product_id: p.id,
        display_name: o.displayName,
        type: "rectangles",
        sort_order: i,
        option_values: o.values.map((v, j) => ({
          id: v.id,
          label: v.label,
          sort_order: j,
          is_default: false,
          value_data: null,
        })),
      }));
    }
    return json;
  }

  private imageUrl(p: SeedProduct): string {
    return `${this.imageBaseUrl}/sandbox/products/${p.image}`;
  }

  private imageJson(p: SeedProduct) {
    const url = this.imageUrl(p);
    return {
      id: p.id * 10,
      product_id: p.id,
      is_thumbnail: true,
      sort_order: 0,
      description: p.imageAlt,
      image_url: url,
      url_zoom: url,
      url_standard: url,
      url_thumbnail: url,
      url_tiny: url,
      date_modified: "2026-01-01T00:00:00+00:00",
    };
  }

  private variantJson(p: SeedProduct, v: SeedVariant) {
    return {
      id: v.id,
      product_id: p.id,
      sku: v.sku,
      price: cents.toNumber(p.priceCents),
      calculated_price: cents.toNumber(p.priceCents),
      inventory_level: v.inventory,
      purchasing_disabled: false,
      purchasing_disabled_message: "",
      image_url: this.imageUrl(p),
      option_values: v.optionValueIds.map((valueId) => {
        const { option, value } = optionValue(p, valueId);
        return {
          id: value.id,
          label: value.label,
          option_id: option.id,
          option_display_name: option.displayName,
        };
      }),
    };
  }

  // ---------- carts ----------

  private liveCart(cartId: string): Cart {
    const cart = this.carts.get(cartId);
    if (!cart || this.now() - cart.updatedAt.getTime() > CART_LIFETIME_MS) {
      throw new SandboxError(404, "Cart not found", "The requested cart could not be found.");
    }
    return cart;
  }

  private touch(cart: Cart) {
    cart.version += 1;
    cart.updatedAt = new Date(this.now());
  }

  private checkVersion(cart: Cart, version: unknown) {
    if (version !== undefined && version !== cart.version) {
      throw new SandboxError(409, "Cart conflict");
    }
  }

  private resolveVariant(item: { product_id: number; variant_id?: number }): {
    product: SeedProduct;
    variant: SeedVariant;
  } {
    const product = SEED_PRODUCTS.find((p) => p.id === item.product_id);
    if (!product) {
      throw new SandboxError(422, "Invalid input", `Product ${item.product_id} does not exist.`);
    }
    if (item.variant_id === undefined) {
      if (product.options.length) {
        throw new SandboxError(422, "This product has options; variant ID is required");
      }
      return { product, variant: product.variants[0] };
    }
    const variant = product.variants.find((v) => v.id === item.variant_id);
    if (!variant) {
      throw new SandboxError(
        422,
        "Invalid input",
        `Variant ${item.variant_id} does not belong to product ${product.id}.`,
      );
    }
    return { product, variant };
  }

  private addItems(
    cart: Cart,
    items: { product_id: number; variant_id?: number; quantity: number }[],
  ) {
    for (const item of items) {
      const { product, variant } = this.resolveVariant(item);
      const existing = cart.lineItems.find((l) => l.variantId === variant.id);
      const quantity = (existing?.quantity ?? 0) + item.quantity;
      if (quantity > variant.inventory) {
        // BigCommerce answers quantity limits with 409 (API-NOTES §4.1).
        throw new SandboxError(
          409,
          `You can only purchase a maximum of ${variant.inventory} of the ${product.name} per order.`,
          undefined,
        );
      }
      if (existing) existing.quantity = quantity;
      else
        cart.lineItems.push({
          id: randomUUID(),
          productId: product.id,
          variantId: variant.id,
          quantity,
        });
    }
  }

  createCart(body: {
    customer_id?: number;
    channel_id?: number;
    line_items: { product_id: number; variant_id?: number; quantity: number }[];
  }): Cart {
    if (!body.line_items.length) throw new SandboxError(422, "Missing line_items in request body");
    const now = new Date(this.now());
    const cart: Cart = {
      id: randomUUID(),
      customerId: body.customer_id ?? 0,
      channelId: body.channel_id ?? 1,
      email: "",
      version: 1,
      createdAt: now,
      updatedAt: now,
      lineItems: [],
      billing: null,
      consignments: [],
      customerMessage: "",
      couponCodes: [],
      orderId: null,
    };
    this.addItems(cart, body.line_items);
    this.carts.set(cart.id, cart);
    return cart;
  }

  setCartCustomer(cartId: string, customerId: number): Cart {
    const cart = this.liveCart(cartId);
    cart.customerId = customerId;
    this.touch(cart);
    return cart;
  }

  getCart(cartId: string): Cart {
    return this.liveCart(cartId);
  }

  addCartItems(
    cartId: string,
    items: { product_id: number; variant_id?: number; quantity: number }[],
  ): Cart {
    const cart = this.liveCart(cartId);
    if (!items.length) throw new SandboxError(422, "Missing line_items in request body");
    this.addItems(cart, items);
    this.touch(cart);
    return cart;
  }

  updateCartItem(cartId: string, itemId: string, quantity: number): Cart {
    const cart = this.liveCart(cartId);
    const line = cart.lineItems.find((l) => l.id === itemId);
    if (!line) throw new SandboxError(404, "Line item not found");
    const { product, variant } = this.resolveVariant({
      product_id: line.productId,
      variant_id: line.variantId,
    });
    if (quantity > variant.inventory) {
      throw new SandboxError(
        409,
        `You can only purchase a maximum of ${variant.inventory} of the ${product.name} per order.`,
        undefined,
      );
    }
    line.quantity = quantity;
    this.dropStaleConsignments(cart);
    this.touch(cart);
    return cart;
  }

  /** Returns null when the last item went and BigCommerce deletes the cart (204). */
  deleteCartItem(cartId: string, itemId: string): Cart | null {
    const cart = this.liveCart(cartId);
    const before = cart.lineItems.length;
    cart.lineItems = cart.lineItems.filter((l) => l.id !== itemId);
    if (cart.lineItems.length === before) throw new SandboxError(404, "Line item not found");
    if (!cart.lineItems.length) {
      this.carts.delete(cart.id);
      return null;
    }
    this.dropStaleConsignments(cart);
    this.touch(cart);
    return cart;
  }

  private dropStaleConsignments(cart: Cart) {
    // A changed cart no longer matches the consignments' quantities; BigCommerce asks for them again.
    cart.consignments = [];
  }

  // ---------- totals ----------

  private priced(cart: Cart) {
    const coupons = cart.couponCodes.map((code) => SEED_COUPONS.find((c) => c.code === code)!);
    const lines = cart.lineItems.map((l) => {
      const { product, variant } = this.resolveVariant({
        product_id: l.productId,
        variant_id: l.variantId,
      });
      const extended = product.priceCents * l.quantity;
      // Percentage coupons come off each line (half up), and tax is on what remains.
      const couponCents = coupons.reduce(
        (n, c) => n + Math.floor((extended * c.percent + 50) / 100),
        0,
      );
      return {
        line: l,
        product,
        variant,
        extended,
        couponCents,
        tax: taxOn(extended - couponCents),
      };
    });
    const subtotal = lines.reduce((n, l) => n + l.extended, 0);
    const couponTotal = lines.reduce((n, l) => n + l.couponCents, 0);
    const couponsApplied = coupons.map((c) => ({
      ...c,
      discountedCents: lines.reduce(
        (n, l) => n + Math.floor((l.extended * c.percent + 50) / 100),
        0,
      ),
    }));
    const discount = couponTotal;
    const shipping = cart.consignments.reduce((n, c) => {
      const option = SEED_SHIPPING_OPTIONS.find((o) => o.id === c.shippingOptionId);
      return n + (option?.costCents ?? 0);
    }, 0);
    const tax = lines.reduce((n, l) => n + l.tax, 0);
    return {
      lines,
      subtotal,
      coupons: couponsApplied,
      discount,
      shipping,
      tax,
      grandTotal: subtotal - discount + shipping + tax,
    };
  }

  cartJson(cart: Cart) {
    const t = this.priced(cart);
    return {
      id: cart.id,
      customer_id: cart.customerId,
      channel_id: cart.channelId,
      email: cart.email,
      currency: { code: SANDBOX_CURRENCY },
      tax_included: false,
      base_amount: cents.toNumber(t.subtotal),
      discount_amount: 0,
      manual_discount_amount: 0,
      cart_amount: cents.toNumber(t.subtotal - t.discount),
      coupons: t.coupons.map(couponJson),
      discounts: [],
      line_items: {
        physical_items: t.lines.map((l) => ({ ...this.lineItemJson(l), taxable: true })),
        digital_items: [],
        gift_certificates: [],
        custom_items: [],
      },
      created_time: iso(cart.createdAt),
      updated_time: iso(cart.updatedAt),
      locale: "en",
      version: cart.version,
    };
  }

  private lineItemJson(l: ReturnType<SandboxStore["priced"]>["lines"][number]) {
    const unit = cents.toNumber(l.product.priceCents);
    return {
      id: l.line.id,
      parent_id: null,
      variant_id: l.variant.id,
      product_id: l.product.id,
      sku: l.variant.sku,
      name: l.product.name,
      url: `/${l.product.slug}/`,
      quantity: l.line.quantity,
      image_url: this.imageUrl(l.product),
      discounts: [],
      coupons: [],
      discount_amount: 0,
      coupon_amount: cents.toNumber(l.couponCents),
      original_price: unit,
      list_price: unit,
      sale_price: unit,
      extended_list_price: cents.toNumber(l.extended),
      extended_sale_price: cents.toNumber(l.extended),
      is_require_shipping: true,
      is_mutable: true,
      gift_wrapping: null,
      options: l.variant.optionValueIds.map((valueId) => {
        const { option, value } = optionValue(l.product, valueId);
        return {
          name: option.displayName,
          nameId: option.id,
          value: value.label,
          valueId: value.id,
        };
      }),
    };
  }

  // ---------- checkouts ----------

  checkoutJson(cart: Cart, includeShippingOptions: boolean) {
    const t = this.priced(cart);
    const addressJson = (a: Address) => ({
      ...a,
      state_or_province: a.state_or_province,
      country: COUNTRY_NAMES[a.country_code] ?? a.country_code,
      custom_fields: [],
    });
    return {
      id: cart.id,
      cart: {
        id: cart.id,
        customer_id: cart.customerId,
        channel_id: cart.channelId,
        email: cart.email,
        currency: { code: SANDBOX_CURRENCY },
        tax_included: false,
        base_amount: cents.toNumber(t.subtotal),
        discount_amount: 0,
        cart_amount_inc_tax: cents.toNumber(t.subtotal - t.discount + t.tax),
        cart_amount_ex_tax: cents.toNumber(t.subtotal - t.discount),
        coupons: t.coupons.map(couponJson),
        discounts: [],
        line_items: {
          physical_items: t.lines.map((l) => ({ ...this.lineItemJson(l), is_taxable: true })),
          digital_items: [],
          gift_certificates: [],
          custom_items: [],
        },
        created_time: iso(cart.createdAt),
        updated_time: iso(cart.updatedAt),
      },
      billing_address: cart.billing ? addressJson(cart.billing) : {},
      consignments: cart.consignments.map((c) => {
        const selected = SEED_SHIPPING_OPTIONS.find((o) => o.id === c.shippingOptionId);
        const cost = cents.toNumber(selected?.costCents ?? 0);
        return {
          id: c.id,
          address: { ...addressJson(c.address), id: c.id },
          shipping_address: addressJson(c.address),
          ...(includeShippingOptions
            ? { available_shipping_options: this.shippingOptionsFor(c.address) }
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
      }),
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

  private shippingOptionsFor(address: Address) {
    return address.country_code ? SEED_SHIPPING_OPTIONS.map(shippingOptionJson) : [];
  }

  setBillingAddress(cartId: string, address: Address, version: unknown, addressId?: string): Cart {
    const cart = this.liveCart(cartId);
    this.checkVersion(cart, version);
    if (addressId !== undefined && cart.billing?.id !== addressId) {
      throw new SandboxError(404, "Billing address not found");
    }
    cart.billing = { ...address, id: cart.billing?.id ?? hex(7).slice(0, 13) };
    cart.email = address.email;
    this.touch(cart);
    return cart;
  }

  addConsignments(
    cartId: string,
    consignments: { address: Address; line_items: { item_id: string; quantity: number }[] }[],
    version: unknown,
  ): Cart {
    const cart = this.liveCart(cartId);
    this.checkVersion(cart, version);
    for (const c of consignments) {
      this.checkConsignmentItems(cart, c.line_items);
      cart.consignments.push({
        id: hex(7).slice(0, 13),
        address: c.address,
        lineItemIds: c.line_items.map((l) => l.item_id),
        shippingOptionId: null,
      });
    }
    this.touch(cart);
    return cart;
  }

  private checkConsignmentItems(cart: Cart, items: { item_id: string; quantity: number }[]) {
    for (const item of items) {
      const line = cart.lineItems.find((l) => l.id === item.item_id);
      if (!line)
        throw new SandboxError(
          422,
          "Invalid input",
          `Line item ${item.item_id} is not in the cart.`,
        );
      if (item.quantity > line.quantity) {
        throw new SandboxError(
          422,
          "Invalid input",
          `Quantity for line item ${item.item_id} exceeds the cart.`,
        );
      }
    }
  }

  updateConsignment(
    cartId: string,
    consignmentId: string,
    update: {
      address?: Address;
      line_items?: { item_id: string; quantity: number }[];
      shipping_option_id?: string;
    },
    version: unknown,
  ): Cart {
    const cart = this.liveCart(cartId);
    this.checkVersion(cart, version);
    const consignment = cart.consignments.find((c) => c.id === consignmentId);
    if (!consignment) throw new SandboxError(404, "Consignment not found");
    const changesAddress = update.address !== undefined || update.line_items !== undefined;
    if (changesAddress && update.shipping_option_id !== undefined) {
      throw new SandboxError(
        422,
        "Invalid input",
        "You must choose one type of consignment update: address and line items, or the shipping option.",
      );
    }
    if (update.shipping_option_id !== undefined) {
      const available = this.shippingOptionsFor(consignment.address);
      if (!available.some((o) => o.id === update.shipping_option_id)) {
        throw new SandboxError(
          422,
          "Invalid input",
          "The shipping option is not available for this address.",
        );
      }
      consignment.shippingOptionId = update.shipping_option_id;
    } else {
      if (update.line_items) {
        this.checkConsignmentItems(cart, update.line_items);
        consignment.lineItemIds = update.line_items.map((l) => l.item_id);
      }
      if (update.address) consignment.address = update.address;
      consignment.shippingOptionId = null;
    }
    this.touch(cart);
    return cart;
  }

  applyCoupon(cartId: string, code: string, version: unknown): Cart {
    const cart = this.liveCart(cartId);
    this.checkVersion(cart, version);
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
    this.touch(cart);
    return cart;
  }

  removeCoupon(cartId: string, code: string, version: unknown): Cart {
    const cart = this.liveCart(cartId);
    this.checkVersion(cart, version);
    const before = cart.couponCodes.length;
    cart.couponCodes = cart.couponCodes.filter((c) => c.toLowerCase() !== code.toLowerCase());
    if (cart.couponCodes.length === before) throw new SandboxError(404, "Coupon not found");
    this.touch(cart);
    return cart;
  }

  setCustomerMessage(cartId: string, message: string, version: unknown): Cart {
    const cart = this.liveCart(cartId);
    this.checkVersion(cart, version);
    cart.customerMessage = message;
    this.touch(cart);
    return cart;
  }

  // ---------- checkout token ----------

  /** BigCommerce validates these only on its hosted pages, so the sandbox keeps no record of them. */
  createCheckoutToken(cartId: string): string {
    // The cart is deleted once its order is paid, so no token can be minted after that.
    this.liveCart(cartId);
    return hex(32);
  }

  // ---------- orders ----------

  createOrder(cartId: string): Order {
    const cart = this.liveCart(cartId);
    const billing = cart.billing;
    if (!billing || !billing.email || !billing.country_code) {
      throw new SandboxError(
        422,
        "Invalid input",
        "The billing address for this order is incomplete.",
      );
    }
    const consignment = cart.consignments[0];
    const covered = new Set(cart.consignments.flatMap((c) => c.lineItemIds));
    if (!consignment || cart.lineItems.some((l) => !covered.has(l.id))) {
      throw new SandboxError(
        422,
        "Invalid input",
        "A shipping address for this order is incomplete.",
      );
    }
    const a = consignment.address;
    if (!a.first_name || !a.last_name || !a.address1 || !a.city || !a.email || !a.country_code) {
      throw new SandboxError(
        422,
        "Invalid input",
        "A shipping address for this order is incomplete.",
      );
    }
    const option = SEED_SHIPPING_OPTIONS.find((o) => o.id === consignment.shippingOptionId);
    if (!option) {
      throw new SandboxError(
        422,
        "Invalid input",
        "A shipping option has not been selected for every consignment.",
      );
    }
    const t = this.priced(cart);
    const now = new Date(this.now());
    const order: Order = {
      id: this.nextOrderId++,
      cartId: cart.id,
      customerId: cart.customerId,
      statusId: 0,
      paymentStatus: "",
      paymentMethod: "",
      createdAt: now,
      modifiedAt: now,
      billing: { ...billing },
      shipping: { ...a, method: option.description, costCents: option.costCents },
      lines: t.lines.map((l) => ({
        id: this.nextOrderLineId++,
        productId: l.product.id,
        variantId: l.variant.id,
        name: l.product.name,
        sku: l.variant.sku,
        quantity: l.line.quantity,
        unitCents: l.product.priceCents,
        lineTaxCents: l.tax,
        couponCents: l.couponCents,
        options: l.variant.optionValueIds.map((valueId) => {
          const { option: o, value } = optionValue(l.product, valueId);
          return { optionId: o.id, valueId: value.id, name: o.displayName, value: value.label };
        }),
      })),
      subtotalCents: t.subtotal,
      discountCents: 0,
      couponCents: t.discount,
      couponCodes: [...cart.couponCodes],
      shippingCents: t.shipping,
      taxCents: t.tax,
      customerMessage: cart.customerMessage,
      shippingAddressId: this.nextOrderLineId++,
      transactions: [],
    };
    this.orders.set(order.id, order);
    cart.orderId = order.id;
    return order;
  }

  getOrder(orderId: number): Order {
    const order = this.orders.get(orderId);
    if (!order) throw new SandboxError(404, "The requested resource was not found.");
    return order;
  }

  orderJson(o: Order) {
    const totalEx = o.subtotalCents - o.discountCents - o.couponCents + o.shippingCents;
    const totalInc = totalEx + o.taxCents;
    const link = (resource: string) => ({
      url: `https://api.bigcommerce.com/stores/${this.options.storeHash}/v2${resource}`,
      resource,
    });
    return {
      id: o.id,
      customer_id: o.customerId,
      date_created: rfc2822(o.createdAt),
      date_modified: rfc2822(o.modifiedAt),
      date_shipped: "",
      status_id: o.statusId,
      status: ORDER_STATUSES[o.statusId],
      custom_status: ORDER_STATUSES[o.statusId],
      subtotal_ex_tax: cents.toV2(o.subtotalCents),
      subtotal_inc_tax: cents.toV2(o.subtotalCents + o.taxCents),
      subtotal_tax: cents.toV2(o.taxCents),
      base_shipping_cost: cents.toV2(o.shippingCents),
      shipping_cost_ex_tax: cents.toV2(o.shippingCents),
      shipping_cost_inc_tax: cents.toV2(o.shippingCents),
      shipping_cost_tax: cents.toV2(0),
      shipping_cost_tax_class_id: 0,
      base_handling_cost: cents.toV2(0),
      handling_cost_ex_tax: cents.toV2(0),
      handling_cost_inc_tax: cents.toV2(0),
      handling_cost_tax: cents.toV2(0),
      handling_cost_tax_class_id: 0,
      base_wrapping_cost: cents.toV2(0),
      wrapping_cost_ex_tax: cents.toV2(0),
      wrapping_cost_inc_tax: cents.toV2(0),
      wrapping_cost_tax: cents.toV2(0),
      wrapping_cost_tax_class_id: 0,
      total_ex_tax: cents.toV2(totalEx),
      total_inc_tax: cents.toV2(totalInc),
      total_tax: cents.toV2(o.taxCents),
      items_total: o.lines.reduce((n, l) => n + l.quantity, 0),
      items_shipped: 0,
      payment_method: o.paymentMethod,
      payment_provider_id: "",
      payment_status: o.paymentStatus,
      refunded_amount: cents.toV2(0),
      order_is_digital: false,
      store_credit_amount: cents.toV2(0),
      gift_certificate_amount: cents.toV2(0),
      ip_address: "",
      geoip_country: "",
      geoip_country_iso2: "",
      currency_id: 1,
      currency_code: SANDBOX_CURRENCY,
      currency_exchange_rate: "1.0000000000",
      default_currency_id: 1,
      default_currency_code: SANDBOX_CURRENCY,
      store_default_currency_code: SANDBOX_CURRENCY,
      store_default_to_transactional_exchange_rate: "1.0000000000",
      staff_notes: "",
      customer_message: o.customerMessage,
      discount_amount: cents.toV2(o.discountCents),
      coupon_discount: cents.toV2(o.couponCents),
      shipping_address_count: 1,
      is_deleted: false,
      ebay_order_id: "0",
      cart_id: o.cartId,
      billing_address: v2Address(o.billing),
      is_email_opt_in: false,
      credit_card_type: null,
      order_source: "checkout_api",
      channel_id: 1,
      external_source: "",
      products: link(`/orders/${o.id}/products`),
      shipping_addresses: link(`/orders/${o.id}/shippingaddresses`),
      coupons: link(`/orders/${o.id}/coupons`),
      external_id: null,
      external_merchant_id: null,
      tax_provider_id: "BasicTaxProvider",
      customer_locale: "en",
      external_order_id: "",
      is_tax_inclusive_pricing: false,
    };
  }

  orderProductsJson(o: Order) {
    return o.lines.map((l) => {
      const unitTax = Math.round(l.lineTaxCents / l.quantity);
      return {
        id: l.id,
        order_id: o.id,
        product_id: l.productId,
        variant_id: l.variantId,
        order_address_id: o.shippingAddressId,
        name: l.name,
        name_customer: l.name,
        name_merchant: l.name,
        sku: l.sku,
        upc: "",
        type: "physical",
        base_price: cents.toV2(l.unitCents),
        price_ex_tax: cents.toV2(l.unitCents),
        price_inc_tax: cents.toV2(l.unitCents + unitTax),
        price_tax: cents.toV2(unitTax),
        base_total: cents.toV2(l.unitCents * l.quantity),
        total_ex_tax: cents.toV2(l.unitCents * l.quantity),
        total_inc_tax: cents.toV2(l.unitCents * l.quantity + l.lineTaxCents),
        total_tax: cents.toV2(l.lineTaxCents),
        weight: "1.0000",
        quantity: l.quantity,
        quantity_shipped: 0,
        is_refunded: false,
        quantity_refunded: 0,
        refund_amount: cents.toV2(0),
        parent_order_product_id: null,
        is_bundled_product: false,
        brand: "",
        applied_discounts: l.couponCents
          ? o.couponCodes.map((code) => ({
              id: "coupon",
              amount: cents.toV2(l.couponCents),
              name: "Coupon",
              code,
              target: "order",
            }))
          : [],
        product_options: l.options.map((opt, i) => ({
          id: l.id * 10 + i,
          option_id: opt.optionId,
          order_product_id: l.id,
          product_option_id: opt.optionId,
          display_name: opt.name,
          display_name_customer: opt.name,
          display_name_merchant: opt.name,
          display_value: opt.value,
          display_value_customer: opt.value,
          display_value_merchant: opt.value,
          value: String(opt.valueId),
          type: "Multiple choice",
          name: opt.name,
          display_style: "Rectangle",
        })),
        configurable_fields: [],
        gift_certificate_id: null,
        discounted_total_inc_tax: cents.toV2(
          l.unitCents * l.quantity - l.couponCents + l.lineTaxCents,
        ),
      };
    });
  }

  /** v3 order transactions (API-NOTES §9.6): order_id is a string there. */
  orderTransactionsJson(o: Order) {
    return o.transactions.map((t) => ({
      id: t.id,
      order_id: String(o.id),
      event: "purchase",
      method: "credit_card",
      amount: cents.toNumber(t.amountCents),
      currency: SANDBOX_CURRENCY,
      gateway: "sandbox",
      gateway_transaction_id: `sbx_${t.id}`,
      test: true,
      status: "ok",
      fraud_review: false,
      reference_transaction_id: null,
      payment_method_id: SANDBOX_PAYMENT_METHOD.id,
      date_created: iso(t.createdAt),
      credit_card: {
        card_type: t.card.brand,
        card_iin: t.card.iin,
        card_last4: t.card.last4,
        card_expiry_month: t.card.expiryMonth,
        card_expiry_year: t.card.expiryYear,
      },
    }));
  }

  orderCouponsJson(o: Order) {
    return o.couponCodes.map((code, i) => {
      const coupon = SEED_COUPONS.find((c) => c.code === code)!;
      return {
        id: o.id * 10 + i,
        coupon_id: coupon.id,
        order_id: o.id,
        code: coupon.code,
        amount: String(coupon.percent),
        type: coupon.typeId,
        discount: cents.toNumber(o.couponCents),
      };
    });
  }

  orderShippingAddressesJson(o: Order) {
    const s = o.shipping;
    return [
      {
        id: o.shippingAddressId,
        order_id: o.id,
        ...v2Address(s),
        items_total: o.lines.reduce((n, l) => n + l.quantity, 0),
        items_shipped: 0,
        shipping_method: s.method,
        base_cost: cents.toV2(s.costCents),
        cost_ex_tax: cents.toV2(s.costCents),
        cost_inc_tax: cents.toV2(s.costCents),
        cost_tax: cents.toV2(0),
        cost_tax_class_id: 2,
        base_handling_cost: cents.toV2(0),
        handling_cost_ex_tax: cents.toV2(0),
        handling_cost_inc_tax: cents.toV2(0),
        handling_cost_tax: cents.toV2(0),
        handling_cost_tax_class_id: 2,
        shipping_zone_id: 1,
        shipping_zone_name: "Everywhere",
        shipping_quotes: {
          url: `https://api.bigcommerce.com/stores/${this.options.storeHash}/v2/orders/${o.id}/shippingaddresses/${o.shippingAddressId}/shippingquotes`,
          resource: `/orders/${o.id}/shippingaddresses/${o.shippingAddressId}/shippingquotes`,
        },
      },
    ];
  }

  // ---------- payments ----------

  paymentMethodsJson() {
    return [
      {
        id: SANDBOX_PAYMENT_METHOD.id,
        name: SANDBOX_PAYMENT_METHOD.name,
        test_mode: true,
        type: "card",
        supported_instruments: [
          { instrument_type: "VISA", verification_value_required: true },
          { instrument_type: "MASTERCARD", verification_value_required: true },
        ],
        stored_instruments: [],
      },
    ];
  }

  getOrderForPayments(orderId: number): Order {
    const order = this.orders.get(orderId);
    if (!order) throw new SandboxError(404, "Order could not be found.", undefined, 30003);
    return order;
  }

  createPaymentAccessToken(orderId: number): string {
    const order = this.getOrderForPayments(orderId);
    if (order.statusId !== 0) throw new SandboxError(422, "Order is invalid.", undefined, 30101);
    const nowSeconds = Math.floor(this.now() / 1000);
    const jti = randomUUID();
    const totalInc =
      order.subtotalCents -
      order.discountCents -
      order.couponCents +
      order.shippingCents +
      order.taxCents;
    const b64 = (v: object | Buffer) =>
      (Buffer.isBuffer(v) ? v : Buffer.from(JSON.stringify(v))).toString("base64url");
    const head = b64({ alg: "HS256", typ: "JWT" });
    const payload = b64({
      exp: nowSeconds + 3600,
      nbf: nowSeconds,
      iat: nowSeconds,
      iss: "payments.bigcommerce.com",
      sub: this.options.storeHash,
      jti,
      data: {
        store_id: "1",
        order_id: String(order.id),
        amount: totalInc,
        currency: SANDBOX_CURRENCY,
      },
    });
    const signature = b64(
      createHmac("sha256", this.patSecret).update(`${head}.${payload}`).digest(),
    );
    this.pats.set(jti, { orderId: order.id, expiresAt: (nowSeconds + 3600) * 1000, used: false });
    return `${head}.${payload}.${signature}`;
  }

  /** Verifies a PAT's signature and expiry; returns its record. */
  private checkPat(pat: string): PaymentAccessToken {
    const [head, payload, signature] = pat.split(".");
    const expected = createHmac("sha256", this.patSecret)
      .update(`${head}.${payload}`)
      .digest("base64url");
    if (!payload || signature !== expected)
      throw new SandboxError(401, "Unauthorized", "Invalid payment access token.");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as { jti: string };
    const record = this.pats.get(claims.jti);
    if (!record || record.expiresAt < this.now()) {
      throw new SandboxError(401, "Unauthorized", "The payment access token has expired.");
    }
    return record;
  }

  processPayment(
    pat: string,
    payment: {
      payment_method_id: string;
      instrument: {
        type: string;
        number?: string;
        cardholder_name?: string;
        expiry_month?: number;
        expiry_year?: number;
        verification_value?: string;
      };
    },
  ) {
    const record = this.checkPat(pat);
    if (record.used)
      throw new SandboxError(422, "Payment access token has already been used.", undefined, 10001);
    const order = this.orders.get(record.orderId);
    if (!order) throw new SandboxError(422, "Order could not be found.", undefined, 30003);
    if (order.statusId !== 0) {
      throw new SandboxError(
        422,
        "This is a duplicate transaction. Please contact us to confirm your order. Do not try to pay again.",
        undefined,
        30105,
      );
    }
    if (payment.payment_method_id !== SANDBOX_PAYMENT_METHOD.id) {
      throw new SandboxError(
        422,
        "Merchant payment configuration could not be found.",
        undefined,
        30000,
      );
    }
    const card = payment.instrument;
    if (card.type !== "card" || !card.number || !card.expiry_month || !card.expiry_year) {
      throw new SandboxError(
        422,
        "Unable to process the payment because invalid data was supplied with the transaction.",
        undefined,
        10001,
      );
    }
    record.used = true;
    const now = new Date(this.now());
    const expired =
      card.expiry_year < now.getUTCFullYear() ||
      (card.expiry_year === now.getUTCFullYear() && card.expiry_month < now.getUTCMonth() + 1);
    const number = card.number.replace(/\D/g, "");
    if (expired)
      throw new SandboxError(
        422,
        "Your card has expired. Please try again with a valid card.",
        undefined,
        30103,
      );
    if (number === TEST_CARDS.declined) {
      throw new SandboxError(
        422,
        "There was a problem processing your card. Please contact your card issuer.",
        undefined,
        30104,
      );
    }
    if (number === TEST_CARDS.insufficientFunds) {
      throw new SandboxError(
        422,
        "The payment was declined due to insufficient funds.",
        undefined,
        30106,
      );
    }
    if (number !== TEST_CARDS.success) {
      throw new SandboxError(
        422,
        "Your card details could not be verified. Please double check them and try again.",
        undefined,
        30102,
      );
    }
    order.statusId = 11;
    order.paymentStatus = "captured";
    order.paymentMethod = "Credit Card";
    order.modifiedAt = now;
    order.transactions.push({
      id: this.nextOrderLineId++,
      amountCents:
        order.subtotalCents -
        order.discountCents -
        order.couponCents +
        order.shippingCents +
        order.taxCents,
      createdAt: now,
      card: {
        brand: number.startsWith("4") ? "visa" : "mastercard",
        iin: number.slice(0, 6),
        last4: number.slice(-4),
        expiryMonth: card.expiry_month,
        expiryYear: card.expiry_year,
      },
    });
    // "Once the order is paid, the cart is deleted."
    this.carts.delete(order.cartId);
    return { id: randomUUID(), status: "success", transaction_type: "purchase" };
  }

  // ---------- lookups used by v2 list filters ----------

  listOrders(filter: { cartId?: string; customerId?: number; email?: string }): Order[] {
    return [...this.orders.values()]
      .filter((o) => filter.cartId === undefined || o.cartId === filter.cartId)
      .filter(
        (o) =>
          filter.email === undefined ||
          o.billing.email.toLowerCase() === filter.email.toLowerCase(),
      )
      .filter((o) => filter.customerId === undefined || o.customerId === filter.customerId)
      .sort((a, b) => a.id - b.id);
  }
}

function optionValue(p: SeedProduct, valueId: number) {
  for (const option of p.options) {
    const value = option.values.find((v) => v.id === valueId);
    if (value) return { option, value };
  }
  throw new Error(`Seed data: option value ${valueId} not on product ${p.id}`);
}

function couponJson(c: (typeof SEED_COUPONS)[number] & { discountedCents: number }) {
  return {
    id: c.id,
    code: c.code,
    coupon_type: c.type,
    display_name: c.displayName,
    discounted_amount: cents.toNumber(c.discountedCents),
  };
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

function v2Address(a: Address) {
  return {
    first_name: a.first_name,
    last_name: a.last_name,
    company: a.company,
    street_1: a.address1,
    street_2: a.address2,
    city: a.city,
    state: a.state_or_province,
    zip: a.postal_code,
    country: COUNTRY_NAMES[a.country_code] ?? a.country_code,
    country_iso2: a.country_code,
    phone: a.phone,
    email: a.email,
    form_fields: [],
  };
}
