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
  /**
   * The document's operationId, when it is not the table's key: BigCommerce names two operations
   * `createOrder` (checkouts v3 and orders v2), and a table key is unique.
   */
  operationId?: string;
}

const CATALOG = "catalog/products_catalog.v3.yml";
const CUSTOMERS = "customers.v3.yml";
const STORE = "store_information.v2.yml";
const PAYMENT_METHODS = "payments/accepted-methods_payments.v3.yml";
const PAYMENT_TOKENS = "payments/access-tokens_payments.v3.yml";
const PAYMENTS = "payments/process_payments.yml";
const ORDERS_V3 = "orders.v3.yml";
const CHECKOUTS = "checkouts.v3.yml";
const CARTS = "carts.v3.yml";
const ORDERS_V2 = "orders.v2.oas2.yml";
const WEBHOOKS = "webhooks.v3.yml";
const GEOGRAPHY = "geography.v2.yml";

/** One row of the table, keeping the path's literal type (its `{param}` holes are counted from it). */
const op = <
  const M extends OperationSpec["method"],
  const P extends string,
  const F extends ApiFamily,
>(
  method: M,
  path: P,
  family: F,
  document: string,
  operationId?: string,
) => ({ method, path, family, document, ...(operationId ? { operationId } : {}) });

export const OPERATIONS = {
  // catalog
  getProducts: op("GET", "/v3/catalog/products", "v3", CATALOG),
  getProduct: op("GET", "/v3/catalog/products/{product_id}", "v3", CATALOG),
  // carts
  createCart: op("POST", "/v3/carts", "v3", CARTS),
  getCart: op("GET", "/v3/carts/{cartId}", "v3", CARTS),
  updateCart: op("PUT", "/v3/carts/{cartId}", "v3", CARTS),
  addCartLineItems: op("POST", "/v3/carts/{cartId}/items", "v3", CARTS),
  updateCartLineItem: op("PUT", "/v3/carts/{cartId}/items/{itemId}", "v3", CARTS),
  deleteCartLineItem: op("DELETE", "/v3/carts/{cartId}/items/{itemId}", "v3", CARTS),
  createCartRedirectURL: op("POST", "/v3/carts/{cartId}/redirect_urls", "v3", CARTS),
  // checkouts
  getCheckout: op("GET", "/v3/checkouts/{checkoutId}", "v3", CHECKOUTS),
  updateCheckout: op("PUT", "/v3/checkouts/{checkoutId}", "v3", CHECKOUTS),
  addCheckoutBillingAddress: op(
    "POST",
    "/v3/checkouts/{checkoutId}/billing-address",
    "v3",
    CHECKOUTS,
  ),
  updateCheckoutBillingAddress: op(
    "PUT",
    "/v3/checkouts/{checkoutId}/billing-address/{addressId}",
    "v3",
    CHECKOUTS,
  ),
  addCheckoutConsignment: op("POST", "/v3/checkouts/{checkoutId}/consignments", "v3", CHECKOUTS),
  updateCheckoutConsignment: op(
    "PUT",
    "/v3/checkouts/{checkoutId}/consignments/{consignmentId}",
    "v3",
    CHECKOUTS,
  ),
  addCheckoutCoupon: op("POST", "/v3/checkouts/{checkoutId}/coupons", "v3", CHECKOUTS),
  deleteCheckoutCoupon: op(
    "DELETE",
    "/v3/checkouts/{checkoutId}/coupons/{couponCode}",
    "v3",
    CHECKOUTS,
  ),
  createOrder: op("POST", "/v3/checkouts/{checkoutId}/orders", "v3", CHECKOUTS),
  createCheckoutToken: op("POST", "/v3/checkouts/{checkoutId}/token", "v3", CHECKOUTS),
  // customers
  validateCustomerCredentials: op("POST", "/v3/customers/validate-credentials", "v3", CUSTOMERS),
  getCustomers: op("GET", "/v3/customers", "v3", CUSTOMERS),
  createCustomers: op("POST", "/v3/customers", "v3", CUSTOMERS),
  // store
  getSystemTimestamp: op("GET", "/v2/time", "v2", STORE),
  getStoreInformation: op("GET", "/v2/store", "v2", STORE),
  // geography: the countries and states the store accepts (docs/bigcommerce.md §18)
  getCountries: op("GET", "/v2/countries", "v2", GEOGRAPHY),
  getCountryStates: op("GET", "/v2/countries/{country_id}/states", "v2", GEOGRAPHY),
  // payments
  getPaymentMethods: op("GET", "/v3/payments/methods", "v3", PAYMENT_METHODS),
  createPaymentAccessToken: op("POST", "/v3/payments/access_tokens", "v3", PAYMENT_TOKENS),
  PaymentsPost: op("POST", "/payments", "payments", PAYMENTS),
  // orders
  getOrders: op("GET", "/v2/orders", "v2", ORDERS_V2),
  getOrder: op("GET", "/v2/orders/{order_id}", "v2", ORDERS_V2),
  getOrderProducts: op("GET", "/v2/orders/{order_id}/products", "v2", ORDERS_V2),
  getOrderShippingAddresses: op("GET", "/v2/orders/{order_id}/shipping_addresses", "v2", ORDERS_V2),
  getOrderCoupons: op("GET", "/v2/orders/{order_id}/coupons", "v2", ORDERS_V2),
  // The v2 order write: the sandbox serves it so any order shape can be made (docs/bigcommerce.md §9.8).
  createOrderV2: op("POST", "/v2/orders", "v2", ORDERS_V2, "createOrder"),
  updateOrder: op("PUT", "/v2/orders/{order_id}", "v2", ORDERS_V2),
  getOrderTransactions: op("GET", "/v3/orders/{order_id}/transactions", "v3", ORDERS_V3),
  // webhooks (the catalog's freshness: docs/bigcommerce.md §17)
  getWebhooks: op("GET", "/v3/hooks", "v3", WEBHOOKS),
  createWebhooks: op("POST", "/v3/hooks", "v3", WEBHOOKS),
  updateWebhook: op("PUT", "/v3/hooks/{webhook_id}", "v3", WEBHOOKS),
  deleteWebhook: op("DELETE", "/v3/hooks/{webhook_id}", "v3", WEBHOOKS),
} as const satisfies Record<string, OperationSpec>;

/** An operation id this app calls, e.g. "getCheckout". */
export type OperationId = keyof typeof OPERATIONS;

/** The operationId BigCommerce's document gives an operation of the table (its key, unless renamed). */
export function documentedOperationId(id: OperationId): string {
  const spec: OperationSpec = OPERATIONS[id];
  return spec.operationId ?? id;
}

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
