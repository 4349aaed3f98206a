// Orders: created from a complete checkout (status 0, Incomplete, until paid), looked up by id
// or filter, and their v2 routes plus the v3 transactions route (docs/bigcommerce.md §5.6, §9).
// Orders made with POST /v2/orders are in orders-post.ts.
import { liveCart } from "./carts";
import { SandboxError } from "./errors";
import { v2List, json, noContent, v3, v3Page } from "./http/responses";
import { route } from "./http/routes";
import { orderHidden } from "./embedded-checkout/state";
import { checkoutOrder } from "./orders-checkout";
import { includesOf, orderJson } from "./orders-json";
import {
  orderCouponsJson,
  orderProductJson,
  orderTransactionsJson,
  shippingAddressJson,
} from "./orders-json-parts";
import type { Order, SandboxState } from "./state";

/** The order with this id; SandboxError 404 when there is none. */
export function getOrder(state: SandboxState, orderId: number): Order {
  const order = state.orders.get(orderId);
  if (!order) throw new SandboxError(404, "The requested resource was not found.");
  return order;
}

/** getOrders' sort keys (`sort=date_created:desc`), each an order's sortable value. */
const SORT_KEYS: ReadonlyMap<string, (o: Order) => number> = new Map([
  ["id", (o: Order) => o.id],
  ["customer_id", (o: Order) => o.customerId],
  ["date_created", (o: Order) => o.createdAt.getTime()],
  ["date_modified", (o: Order) => o.modifiedAt.getTime()],
  ["status_id", (o: Order) => o.statusId],
  ["channel_id", () => 1],
  ["external_id", () => 0],
]);

/**
 * `page` (from 1) and `limit` (default 50, at most 250) of a v2 list query, as BigCommerce reads
 * them; a value that is not a positive integer is its default.
 */
export function pageOf(url: URL): { page: number; limit: number } {
  const positive = (name: string, fallback: number) => {
    const n = Number(url.searchParams.get(name) ?? fallback);
    return Number.isInteger(n) && n >= 1 ? n : fallback;
  };
  return { page: positive("page", 1), limit: Math.min(positive("limit", 50), 250) };
}

/**
 * getOrders: filters `cart_id`, `customer_id`, `email` (billing email, case-insensitive), sorted by
 * `sort` ("field" or "field:asc|desc"; default id ascending), then `page` and `limit`.
 * Throws SandboxError 400 for an unknown sort field.
 */
function listOrders(state: SandboxState, url: URL): Order[] {
  const q = url.searchParams;
  const cartId = q.get("cart_id");
  const email = q.get("email")?.toLowerCase();
  const customerId = q.get("customer_id");
  const [field, direction] = (q.get("sort") ?? "id").split(":");
  const key = SORT_KEYS.get(field);
  if (!key || (direction !== undefined && direction !== "asc" && direction !== "desc")) {
    throw new SandboxError(400, "Bad Request", `The sort field "${q.get("sort")}" is not valid.`);
  }
  const sign = direction === "desc" ? -1 : 1;
  const { page, limit } = pageOf(url);
  return (
    [...state.orders.values()]
      .filter((o) => cartId === null || o.cartId === cartId)
      // An order paid in the emulated embedded checkout may be held back (orderVisibleAfterMs knob).
      .filter((o) => !orderHidden(state.embedded, o.id, state.now()))
      .filter((o) => email === undefined || o.billing.email.toLowerCase() === email)
      .filter((o) => customerId === null || o.customerId === Number(customerId))
      .sort((a, b) => sign * (key(a) - key(b)) || a.id - b.id)
      .slice((page - 1) * limit, page * limit)
  );
}

/** createOrder (checkouts API) and the order reads. */
export const orderRoutes = [
  route("createOrder", ({ state, params }) =>
    v3({ id: checkoutOrder(state, liveCart(state, params[0])).id }),
  ),
  route("getOrders", ({ state, url }) => {
    const includes = includesOf(url);
    return v2List(listOrders(state, url).map((o) => orderJson(state, o, includes)));
  }),
  route("getOrder", ({ state, params, url }) =>
    json(200, orderJson(state, getOrder(state, Number(params[0])), includesOf(url))),
  ),
  route("getOrderProducts", ({ state, params, url }) => {
    const order = getOrder(state, Number(params[0]));
    const { page, limit } = pageOf(url);
    const lines = order.lines.slice((page - 1) * limit, page * limit);
    return v2List(lines.map((l) => orderProductJson(order, l)));
  }),
  route("getOrderShippingAddresses", ({ state, params }) => {
    const order = getOrder(state, Number(params[0]));
    return v2List(order.shippingAddresses.map((s) => shippingAddressJson(state, order, s)));
  }),
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
      // Only the links that exist: the schema types `previous` and `next` as strings.
      links: { current: "?page=1&limit=50" },
    });
  }),
];
