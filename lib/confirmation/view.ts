// BigCommerce v2 order → what the confirmation page shows: the order's lines grouped by where
// they go (shipping addresses, pickups, downloads), and a receipt whose lines add up to the total.
import type {
  BcOrderTransaction,
  BcOrder,
  BcOrderCoupon,
  BcOrderProduct,
  BcOrderShippingAddress,
  BcV2Address,
} from "@/lib/bigcommerce";
import { fromOrderAddress, type Address, type StateName } from "@/lib/address";
import { addDecimals } from "@/lib/money";
import { orderStatus, type Headline, type PaymentStanding } from "@/lib/order-status";
import { buildReceipt, type ReceiptView } from "./receipt";

export type { ReceiptView, ReceiptLine } from "./receipt";

/**
 * A postal address to print in its country's way (lib/address `formatAddress`): its fields in the
 * v3 shape, the state's abbreviation filled in where the store lists the country's states, and
 * the country's name as the order gives it (English), for a code Intl cannot name.
 */
export interface AddressView {
  address: Address;
  countryName: string;
}

/** One option of a line as the shopper chose or typed it. */
export interface LineOptionView {
  name: string;
  value: string;
  /**
   * True when the shopper typed the value (text, date, number, file fields: an engraving, a gift
   * message). Shown to the shopper, never sent to analytics.
   */
  freeText: boolean;
}

/** What a line is: BigCommerce's order product `type`. */
export type LineKind = "physical" | "digital" | "giftcertificate";

export interface OrderLineView {
  id: number;
  productId: number;
  kind: LineKind;
  name: string;
  sku: string;
  options: LineOptionView[];
  quantity: number;
  /** Decimal strings in the order's currency: inc. tax under tax-inclusive pricing, else ex. tax. */
  unitPrice: string;
  lineTotal: string;
  /** Tax-exclusive line total, for analytics (decimal string). */
  lineTotalExTax: string;
  /** What coupons and discounts took off this line (decimal string, ≥ 0). */
  lineDiscount: string;
  /** Gift wrapping chosen for the line, if any. */
  wrapping: { name: string; message: string } | null;
  imageUrl: string | null;
  imageAlt: string;
}

/** One shipping address of the order with the lines going there, how and at what cost. */
export interface ShipmentView {
  id: number;
  address: AddressView;
  method: string;
  /** Decimal string: this address's shipping cost (inc. or ex. tax like the receipt). */
  cost: string;
  lineIds: number[];
}

/** A pickup: where the shopper collects which lines. */
export interface PickupView {
  id: number;
  method: string;
  location: AddressView;
  instructions: string;
  time: string;
  lineIds: number[];
}

export interface OrderConfirmationView {
  orderId: number;
  /** ISO-8601 */
  placedAt: string;
  statusId: number;
  /** BigCommerce's status name, as the store calls it (`status`). */
  status: string;
  standing: PaymentStanding;
  headline: Headline;
  email: string;
  firstName: string;
  currency: string;
  taxInclusive: boolean;
  lines: OrderLineView[];
  itemCount: number;
  receipt: ReceiptView;
  /** Coupon codes applied (null codes left out), for analytics' `coupon`. */
  couponCodes: string[];
  shipments: ShipmentView[];
  pickups: PickupView[];
  /** Digital lines and where their downloads are sent; null when the order has none. */
  downloads: { email: string; lineIds: number[] } | null;
  /** Gift certificates bought: they are emailed to their recipients. */
  giftCertificateLineIds: number[];
  billingAddress: AddressView;
  paymentMethod: string;
  /** From the order's transactions, when BigCommerce provides them. */
  card: { brand: string; last4: string } | null;
  customerMessage: string;
  /** 0 for a guest order. */
  customerId: number;
}

export type ProductImages = Map<number, { url: string; alt: string }>;

/** The store's states of each country the order's addresses are in, by ISO alpha-2 code. */
export type StatesByCountry = ReadonlyMap<string, readonly StateName[]>;

function toAddressView(a: BcV2Address, states: StatesByCountry): AddressView {
  const address = fromOrderAddress(a, states.get(a.country_iso2.toUpperCase()) ?? []);
  return { address, countryName: a.country || a.country_iso2 };
}

/** Option types whose value the shopper picks from the merchant's list; any other was typed. */
const CHOICE_TYPES = new Set([
  "multiple choice",
  "swatch",
  "product pick list",
  "product list",
  "product list with images",
  "pick list",
  "checkbox",
  "dropdown",
  "radio buttons",
  "rectangle list",
]);

function lineKind(type: string): LineKind {
  return type === "digital" || type === "giftcertificate" ? type : "physical";
}

function toLineView(
  p: BcOrderProduct,
  taxInclusive: boolean,
  images: ProductImages,
): OrderLineView {
  const image = images.get(p.product_id);
  return {
    id: p.id,
    productId: p.product_id,
    kind: lineKind(p.type),
    name: p.name_customer || p.name,
    sku: p.sku,
    options: p.product_options.map((o) => ({
      name: o.display_name_customer || o.display_name,
      value: o.display_value_customer ?? o.display_value,
      freeText: !CHOICE_TYPES.has(o.type.toLowerCase()),
    })),
    quantity: p.quantity,
    unitPrice: taxInclusive ? p.price_inc_tax : p.price_ex_tax,
    lineTotal: taxInclusive ? p.total_inc_tax : p.total_ex_tax,
    lineTotalExTax: p.total_ex_tax,
    lineDiscount: sumDiscounts(p),
    wrapping: p.wrapping_name ? { name: p.wrapping_name, message: p.wrapping_message } : null,
    imageUrl: image?.url ?? null,
    imageAlt: image?.alt ?? "",
  };
}

/** What every discount took off the line, as a decimal string. */
function sumDiscounts(p: BcOrderProduct): string {
  return addDecimals("0", ...p.applied_discounts.map((d) => d.amount));
}

/**
 * The page's view of an order. Pure: the same parts always give the same view; never throws for
 * any order BigCommerce's schema allows (tests/confirmation-properties.test.ts generates them).
 * `shippingAddresses` come from getOrderShippingAddresses, `products` from every page of
 * getOrderProducts, `coupons` from getOrderCoupons ([] when none were asked for).
 */
export function toOrderConfirmationView(input: {
  order: BcOrder;
  products: BcOrderProduct[];
  shippingAddresses: BcOrderShippingAddress[];
  coupons: BcOrderCoupon[];
  transactions?: BcOrderTransaction[];
  images: ProductImages;
  /** The store's states of the addresses' countries, for "Austin, TX 78701" (none: "Texas"). */
  states?: StatesByCountry;
}): OrderConfirmationView {
  const { order, products, shippingAddresses, coupons, images, states = new Map() } = input;
  const inc = order.is_tax_inclusive_pricing;
  const meaning = orderStatus(order.status_id);
  const lines = products.map((p) => toLineView(p, inc, images));
  const pickups = order.consignments.pickups.map((p) => ({
    id: p.id,
    method: p.pickup_method_display_name,
    location: toAddressView(
      {
        first_name: p.location.name ?? "",
        last_name: "",
        company: "",
        street_1: p.location.address_line_1 ?? "",
        street_2: p.location.address_line_2 ?? "",
        city: p.location.city ?? "",
        state: p.location.state ?? "",
        zip: p.location.postal_code ?? "",
        country: p.location.country_alpha2 ?? "",
        country_iso2: p.location.country_alpha2 ?? "",
        phone: p.location.phone ?? "",
        email: "",
      },
      states,
    ),
    instructions: p.collection_instructions,
    time: p.collection_time_description,
    lineIds: pickupLineIds(p.id, p.line_items, products),
  }));
  const digital = lines.filter((l) => l.kind === "digital").map((l) => l.id);
  return {
    orderId: order.id,
    placedAt: new Date(order.date_created).toISOString(),
    statusId: order.status_id,
    status: order.status,
    standing: meaning.standing,
    headline: meaning.headline,
    email: order.billing_address.email,
    firstName: order.billing_address.first_name,
    currency: order.currency_code,
    taxInclusive: inc,
    lines,
    itemCount: products.reduce((n, p) => n + p.quantity, 0),
    receipt: buildReceipt(order, coupons, shippingAddresses.length > 0),
    couponCodes: coupons.flatMap((c) => (c.code ? [c.code] : [])),
    shipments: shippingAddresses.map((a) => ({
      id: a.id,
      address: toAddressView(a, states),
      method: a.shipping_method,
      cost: inc ? a.cost_inc_tax : a.cost_ex_tax,
      lineIds: products.filter((p) => p.order_address_id === a.id).map((p) => p.id),
    })),
    pickups,
    downloads: digital.length
      ? {
          email: order.consignments.downloads[0]?.recipient_email || order.billing_address.email,
          lineIds: digital,
        }
      : null,
    giftCertificateLineIds: lines.filter((l) => l.kind === "giftcertificate").map((l) => l.id),
    billingAddress: toAddressView(order.billing_address, states),
    paymentMethod: order.payment_method,
    card: cardOf(input.transactions ?? []),
    customerMessage: order.customer_message,
    customerId: order.customer_id,
  };
}

/** A pickup's lines: those its consignment names, else those whose pickup method id is the pickup's. */
function pickupLineIds(pickupId: number, named: number[], products: BcOrderProduct[]): number[] {
  if (named.length) return named;
  return products.filter((p) => p.order_pickup_method_id === pickupId).map((p) => p.id);
}

function cardOf(transactions: BcOrderTransaction[]): OrderConfirmationView["card"] {
  const paid = transactions.find(
    (t) =>
      t.credit_card?.card_last4 &&
      (t.event === "purchase" || t.event === "authorization") &&
      t.status === "ok",
  );
  const last4 = paid?.credit_card?.card_last4;
  return last4 ? { brand: cardBrand(paid.credit_card?.card_type ?? ""), last4 } : null;
}

const BRANDS: ReadonlyMap<string, string> = new Map([
  ["visa", "Visa"],
  ["mastercard", "Mastercard"],
  ["amex", "American Express"],
  ["american_express", "American Express"],
  ["discover", "Discover"],
  ["jcb", "JCB"],
  ["diners_club", "Diners Club"],
  ["maestro", "Maestro"],
]);

function cardBrand(type: string): string {
  return BRANDS.get(type.toLowerCase()) ?? (type ? type[0].toUpperCase() + type.slice(1) : "Card");
}
