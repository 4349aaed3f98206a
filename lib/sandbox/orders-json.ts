// Orders as BigCommerce's v2 Orders API writes them (docs/bigcommerce.md §9): money as decimal
// strings with four places in the order's currency, dates in RFC 2822. getOrder's `include`
// (fees, consignments) and the order object; lines, addresses and the rest are in orders-json-*.ts.
import { rfc2822 } from "./format";
import { subtract, ZERO } from "./money";
import { consignmentsJson } from "./orders-json-consignments";
import { feeJson, link, v2Address } from "./orders-json-parts";
import { itemsTotal } from "./order-totals";
import type { Order, SandboxState } from "./state";

/** BigCommerce's order status names, by status id. */
export const ORDER_STATUSES: ReadonlyMap<number, string> = new Map([
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

/**
 * What getOrder / getOrders / createOrder were asked to include: `fees` (the fee objects instead of
 * their link), `consignments` with `consignment_structure=object` (the consignments object instead
 * of its link) and `consignments.line_items` (its lines as order products instead of links).
 */
export interface OrderIncludes {
  fees: boolean;
  consignments: boolean;
  consignmentLines: boolean;
}

/** The includes of a request's query (`include=fees,consignments&consignment_structure=object`). */
export function includesOf(url: URL): OrderIncludes {
  const include = new Set((url.searchParams.get("include") ?? "").split(",").filter(Boolean));
  const objects = url.searchParams.get("consignment_structure") === "object";
  const lines = include.has("consignments.line_items") && objects;
  return {
    fees: include.has("fees"),
    consignments: objects && (include.has("consignments") || lines),
    consignmentLines: lines,
  };
}

/** No includes: every sub-resource as its `{url, resource}` link. */
export const NO_INCLUDES: OrderIncludes = {
  fees: false,
  consignments: false,
  consignmentLines: false,
};

function orderMoneyJson(o: Order) {
  const m = o.money;
  const taxOf = subtract;
  return {
    subtotal_ex_tax: m.subtotalExTax,
    subtotal_inc_tax: m.subtotalIncTax,
    subtotal_tax: taxOf(m.subtotalIncTax, m.subtotalExTax),
    base_shipping_cost: m.shippingExTax,
    shipping_cost_ex_tax: m.shippingExTax,
    shipping_cost_inc_tax: m.shippingIncTax,
    shipping_cost_tax: taxOf(m.shippingIncTax, m.shippingExTax),
    shipping_cost_tax_class_id: 2,
    base_handling_cost: m.handlingExTax,
    handling_cost_ex_tax: m.handlingExTax,
    handling_cost_inc_tax: m.handlingIncTax,
    handling_cost_tax: taxOf(m.handlingIncTax, m.handlingExTax),
    handling_cost_tax_class_id: 2,
    base_wrapping_cost: m.wrappingExTax,
    wrapping_cost_ex_tax: m.wrappingExTax,
    wrapping_cost_inc_tax: m.wrappingIncTax,
    wrapping_cost_tax: taxOf(m.wrappingIncTax, m.wrappingExTax),
    wrapping_cost_tax_class_id: 3,
    total_ex_tax: m.totalExTax,
    total_inc_tax: m.totalIncTax,
    total_tax: m.totalTax,
    discount_amount: m.discountAmount,
    coupon_discount: m.couponDiscount,
    store_credit_amount: m.storeCreditAmount,
    gift_certificate_amount: m.giftCertificateAmount,
    refunded_amount: ZERO,
  };
}

function orderPaymentJson(o: Order) {
  return {
    items_total: itemsTotal(o),
    items_shipped: 0,
    payment_method: o.paymentMethod,
    payment_provider_id: "",
    payment_status: o.paymentStatus,
    order_is_digital: o.lines.length > 0 && o.lines.every((l) => l.type !== "physical"),
    ip_address: "",
    geoip_country: "",
    geoip_country_iso2: "",
    currency_id: 1,
    currency_code: o.currencyCode,
    currency_exchange_rate: "1.0000000000",
    default_currency_id: 1,
    default_currency_code: o.currencyCode,
    store_default_currency_code: o.currencyCode,
    store_default_to_transactional_exchange_rate: "1.0000000000",
    is_tax_inclusive_pricing: o.isTaxInclusivePricing,
  };
}

/** A v2 order (getOrder, getOrders, createOrder v2, updateOrder), with what `includes` asks for. */
export function orderJson(state: SandboxState, o: Order, includes: OrderIncludes = NO_INCLUDES) {
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
    staff_notes: o.staffNotes,
    customer_message: o.customerMessage,
    shipping_address_count: o.shippingAddresses.length,
    is_deleted: false,
    ebay_order_id: "0",
    cart_id: o.cartId,
    billing_address: { ...v2Address(o.billing), form_fields: [] },
    is_email_opt_in: false,
    credit_card_type: null,
    order_source: o.orderSource,
    channel_id: 1,
    external_source: o.externalSource,
    consignments: includes.consignments
      ? consignmentsJson(state, o, includes.consignmentLines)
      : link(state, `/orders/${o.id}/consignments`),
    products: link(state, `/orders/${o.id}/products`),
    shipping_addresses: link(state, `/orders/${o.id}/shippingaddresses`),
    coupons: link(state, `/orders/${o.id}/coupons`),
    fees: includes.fees ? o.fees.map(feeJson) : link(state, `/orders/${o.id}/fees`),
    external_id: null,
    external_merchant_id: null,
    tax_provider_id: "BasicTaxProvider",
    customer_locale: "en",
    external_order_id: "",
  };
}
