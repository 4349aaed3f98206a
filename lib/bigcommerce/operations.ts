// The BigCommerce operations this app calls, by the operation id BigCommerce's OpenAPI files give
// them. One table serves the client's transport (method and path), the scope table, the sandbox's
// routes and the contract tests, so a misspelt id is a compile error everywhere.
// Pure data: no server-only import, so the sandbox's command line can load it too.

/** Which OpenAPI document describes the operation, and so which error-body family it answers with. */
export type ApiFamily = "v3" | "v2" | "payments";

/** One operation: HTTP method, path below `/stores/{store_hash}` with `{param}` holes, and family. */
export interface OperationSpec {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Path template below /stores/{store_hash}, as in the OpenAPI file, e.g. "/v3/carts/{cartId}". */
  path: string;
  family: ApiFamily;
  /** The OpenAPI file (relative to the openapi folder) that documents it; read by the contract tests. */
  document: string;
}

const CHECKOUTS = "checkouts.v3.yml";
const CARTS = "carts.v3.yml";
const ORDERS_V2 = "orders.v2.oas2.yml";

export const OPERATIONS = {
  // catalog
  getProducts: {
    method: "GET",
    path: "/v3/catalog/products",
    family: "v3",
    document: "catalog/products_catalog.v3.yml",
  },
  getProduct: {
    method: "GET",
    path: "/v3/catalog/products/{product_id}",
    family: "v3",
    document: "catalog/products_catalog.v3.yml",
  },
  // carts
  createCart: { method: "POST", path: "/v3/carts", family: "v3", document: CARTS },
  getCart: { method: "GET", path: "/v3/carts/{cartId}", family: "v3", document: CARTS },
  updateCart: { method: "PUT", path: "/v3/carts/{cartId}", family: "v3", document: CARTS },
  addCartLineItems: {
    method: "POST",
    path: "/v3/carts/{cartId}/items",
    family: "v3",
    document: CARTS,
  },
  updateCartLineItem: {
    method: "PUT",
    path: "/v3/carts/{cartId}/items/{itemId}",
    family: "v3",
    document: CARTS,
  },
  deleteCartLineItem: {
    method: "DELETE",
    path: "/v3/carts/{cartId}/items/{itemId}",
    family: "v3",
    document: CARTS,
  },
  // checkouts
  getCheckout: {
    method: "GET",
    path: "/v3/checkouts/{checkoutId}",
    family: "v3",
    document: CHECKOUTS,
  },
  updateCheckout: {
    method: "PUT",
    path: "/v3/checkouts/{checkoutId}",
    family: "v3",
    document: CHECKOUTS,
  },
  addCheckoutBillingAddress: {
    method: "POST",
    path: "/v3/checkouts/{checkoutId}/billing-address",
    family: "v3",
    document: CHECKOUTS,
  },
  updateCheckoutBillingAddress: {
    method: "PUT",
    path: "/v3/checkouts/{checkoutId}/billing-address/{addressId}",
    family: "v3",
    document: CHECKOUTS,
  },
  addCheckoutConsignment: {
    method: "POST",
    path: "/v3/checkouts/{checkoutId}/consignments",
    family: "v3",
    document: CHECKOUTS,
  },
  updateCheckoutConsignment: {
    method: "PUT",
    path: "/v3/checkouts/{checkoutId}/consignments/{consignmentId}",
    family: "v3",
    document: CHECKOUTS,
  },
  addCheckoutCoupon: {
    method: "POST",
    path: "/v3/checkouts/{checkoutId}/coupons",
    family: "v3",
    document: CHECKOUTS,
  },
  deleteCheckoutCoupon: {
    method: "DELETE",
    path: "/v3/checkouts/{checkoutId}/coupons/{couponCode}",
    family: "v3",
    document: CHECKOUTS,
  },
  createOrder: {
    method: "POST",
    path: "/v3/checkouts/{checkoutId}/orders",
    family: "v3",
    document: CHECKOUTS,
  },
  createCheckoutToken: {
    method: "POST",
    path: "/v3/checkouts/{checkoutId}/token",
    family: "v3",
    document: CHECKOUTS,
  },
  // customers
  validateCustomerCredentials: {
    method: "POST",
    path: "/v3/customers/validate-credentials",
    family: "v3",
    document: "customers.v3.yml",
  },
  getCustomers: {
    method: "GET",
    path: "/v3/customers",
    family: "v3",
    document: "customers.v3.yml",
  },
  createCustomers: {
    method: "POST",
    path: "/v3/customers",
    family: "v3",
    document: "customers.v3.yml",
  },
  // store
  getSystemTimestamp: {
    method: "GET",
    path: "/v2/time",
    family: "v2",
    document: "store_information.v2.yml",
  },
  // payments
  getPaymentMethods: {
    method: "GET",
    path: "/v3/payments/methods",
    family: "v3",
    document: "payments/accepted-methods_payments.v3.yml",
  },
  createPaymentAccessToken: {
    method: "POST",
    path: "/v3/payments/access_tokens",
    family: "v3",
    document: "payments/access-tokens_payments.v3.yml",
  },
  PaymentsPost: {
    method: "POST",
    path: "/payments",
    family: "payments",
    document: "payments/process_payments.yml",
  },
  // orders
  getOrders: { method: "GET", path: "/v2/orders", family: "v2", document: ORDERS_V2 },
  getOrder: { method: "GET", path: "/v2/orders/{order_id}", family: "v2", document: ORDERS_V2 },
  getOrderProducts: {
    method: "GET",
    path: "/v2/orders/{order_id}/products",
    family: "v2",
    document: ORDERS_V2,
  },
  getOrderShippingAddresses: {
    method: "GET",
    path: "/v2/orders/{order_id}/shipping_addresses",
    family: "v2",
    document: ORDERS_V2,
  },
  getOrderCoupons: {
    method: "GET",
    path: "/v2/orders/{order_id}/coupons",
    family: "v2",
    document: ORDERS_V2,
  },
  getOrderTransactions: {
    method: "GET",
    path: "/v3/orders/{order_id}/transactions",
    family: "v3",
    document: "orders.v3.yml",
  },
} as const satisfies Record<string, OperationSpec>;

/** An operation id this app calls, e.g. "getCheckout". */
export type OperationId = keyof typeof OPERATIONS;

/** Every operation id, in table order. */
export const OPERATION_IDS = Object.keys(OPERATIONS) as OperationId[];

/** True when `value` names an operation of the table (own keys only: safe for request data). */
export function isOperationId(value: string): value is OperationId {
  return Object.hasOwn(OPERATIONS, value);
}

/**
 * Fills a path template's `{param}` holes, each URI-encoded, in order.
 * `operationPath("getCart", "abc")` is "/v3/carts/abc". Throws when the count does not match.
 */
export function operationPath(id: OperationId, ...params: (string | number)[]): string {
  const template: string = OPERATIONS[id].path;
  let i = 0;
  const path = template.replace(/\{[^}]+\}/g, () => {
    if (i >= params.length) throw new Error(`${id}: too few path parameters`);
    return encodeURIComponent(String(params[i++]));
  });
  if (i !== params.length) throw new Error(`${id}: too many path parameters`);
  return path;
}
