// Orders: created from a complete checkout (status 0, Incomplete, until paid), looked up by id
// or filter, and their v2 routes plus the v3 transactions route (docs/bigcommerce.md §5.6, §9).
import { liveCart } from "./carts";
import { optionValue } from "./catalog";
import { invalidInput, SandboxError } from "./errors";
import { v2List, json, noContent, v3, v3Page } from "./http/responses";
import { route } from "./http/routes";
import {
  orderCouponsJson,
  orderJson,
  orderProductsJson,
  orderShippingAddressesJson,
  orderTransactionsJson,
} from "./orders-json";
import { priced, selectedShippingOption } from "./pricing";
import { nextLineId, type Cart, type Order, type SandboxState } from "./state";

/** What createOrder requires of a checkout; throws SandboxError 422 naming what is missing. */
function readyToOrder(cart: Cart) {
  const billing = cart.billing;
  if (!billing || !billing.email || !billing.country_code) {
    throw invalidInput("The billing address for this order is incomplete.");
  }
  const consignment = cart.consignments[0];
  const covered = new Set(cart.consignments.flatMap((c) => c.lineItemIds));
  if (!consignment || cart.lineItems.some((l) => !covered.has(l.id))) {
    throw invalidInput("A shipping address for this order is incomplete.");
  }
  const a = consignment.address;
  if (!a.first_name || !a.last_name || !a.address1 || !a.city || !a.email || !a.country_code) {
    throw invalidInput("A shipping address for this order is incomplete.");
  }
  const option = selectedShippingOption(consignment.shippingOptionId);
  if (!option) {
    throw invalidInput("A shipping option has not been selected for every consignment.");
  }
  return { billing, address: a, option };
}

/**
 * createOrder: an Incomplete order (status 0) from the checkout `cartId`, with its lines, totals
 * and shipping frozen. The cart stays until the order is paid. Throws SandboxError 404 / 422.
 */
function createOrder(state: SandboxState, cartId: string): Order {
  const cart = liveCart(state, cartId);
  const { billing, address, option } = readyToOrder(cart);
  const t = priced(state, cart);
  const now = new Date(state.now());
  const order: Order = {
    id: state.nextId.order++,
    cartId: cart.id,
    customerId: cart.customerId,
    statusId: 0,
    paymentStatus: "",
    paymentMethod: "",
    createdAt: now,
    modifiedAt: now,
    billing: { ...billing },
    shipping: { ...address, method: option.description, costCents: option.costCents },
    lines: t.lines.map((l) => ({
      id: nextLineId(state),
      productId: l.product.id,
      variantId: l.variant.id,
      name: l.product.name,
      sku: l.variant.sku,
      quantity: l.line.quantity,
      unitCents: l.unitCents,
      lineTaxCents: l.tax,
      couponCents: l.couponCents,
      options: l.variant.optionValueIds.map((valueId) => {
        const { option: o, value } = optionValue(l.product, valueId);
        return { optionId: o.id, valueId: value.id, name: o.displayName, value: value.label };
      }),
    })),
    subtotalCents: t.subtotal,
    discountCents: 0,
    couponCents: t.discount,
    couponCodes: [...cart.couponCodes],
    shippingCents: t.shipping,
    taxCents: t.tax,
    customerMessage: cart.customerMessage,
    shippingAddressId: nextLineId(state),
    transactions: [],
  };
  state.orders.set(order.id, order);
  cart.orderId = order.id;
  return order;
}

/** The order with this id; SandboxError 404 when there is none. */
function getOrder(state: SandboxState, orderId: number): Order {
  const order = state.orders.get(orderId);
  if (!order) throw new SandboxError(404, "The requested resource was not found.");
  return order;
}

/** getOrders' filters (`cart_id`, `customer_id`, `email`, case-insensitive), by id ascending. */
function listOrders(
  state: SandboxState,
  filter: { cartId?: string; customerId?: number; email?: string },
): Order[] {
  return [...state.orders.values()]
    .filter((o) => filter.cartId === undefined || o.cartId === filter.cartId)
    .filter(
      (o) =>
        filter.email === undefined || o.billing.email.toLowerCase() === filter.email.toLowerCase(),
    )
    .filter((o) => filter.customerId === undefined || o.customerId === filter.customerId)
    .sort((a, b) => a.id - b.id);
}

/** createOrder (checkouts API) and the order reads. */
export const orderRoutes = [
  route("createOrder", ({ state, params }) => v3({ id: createOrder(state, params[0]).id })),
  route("getOrders", ({ state, url }) => {
    const customerId = url.searchParams.get("customer_id");
    const orders = listOrders(state, {
      cartId: url.searchParams.get("cart_id") ?? undefined,
      email: url.searchParams.get("email") ?? undefined,
      customerId: customerId === null ? undefined : Number(customerId),
    });
    return v2List(orders.map((o) => orderJson(state, o)));
  }),
  route("getOrder", ({ state, params }) =>
    json(200, orderJson(state, getOrder(state, Number(params[0])))),
  ),
  route("getOrderProducts", ({ state, params }) =>
    v2List(orderProductsJson(getOrder(state, Number(params[0])))),
  ),
  route("getOrderShippingAddresses", ({ state, params }) =>
    v2List(orderShippingAddressesJson(state, getOrder(state, Number(params[0])))),
  ),
  route("getOrderCoupons", ({ state, params }) =>
    v2List(orderCouponsJson(getOrder(state, Number(params[0])))),
  ),
  route("getOrderTransactions", ({ state, params }) => {
    const transactions = orderTransactionsJson(getOrder(state, Number(params[0])));
    if (!transactions.length) return noContent();
    return v3Page(transactions, {
      total: transactions.length,
      perPage: 50,
      page: 1,
      totalPages: 1,
      links: { previous: null, current: "?page=1&limit=50", next: null },
    });
  }),
];
