// BigCommerce checkout → what the cart and checkout pages show.
import type { BcCheckout } from "@/lib/bigcommerce";
import type { CheckoutDraft } from "@/lib/session";

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
  shipping: number | null;
  tax: number;
  total: number;
  /** The consignment whose shipping option the shopper picks (one per order in this app). */
  consignmentId: string | null;
  shippingOptions: ShippingOptionView[];
  selectedShippingOptionId: string | null;
  /** Details already saved on the checkout, to prefill the form. */
  savedDetails: CheckoutDraft | null;
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
    discount: c.cart.discount_amount,
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
    savedDetails:
      billing && consignment?.address
        ? {
            email: billing.email,
            firstName: consignment.address.first_name,
            lastName: consignment.address.last_name,
            company: consignment.address.company,
            address1: consignment.address.address1,
            address2: consignment.address.address2,
            city: consignment.address.city,
            stateOrProvince: consignment.address.state_or_province,
            postalCode: consignment.address.postal_code,
            countryCode: consignment.address.country_code,
            phone: consignment.address.phone,
          }
        : null,
  };
}
