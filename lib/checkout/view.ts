// BigCommerce checkout → what the cart and checkout pages show.
import type { BcCheckout } from "@/lib/bigcommerce";
import type { Message } from "@/lib/i18n/message";
import { addDecimals } from "@/lib/money";
import type { AddressDraft, CheckoutDraft } from "@/lib/session";
import { needsShipping } from "./readiness";
import { cartLines, couponLabel, totalRows, type CartLineView, type TotalRowView } from "./summary";

export type { CartLineKind, CartLineView, TotalRowKind, TotalRowView } from "./summary";

/** A shipping method BigCommerce quoted: `cost` a number in the cart's currency. */
export interface ShippingOptionView {
  id: string;
  description: string;
  transitTime: string;
  cost: number;
}

/**
 * A checkout as the cart and checkout pages show it. Amounts are BigCommerce's v3 numbers in
 * `currency` (18 is 18.00), never cents.
 */
export interface CheckoutView {
  id: string;
  currency: string;
  /** Every line: physical, digital, gift certificates, custom items. */
  lines: CartLineView[];
  itemCount: number;
  /** Something in the cart is shipped (a physical item): the checkout asks for an address to ship to. */
  needsShipping: boolean;
  /** How many consignments (shipping addresses) the checkout has; this app makes at most one. */
  consignmentCount: number;
  subtotal: number;
  /** Cart discount and coupons together, as a positive number. */
  discount: number;
  /** Coupons applied: the code ("" when BigCommerce sent none), what to call it, what it took off. */
  coupons: { code: string; label: Message; amount: number }[];
  /** Shipping charged, or null while no method is chosen (or nothing is shipped). */
  shipping: number | null;
  tax: number;
  /** The totals table above the total; its rows add up to `total` exactly. */
  rows: TotalRowView[];
  /** `grand_total`: what the card is charged. */
  total: number;
  /** The consignment whose shipping option the shopper picks (one per order in this app). */
  consignmentId: string | null;
  shippingOptions: ShippingOptionView[];
  selectedShippingOptionId: string | null;
  /** The billing address is saved (with a country). */
  billingSaved: boolean;
  /** Details already saved on the checkout, to prefill the form. */
  savedDetails: CheckoutDraft | null;
  customerMessage: string;
}

/** The checkout BigCommerce returned → what the pages show. */
export function toCheckoutView(c: BcCheckout): CheckoutView {
  const lines = cartLines(c);
  const consignment = c.consignments[0];
  const selected = consignment?.selected_shipping_option;
  const billing = c.billing_address;
  const shipped = needsShipping(c);
  const coupons = c.coupons.map((x) => ({
    code: x.code,
    label: couponLabel(x),
    amount: x.discounted_amount,
  }));
  return {
    id: c.id,
    currency: c.cart.currency.code,
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    needsShipping: shipped,
    consignmentCount: c.consignments.length,
    subtotal: c.subtotal_ex_tax,
    // The cart's discount_amount excludes coupons; each coupon carries its own amount.
    discount: Number(addDecimals(c.cart.discount_amount, ...coupons.map((x) => x.amount))),
    coupons,
    shipping: shipped && selected ? c.shipping_cost_total_ex_tax : null,
    tax: c.tax_total,
    rows: totalRows(c),
    total: c.grand_total,
    consignmentId: consignment?.id ?? null,
    shippingOptions: (consignment?.available_shipping_options ?? []).map((o) => ({
      id: o.id,
      description: o.description,
      transitTime: o.transit_time,
      cost: o.cost,
    })),
    selectedShippingOptionId: selected?.id ?? null,
    billingSaved: billing !== null,
    customerMessage: c.customer_message,
    savedDetails: billing
      ? savedDetails(billing, shipped ? consignment?.address : billing, c)
      : null,
  };
}

type BcAddress = NonNullable<BcCheckout["billing_address"]>;

function addressDraft(a: BcAddress): AddressDraft {
  return {
    firstName: a.first_name,
    lastName: a.last_name,
    company: a.company,
    address1: a.address1,
    address2: a.address2,
    city: a.city,
    stateOrProvince: a.state_or_province,
    postalCode: a.postal_code,
    countryCode: a.country_code,
    phone: a.phone,
  };
}

/**
 * The saved details as a draft; null when the address to ship to is not saved yet. A digital-only
 * checkout has no shipping address: its one address is the billing address.
 */
function savedDetails(
  billing: BcAddress,
  shippingAddress: BcAddress | undefined,
  c: BcCheckout,
): CheckoutDraft | null {
  if (!shippingAddress) return null;
  const shipping = addressDraft(shippingAddress);
  const billed = addressDraft(billing);
  const same = JSON.stringify(shipping) === JSON.stringify(billed);
  return {
    email: billing.email,
    shipping,
    billingSameAsShipping: same,
    billing: same ? undefined : billed,
    customerMessage: c.customer_message,
  };
}
