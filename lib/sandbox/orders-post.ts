// POST /v2/orders (BigCommerce's createOrder in orders.v2, the table's createOrderV2) and
// PUT /v2/orders/{order_id} (updateOrder): orders of any shape made directly, as BigCommerce's own
// create-order does (docs/bigcommerce.md §9.8). Answers 200 with the order, 400 `[{status, message}]`.
import { countryName } from "./format";
import { json } from "./http/responses";
import { route } from "./http/routes";
import { dec, subtract, sum, v2, ZERO } from "./money";
import { getOrder } from "./orders";
import { includesOf, orderJson } from "./orders-json";
import {
  badRequest,
  orderPostInput,
  orderPutInput,
  parseV2,
  type AddressInput,
  type FeeInput,
  type OrderPostInput,
} from "./orders-post-input";
import { orderLineOf } from "./orders-post-lines";
import { settleTotals } from "./order-totals";
import {
  nextLineId,
  type Order,
  type OrderAddress,
  type OrderFee,
  type OrderLine,
  type OrderMoney,
  type OrderPickup,
  type OrderShippingAddress,
  type SandboxState,
} from "./state";

/** An address as given, with BigCommerce's defaults: "" for what is missing, the country from its code. */
function orderAddress(a: AddressInput): OrderAddress {
  const iso2 = a.country_iso2 ?? "";
  return {
    first_name: a.first_name ?? "",
    last_name: a.last_name ?? "",
    company: a.company ?? "",
    street_1: a.street_1 ?? "",
    street_2: a.street_2 ?? "",
    city: a.city ?? "",
    state: a.state ?? "",
    zip: a.zip ?? "",
    country: a.country ?? (iso2 ? countryName(iso2) : ""),
    country_iso2: iso2,
    phone: a.phone ?? "",
    email: a.email ?? "",
  };
}

/** An ex/inc pair as given: a missing half is the other half (no tax), both missing are 0. */
function pair(ex: string | number | undefined, inc: string | number | undefined) {
  const exTax = v2(ex ?? inc ?? 0);
  return { ex: exTax, inc: v2(inc ?? exTax) };
}

/** A fee as given: of ex, inc and tax, the missing one follows from the others (400 with neither cost). */
function feeOf(state: SandboxState, f: FeeInput): OrderFee {
  let ex = f.cost_ex_tax;
  let inc = f.cost_inc_tax;
  const tax = f.cost_tax;
  if (ex === undefined && inc === undefined)
    throw badRequest("A fee needs cost_ex_tax or cost_inc_tax.");
  if (ex === undefined) ex = tax === undefined ? inc! : subtract(v2(inc!), v2(tax));
  if (inc === undefined) inc = tax === undefined ? ex : v2(dec(ex).plus(dec(tax)));
  const name = f.display_name_customer ?? f.display_name_merchant ?? "Fee";
  return {
    id: nextLineId(state),
    type: "custom_fee",
    displayNameCustomer: f.display_name_customer ?? name,
    displayNameMerchant: f.display_name_merchant ?? name,
    source: f.source ?? "",
    costExTax: v2(ex),
    costIncTax: v2(inc),
    costTax: subtract(v2(inc), v2(ex)),
    taxClassId: f.tax_class_id ?? null,
  };
}

function pickupOf(
  state: SandboxState,
  p: NonNullable<OrderPostInput["consignments"]>["pickups"][number],
): OrderPickup {
  const l = p.location ?? {};
  return {
    id: nextLineId(state),
    pickupMethodId: p.pickup_method_id,
    displayName: p.pickup_method_display_name ?? "",
    collectionInstructions: p.collection_instructions ?? "",
    collectionTimeDescription: p.collection_time_description ?? "",
    location: {
      id: p.pickup_method_id,
      name: l.name ?? "",
      code: l.code ?? "",
      address_line_1: l.address_line_1 ?? "",
      address_line_2: l.address_line_2 ?? "",
      city: l.city ?? "",
      state: l.state ?? "",
      postal_code: l.postal_code ?? "",
      country_alpha2: l.country_alpha2 ?? "",
      email: l.email ?? "",
      phone: l.phone ?? "",
    },
  };
}

/** The body's checks beyond its schema: products or consignments (not both), totals in pairs, a known customer. */
function checkBody(state: SandboxState, body: OrderPostInput): void {
  if (!body.products && !body.consignments) {
    throw badRequest("The required field 'products' was not supplied.");
  }
  if (body.consignments && (body.products || body.shipping_addresses)) {
    throw badRequest(
      "An order has either consignments, or products and shipping_addresses, not both.",
    );
  }
  if ((body.total_ex_tax === undefined) !== (body.total_inc_tax === undefined)) {
    throw badRequest("total_ex_tax and total_inc_tax must be given together.");
  }
  checkCustomer(state, body.customer_id);
}

/** 400 unless `customerId` is undefined, 0 (a guest) or a customer of the store. */
function checkCustomer(state: SandboxState, customerId: number | undefined): void {
  if (customerId && !state.customers.some((c) => c.id === customerId)) {
    throw badRequest(`Customer ${customerId} does not exist.`);
  }
}

/** The order's amounts: what the body gives, else the sums of its lines; totals follow unless given. */
function moneyOf(body: OrderPostInput, lines: OrderLine[]): OrderMoney {
  const wrappings = lines.flatMap((l) => (l.wrapping ? [l.wrapping] : []));
  const subtotal = pair(
    body.subtotal_ex_tax ?? sum(lines.map((l) => l.totalExTax)),
    body.subtotal_inc_tax ?? sum(lines.map((l) => l.totalIncTax)),
  );
  const shipping = pair(body.shipping_cost_ex_tax, body.shipping_cost_inc_tax);
  const handling = pair(body.handling_cost_ex_tax, body.handling_cost_inc_tax);
  const wrapping = pair(
    body.wrapping_cost_ex_tax ?? sum(wrappings.map((w) => w.costExTax)),
    body.wrapping_cost_inc_tax ??
      (body.wrapping_cost_ex_tax === undefined
        ? sum(wrappings.map((w) => w.costIncTax))
        : undefined),
  );
  const given = body.total_ex_tax !== undefined && body.total_inc_tax !== undefined;
  const totalEx = given ? v2(body.total_ex_tax!) : ZERO;
  const totalInc = given ? v2(body.total_inc_tax!) : ZERO;
  return {
    subtotalExTax: subtotal.ex,
    subtotalIncTax: subtotal.inc,
    shippingExTax: shipping.ex,
    shippingIncTax: shipping.inc,
    handlingExTax: handling.ex,
    handlingIncTax: handling.inc,
    wrappingExTax: wrapping.ex,
    wrappingIncTax: wrapping.inc,
    discountAmount: v2(body.discount_amount ?? 0),
    couponDiscount: ZERO,
    totalExTax: totalEx,
    totalIncTax: totalInc,
    totalTax: subtract(totalInc, totalEx),
    giftCertificateAmount: ZERO,
    storeCreditAmount: ZERO,
    totalsGiven: given,
  };
}

/**
 * The shipping addresses as given; the order's shipping and handling costs are the first's (the
 * request has no per-address costs), and every physical product goes to the first.
 */
function shippingAddressesOf(
  state: SandboxState,
  body: OrderPostInput,
  money: OrderMoney,
): OrderShippingAddress[] {
  return (body.shipping_addresses ?? []).map((a, i) => ({
    id: nextLineId(state),
    address: orderAddress(a),
    shippingMethod: a.shipping_method ?? "",
    costExTax: i === 0 ? money.shippingExTax : ZERO,
    costIncTax: i === 0 ? money.shippingIncTax : ZERO,
    handlingExTax: i === 0 ? money.handlingExTax : ZERO,
    handlingIncTax: i === 0 ? money.handlingIncTax : ZERO,
  }));
}

/**
 * A `discount_amount` is a manual discount: BigCommerce shows it on each line in proportion to its
 * price, (discount × line total ex tax) / subtotal ex tax, as "Manual Discount" without a code.
 */
function spreadManualDiscount(lines: OrderLine[], money: OrderMoney): void {
  const subtotal = dec(sum(lines.map((l) => l.totalExTax)));
  const discount = dec(money.discountAmount);
  if (discount.eq(0) || subtotal.eq(0)) return;
  for (const l of lines) {
    const amount = v2(discount.times(dec(l.totalExTax)).div(subtotal));
    l.appliedDiscounts.push({
      id: "manual-discount",
      amount,
      name: "Manual Discount",
      code: null,
      target: "order",
    });
  }
}

function createdAt(state: SandboxState, given: string | undefined): Date {
  if (given === undefined) return new Date(state.now());
  const at = new Date(given);
  if (Number.isNaN(at.getTime()))
    throw badRequest("The field 'date_created' is invalid: an RFC 2822 date is expected.");
  return at;
}

/**
 * createOrder (orders v2): an order from an order_Post body, status 1 (Pending) unless
 * `status_id` says otherwise, amounts in `default_currency_code` (USD by default). Throws
 * SandboxError 400 for a body BigCommerce refuses (see orderPostInput, checkBody, orderLineOf).
 */
export function createOrderV2(state: SandboxState, raw: unknown): Order {
  const body = parseV2(orderPostInput, raw);
  checkBody(state, body);
  const currency = body.default_currency_code ?? "USD";
  const pickups = (body.consignments?.pickups ?? []).map((p) => ({
    input: p,
    pickup: pickupOf(state, p),
  }));
  // Lines first, then addresses: the first address's id is only known once the addresses exist.
  const placeholder = { orderAddressId: -1, orderPickupMethodId: 0 };
  const lines = [
    ...(body.products ?? []).map((p) => orderLineOf(state, p, currency, placeholder)),
    ...pickups.flatMap(({ input, pickup }) =>
      input.line_items.map((p) =>
        orderLineOf(state, p, currency, { orderAddressId: 0, orderPickupMethodId: pickup.id }),
      ),
    ),
  ];
  const money = moneyOf(body, lines);
  spreadManualDiscount(lines, money);
  const shippingAddresses = shippingAddressesOf(state, body, money);
  for (const l of lines)
    if (l.orderAddressId === -1) l.orderAddressId = shippingAddresses[0]?.id ?? 0;
  const at = createdAt(state, body.date_created);
  const order: Order = {
    id: state.nextId.order++,
    cartId: "",
    customerId: body.customer_id ?? 0,
    statusId: body.status_id ?? 1,
    paymentStatus: "",
    paymentMethod: body.payment_method ?? "",
    createdAt: at,
    modifiedAt: at,
    currencyCode: currency,
    isTaxInclusivePricing: false,
    billing: orderAddress(body.billing_address),
    shippingAddresses,
    pickups: pickups.map((p) => p.pickup),
    fees: (body.fees ?? []).map((f) => feeOf(state, f)),
    lines,
    coupons: [],
    money,
    customerMessage: body.customer_message ?? "",
    staffNotes: body.staff_notes ?? "",
    orderSource: "external",
    externalSource: body.external_source ?? null,
    transactions: [],
  };
  settleTotals(order);
  state.orders.set(order.id, order);
  return order;
}

/** updateOrder: changes `customer_id` (0 or an existing customer, else 400), `status_id` and the notes. */
function updateOrder(state: SandboxState, orderId: number, raw: unknown): Order {
  const order = getOrder(state, orderId);
  const body = parseV2(orderPutInput, raw);
  checkCustomer(state, body.customer_id);
  if (body.customer_id !== undefined) order.customerId = body.customer_id;
  if (body.status_id !== undefined) order.statusId = body.status_id;
  if (body.customer_message !== undefined) order.customerMessage = body.customer_message;
  if (body.staff_notes !== undefined) order.staffNotes = body.staff_notes;
  order.modifiedAt = new Date(state.now());
  return order;
}

/** createOrderV2 and updateOrder: both answer 200 with the order (with the `include`s asked for). */
export const orderWriteRoutes = [
  route("createOrderV2", async ({ state, url, body }) =>
    json(200, orderJson(state, createOrderV2(state, await body()), includesOf(url))),
  ),
  route("updateOrder", async ({ state, params, url, body }) =>
    json(
      200,
      orderJson(state, updateOrder(state, Number(params[0]), await body()), includesOf(url)),
    ),
  ),
];
