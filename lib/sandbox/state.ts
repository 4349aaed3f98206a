// The sandbox store's in-memory state, shared by every resource module. Carts keep money in
// integer cents; orders keep v2 decimal strings in their own currency (./money.ts).
import { randomBytes } from "node:crypto";
import type { CartCustomItem, CartGiftCertificate } from "./cart-items";
import { createEmbeddedState, type EmbeddedCheckoutState } from "./embedded-checkout/state";
import { SEED_CUSTOMERS, SEED_PRODUCTS, type SeedProduct } from "./seed";

/** A v3 checkout address as the client sends it (billing address or consignment address). */
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

/** One cart line: a variant (every product has at least its base variant) and its quantity. */
interface LineItem {
  id: string;
  productId: number;
  variantId: number;
  quantity: number;
}

/** A checkout consignment: where some line items ship and, once chosen, how. */
export interface Consignment {
  id: string;
  address: Address;
  lineItemIds: string[];
  shippingOptionId: string | null;
}

/** A cart, which is also its checkout (same id), as BigCommerce keeps them. */
export interface Cart {
  id: string;
  customerId: number;
  channelId: number;
  email: string;
  /** Incremented on every change; a checkout write may name it to detect conflicts (409). */
  version: number;
  createdAt: Date;
  updatedAt: Date;
  lineItems: LineItem[];
  giftCertificates: CartGiftCertificate[];
  customItems: CartCustomItem[];
  billing: (Address & { id: string }) | null;
  consignments: Consignment[];
  customerMessage: string;
  couponCodes: string[];
  /** The order created from this checkout, if any. */
  orderId: number | null;
}

/** An address as v2 orders write it (billing address, shipping address): BigCommerce's field names. */
export interface OrderAddress {
  first_name: string;
  last_name: string;
  company: string;
  street_1: string;
  street_2: string;
  city: string;
  state: string;
  zip: string;
  /** The country's English name ("United States"). */
  country: string;
  /** ISO 3166-1 alpha-2 ("US"). */
  country_iso2: string;
  phone: string;
  email: string;
}

/**
 * One of an order's shipping addresses (a shipping consignment): where some lines go, by which
 * method, at what cost. Costs are v2 decimal strings (four places) in the order's currency.
 */
export interface OrderShippingAddress {
  /** Lines name it in `order_address_id`. */
  id: number;
  address: OrderAddress;
  shippingMethod: string;
  costExTax: string;
  costIncTax: string;
  handlingExTax: string;
  handlingIncTax: string;
}

/** Where a pickup consignment is collected (BigCommerce's pickup location fields). */
export interface PickupLocation {
  id: number;
  name: string;
  code: string;
  address_line_1: string;
  address_line_2: string;
  city: string;
  state: string;
  postal_code: string;
  country_alpha2: string;
  email: string;
  phone: string;
}

/** A pickup consignment: lines name it in `order_pickup_method_id`. */
export interface OrderPickup {
  id: number;
  pickupMethodId: number;
  displayName: string;
  collectionInstructions: string;
  collectionTimeDescription: string;
  location: PickupLocation;
}

/** An order-level fee (`custom_fee`); costs are v2 decimal strings in the order's currency. */
export interface OrderFee {
  id: number;
  type: "custom_fee";
  displayNameCustomer: string;
  displayNameMerchant: string;
  source: string;
  costExTax: string;
  costIncTax: string;
  costTax: string;
  taxClassId: number | null;
}

/** BigCommerce's order product option types, as v2 order products write them. */
export type OrderOptionType =
  | "Checkbox"
  | "Date field"
  | "File Upload"
  | "Multi-line text field"
  | "Multiple choice"
  | "Product Pick List"
  | "Swatch"
  | "Text field";

/** A chosen option of an order line: `value` is the value id for choices, the typed text for text fields. */
export interface OrderLineOption {
  optionId: number;
  type: OrderOptionType;
  name: string;
  displayName: string;
  displayValue: string;
  value: string;
}

/** A discount shown on an order line (coupon or automatic); `amount` a v2 decimal string. */
export interface AppliedDiscount {
  id: string;
  amount: string;
  name: string;
  /** Null for discounts without a code (manual and automatic ones). */
  code: string | null;
  target: "order" | "product";
}

/**
 * An order line, frozen at order time. Prices are v2 decimal strings in the order's currency:
 * unit (`priceExTax`, `priceIncTax`) and line (`totalExTax`, `totalIncTax`) amounts before discounts.
 */
export interface OrderLine {
  id: number;
  type: "physical" | "digital" | "giftcertificate";
  /** 0 for custom products. */
  productId: number;
  variantId: number;
  name: string;
  sku: string;
  quantity: number;
  /** The shipping address it goes to; 0 when not shipped (digital, gift certificate, pickup). */
  orderAddressId: number;
  /** The pickup consignment it is collected from; 0 when not picked up. */
  orderPickupMethodId: number;
  priceExTax: string;
  priceIncTax: string;
  totalExTax: string;
  totalIncTax: string;
  appliedDiscounts: AppliedDiscount[];
  options: OrderLineOption[];
  /** Gift wrapping for the whole line, costs as v2 decimal strings; null without wrapping. */
  wrapping: { name: string; message: string; costExTax: string; costIncTax: string } | null;
  giftCertificateId: number | null;
  /** Digital lines and gift certificates: where they are delivered by email. */
  recipientEmail: string;
}

/** A coupon on an order; `code` null for a code-less promotion, `amount` and `discount` decimal strings. */
export interface OrderCoupon {
  id: number;
  couponId: number;
  code: string | null;
  /** The coupon's face value (10 for 10% or 10.00 off, see `type`). */
  amount: string;
  /** BigCommerce's coupon type: 0 per item, 1 percentage, 2 per total, 3 shipping, 4 free shipping, 5 promotion. */
  type: number;
  /** What it took off the order, a decimal string. */
  discount: string;
}

/** A payment event on an order (v3 transactions); `amount` a decimal string in the order's currency. */
export interface OrderTransaction {
  id: number;
  event: string;
  method: string;
  status: string;
  amount: string;
  createdAt: Date;
  card: {
    brand: string;
    iin: string;
    last4: string;
    expiryMonth: number;
    expiryYear: number;
  } | null;
}

/**
 * The order's amounts, each a v2 decimal string (four places) in its currency. The totals obey
 * total_inc = subtotal_inc + shipping_inc + handling_inc + wrapping_inc + Σ fees_inc − discount −
 * coupon_discount (ex likewise) and total_tax = total_inc − total_ex, unless the order was created
 * with total overrides (`totalsGiven`). Gift certificates and store credit pay the total.
 */
export interface OrderMoney {
  subtotalExTax: string;
  subtotalIncTax: string;
  shippingExTax: string;
  shippingIncTax: string;
  handlingExTax: string;
  handlingIncTax: string;
  wrappingExTax: string;
  wrappingIncTax: string;
  /** Automatic (and manual) discounts. */
  discountAmount: string;
  couponDiscount: string;
  totalExTax: string;
  totalIncTax: string;
  totalTax: string;
  giftCertificateAmount: string;
  storeCreditAmount: string;
  /** True when total_ex_tax and total_inc_tax were given at creation and are kept as given. */
  totalsGiven: boolean;
}

/** An order as the sandbox keeps it; `statusId` is BigCommerce's (0 Incomplete, 1 Pending, 11 Awaiting Fulfillment). */
export interface Order {
  id: number;
  /** The checkout it came from; "" for orders made with POST /v2/orders. */
  cartId: string;
  /** 0 for a guest. */
  customerId: number;
  statusId: number;
  paymentStatus: string;
  paymentMethod: string;
  createdAt: Date;
  modifiedAt: Date;
  /** ISO 4217, any currency ("USD", "JPY", "KWD"). */
  currencyCode: string;
  isTaxInclusivePricing: boolean;
  billing: OrderAddress;
  shippingAddresses: OrderShippingAddress[];
  pickups: OrderPickup[];
  fees: OrderFee[];
  lines: OrderLine[];
  coupons: OrderCoupon[];
  money: OrderMoney;
  customerMessage: string;
  staffNotes: string;
  /** "checkout_api" for checkouts, "external" for POST /v2/orders. */
  orderSource: string;
  externalSource: string | null;
  transactions: OrderTransaction[];
}

/** A store customer who can sign in (plain-text password: sandbox data only). */
export interface Customer {
  id: number;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

/** A payment access token's record, by its JWT id. Expiry in ms since the epoch. */
export interface PaymentAccessToken {
  orderId: number;
  expiresAt: number;
  used: boolean;
}

/** A registered webhook (docs/bigcommerce.md §17.2); times in Unix seconds. */
export interface Webhook {
  id: number;
  scope: string;
  destination: string;
  isActive: boolean;
  /** Sent back with every delivery; null when none were given. */
  headers: Record<string, string> | null;
  createdAt: number;
  updatedAt: number;
}

/** What became of one delivery to one hook (ms since the epoch for `at`). */
export interface WebhookDelivery {
  hookId: number;
  scope: string;
  destination: string;
  /** The event's `hash`: the same for every delivery of one event. */
  hash: string;
  /** "pending" while the POST is under way. */
  outcome: "pending" | "delivered" | "failed" | "skipped";
  /** The destination's HTTP status, when it answered. */
  status?: number;
  /** Why it failed or was skipped. */
  error?: string;
  at: number;
}

/** The store's webhooks, their id counter, recent deliveries and the POSTs still under way. */
export interface WebhookState {
  readonly hooks: Map<number, Webhook>;
  nextId: number;
  /** The most recent deliveries, oldest first (bounded). */
  deliveries: WebhookDelivery[];
  readonly pending: Set<Promise<void>>;
}

/** Which documented shape the checkout-token response takes (docs/bigcommerce.md §6.3). */
export type TokenResponseShape = "example" | "schema";

/** Everything the sandbox store holds, plus the few settings its rules read. */
export interface SandboxState {
  readonly storeHash: string;
  /** Base for absolute image URLs; "" keeps them relative to the app (served from public/). */
  imageBaseUrl: string;
  readonly tokenResponseShape: TokenResponseShape;
  /** The store's clock, in ms since the epoch. */
  readonly now: () => number;
  /** This store's catalogue: a copy of the seed that the control endpoint may change. */
  readonly products: SeedProduct[];
  readonly carts: Map<string, Cart>;
  readonly orders: Map<number, Order>;
  readonly customers: Customer[];
  readonly paymentTokens: Map<string, PaymentAccessToken>;
  /** HMAC key that signs payment access tokens. */
  readonly patSecret: Buffer;
  /** Next ids: orders from 100; one counter for order lines, shipping addresses and transactions. */
  readonly nextId: { order: number; line: number };
  /** Registered webhooks and the record of their deliveries (docs/bigcommerce.md §17). */
  readonly webhooks: WebhookState;
  /** The emulated embedded checkout: site URL, redirect tokens, sessions (docs/bigcommerce.md §20). */
  readonly embedded: EmbeddedCheckoutState;
}

/** Settings of a new store; see SandboxState for their meaning. */
interface SandboxStateOptions {
  storeHash: string;
  imageBaseUrl: string;
  tokenResponseShape?: TokenResponseShape;
  now?: () => number;
  /** The channel's site URL (an origin), or null (the default) for none. */
  siteUrl?: string | null;
}

/** An empty store (no carts, no orders) with the seed customers. */
export function createState(options: SandboxStateOptions): SandboxState {
  return {
    storeHash: options.storeHash,
    imageBaseUrl: options.imageBaseUrl,
    tokenResponseShape: options.tokenResponseShape ?? "example",
    now: options.now ?? Date.now,
    products: structuredClone(SEED_PRODUCTS),
    carts: new Map(),
    orders: new Map(),
    customers: SEED_CUSTOMERS.map((c) => ({ ...c })),
    paymentTokens: new Map(),
    patSecret: randomBytes(32),
    nextId: { order: 100, line: 1 },
    webhooks: { hooks: new Map(), nextId: 1, deliveries: [], pending: new Set() },
    embedded: createEmbeddedState(options.siteUrl ?? null),
  };
}

/** The next id from the counter shared by order lines, shipping addresses and transactions. */
export function nextLineId(state: SandboxState): number {
  return state.nextId.line++;
}
