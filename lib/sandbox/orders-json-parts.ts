// The parts of a v2 order as BigCommerce writes them: addresses, links, fees, order products,
// shipping addresses and coupons (decimal strings with four places), and v3 transactions.
import { iso } from "./format";
import { dec, subtract, toV3Number, v2, ZERO } from "./money";
import { SANDBOX_PAYMENT_METHOD } from "./seed";
import type {
  Order,
  OrderAddress,
  OrderFee,
  OrderLine,
  OrderShippingAddress,
  SandboxState,
} from "./state";

/** A v2 address's fields (`street_1`, `zip`, `country_iso2`, …), without `form_fields`. */
export function v2Address(a: OrderAddress): OrderAddress {
  return { ...a };
}

/** A v2 sub-resource link: `{ url, resource }`, as BigCommerce's production host writes it. */
export function link(state: SandboxState, resource: string) {
  return { url: `https://api.bigcommerce.com/stores/${state.storeHash}/v2${resource}`, resource };
}

/** An order fee (orderFees_Resp); costs are v2 decimal strings. */
export function feeJson(f: OrderFee) {
  return {
    id: f.id,
    type: f.type,
    display_name_customer: f.displayNameCustomer,
    display_name_merchant: f.displayNameMerchant,
    source: f.source,
    base_cost: f.costExTax,
    cost_ex_tax: f.costExTax,
    cost_inc_tax: f.costIncTax,
    cost_tax: f.costTax,
    tax_class_id: f.taxClassId,
  };
}

function productOptionsJson(l: OrderLine) {
  return l.options.map((opt, i) => ({
    id: l.id * 10 + i,
    option_id: opt.optionId,
    order_product_id: l.id,
    product_option_id: opt.optionId,
    display_name: opt.displayName,
    display_name_customer: opt.displayName,
    display_name_merchant: opt.displayName,
    display_value: opt.displayValue,
    display_value_customer: opt.displayValue,
    display_value_merchant: opt.displayValue,
    value: opt.value,
    type: opt.type,
    name: opt.name,
    display_style: opt.type === "Multiple choice" ? "Rectangle" : "",
  }));
}

function wrappingJson(l: OrderLine) {
  const w = l.wrapping;
  return {
    wrapping_id: w ? 1 : 0,
    wrapping_name: w ? w.name : null,
    base_wrapping_cost: w ? w.costExTax : ZERO,
    wrapping_cost_ex_tax: w ? w.costExTax : ZERO,
    wrapping_cost_inc_tax: w ? w.costIncTax : ZERO,
    wrapping_cost_tax: w ? subtract(w.costIncTax, w.costExTax) : ZERO,
    wrapping_message: w ? w.message : "",
  };
}

/** One v2 order product (orderProducts): unit and line prices, options, wrapping, discounts. */
export function orderProductJson(o: Order, l: OrderLine) {
  const discounted = l.appliedDiscounts.reduce(
    (n, d) => n.minus(dec(d.amount)),
    dec(l.totalIncTax),
  );
  return {
    id: l.id,
    order_id: o.id,
    product_id: l.productId,
    variant_id: l.variantId,
    order_address_id: l.orderAddressId,
    order_pickup_method_id: l.orderPickupMethodId,
    name: l.name,
    name_customer: l.name,
    name_merchant: l.name,
    sku: l.sku,
    upc: "",
    type: l.type,
    base_price: l.priceExTax,
    price_ex_tax: l.priceExTax,
    price_inc_tax: l.priceIncTax,
    price_tax: subtract(l.priceIncTax, l.priceExTax),
    base_total: l.totalExTax,
    total_ex_tax: l.totalExTax,
    total_inc_tax: l.totalIncTax,
    total_tax: subtract(l.totalIncTax, l.totalExTax),
    weight: l.type === "physical" ? "1.0000" : "0.0000",
    quantity: l.quantity,
    quantity_shipped: 0,
    is_refunded: false,
    quantity_refunded: 0,
    refund_amount: ZERO,
    ...wrappingJson(l),
    parent_order_product_id: null,
    is_bundled_product: false,
    brand: "",
    applied_discounts: l.appliedDiscounts.map((d) => ({ ...d })),
    product_options: productOptionsJson(l),
    configurable_fields: [],
    gift_certificate_id: l.giftCertificateId,
    discounted_total_inc_tax: v2(discounted),
  };
}

/** The v3 order transactions (docs/bigcommerce.md §9.6): order_id a string, amount a number. */
export function orderTransactionsJson(o: Order) {
  return o.transactions.map((t) => ({
    id: t.id,
    order_id: String(o.id),
    event: t.event,
    method: t.method,
    amount: toV3Number(t.amount, o.currencyCode),
    currency: o.currencyCode,
    // One of the gateways the schema lists: BigCommerce's own test gateway.
    gateway: "testgateway",
    gateway_transaction_id: `sbx_${t.id}`,
    test: true,
    status: t.status,
    fraud_review: false,
    payment_method_id: SANDBOX_PAYMENT_METHOD.id,
    date_created: iso(t.createdAt),
    ...(t.card
      ? {
          credit_card: {
            card_type: t.card.brand,
            card_iin: t.card.iin,
            card_last4: t.card.last4,
            card_expiry_month: t.card.expiryMonth,
            card_expiry_year: t.card.expiryYear,
          },
        }
      : {}),
  }));
}

/** The v2 coupons of an order (getOrderCoupons); `code` may be null, `discount` is a number. */
export function orderCouponsJson(o: Order) {
  return o.coupons.map((c) => ({
    id: c.id,
    coupon_id: c.couponId,
    order_id: o.id,
    code: c.code,
    amount: c.amount,
    type: c.type,
    discount: toV3Number(c.discount, o.currencyCode),
  }));
}

/** The lines of `o` shipped to `s`. */
export function linesTo(o: Order, s: OrderShippingAddress): OrderLine[] {
  return o.lines.filter((l) => l.orderAddressId === s.id);
}

/** One v2 shipping address (orderShippingAddress), costs as decimal strings. */
export function shippingAddressJson(state: SandboxState, o: Order, s: OrderShippingAddress) {
  const quotes = `/orders/${o.id}/shippingaddresses/${s.id}/shippingquotes`;
  return {
    id: s.id,
    order_id: o.id,
    ...v2Address(s.address),
    form_fields: [],
    items_total: linesTo(o, s).reduce((n, l) => n + l.quantity, 0),
    items_shipped: 0,
    shipping_method: s.shippingMethod,
    base_cost: s.costExTax,
    cost_ex_tax: s.costExTax,
    cost_inc_tax: s.costIncTax,
    cost_tax: subtract(s.costIncTax, s.costExTax),
    cost_tax_class_id: 2,
    base_handling_cost: s.handlingExTax,
    handling_cost_ex_tax: s.handlingExTax,
    handling_cost_inc_tax: s.handlingIncTax,
    handling_cost_tax: subtract(s.handlingIncTax, s.handlingExTax),
    handling_cost_tax_class_id: 2,
    shipping_zone_id: 1,
    shipping_zone_name: "Everywhere",
    shipping_quotes: link(state, quotes),
  };
}
