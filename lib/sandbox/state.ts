// The sandbox store's in-memory state, shared by every resource module. Money is in integer cents.
import { randomBytes } from "node:crypto";
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
  billing: (Address & { id: string }) | null;
  consignments: Consignment[];
  customerMessage: string;
  couponCodes: string[];
  /** The order created from this checkout, if any. */
  orderId: number | null;
}

/** An order line, frozen at order time (prices in cents). */
export interface OrderLine {
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

/** A captured card payment on an order. */
interface Transaction {
  id: number;
  amountCents: number;
  createdAt: Date;
  card: { brand: string; iin: string; last4: string; expiryMonth: number; expiryYear: number };
}

/** An order as the sandbox keeps it; `statusId` is BigCommerce's (0 Incomplete, 11 Awaiting Fulfillment). */
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
}

/** Settings of a new store; see SandboxState for their meaning. */
interface SandboxStateOptions {
  storeHash: string;
  imageBaseUrl: string;
  tokenResponseShape?: TokenResponseShape;
  now?: () => number;
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
  };
}

/** The next id from the counter shared by order lines, shipping addresses and transactions. */
export function nextLineId(state: SandboxState): number {
  return state.nextId.line++;
}
