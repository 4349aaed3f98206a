// BigCommerce v2 order → what the confirmation page shows.
import type {
  BcOrderTransaction,
  BcOrder,
  BcOrderCoupon,
  BcOrderProduct,
  BcOrderShippingAddress,
  BcV2Address,
} from "@/lib/bigcommerce";
import { addDecimals } from "@/lib/money";

export interface AddressView {
  name: string;
  company: string;
  lines: string[];
  phone: string;
}

export interface OrderLineView {
  id: number;
  productId: number;
  name: string;
  options: { name: string; value: string }[];
  quantity: number;
  unitPrice: string;
  lineTotal: string;
  imageUrl: string | null;
  imageAlt: string;
}

export interface OrderConfirmationView {
  orderId: number;
  /** ISO-8601 */
  placedAt: string;
  statusId: number;
  status: string;
  email: string;
  firstName: string;
  currency: string;
  taxInclusive: boolean;
  lines: OrderLineView[];
  itemCount: number;
  subtotal: string;
  discount: string;
  coupons: { code: string; amount: string }[];
  shipping: string;
  tax: string;
  total: string;
  shippingAddress: AddressView | null;
  shippingMethod: string;
  billingAddress: AddressView;
  paymentMethod: string;
  /** From the order's transactions, when BigCommerce provides them. */
  card: { brand: string; last4: string } | null;
  customerMessage: string;
  /** 0 for a guest order. */
  customerId: number;
}

export type ProductImages = Map<number, { url: string; alt: string }>;

function toAddressView(a: BcV2Address): AddressView {
  const cityLine = [a.city, [a.state, a.zip].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return {
    name: `${a.first_name} ${a.last_name}`.trim(),
    company: a.company,
    lines: [a.street_1, a.street_2, cityLine, a.country].filter(Boolean),
    phone: a.phone,
  };
}

export function toOrderConfirmationView(input: {
  order: BcOrder;
  products: BcOrderProduct[];
  shippingAddresses: BcOrderShippingAddress[];
  coupons: BcOrderCoupon[];
  transactions?: BcOrderTransaction[];
  images: ProductImages;
}): OrderConfirmationView {
  const { order, products, shippingAddresses, coupons, images } = input;
  const paid = (input.transactions ?? []).find(
    (t) =>
      t.credit_card?.card_last4 &&
      (t.event === "purchase" || t.event === "authorization") &&
      t.status === "ok",
  );
  const inc = order.is_tax_inclusive_pricing;
  const shipTo = shippingAddresses[0];
  return {
    orderId: order.id,
    placedAt: new Date(order.date_created).toISOString(),
    statusId: order.status_id,
    status: order.status,
    email: order.billing_address.email,
    firstName: order.billing_address.first_name,
    currency: order.currency_code,
    taxInclusive: inc,
    lines: products.map((p) => ({
      id: p.id,
      productId: p.product_id,
      name: p.name,
      options: p.product_options.map((o) => ({ name: o.display_name, value: o.display_value })),
      quantity: p.quantity,
      unitPrice: inc ? p.price_inc_tax : p.price_ex_tax,
      lineTotal: inc ? p.total_inc_tax : p.total_ex_tax,
      imageUrl: images.get(p.product_id)?.url ?? null,
      imageAlt: images.get(p.product_id)?.alt ?? "",
    })),
    itemCount: products.reduce((n, p) => n + p.quantity, 0),
    subtotal: inc ? order.subtotal_inc_tax : order.subtotal_ex_tax,
    discount: addDecimals(order.discount_amount, order.coupon_discount),
    coupons: coupons.map((c) => ({ code: c.code ?? "", amount: c.amount })),
    shipping: inc ? order.shipping_cost_inc_tax : order.shipping_cost_ex_tax,
    tax: order.total_tax,
    total: order.total_inc_tax,
    shippingAddress: shipTo ? toAddressView(shipTo) : null,
    shippingMethod: shipTo?.shipping_method ?? "",
    billingAddress: toAddressView(order.billing_address),
    paymentMethod: order.payment_method,
    card: paid?.credit_card?.card_last4
      ? { brand: cardBrand(paid.credit_card.card_type ?? ""), last4: paid.credit_card.card_last4 }
      : null,
    customerMessage: order.customer_message,
    customerId: order.customer_id,
  };
}

const BRANDS: Record<string, string> = {
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "American Express",
  american_express: "American Express",
  discover: "Discover",
  jcb: "JCB",
  diners_club: "Diners Club",
  maestro: "Maestro",
};

function cardBrand(type: string): string {
  return BRANDS[type.toLowerCase()] ?? (type ? type[0].toUpperCase() + type.slice(1) : "Card");
}
