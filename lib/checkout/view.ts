// BigCommerce checkout → what the cart and checkout pages show.
import type { BcCheckout } from "@/lib/bigcommerce";
import type { AddressDraft, CheckoutDraft } from "@/lib/session";

export interface CartLineView {
  id: string;
  productId: number;
  name: string;
  options: string;
  quantity: number;
  imageUrl: string | null;
  unitPrice: number;
  lineTotal: number;
}

export interface ShippingOptionView {
  id: string;
  description: string;
  transitTime: string;
  cost: number;
}

export interface CheckoutView {
  id: string;
  currency: string;
  lines: CartLineView[];
  itemCount: number;
  subtotal: number;
  discount: number;
  coupons: { code: string; amount: number }[];
  shipping: number | null;
  tax: number;
  total: number;
  /** The consignment whose shipping option the shopper picks (one per order in this app). */
  consignmentId: string | null;
  shippingOptions: ShippingOptionView[];
  selectedShippingOptionId: string | null;
  /** Details already saved on the checkout, to prefill the form. */
  savedDetails: CheckoutDraft | null;
  customerMessage: string;
}

export function toCheckoutView(c: BcCheckout): CheckoutView {
  const lines = c.cart.line_items.physical_items.map((item) => ({
    id: item.id,
    productId: item.product_id,
    name: item.name,
    options: item.options.map((o) => `${o.name}: ${o.value}`).join(", "),
    quantity: item.quantity,
    imageUrl: item.image_url || null,
    unitPrice: item.sale_price,
    lineTotal: item.extended_sale_price,
  }));
  const consignment = c.consignments[0];
  const selected = consignment?.selected_shipping_option;
  const billing = c.billing_address;
  return {
    id: c.id,
    currency: c.cart.currency.code,
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    subtotal: c.subtotal_ex_tax,
    // The cart's discount_amount excludes coupons; each coupon carries its own amount.
    discount: c.cart.discount_amount + c.coupons.reduce((n, x) => n + x.discounted_amount, 0),
    coupons: c.coupons.map((x) => ({ code: x.code, amount: x.discounted_amount })),
    shipping: selected ? c.shipping_cost_total_ex_tax : null,
    tax: c.tax_total,
    total: c.grand_total,
    consignmentId: consignment?.id ?? null,
    shippingOptions: (consignment?.available_shipping_options ?? []).map((o) => ({
      id: o.id,
      description: o.description,
      transitTime: o.transit_time,
      cost: o.cost,
    })),
    selectedShippingOptionId: selected?.id ?? null,
    customerMessage: c.customer_message,
    savedDetails:
      billing && consignment?.address ? savedDetails(billing, consignment.address, c) : null,
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

function savedDetails(
  billing: BcAddress,
  shippingAddress: BcAddress,
  c: BcCheckout,
): CheckoutDraft {
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
