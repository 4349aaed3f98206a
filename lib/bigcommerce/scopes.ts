// The OAuth scopes this app's API account needs (docs/bigcommerce.md §2.3), by operation. Used to
// name the missing scope when BigCommerce answers 403, by `npm run check:live`, and by the sandbox
// to deny one. Pure data: the sandbox loads it too.
import { isOperationId, type OperationId } from "./operations";

/** One OAuth scope of a store-level API account. */
export interface Scope {
  /** As BigCommerce names it in the API account's scope list. */
  scope: string;
  /** As the control panel shows it (Settings → API → Store-level API accounts). */
  label: string;
}

/** Every scope the app needs, by a short name of ours. */
export const SCOPES = {
  products: { scope: "store_v2_products_read_only", label: "Products: read-only" },
  carts: { scope: "store_cart", label: "Carts: modify" },
  checkouts: { scope: "store_checkouts", label: "Checkouts: modify" },
  orders: { scope: "store_v2_orders", label: "Orders: modify" },
  transactions: {
    scope: "store_v2_transactions_read_only",
    label: "Order transactions: read-only",
  },
  paymentsCreate: { scope: "store_payments_access_token_create", label: "Create payments: create" },
  paymentMethods: { scope: "store_payments_methods_read", label: "Get payment methods: read-only" },
  customers: { scope: "store_v2_customers", label: "Customers: modify" },
  information: {
    scope: "store_v2_information_read_only",
    label: "Information & Settings: read-only",
  },
} as const satisfies Record<string, Scope>;

/** A key of SCOPES, e.g. "orders". */
type ScopeName = keyof typeof SCOPES;

/**
 * Which scope each operation needs; null where none does: the store's clock answers any valid
 * token, and a payment is authorised by its payment access token. Exhaustive, so an operation
 * added to OPERATIONS does not compile until its scope is named here.
 */
const OPERATION_SCOPES: Record<OperationId, ScopeName | null> = {
  getProducts: "products",
  getProduct: "products",
  createCart: "carts",
  createCartRedirectURL: "carts",
  getCart: "carts",
  updateCart: "carts",
  addCartLineItems: "carts",
  updateCartLineItem: "carts",
  deleteCartLineItem: "carts",
  getCheckout: "checkouts",
  addCheckoutBillingAddress: "checkouts",
  updateCheckoutBillingAddress: "checkouts",
  addCheckoutConsignment: "checkouts",
  updateCheckoutConsignment: "checkouts",
  addCheckoutCoupon: "checkouts",
  deleteCheckoutCoupon: "checkouts",
  updateCheckout: "checkouts",
  createCheckoutToken: "checkouts",
  createOrder: "checkouts",
  getOrder: "orders",
  getOrders: "orders",
  getOrderProducts: "orders",
  getOrderShippingAddresses: "orders",
  getOrderCoupons: "orders",
  createOrderV2: "orders",
  updateOrder: "orders",
  getOrderTransactions: "transactions",
  createPaymentAccessToken: "paymentsCreate",
  getPaymentMethods: "paymentMethods",
  PaymentsPost: null,
  validateCustomerCredentials: "customers",
  createCustomers: "customers",
  getCustomers: "customers",
  getSystemTimestamp: null,
  // The store's settings (time zone) and the countries and states it accepts (§18, §19).
  getStoreInformation: "information",
  getCountries: "information",
  getCountryStates: "information",
  // Webhooks need no scope of their own (any API account manages its hooks); the product events
  // they deliver need the products scope above.
  getWebhooks: null,
  createWebhooks: null,
  updateWebhook: null,
  deleteWebhook: null,
};

/**
 * The scope an operation needs, by operation id; undefined for one that needs none and for any
 * other string (an own-property lookup, so request-derived names such as "constructor" are safe).
 */
export function scopeFor(operation: string): Scope | undefined {
  // isOperationId is an Object.hasOwn check: OPERATION_SCOPES has exactly the same keys.
  const name = isOperationId(operation) ? OPERATION_SCOPES[operation] : null;
  return name ? SCOPES[name] : undefined;
}
