// Orders as BigCommerce's v2 Orders API writes them (docs/bigcommerce.md §9): money as decimal
// strings with four places, dates in RFC 2822; and the v3 transactions of an order.
import { cents, countryName, iso, rfc2822 } from "./format";
import { SANDBOX_CURRENCY, SANDBOX_PAYMENT_METHOD, SEED_COUPONS } from "./seed";
import type { Address, Order, OrderLine, SandboxState } from "./state";

/** BigCommerce's order status names, by status id. */
const ORDER_STATUSES: ReadonlyMap<number, string> = new Map([
  [0, "Incomplete"],
  [1, "Pending"],
  [2, "Shipped"],
  [3, "Partially Shipped"],
  [4, "Refunded"],
  [5, "Cancelled"],
  [6, "Declined"],
  [7, "Awaiting Payment"],
  [8, "Awaiting Pickup"],
  [9, "Awaiting Shipment"],
  [10, "Completed"],
  [11, "Awaiting Fulfillment"],
  [12, "Manual Verification Required"],
  [13, "Disputed"],
  [14, "Partially Refunded"],
]);

const ZERO = cents.toV2(0);

/** The order's total including tax, in cents: what a payment must capture. */
export function orderTotalCents(o: Order): number {
  return o.subtotalCents - o.discountCents - o.couponCents + o.shippingCents + o.taxCents;
}

function itemsTotal(o: Order): number {
  return o.lines.reduce((n, l) => n + l.quantity, 0);
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
    country: countryName(a.country_code),
    country_iso2: a.country_code,
    phone: a.phone,
    email: a.email,
    form_fields: [],
  };
}

/** A v2 sub-resource link: `{ url, resource }`, as BigCommerce's production host writes it. */
function link(state: SandboxState, resource: string) {
  return { url: `https://api.bigcommerce.com/stores/${state.storeHash}/v2${resource}`, resource };
}

/** Five zero-cost fields for a cost BigCommerce itemises (handling, wrapping) but the sandbox never charges. */
function zeroCost(name: "handling" | "wrapping") {
  return {
    [`base_${name}_cost`]: ZERO,
    [`${name}_cost_ex_tax`]: ZERO,
    [`${name}_cost_inc_tax`]: ZERO,
    [`${name}_cost_tax`]: ZERO,
    [`${name}_cost_tax_class_id`]: 0,
  };
}

function orderMoneyJson(o: Order) {
  const totalInc = orderTotalCents(o);
  return {
    subtotal_ex_tax: cents.toV2(o.subtotalCents),
    subtotal_inc_tax: cents.toV2(o.subtotalCents + o.taxCents),
    subtotal_tax: cents.toV2(o.taxCents),
    base_shipping_cost: cents.toV2(o.shippingCents),
    shipping_cost_ex_tax: cents.toV2(o.shippingCents),
    shipping_cost_inc_tax: cents.toV2(o.shippingCents),
    shipping_cost_tax: ZERO,
    shipping_cost_tax_class_id: 0,
    ...zeroCost("handling"),
    ...zeroCost("wrapping"),
    total_ex_tax: cents.toV2(totalInc - o.taxCents),
    total_inc_tax: cents.toV2(totalInc),
    total_tax: cents.toV2(o.taxCents),
  };
}

function orderPaymentJson(o: Order) {
  return {
    items_total: itemsTotal(o),
    items_shipped: 0,
    payment_method: o.paymentMethod,
    payment_provider_id: "",
    payment_status: o.paymentStatus,
    refunded_amount: ZERO,
    order_is_digital: false,
    store_credit_amount: ZERO,
    gift_certificate_amount: ZERO,
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
  };
}

/** A v2 order (getOrder, getOrders). */
export function orderJson(state: SandboxState, o: Order) {
  const status = ORDER_STATUSES.get(o.statusId);
  return {
    id: o.id,
    customer_id: o.customerId,
    date_created: rfc2822(o.createdAt),
    date_modified: rfc2822(o.modifiedAt),
    date_shipped: "",
    status_id: o.statusId,
    status,
    custom_status: status,
    ...orderMoneyJson(o),
    ...orderPaymentJson(o),
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
    products: link(state, `/orders/${o.id}/products`),
    shipping_addresses: link(state, `/orders/${o.id}/shippingaddresses`),
    coupons: link(state, `/orders/${o.id}/coupons`),
    external_id: null,
    external_merchant_id: null,
    tax_provider_id: "BasicTaxProvider",
    customer_locale: "en",
    external_order_id: "",
    is_tax_inclusive_pricing: false,
  };
}

function productOptionsJson(l: OrderLine) {
  return l.options.map((opt, i) => ({
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
  }));
}

function orderProductJson(o: Order, l: OrderLine) {
  const unitTax = Math.round(l.lineTaxCents / l.quantity);
  const lineCents = l.unitCents * l.quantity;
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
    base_total: cents.toV2(lineCents),
    total_ex_tax: cents.toV2(lineCents),
    total_inc_tax: cents.toV2(lineCents + l.lineTaxCents),
    total_tax: cents.toV2(l.lineTaxCents),
    weight: "1.0000",
    quantity: l.quantity,
    quantity_shipped: 0,
    is_refunded: false,
    quantity_refunded: 0,
    refund_amount: ZERO,
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
    product_options: productOptionsJson(l),
    configurable_fields: [],
    gift_certificate_id: null,
    discounted_total_inc_tax: cents.toV2(lineCents - l.couponCents + l.lineTaxCents),
  };
}

/** The v2 order products of an order (getOrderProducts). */
export function orderProductsJson(o: Order) {
  return o.lines.map((l) => orderProductJson(o, l));
}

/** v3 order transactions (docs/bigcommerce.md §9.6): order_id is a string there. */
export function orderTransactionsJson(o: Order) {
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

/** The v2 coupons of an order (getOrderCoupons); `discount` is a number there. */
export function orderCouponsJson(o: Order) {
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

/** The v2 shipping addresses of an order (getOrderShippingAddresses): always one. */
export function orderShippingAddressesJson(state: SandboxState, o: Order) {
  const s = o.shipping;
  const quotes = `/orders/${o.id}/shippingaddresses/${o.shippingAddressId}/shippingquotes`;
  return [
    {
      id: o.shippingAddressId,
      order_id: o.id,
      ...v2Address(s),
      items_total: itemsTotal(o),
      items_shipped: 0,
      shipping_method: s.method,
      base_cost: cents.toV2(s.costCents),
      cost_ex_tax: cents.toV2(s.costCents),
      cost_inc_tax: cents.toV2(s.costCents),
      cost_tax: ZERO,
      cost_tax_class_id: 2,
      base_handling_cost: ZERO,
      handling_cost_ex_tax: ZERO,
      handling_cost_inc_tax: ZERO,
      handling_cost_tax: ZERO,
      handling_cost_tax_class_id: 2,
      shipping_zone_id: 1,
      shipping_zone_name: "Everywhere",
      shipping_quotes: link(state, quotes),
    },
  ];
}
